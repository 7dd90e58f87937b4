package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"veille/extract"
)

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadGold(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "b", "two.gold.json"), `{"published": null, "cities": ["Fès"], "extra": {"ignored": 1}}`)
	write(t, filepath.Join(dir, "b", "two.txt"), "texte")
	write(t, filepath.Join(dir, "a", "one.gold.json"), `{"published": "2024-04-30", "amounts": [{"mad": 5000, "raw": "5 000 DH"}], "relevant": true}`)
	write(t, filepath.Join(dir, "a", "one.html"), "<p>x</p>")
	write(t, filepath.Join(dir, "a", "lone.gold.json"), `{}`)
	write(t, filepath.Join(dir, "a", "notes.json"), `not gold`)
	golds, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, g := range golds {
		names = append(names, g.Name+"="+filepath.Base(g.Article))
	}
	if got, want := strings.Join(names, " "), "lone=. one=one.html two=two.txt"; got != want {
		t.Errorf("golds = %s, want %s", got, want)
	}
	one := golds[1]
	if tm, ok := one.PublishedTime(); !ok || tm.Format("2006-01-02") != "2024-04-30" {
		t.Errorf("published = %v %v, want 2024-04-30", tm, ok)
	}
	if a := one.Amounts[0]; a.Value != 5000 || a.Currency != "MAD" {
		t.Errorf("amount = %+v, want value 5000 MAD from mad", a)
	}
	if one.Relevant == nil || !*one.Relevant {
		t.Errorf("relevant = %v, want true", one.Relevant)
	}
	if _, ok := golds[2].PublishedTime(); ok {
		t.Errorf("null published gives a time")
	}
}

func TestLoadGoldErrors(t *testing.T) {
	tests := map[string]string{
		"bad json":      `{"cities": [`,
		"bad published": `{"published": "30/04/2024"}`,
		"bad type":      `{"jobs": "many"}`,
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "x.gold.json"), body)
			if _, err := LoadGold(dir); err == nil || !strings.Contains(err.Error(), "x.gold.json") {
				t.Errorf("LoadGold = %v, want an error naming the file", err)
			}
		})
	}
	if _, err := LoadGold(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Errorf("LoadGold(missing dir) = nil error")
	}
}

func TestStem(t *testing.T) {
	tests := map[string]string{
		"https://x.ma/eco/slug.html":    "slug",
		"https://x.ma/eco/slug/":        "slug",
		"https://x.ma/eco/slug?id=3":    "slug",
		"../fixtures/pages/a/slug.html": "slug",
		"slug.v2.txt":                   "slug.v2",
		"C:/pages/slug.htm":             "slug",
		"":                              "",
	}
	for in, want := range tests {
		if got := Stem(in); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPair(t *testing.T) {
	golds := []Gold{
		{Name: "one", Article: filepath.Join("p", "a", "one.html")},
		{Name: "two", Article: filepath.Join("p", "b", "two.html")},
		{Name: "dup", Article: filepath.Join("p", "a", "dup.html")},
		{Name: "dup", Article: filepath.Join("p", "b", "dup.html")},
	}
	recs := []*extract.Record{
		{URL: "https://site.ma/eco/two.html"}, // by stem
		{URL: "p/b/dup.html"},                 // by path, though the stem is ambiguous
		{URL: "https://site.ma/eco/dup.html"}, // ambiguous stem: orphan
		{URL: "https://site.ma/eco/other"},    // no gold: orphan
		{URL: "https://site.ma/eco/two"},      // gold already taken: orphan
	}
	cases, orphans := Pair(golds, recs)
	if len(cases) != 4 || len(orphans) != 3 {
		t.Fatalf("Pair = %d cases, %d orphans; want 4 and 3", len(cases), len(orphans))
	}
	if !errors.Is(cases[0].Err, ErrNoRecord) || cases[0].Record != nil {
		t.Errorf("case one = %+v, want no record", cases[0])
	}
	if cases[1].Record != recs[0] || cases[3].Record != recs[1] || cases[2].Record != nil {
		t.Errorf("cases = %+v, want two and the second dup paired", cases)
	}
}

func TestExtractWithoutArticle(t *testing.T) {
	_, err := Extract(t.Context(), Gold{Path: "x.gold.json"})
	if err == nil || !strings.Contains(err.Error(), "no article") {
		t.Errorf("Extract = %v, want a no-article error", err)
	}
}
