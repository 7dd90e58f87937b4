package text

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"veille/normalize"
)

// docSeeds are the seeds of FuzzDoc.
var docSeeds = []string{
	"L’usine de Fès créera 1.500 emplois d'ici 2027.\n\nÀ Rabat, l’accord est signé.",
	"M'barek, qu’il -- « 𝄞 » 2T 6e ‐‑ l' d’", "", "'", "1.2.3,4", "a\u0301b\u200bc",
	"Maʼroc dʻÉtat", // modifier letter apostrophes: letters to the lexer, apostrophes to Fold
}

// FuzzDoc checks the document of any text: sentences, tokens and words in
// order, inside the text, on rune boundaries, tokens folded as
// normalize.Fold folds them, and rune offsets that map back to their bytes.
func FuzzDoc(f *testing.F) {
	for _, s := range docSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD")
		// An article, one piece, keeps its tokens across Words; those of a
		// longer text may be written over (TestWordsByPieces).
		d := newDoc(s, "", time.Time{}, len(s)+1)
		kept := d.Tokens()
		toks := list(kept)
		words := list(d.Words())
		if ws := d.Words(); cap(ws.toks) != ws.Len() {
			t.Fatalf("the word view of %q has %d words, room for %d", s, ws.Len(), cap(ws.toks))
		}
		if !slices.Equal(list(newDoc(s, "", time.Time{}, 1).Words()), words) {
			t.Fatalf("the words of %q differ when read by pieces", s)
		}
		if !slices.Equal(list(kept), toks) {
			t.Fatalf("the tokens of %q kept across Words changed", s)
		}
		if !slices.Equal(list(d.Tokens()), toks) {
			t.Fatalf("the tokens of %q read again differ", s)
		}
		for _, view := range [][]Token{toks, words} {
			end := 0
			for _, tok := range view {
				if tok.Start < end || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
					t.Fatalf("token %+v out of order or place in %q", tok, s)
				}
				if !utf8.RuneStart(s[tok.Start]) || tok.End < len(s) && !utf8.RuneStart(s[tok.End]) {
					t.Fatalf("token %+v not on rune boundaries of %q", tok, s)
				}
				end = tok.End
			}
		}
		for i := range kept.Len() {
			word := kept.Shape(i)&Word != 0 && strings.IndexFunc(kept.Text(i), func(r rune) bool { return !IsWordRune(r) }) >= 0
			if kept.SelfFolded(i) != IsFolded(kept.Text(i)) || kept.SelfFolded(i) && kept.Fold(i) != kept.Text(i) {
				t.Fatalf("token %q of %q: SelfFolded %v, folded %q", kept.Text(i), s, kept.SelfFolded(i), kept.Fold(i))
			}
			if f := normalize.Fold(kept.Text(i)); kept.Fold(i) != f {
				t.Fatalf("token %q of %q: folded %q, want %q (normalize.Fold)", kept.Text(i), s, kept.Fold(i), f)
			}
			if d.cut.has(i) != word {
				t.Fatalf("token %q of %q: cut %v, holds a separator %v", kept.Text(i), s, d.cut.has(i), word)
			}
		}
		r := 0
		for b := range s {
			if d.Runes(b) != r || d.Byte(r) != b {
				t.Fatalf("rune %d at byte %d: Runes = %d, Byte = %d", r, b, d.Runes(b), d.Byte(r))
			}
			r++
		}
	})
}

// FuzzMatch checks MatchAt and MatchEnding, which test one word in place
// first, against normalize's matcher at every token of any text.
func FuzzMatch(f *testing.F) {
	f.Add("l'accord de d’ici 2027 a été signé", "accord de")
	f.Add("a\u0301 -- b ' c", "b")
	f.Add("Convention-cadre « signée »", "signee")
	f.Fuzz(func(t *testing.T, s, pattern string) {
		p, err := normalize.CompilePhrase(pattern, Tokenize)
		if err != nil {
			return
		}
		toks := Tokenize(s)
		for i := -1; i <= toks.Len()+1; i++ {
			gotEnd, gotOK := MatchAt(Phrase(p), toks, i)
			wantEnd, wantOK := normalize.MatchAt(p, toks, i)
			if gotEnd != wantEnd || gotOK != wantOK {
				t.Fatalf("MatchAt(%q, %q, %d) = %d, %v, want %d, %v", pattern, s, i, gotEnd, gotOK, wantEnd, wantOK)
			}
			gotStart, gotOK := MatchEnding(Phrase(p), toks, i)
			wantStart, wantOK := normalize.MatchEnding(p, toks, i)
			if gotStart != wantStart || gotOK != wantOK {
				t.Fatalf("MatchEnding(%q, %q, %d) = %d, %v, want %d, %v", pattern, s, i, gotStart, gotOK, wantStart, wantOK)
			}
		}
	})
}

// FuzzPunktFeed checks that Punkt, given the feed of a line (punktFeed),
// breaks it where it breaks the whole line.
func FuzzPunktFeed(f *testing.F) {
	for _, s := range punktSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.Contains(line, "\n") {
			return
		}
		var feed punktFeed
		got := feed.appendSentences(nil, line, 0, len(line))
		var want []Span
		start := 0
		for _, end := range splitter().SentencePositions(line) {
			want = appendTrimmed(want, line, start, end)
			start = end
		}
		if !slices.Equal(got, want) {
			t.Fatalf("the sentences of %q from its feed are %v, want %v", line, got, want)
		}
	})
}
