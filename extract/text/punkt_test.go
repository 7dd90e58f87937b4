package text

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// punktSeeds are the seeds of FuzzPunkt and FuzzPunktFeed: a case of each
// of Punkt's rules.
var punktSeeds = []string{
	"M. Dupont a signé. Il part.", "Fin. » Début", "S.A. Le groupe", "2.000.000 Le", "Et puis… rien",
	"Quoi ?Oui ! non. . . Fin.»", "a.\u00a0B. c", "www.site.ma Le", "fin.é", "x.\u2028y.", "\xe2\xe2\x80\xa8.",
	"Le 12. Mars -1,5. Été. É.U. l'État. J. Bach. No. 5 Sgt. Pepper", "a-b.c. D. -.5. Il.\n\nLe... Fin?\" Oui!) non.’ E",
	"Cf. art. 12. Mme. Mezzour. av. Hassan II. S.A.R.L. Ltd. Le 1er janv. 2024.", "ÉTAT. ÉcOLE. x.Y. I.B.M. Le",
	"Le 12. Dividend versé. J. Walter",
}

// FuzzPunkt checks that punkt breaks any text where the library's Punkt
// breaks it.
func FuzzPunkt(f *testing.F) {
	for _, s := range punktSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var p punkt
		got := p.breaksOf(nil, s)
		want := splitter().SentencePositions(s)
		if !slices.Equal(got, want) {
			t.Fatalf("the breaks of %q are %v, want %v", s, got, want)
		}
	})
}

// breaksOf appends to dst the positions of the breaks Punkt finds in
// text, then len(text), as SentencePositions returns them.
func (p *punkt) breaksOf(dst []int, text string) []int {
	p.tokenize(text)
	return p.breaks(dst, len(text))
}

// tokenize sets p.toks to the words of text that Punkt reads, as its word
// tokenizer does (DefaultWordTokenizer.Tokenize), for FuzzPunkt; fill
// reads them from a line as it feeds them. They are those with '.', '!'
// or '?' and the word after each, and its quirk: a last word that ends
// with a rune of several bytes is dropped.
func (p *punkt) tokenize(text string) {
	p.toks = p.toks[:0]
	n := len(text)
	if n == 0 {
		return
	}
	lastSpace, getNext := 0, false
	for i, c := range text {
		if !unicode.IsSpace(c) && i != n-1 {
			continue
		}
		cursor := i
		if i == n-1 {
			cursor = n
		}
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			continue
		}
		punct := strings.ContainsAny(word, ".!?")
		if punct || getNext {
			p.toks = append(p.toks, punktTok{tok: word, pos: cursor})
		}
		lastSpace, getNext = cursor, punct
	}
	if len(p.toks) == 0 {
		p.toks = append(p.toks, punktTok{tok: text, pos: n})
	}
}

// splitter is the library's tokenizer, whose breaks FuzzPunkt and
// FuzzPunktFeed compare with punkt's.
var splitter = sync.OnceValue(newTokenizer)
