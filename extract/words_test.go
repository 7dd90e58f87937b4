package extract

import (
	"testing"

	"veille/extract/text"
)

// TestWordTables checks every row of the word sets of words.go: a key
// must read as one word of the text, folded, or it can never match.
func TestWordTables(t *testing.T) {
	for name, set := range map[string]map[string]bool{
		"pastAuxiliaries": pastAuxiliaries, "notImperfect": notImperfect, "rangeJoiners": rangeJoiners,
		"listJoiners": listJoiners, "mentionJoiners": mentionJoiners, "jointJoiners": jointJoiners,
		"nameParticles": nameParticles, "openBrackets": openBrackets, "closeBrackets": closeBrackets,
		"definiteArticles": definiteArticles,
	} {
		for w := range set {
			if ws := text.Words(w); ws.Len() != 1 || ws.Fold(0) != w {
				t.Errorf("%s: %q does not read as one folded word: %+v", name, w, ws)
			}
		}
	}
}

// TestPastVerbAt checks the tenses pastVerbAt tells apart, one case per
// row of the tables it reads.
func TestPastVerbAt(t *testing.T) {
	for _, tt := range []struct {
		text string
		k    int // the word read
		want bool
	}{
		{"il a réalisé", 1, true},
		{"ils ont atteint", 1, true},
		{"il avait dépassé", 1, true},
		{"ils avaient conclu", 1, true},
		{"il à réalisé", 1, false}, // the preposition, not the verb
		{"elle comptait", 1, true},
		{"elles employaient", 1, true},
		{"elle créerait", 1, false},
		{"elles créeraient", 1, false},
		{"cela satisfait", 1, false},
		{"il devait", 1, false},
	} {
		d := newDoc(tt.text, "", day(t, "2024-01-01"))
		if got := pastVerbAt(d, d.words(), tt.k); got != tt.want {
			t.Errorf("pastVerbAt(%q, %d) = %v, want %v", tt.text, tt.k, got, tt.want)
		}
	}
}
