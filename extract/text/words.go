package text

import (
	"strings"
)

// The word view: the tokens of the text cut at their inner apostrophes and
// hyphens, which are dropped, and at the separators of digit groups, which
// become punctuation ("1.500" is 1 . 500). Cues of the fact rules are read
// on it, so that "d'ici" and "d ici", "convention-cadre" and "convention
// cadre" read alike; it is derived from the tokens, not from a second pass
// over the text.

// Words returns the word view of the text, computed on first use. It is
// built in the memory of the tokens, which it replaces: the two views of a
// long text never weigh on memory together (Tokens reads them again).
func (d *Doc) Words() []Token {
	if d.words == nil {
		d.Tokens()
		d.words = wordsInPlace(d.toks)
		d.toks, d.bounds = nil, nil
	}
	return d.words
}

// Words returns the word view of s, taken as one sentence.
func Words(s string) []Token { return appendWords(nil, Tokenize(s)) }

// appendWords appends the words of toks to out.
func appendWords(out []Token, toks []Token) []Token {
	for _, t := range toks {
		out = appendWordsOf(out, t)
	}
	return out
}

// appendWordsOf appends the words of the token t to out.
func appendWordsOf(out []Token, t Token) []Token {
	switch {
	case !t.IsWord():
		if !IsSeparator(leadRune(t.Text)) {
			t.Fold = quoteKey(t.Text)
			out = append(out, t)
		}
	case !hasInnerSeparator(t.Text):
		out = append(out, t)
	default:
		out = appendParts(out, t)
	}
	return out
}

// wordsInPlace returns the word view of toks, written over toks (which it
// destroys). Its words of token r go to [W(r), W(r+1)), where W(r) counts
// the words of toks[:r]: after the tokens are moved gap places on, with gap
// the largest W(r+1)-(r+1), no word overwrites a token not yet read.
func wordsInPlace(toks []Token) []Token {
	var scratch []Token
	n, gap := 0, 0
	for r, t := range toks {
		scratch = appendWordsOf(scratch[:0], t)
		n += len(scratch)
		gap = max(gap, n-(r+1))
	}
	var buf []Token
	if cap(toks) >= len(toks)+gap {
		buf = toks[:len(toks)+gap]
	} else {
		buf = make([]Token, len(toks)+gap)
	}
	copy(buf[gap:], toks)
	out := buf[:0]
	for r := gap; r < len(buf); r++ {
		out = appendWordsOf(out, buf[r])
	}
	clear(buf[len(out):]) // the strings of the tokens left behind
	return out[:len(out):len(out)]
}

// hasInnerSeparator reports whether w holds a rune that cuts a word.
func hasInnerSeparator(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			continue
		}
		return hasInnerSeparatorRune(w[i:])
	}
	return false
}

// hasInnerSeparatorRune is hasInnerSeparator past the ASCII letters.
func hasInnerSeparatorRune(w string) bool {
	for _, r := range w {
		if !IsWordRune(r) {
			return true
		}
	}
	return false
}

// appendParts appends the words of the word token t.
func appendParts(out []Token, t Token) []Token {
	w := t.Text
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, part(t, start, end))
			start = -1
		}
	}
	for i, r := range w {
		switch {
		case IsWordRune(r):
			if start < 0 {
				start = i
			}
		case r == '.' || r == ',':
			flush(i)
			out = append(out, Token{Start: t.Start + i, End: t.Start + i + 1, Text: w[i : i+1], Fold: w[i : i+1]})
		default: // an apostrophe or a hyphen
			flush(i)
		}
	}
	flush(len(w))
	return out
}

// part is the word w[s:e] of the token t, with its own fold and shape.
func part(t Token, s, e int) Token {
	p := newToken(t.Text[s:e], 0, e-s)
	p.Start, p.End = t.Start+s, t.Start+e
	p.Fold = p.Text
	if !IsFolded(p.Text) {
		p.Fold = foldWord(p.Text)
	}
	return p
}

// IsSeparator reports apostrophes, dashes and invisible runes, which only
// separate words.
func IsSeparator(r rune) bool {
	switch r {
	case '\'', '`', '\u2019', '\u2018', '\u02bc', '\u00b4',
		'-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212',
		'\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// quoteKey unifies the quotation marks: « » “ ” „ are all '"'.
func quoteKey(k string) string {
	switch k {
	case "«", "»", "“", "”", "„":
		return `"`
	}
	return k
}

// foldWord returns the folded form of a word.
func foldWord(w string) string {
	var b strings.Builder
	appendFold(&b, w)
	return b.String()
}
