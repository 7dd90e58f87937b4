package normalize

import (
	"strings"
	"testing"
)

// lexSamples are texts with every kind of token: lower-case and
// capitalised words, accents and combining marks, elisions, numbers,
// dashes, apostrophes, line breaks and invisible runes.
var lexSamples = []string{
	"L’usine de Fès créera 1.500 emplois d'ici 2027.",
	"Jusqu'à Marrakech-Safi,\nle Groupe OCP — « Ouarzazate » s’engage",
	"e\u0301te\u0301 ÉTÉ Straße İstanbul \u200b x\u00ady", "", "\n\r\n", "qu’",
}

// TestLexSpans checks that LexSpans reads the tokens LexRange reads, each
// word keyed by its text rather than folded.
func TestLexSpans(t *testing.T) {
	for _, s := range lexSamples {
		checkLexSpans(t, s)
	}
}

// FuzzLexSpans checks LexSpans against LexRange on any text.
func FuzzLexSpans(f *testing.F) {
	for _, s := range lexSamples {
		f.Add(s)
	}
	f.Fuzz(checkLexSpans)
}

// checkLexSpans compares the two lexings of s.
func checkLexSpans(t *testing.T, s string) {
	full, spans := LexRange(nil, s, 0, len(s)), LexSpans(nil, s, 0, len(s))
	if len(full) != len(spans) {
		t.Fatalf("%q: %d tokens with keys, %d without", s, len(full), len(spans))
	}
	for k, a := range full {
		b := spans[k]
		wantKey := a.key
		if a.kind == tokWord {
			wantKey = s[a.start:a.end]
		}
		if a.start != b.start || a.end != b.end || a.kind != b.kind || a.space != b.space || a.upper != b.upper || a.plain != b.plain || b.key != wantKey {
			t.Fatalf("%q: token %d is %+v without keys, %+v with", s, k, b, a)
		}
		if plain := a.kind == tokWord && strings.Trim(s[a.start:a.end], "abcdefghijklmnopqrstuvwxyz") == ""; a.IsPlain() != plain {
			t.Fatalf("%q: token %d (%q) plain = %v, want %v", s, k, s[a.start:a.end], a.IsPlain(), plain)
		}
	}
}
