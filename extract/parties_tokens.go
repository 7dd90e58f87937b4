package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"veille/normalize"
)

// ptok is a token of a sentence as the party rules see it: a word (letters
// and digits, with inner hyphens and apostrophes), an elided article with
// its apostrophe ("l'", "d'", "qu'"), or one punctuation rune.
type ptok struct {
	start, end int32  // byte offsets into doc.text
	s          string // surface form
	f          string // folded (normalize.Fold)
	lex        lexBits
	word       bool
	capital    bool // starts with an upper-case letter
	acro       bool // acronym-like, see isAllCaps
	digitLead  bool // see isDigitLed
}

// cap reports whether the token starts with an upper-case letter.
func (t ptok) cap() bool { return t.capital }

// allCaps reports whether the token is an acronym-like word: at least two
// letters, all upper case ("KPMG", "AMDIE", "2T" does not qualify).
func (t ptok) allCaps() bool { return t.acro }

// digitLed reports whether the token is a word starting with a digit that
// also holds letters ("2T", "6e").
func (t ptok) digitLed() bool { return t.digitLead }

// isAllCaps reports whether s has at least two letters, all upper case.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLower(r):
			return false
		}
	}
	return letters >= 2
}

// isDigitLed reports whether s starts with a digit and also holds letters
// that are not an ordinal suffix.
func isDigitLed(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsDigit(r) {
		return false
	}
	k := strings.IndexFunc(s, unicode.IsLetter)
	return k > 0 && !ordinalSuffixes[strings.ToLower(s[k:])]
}

// ordinalSuffixes make a digit-led word an ordinal ("6e", "1er", "3ème").
var ordinalSuffixes = map[string]bool{"e": true, "er": true, "ere": true, "ère": true, "eme": true, "ème": true, "è": true, "nd": true, "nde": true, "es": true, "th": true, "st": true, "rd": true}

// elisions are the words French elides before a vowel; they become tokens
// of their own so that "l'Agence" is "l'" + "Agence".
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true,
	"c": true, "qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true,
}

// isWordRune reports whether r belongs to a word: a letter, a digit or a
// combining mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isApostrophe reports whether r is an apostrophe.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isDash reports whether r is a hyphen.
func isDash(r rune) bool { return r == '-' || r == '‑' || r == '‐' }

// ptokenize splits text[start:end] into tokens, appended to toks; their
// folded forms are left to foldTokens.
func ptokenize(toks []ptok, text string, start, end int) []ptok {
	add := func(s, e int) {
		w := text[s:e]
		r := leadRune(w)
		t := ptok{start: int32(s), end: int32(e), s: w, word: isWordRune(r), capital: unicode.IsUpper(r)}
		if t.word && (t.capital || r >= '0' && r <= '9') {
			t.acro, t.digitLead = isAllCaps(w), isDigitLed(w)
		}
		toks = append(toks, t)
	}
	i := start
	for i < end {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:end])
		}
		if r == ' ' || r == '\n' || unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			add(i, i+n)
			i += n
			continue
		}
		j := i
		for j < end {
			if c := text[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				j++ // the common case, without decoding
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:end])
			if isWordRune(r) {
				j += n
				continue
			}
			next, _ := utf8.DecodeRuneInString(text[min(j+n, end):end])
			if isApostrophe(r) && isWordRune(next) {
				if isElision(text[i:j]) && text[i:j] != "M" { // "M'barek" is a name
					j += n
					break // "l'", "qu'": a token of its own
				}
				j += n
				continue // "aujourd'hui", "O'Neil"
			}
			if isDash(r) && isWordRune(next) {
				j += n
				continue
			}
			// Digit groups: "1.500", "1,5".
			if (r == '.' || r == ',') && isDigitByte(text, j-1) && j+n < end && isDigitByte(text, j+n) {
				j += n
				continue
			}
			break
		}
		add(i, j)
		i = j
	}
	return toks
}

// foldTokens sets the folded form (normalize.Fold) and the lexicon tables
// of tokens. Most tokens are lower-case ASCII and fold to themselves; the
// others are folded into one builder, whose String never copies.
func foldTokens(toks []ptok) {
	var b strings.Builder
	b.Grow(len(toks)) // about a byte a token: a capital here and there
	lex := lexicon()
	for i := range toks {
		t := &toks[i]
		t.f = t.s
		if !isFolded(t.s) {
			lo := b.Len()
			appendFold(&b, t.s)
			t.f = b.String()[lo:]
		}
		t.lex = lex[t.f]
	}
}

// isFolded reports whether a token is its own folded form: ASCII without
// capitals or a backquote (Fold turns it into an apostrophe).
func isFolded(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '`' {
			return false
		}
	}
	return true
}

// appendFold writes the folded form of a token to b. Fold works rune by
// rune on a token: ASCII and Latin-1 letters are folded here, through a
// table normalize.Fold fills, any other token by normalize.Fold itself.
func appendFold(b *strings.Builder, w string) {
	for _, r := range w {
		if r >= latin1End {
			b.WriteString(normalize.Fold(w))
			return
		}
	}
	table := latin1Folds()
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c == '`' {
				c = '\''
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		b.WriteString(table[r])
		i += n
	}
}

// latin1End is the first rune after Latin-1.
const latin1End = 0x100

// latin1Folds returns the folded form of every Latin-1 rune.
var latin1Folds = sync.OnceValue(func() *[latin1End]string {
	var t [latin1End]string
	for r := range rune(latin1End) {
		t[r] = normalize.Fold(string(r))
	}
	return &t
})

// isElision reports whether w, before an apostrophe, is an elided word.
func isElision(w string) bool {
	var b [len("lorsqu")]byte
	if len(w) > len(b) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return elisions[string(b[:len(w)])]
}

// leadRune returns the first rune of s.
func leadRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isDigitByte reports whether byte i of s is an ASCII digit.
func isDigitByte(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
