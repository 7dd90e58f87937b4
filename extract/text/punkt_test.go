package text

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// punktLines are lines on which Punkt's rules disagree with a naive split:
// abbreviations of the model and ours, initials, ordinals and numbers,
// collocations, ellipses, quotes and brackets after the period, words
// with inner periods, accents before the period, white space of every
// kind and lines that end on a rune of several bytes.
var punktLines = []string{
	"M. Jazouli a signé. Mme. Mezzour aussi.",
	"Le siège est au 12, av. Hassan II. Il ouvre en janv. 2025.",
	"La S.A.R.L. Foo a été créée. Elle emploie 40 salariés.",
	"J. Bach est né. Il est mort. A. Smith aussi.",
	"Le 3. Puis le 4. et le 1.500. Fin.",
	"Il a dit « oui ». Puis “non.” Ensuite (enfin.) rien.",
	"Quoi ? Oui ! Non. Peut-être… Jamais... Toujours. . . Fin",
	"Les U.S. Army et les e.g. exemples. Dr. No est là. St. Louis.",
	"Voir p. 12. Voir art. 3. Voir n. 4, cf. ci-dessus.",
	"Il est 10 h. Le 1er. Le 2e. L'an 2.000. -3.5. Fin.",
	"Fin de phrase.\u00a0Début\u00a0d'une autre. Et\u2003une\u3000autre.",
	"Une ligne qui finit sur un accent. Été",
	"Une ligne qui finit sur un point. Créé.",
	"Deux espaces.  Puis une tabulation.\tPuis rien. ",
	"Le groupe Ste. Marie. La société co. Ltd. Inc. signe.",
	"Elle a dit : « C'est fait. » Il répond : « Non ! »",
	"Vers 15.30. Au km. 12. Par ex. ceci. Etc. Et cela.",
	"Mr. Smith. Mrs. Jones. Gen. Motors. Corp. Ltd.",
	"un. deux. trois. quatre. cinq.",
	"Société.Générale a ouvert.Lundi.",
	"A.B.C. D.E.F. g.h. Fin.",
	"Un [lien.](x) et un appel.[1] Fin.",
	"à é. È ê. Ô. Œuvre. Œ. ß. İstanbul. Ǆ.",
	"Prix: 1,2. 3,4.5. ,5. -,5. .5. 1-2. 1--2. Fin.",
	"Il était 3h. 2T. 6e. 1er. Fin!Vraiment?Oui.",
	". . .",
	"..",
	".",
	"Un mot",
	"Rabat, le 12 oct. (MAP).- Le ministre a signé.",
}

// TestPunktSameAsLibrary checks that punktReader splits every line as the
// Punkt tokenizer of gopkg.in/neurosnap/sentences.v1 does: on the lines
// above and on every line of the golden records' texts.
func TestPunktSameAsLibrary(t *testing.T) {
	lines := slices.Clone(punktLines)
	files, err := filepath.Glob("../../fixtures/golden/*/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden records (%v)", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var rec struct{ Text string }
		if err := json.Unmarshal(data, &rec); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		lines = append(lines, strings.Split(rec.Text, "\n")...)
	}
	p := newPunktReader()
	for _, line := range lines {
		if got, want := p.appendLine(nil, line, 0, len(line)), librarySentences(line); !slices.Equal(got, want) {
			t.Errorf("sentences of %q:\n got %v\nwant %v", line, got, want)
		}
	}
}

// FuzzPunkt checks punktReader against the library on any line.
func FuzzPunkt(f *testing.F) {
	for _, s := range punktLines {
		f.Add(s)
	}
	p := newPunktReader()
	f.Fuzz(func(t *testing.T, line string) {
		if strings.TrimSpace(line) == "" {
			return // never read
		}
		if got, want := p.appendLine(nil, line, 0, len(line)), librarySentences(line); !slices.Equal(got, want) {
			t.Errorf("sentences of %q:\n got %v\nwant %v", line, got, want)
		}
	})
}

// librarySentences returns the sentences the library finds in line,
// trimmed as appendLine trims them.
func librarySentences(line string) []Span {
	var out []Span
	for _, s := range splitter().Tokenize(line) {
		out = appendTrimmed(out, line, s.Start, s.End)
	}
	return out
}
