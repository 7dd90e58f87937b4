package extract_test

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"veille/extract"
)

// TestRobustToLayout extracts the text of every fixture article again as
// plain text, as it is and laid out as other sources give it: hard-wrapped
// (a mail, a wire, lynx -dump), its figures written without thousands
// marks. The facts must not change.
func TestRobustToLayout(t *testing.T) {
	variants := []struct {
		name   string
		layout func(string) string
	}{
		{"wrapped at 60 columns", func(s string) string { return wrap(s, 60) }},
		{"wrapped at 72 columns, no blank lines", func(s string) string { return strings.ReplaceAll(wrap(s, 72), "\n\n", "\n") }},
		{"wrapped at 80 columns, indented", func(s string) string { return indent(wrap(s, 80), "   ") }},
		{"figures without thousands marks", func(s string) string { return thousandsMark().ReplaceAllString(s, "$1$2") }},
	}
	for _, p := range fixturePages(t) {
		page, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rec, err := extract.ParseBytes(context.Background(), page)
		if err != nil || !rec.Relevant {
			continue
		}
		want := factsOfText(t, rec.Text, rec.Published)
		for _, v := range variants {
			if got := factsOfText(t, v.layout(rec.Text), rec.Published); !slices.Equal(got, want) {
				t.Errorf("%s, %s:\ngot  %q\nwant %q", p, v.name, got, want)
			}
		}
	}
}

// factsOfText extracts plain text and returns its facts, one string each,
// sorted: what the layout must not change.
func factsOfText(t *testing.T, s string, published *string) []string {
	t.Helper()
	var opts []extract.Option
	if published != nil {
		day, err := time.Parse(time.DateOnly, (*published)[:min(len(*published), len(time.DateOnly))])
		if err != nil {
			t.Fatalf("published %q: %v", *published, err)
		}
		opts = append(opts, extract.WithPublished(day))
	}
	rec, err := extract.ParseBytes(context.Background(), []byte(s), opts...)
	if err != nil {
		t.Fatalf("ParseBytes(%.60q…): %v", s, err)
	}
	var out []string
	for _, j := range rec.Jobs {
		out = append(out, fmt.Sprintf("job %d %s", j.Count, j.Kind))
	}
	for _, a := range rec.Amounts {
		out = append(out, fmt.Sprintf("amount %d %s", a.Value, a.Currency))
	}
	for _, p := range rec.Signatories {
		out = append(out, "signatory "+p.Name)
	}
	for _, p := range rec.Places {
		out = append(out, "place "+p.Name)
	}
	for _, y := range rec.TargetYears {
		out = append(out, fmt.Sprintf("year %d", y.Year))
	}
	for _, a := range rec.Agreements {
		out = append(out, "agreement "+a.Type)
	}
	for _, c := range rec.Commitments {
		if c.Partner != nil && c.Jobs != nil {
			out = append(out, fmt.Sprintf("commitment %s %d", *c.Partner, *c.Jobs))
		}
	}
	slices.Sort(out)
	return out
}

// wrap breaks every line of s before the word that would pass width
// columns, as a mail program does.
func wrap(s string, width int) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		n := 0
		for j, w := range strings.Fields(line) {
			switch {
			case j == 0:
			case n+1+utf8.RuneCountInString(w) > width:
				b.WriteByte('\n')
				n = 0
			default:
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += utf8.RuneCountInString(w)
		}
	}
	return b.String()
}

// thousandsMark matches the mark between two digit groups of a figure
// ("1 300", "12.000", "2\u202f650").
var thousandsMark = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(\d)[ .\x{00A0}\x{202F}](\d{3})\b`)
})

// indent puts prefix before every line of s that is not blank.
func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}
