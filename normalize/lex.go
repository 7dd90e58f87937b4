package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is the class of a token.
type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // a run of letters
	tokNum                      // a run of ASCII digits
	tokPunct                    // any other single non-space rune; newlines are one "\n" token
)

// Token is a word (a run of letters), a digit run or a punctuation rune of
// a text, as Lex reads it: the one tokenisation of a text that the parsers
// of this package (ScanTokens) and their callers share. The parsers work
// on tokens so that a word never matches inside another word ("DH" in
// "ADH", "mardi" in "Mardigras").
type Token struct {
	start, end int
	key        string // words: folded (lower case, no accent, elisions expanded); punct: unified rune
	kind       tokKind
	space      bool // preceded by white space (or by nothing)
	upper      bool // a word starting with an upper-case letter
	plain      bool // a word of lower-case ASCII letters only
}

// token is the package's name for Token.
type token = Token

// Span returns the byte span of the token.
func (t Token) Span() Span { return Span{t.start, t.end} }

// IsWord reports a run of letters; IsNumber a run of ASCII digits; any
// other token is one rune of punctuation or a "\n" for a line break.
func (t Token) IsWord() bool { return t.kind == tokWord }

// IsPlain reports a word of lower-case ASCII letters only, which folds to
// itself: its key is its text, but for an elided word ("d" is "de").
func (t Token) IsPlain() bool { return t.plain }

// IsNumber reports a run of ASCII digits.
func (t Token) IsNumber() bool { return t.kind == tokNum }

// IsLineBreak reports the token of a run of white space holding a newline.
func (t Token) IsLineBreak() bool { return t.kind == tokPunct && t.key == "\n" }

// Lex splits s into tokens. Apostrophes and dashes of every kind come out
// as "'" and "-" keys; a run of white space holding a newline gives one
// line-break token, so that phrases never match across lines.
func Lex(s string) Tokens { return LexRange(make([]Token, 0, len(s)/4), s, 0, len(s)) }

// glued reports whether t directly follows the previous token, with no space.
func (t token) glued() bool { return !t.space }

// LexRange appends to toks the tokens of s[lo:hi], as Lex reads them, with
// their offsets into s: a caller reads a long text by pieces that start
// lines, in one buffer.
func LexRange(toks []Token, s string, lo, hi int) []Token { return lexRange(toks, s, lo, hi, true) }

// LexSpans appends to toks the tokens of s[lo:hi] as LexRange does, but
// for the keys of the words, which are their text as written: for a
// caller that reads the spans and kinds of the tokens, not their keys,
// and so allocates nothing for them.
func LexSpans(toks []Token, s string, lo, hi int) []Token { return lexRange(toks, s, lo, hi, false) }

// lexRange is LexRange, with the keys of the words folded if keys is set.
func lexRange(toks []Token, s string, lo, hi int, keys bool) []Token {
	s = s[:hi] // offsets stay those of s
	first := len(toks)
	space := true
	var fold []byte           // reused for every word key
	var arena strings.Builder // the keys that are not the text, end to end: one allocation for many
	for i := lo; i < len(s); {
		c := s[i]
		if c == ' ' { // the common case of white space
			space = true
			i++
			continue
		}
		if 'a' <= c && c <= 'z' {
			// Fast path: a lower-case ASCII word is its own key.
			if j := lowerASCIIWord(s, i); j > i {
				toks = append(toks, token{start: i, end: j, kind: tokWord, key: s[i:j], space: space, plain: true})
				space = false
				i = j
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			if len(toks) == first || toks[len(toks)-1].key != "\n" {
				toks = append(toks, token{start: i, end: i + n, kind: tokPunct, key: "\n", space: space})
			}
			space = true
			i += n
		case unicode.IsSpace(r) || isInvisible(r):
			space = true
			i += n
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: tokNum, key: s[i:j], space: space})
			space = false
			i = j
		case unicode.IsLetter(r):
			j := letterRunEnd(s, i)
			key := s[i:j]
			if keys {
				fold = appendFoldedRun(fold[:0], key)
				if arena.Cap() == 0 {
					arena.Grow(max(len(fold), (hi-lo)/3))
				}
				at := arena.Len()
				arena.Write(fold)
				key = arena.String()[at:] // what is written stays as it is
			}
			toks = append(toks, token{start: i, end: j, kind: tokWord, key: key, space: space, upper: unicode.IsUpper(r)})
			space = false
			i = j
		default:
			toks = append(toks, token{start: i, end: i + n, kind: tokPunct, key: punctKey(r, s[i:i+n]), space: space})
			space = false
			i += n
		}
	}
	if keys {
		// Elided words take their full form so that "d'ici" and "de ici" or
		// "jusqu'à" and "jusque à" are one pattern.
		for k := first; k+1 < len(toks); k++ {
			if toks[k].kind == tokWord && toks[k+1].key == "'" && !toks[k+1].space {
				toks[k].key = unelide(toks[k].key)
			}
		}
	}
	return toks
}

// letterRunEnd returns the end of the run of letters and combining marks
// that starts at s[i].
func letterRunEnd(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		j += n
	}
	return j
}

// appendFoldedRun appends the folded runes of w to dst.
func appendFoldedRun(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		dst = appendFolded(dst, r)
		i += n
	}
	return dst
}

// lowerASCIIWord returns the end of the word at s[i] when it is made of
// ASCII lower-case letters only, and i otherwise.
func lowerASCIIWord(s string, i int) int {
	j := i
	for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
		j++
	}
	if j == len(s) {
		return j
	}
	if c := s[j]; c < utf8.RuneSelf { // the common case: white space or punctuation
		if 'A' <= c && c <= 'Z' {
			return i // the word goes on with a capital
		}
		return j
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
		return i // the word goes on with an accent or a capital
	}
	return j
}

// elidedForms are the full forms of the words French elides before a
// vowel ("d'" is "de").
var elidedForms = map[string]string{
	"d": "de", "l": "le", "qu": "que", "jusqu": "jusque", "lorsqu": "lorsque",
	"puisqu": "puisque", "n": "ne", "s": "se", "c": "ce",
}

// unelide returns the full form of an elided word.
func unelide(w string) string {
	if full, ok := elidedForms[w]; ok {
		return full
	}
	return w
}

// isInvisible reports whether r is a zero-width or soft-hyphen rune that
// never separates nor joins anything visible.
func isInvisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

// IsApostrophe reports the apostrophes of press text: ' ’ ‘ ʼ ´ and `.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '\u00b4', '`':
		return true
	}
	return false
}

// isDash reports the hyphens and dashes of press text, and the minus sign.
func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
		return true
	}
	return false
}

// punctKey unifies the apostrophes and dashes of r.
func punctKey(r rune, raw string) string {
	switch {
	case IsApostrophe(r):
		return "'"
	case isDash(r):
		return "-"
	}
	return raw
}

// isSkippable reports whether t is a joiner that phrases step over:
// "au-delà" matches "au delà", "d'ici" matches "d’ici".
func (t token) isSkippable() bool {
	return t.kind == tokPunct && (t.key == "'" || t.key == "-")
}

// Tokens is the tokens of a text as Lex reads them, the sequence its
// phrases are matched on (Keyed).
type Tokens []Token

// Len returns the number of tokens.
func (ts Tokens) Len() int { return len(ts) }

// Key returns the key of token i (Token.Key).
func (ts Tokens) Key(i int) string { return ts[i].Key() }

// Key returns the key phrases read (Keyed): the folded form of a word,
// with elisions expanded ("d'" is "de"), the digits of a number, the
// unified rune of punctuation, "\n" for a line break, and the empty key of
// a joiner (an apostrophe or a dash).
func (t Token) Key() string {
	if t.isSkippable() {
		return ""
	}
	return t.key
}

// isWord reports whether toks[i] is a word with one of the keys.
func isWord(toks []token, i int, keys ...string) bool {
	if i < 0 || i >= len(toks) || toks[i].kind != tokWord {
		return false
	}
	for _, k := range keys {
		if toks[i].key == k {
			return true
		}
	}
	return false
}

// isPunct reports whether toks[i] is the punctuation key.
func isPunct(toks []token, i int, key string) bool {
	return i >= 0 && i < len(toks) && toks[i].kind == tokPunct && toks[i].key == key
}

// nextWord returns the index of the first token from i on that is not a
// joiner.
func nextWord(toks []token, i int) int {
	for i < len(toks) && toks[i].isSkippable() {
		i++
	}
	return i
}
