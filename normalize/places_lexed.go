package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The places of a lexed text (ScanRange) are found token by token: the
// lexer's words and digit runs are the words of places, and only a word
// that may start a name is folded, with the words after it that may go
// on with it. The runes between words are read for what joins a name.

// findTokens sets sc.found to the place mentions of s[lo:], whose lexing
// is toks, as findWords reads them. It reports false, with sc.found to be
// set again, on a text where some word of places is not one lexer token:
// a letter, digit or combining mark the lexer leaves out of its words, a
// word holding a modifier letter apostrophe, or an invisible rune after a
// word, which a word of places goes on over. findWords reads such a text
// rune by rune.
func (g *gazetteer) findTokens(sc *placeScanner, s string, lo int, toks []Token) bool {
	sc.found = sc.found[:0]
	w := lexedWords{s: s, toks: toks, end: lo}
	for {
		k, _, ok := w.next()
		if !ok {
			return false
		}
		if k < 0 {
			return true
		}
		key := toks[k].key
		if elided(toks, k) {
			sc.buf = appendTokenFold(sc.buf[:0], s, toks, k)
			key = string(sc.buf) // short: on the stack
		}
		var lengths uint64
		if i, ok := shortIndex(key); ok {
			lengths = g.shortLengths[i]
		} else if g.firsts.Has(key) {
			lengths = g.lengths[key]
		}
		if lengths == 0 {
			continue
		}
		n, p, ok := g.longestLexed(sc, w, k, lengths)
		if !ok {
			return false
		}
		if n == 0 {
			continue
		}
		end := toks[k].end
		for range n - 1 { // the other words of the name
			j, _, _ := w.next() // read already by longestLexed
			end = toks[j].end
		}
		sc.found = append(sc.found, placeFound{toks[k].start, end, p})
	}
}

// longestLexed is longest on the words from toks[k] on, the first word
// of w's next ones: it folds into sc those that may go on with a name of
// lengths. ok is false if they do not read token by token (findTokens).
func (g *gazetteer) longestLexed(sc *placeScanner, w lexedWords, k int, lengths uint64) (n int, p *Place, ok bool) {
	sc.buf, sc.words = sc.buf[:0], sc.words[:0]
	sc.addToken(w.s, w.toks, k, false)
	for n := 1; n < maxNameWords && lengths>>(n+1) != 0; n++ {
		j, joined, ok := w.next()
		if !ok {
			return 0, nil, false
		}
		if j < 0 || !joined {
			break
		}
		sc.addToken(w.s, w.toks, j, true)
	}
	n, p = g.longest(sc, 0, lengths)
	return n, p, true
}

// addToken appends the lexer's word or digit run toks[k] to the words of
// sc; joined says whether it goes on with the word before.
func (sc *placeScanner) addToken(s string, toks []Token, k int, joined bool) {
	t := &toks[k]
	sc.buf = appendTokenFold(sc.buf, s, toks, k)
	sc.words = append(sc.words, placeWord{
		start: int32(t.start), end: int32(t.end), fold: int32(len(sc.buf)),
		upper: upperAt(s, t.start), joined: joined,
	})
}

// lexedWords reads the words of places of a lexed text, one lexer token
// each.
type lexedWords struct {
	s    string
	toks []Token
	k    int     // the next token
	end  int     // the end of the last word, or where the text starts
	prev tokKind // the kind of the last word, 0 before the first
}

// next returns the index in toks of the next word, -1 at the end of the
// text, and whether it is joined to the last one: only a few spaces,
// dashes or apostrophes, and no line break, between them. ok is false if
// the text does not read token by token (findTokens).
func (w *lexedWords) next() (k int, joined, ok bool) {
	for w.k < len(w.toks) && w.toks[w.k].kind != tokWord && w.toks[w.k].kind != tokNum {
		w.k++
	}
	to := len(w.s)
	if w.k < len(w.toks) {
		to = w.toks[w.k].start
	}
	b, ok := gapOf(w.s, w.end, to)
	if !ok {
		return -1, false, false
	}
	if w.k == len(w.toks) {
		return -1, false, true
	}
	t := &w.toks[w.k]
	if !wholeWord(w.s, t) || t.kind == w.prev && !b.closes {
		return -1, false, false // a word of runes read one by one, or two words glued into one
	}
	joined = w.prev != 0 && b.joinable && b.gap <= maxJoin && b.newlines == 0
	k, w.end, w.prev = w.k, t.end, t.kind
	w.k++
	return k, joined, true
}

// wholeWord reports whether the lexer token t reads as one word of
// places: a digit run, or a run of letters without a modifier letter
// apostrophe (ʼ U+02BC, ʻ U+02BB, which are letters to the lexer and
// apostrophes here).
func wholeWord(s string, t *Token) bool {
	switch t.kind {
	case tokNum:
		return true
	case tokWord:
		if t.plain {
			return true
		}
		w := s[t.start:t.end]
		return strings.IndexByte(w, 0xca) < 0 || // the first byte of both in UTF-8
			!strings.Contains(w, "\u02bc") && !strings.Contains(w, "\u02bb")
	}
	return false
}

// between is what lies between two words, as placeScanner.rune counts it.
type between struct {
	gap, newlines int  // the spaces, dashes and apostrophes; the line feeds
	joinable      bool // no other rune
	closes        bool // some rune that ends the word before (not only invisible ones)
}

// gapOf reads s[from:to], the runes between two words; ok is false if
// one of them belongs to a word, or if the first is invisible.
func gapOf(s string, from, to int) (b between, ok bool) {
	b.joinable = true
	if to == from+1 && s[from] == ' ' { // the common case
		b.gap, b.closes = 1, true
		return b, true
	}
	for i := from; i < to; {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch c := classifyRune(r); {
		case c == runeWord || c == runeMark || c == runeIgnored && i == from:
			return b, false
		case c == runeSpace || c == runeApostrophe || c == runeDash:
			b.gap++
			if r == '\n' {
				b.newlines++
			}
			b.closes = true
		case c == runeIgnored:
		default:
			b.joinable, b.closes = false, true
		}
		i += n
	}
	return b, true
}

// appendTokenFold appends to b the folded form of the lexer's word or
// digit run toks[k] as places read it: its key, but for an elided word,
// whose key is its full form ("d" is "de"), read as written.
func appendTokenFold(b []byte, s string, toks []Token, k int) []byte {
	t := &toks[k]
	if elided(toks, k) {
		for _, r := range s[t.start:t.end] {
			b = appendFolded(b, r)
		}
		return b
	}
	return append(b, t.key...)
}

// elided reports whether toks[k] is a word before an apostrophe, which
// the lexer reads as elided: its key is its full form.
func elided(toks []Token, k int) bool {
	return toks[k].kind == tokWord && k+1 < len(toks) && toks[k+1].key == "'" && !toks[k+1].space
}

// upperAt reports whether the rune at s[i] is a capital (or title case).
func upperAt(s string, i int) bool {
	r := rune(s[i])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && (unicode.IsUpper(r) || unicode.IsTitle(r))
}
