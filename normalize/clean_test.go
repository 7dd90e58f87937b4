package normalize

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestClean(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"abc", "abc"},
		{"  abc  ", "abc"},
		{"l’usine", "l’usine"}, // the source's typography is kept
		{"l‘usine", "l‘usine"},
		{"lʼusine", "lʼusine"},
		{"«\u00a0Maroc\u00a0»", "« Maroc »"},
		{"“Maroc”", "“Maroc”"},
		{"„Maroc“", "„Maroc“"},
		{"2014–2020 — enfin", "2014–2020 — enfin"},
		{"a\x00b\x07c\u0085d", "abc\nd"}, // control characters go, NEL is a line break
		{"5\u00a0050", "5 050"},
		{"5\u202f050", "5 050"},
		{"5\u2009050", "5 050"},
		{"5\u2002050", "5 050"},
		{"a\tb", "a b"},
		{"a \t  b", "a b"},
		{"in\u200bvest\u200c\u200d\u2060\ufeffir", "investir"},
		{"inves\u00adtir", "investir"},
		{"a&nbsp;b", "a b"},
		{"R&amp;D", "R&D"},
		{"l&#8217;usine", "l’usine"},
		{"l&#x2019;usine", "l’usine"},
		{"&eacute;t&eacute;", "été"},
		{"&amp;amp;", "&"},
		{"&amp;#8217;", "’"},
		{"AT&T", "AT&T"},
		{"&nbspx", "&nbspx"},
		{"&unknown;", "&unknown;"},
		{"&;", "&;"},
		{"e\u0301te\u0301", "été"},
		{"e&#769;", "é"},
		{"a\r\nb", "a\nb"},
		{"a\rb", "a\nb"},
		{"a\n\nb", "a\n\nb"},
		{"a\n\n\n\nb", "a\n\nb"},
		{"a \n b", "a\nb"},
		{"a  \n \n  \n b", "a\n\nb"},
		{"\n\n a \n\n", "a"},
		{"a\u2028b", "a\nb"},
		{"bad \xff byte", "bad \ufffd byte"},
	}
	for _, tt := range tests {
		got, m := Clean(tt.in)
		if got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again, _ := Clean(got); again != got {
			t.Errorf("Clean(Clean(%q)) = %q, want %q", tt.in, again, got)
		}
		checkOffsetMap(t, tt.in, got, m)
		if text := CleanText(tt.in); text != got {
			t.Errorf("CleanText(%q) = %q, want Clean's %q", tt.in, text, got)
		}
	}
}

// checkOffsetMap checks that m maps every offset of out into in, in order.
func checkOffsetMap(t *testing.T, in, out string, m *OffsetMap) {
	t.Helper()
	last := 0
	for i := 0; i <= len(out); i++ {
		o := m.Source(i)
		if o < last || o > len(in) {
			t.Fatalf("Clean(%q): Source(%d) = %d, not in [%d, %d]", in, i, o, last, len(in))
		}
		last = o
	}
}

func TestOffsetMap(t *testing.T) {
	in := "Le\u00a0groupe  investira l&#8217;an prochain 1\u202f500\u00a0emplois\u200b à Fès."
	out, m := Clean(in)
	for _, word := range []string{"groupe", "investira", "prochain", "à Fès"} {
		i := strings.Index(out, word)
		sp := m.SourceSpan(Span{Start: i, End: i + len(word)})
		if got := in[sp.Start:sp.End]; got != word {
			t.Errorf("SourceSpan of %q = %+v = %q, want %q", word, sp, got, word)
		}
	}
	for _, tt := range []struct{ clean, source string }{
		{"l’an", "l&#8217;an"},
		{"1 500 emplois", "1\u202f500\u00a0emplois"},
	} {
		i := strings.Index(out, tt.clean)
		sp := m.SourceSpan(Span{Start: i, End: i + len(tt.clean)})
		if got := in[sp.Start:sp.End]; got != tt.source {
			t.Errorf("SourceSpan of %q = %q, want %q", tt.clean, got, tt.source)
		}
	}
	var id *OffsetMap
	if got := id.Source(7); got != 7 {
		t.Errorf("nil OffsetMap.Source(7) = %d, want 7", got)
	}
	if got := m.Source(len(out) + 10); got != len(in) {
		t.Errorf("Source past the end = %d, want %d", got, len(in))
	}
}

// TestCleanThenRead checks that the readers find through Clean what they
// find in raw text, and that spans map back.
func TestCleanThenRead(t *testing.T) {
	in := "Un investissement de 1,5\u00a0milliard de dirhams et plus de 1\u202f500\u00a0emplois d&#8217;ici 2029."
	out, m := Clean(in)
	amounts := Amounts(out)
	if len(amounts) != 1 || amounts[0].Value != 1500000000 {
		t.Fatalf("Amounts(Clean(%q)) = %+v, want 1500000000 MAD", in, amounts)
	}
	sp := m.SourceSpan(amounts[0].Span)
	if got := in[sp.Start:sp.End]; got != "1,5\u00a0milliard de dirhams" {
		t.Errorf("source of the amount = %q", got)
	}
	years := Years(out)
	if len(years) != 1 || years[0].Kind != YearTarget {
		t.Fatalf("Years(Clean(%q)) = %+v, want one target", in, years)
	}
	sp = m.SourceSpan(years[0].Span)
	if got := in[sp.Start:sp.End]; got != "d&#8217;ici 2029" {
		t.Errorf("source of the year = %q", got)
	}
}

// TestIsClean checks the texts CleanText returns as they are: each is
// Clean's own output, and each text Clean would change is refused.
func TestIsClean(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", true},
		{"Un texte propre.\n\nDeux paragraphes,\nune ligne.", true},
		{"L’usine « Alpha » – 1 500 emplois.", true},
		{" devant", false},
		{"derrière\n", false},
		{"deux  espaces", false},
		{"espace \nligne", false},
		{"ligne\n espace", false},
		{"trois\n\n\nlignes", false},
		{"insécable\u00a0:", false},
		{"invisible\u200b", false},
		{"tab\tulation", false},
		{"M&amp;A", false},
		{"e\u0301", false}, // not NFC
		{"\xff", false},
	}
	for _, tt := range tests {
		if got := isClean(tt.in); got != tt.want {
			t.Errorf("isClean(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if got, _ := Clean(tt.in); tt.want && got != tt.in {
			t.Errorf("isClean(%q) but Clean gives %q", tt.in, got)
		}
	}
}

// TestIsNFC checks the quick NFC test against norm's, on every rune up to
// the end of the currency signs alone, before and after a combining
// accent, a Hangul vowel and a combining mark for symbols.
func TestIsNFC(t *testing.T) {
	for r := rune(0); r < 0x2100; r++ {
		for _, s := range []string{string(r), "e" + string(r), string(r) + "\u0301", string(r) + "\u1161", string(r) + "\u20d2", "à " + string(r) + "’"} {
			if got, want := isNFC(s), norm.NFC.IsNormalString(s); got != want {
				t.Errorf("isNFC(%+q) = %v, want %v", s, got, want)
			}
		}
	}
}
