package extract

import (
	"testing"
	"time"

	"veille/extract/text"
)

// TestWordsIn checks the word range of every byte range of a sentence
// against a count of the words it holds.
func TestWordsIn(t *testing.T) {
	s := "La société Novab a signé, d'ici 2026, une convention-cadre à Tanger."
	ws := text.Words(s)
	for lo := 0; lo <= len(s); lo++ {
		for hi := lo; hi <= len(s); hi++ {
			wantI, wantJ := ws.Len(), ws.Len()
			for k := ws.Len() - 1; k >= 0; k-- {
				if ws.Span(k).Start >= lo {
					wantI = k
				}
				if ws.Span(k).Start >= hi {
					wantJ = k
				}
			}
			if i, j := wordsIn(ws, lo, hi); i != wantI || j != wantJ {
				t.Fatalf("wordsIn(%d, %d) = %d, %d, want %d, %d", lo, hi, i, j, wantI, wantJ)
			}
		}
	}
}

// TestMatchFiled checks that a phrase found under the key of a word
// matches there as the whole phrase does, for every word of some sentences
// and every phrase of several cue lists, up to every end.
func TestMatchFiled(t *testing.T) {
	ws := text.Words("Tandis que le groupe créera 1.200 emplois directs, quant à lui, la société " +
		"de son côté recrutera 300 ingénieurs d'ici 2027. Lire aussi : la filiale de la société mère.")
	for _, list := range []cueList{teaserCues(), subjectCues().contrast, subjectCues().pronouns,
		subjectCues().incises, subjectCues().verbs, linkCues().parent} {
		for i := range ws.Len() {
			for _, p := range list.first.at(ws, i) {
				for end := 0; end <= ws.Len()+1; end++ {
					j, ok := matchFiled(p, ws, i, end)
					wantJ, wantOK := p.Match(ws, i, end)
					if j != wantJ || ok != wantOK {
						t.Errorf("matchFiled at %d (%q) up to %d = %d, %v; want %d, %v", i, ws.Fold(i), end, j, ok, wantJ, wantOK)
					}
				}
			}
		}
	}
}

// TestDropFigures checks that a list let go reads as a mistake, not as
// none, and that the others are still there.
func TestDropFigures(t *testing.T) {
	d := newDoc("La société créera 300 emplois d'ici 2027 pour 50 millions de dirhams.", "", time.Time{})
	if len(d.amounts()) != 1 || len(d.years()) != 1 || len(d.numbers()) == 0 {
		t.Fatalf("amounts %v, years %v, numbers %v: want one sum, one year, figures", d.amounts(), d.years(), d.numbers())
	}
	d.drop(figAmounts)
	if len(d.years()) != 1 || len(d.numbers()) == 0 {
		t.Errorf("years %v, numbers %v after the sums are let go", d.years(), d.numbers())
	}
	for name, read := range map[string]func(){
		"amounts": func() { d.amounts() },
		"years":   func() { d.drop(figYears); d.targets() },
		"dates":   func() { d.drop(figNumbers); d.sentenceDates(0) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s read after drop: no panic", name)
				}
			}()
			read()
		}()
	}
}
