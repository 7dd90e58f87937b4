package content

import (
	"slices"
	"strings"
	"testing"
)

// Pages in the languages near French are told from it.
func TestGuessLanguageNeighbours(t *testing.T) {
	tests := []struct{ in, want string }{
		{"La empresa ha firmado un acuerdo con el ministerio para la creación de 900 empleos en la región, según el director.", "es"},
		{"El grupo invertirá 50 millones de euros en una nueva planta, que estará lista en 2027 y dará trabajo a los jóvenes de la zona.", "es"},
		{"A empresa assinou um acordo com o ministério para a criação de 900 empregos na região, segundo o diretor.", "pt"},
		{"O grupo vai investir 50 milhões de euros numa nova fábrica, que estará pronta em 2027 e dará emprego aos jovens da zona.", "pt"},
		{"La société a signé une convention avec le ministère pour la création de 900 emplois dans la région, selon le directeur.", "fr"},
		{"Le groupe investira 50 millions d'euros dans une nouvelle usine, qui sera prête en 2027 et donnera du travail aux jeunes de la région.", "fr"},
		{"The group will invest 50 million euros in a new plant, which will be ready in 2027 and give work to the young people of the area.", "en"},
	}
	for _, tt := range tests {
		if got := guessLanguage(tt.in); got != tt.want {
			t.Errorf("guessLanguage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestStopWordKeys checks that every stop word has a key, and that a word
// in capitals has the key of its lower case.
func TestStopWordKeys(t *testing.T) {
	for _, l := range stopWords {
		for _, w := range l.words {
			if _, ok := stopWordKey(w); !ok {
				t.Errorf("stop word %q has no key", w)
			}
		}
	}
	for _, w := range []string{"LE", "Été", "ÉTÉ", "À", "NÃO", "SÃO", "TAMBIÉN", "SEGÚN", "×", "Þ", "ÿ"} {
		got, ok := stopWordKey(w)
		want, _ := stopWordKey(strings.ToLower(w))
		if !ok || got != want {
			t.Errorf("stopWordKey(%q) = %x, %v; want %x, the key of %q", w, got, ok, want, strings.ToLower(w))
		}
	}
}

// TestStopWordTable checks that the table gives each stop word the
// languages whose lists hold it, and other words none.
func TestStopWordTable(t *testing.T) {
	table := stopWordLangs()
	for _, l := range stopWords {
		for _, w := range l.words {
			var want uint8
			for i, m := range stopWords {
				if slices.Contains(m.words, w) {
					want |= 1 << i
				}
			}
			k, _ := stopWordKey(w)
			if got := table[k]; got != want {
				t.Errorf("languages of %q = %b, want %b", w, got, want)
			}
		}
	}
	for _, w := range []string{"maroc", "emplois", "x", "lesa", "th"} {
		if k, _ := stopWordKey(w); table[k] != 0 {
			t.Errorf("languages of %q = %b, want none", w, table[k])
		}
	}
}
