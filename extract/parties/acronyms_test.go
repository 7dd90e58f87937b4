package parties

import (
	"testing"

	"veille/extract/text"
)

// TestSpells checks which names an acronym's letters spell, initials and
// letters from inside a word taken in order.
func TestSpells(t *testing.T) {
	for _, tt := range []struct {
		acronym, name string
		want          bool
	}{
		{"kwn", "Kabelwerk Nordhausen", true},
		{"mnc", "Maroc Numeric Cluster", true},
		{"nn", "Nano Nordic", true},
		{"promin", "Promotion Industrielle", true},
		{"kn", "Kabelwerk", false},            // the second word is missing
		{"wn", "Kabelwerk Nordhausen", false}, // the first letter leads the name
		{"kwx", "Kabelwerk Nordhausen", false},
		{"kbn", "Kabelwerk Nordhausen Group", false}, // every word gives a letter
		{"tmsa", "Tanger Med", false},
	} {
		if got := spells(tt.acronym, text.Tokenize(tt.name)); got != tt.want {
			t.Errorf("spells(%q, %q) = %v, want %v", tt.acronym, tt.name, got, tt.want)
		}
	}
}

// TestAcronymLetters checks the letters an acronym spells, a digit
// repeating the letter before it.
func TestAcronymLetters(t *testing.T) {
	for _, tt := range []struct {
		acronym, letters, repeated string
	}{
		{"amdie", "amdie", "amdie"},
		{"c2cm", "ccm", "cccm"},
		{"fm6i", "fmi", "fmmmmmmi"},
		{"2m", "m", "m"},
		{"g20", "g", "gg"},
	} {
		l, r := acronymLetters(tt.acronym)
		if l != tt.letters || r != tt.repeated {
			t.Errorf("acronymLetters(%q) = %q, %q, want %q, %q", tt.acronym, l, r, tt.letters, tt.repeated)
		}
	}
}
