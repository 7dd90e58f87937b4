package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"veille/normalize"
)

// Shape is what a token looks like, as a set of bits.
type Shape uint8

// Token shapes.
const (
	Word     Shape = 1 << iota // letters and digits, with inner hyphens and apostrophes
	Capital                    // a word starting with an upper-case letter
	Acronym                    // at least two letters, all upper case ("KPMG", "AMDIE")
	Number                     // a word starting with a digit ("1.500", "2T", "6e")
	DigitLed                   // a word starting with a digit that holds letters not an ordinal suffix ("2T")
	Elision                    // an elided article or pronoun with its apostrophe ("l'", "qu'")
)

// Token is a word, an elided word with its apostrophe, or one punctuation
// rune of the text, as Tokens.At gives it.
type Token struct {
	Start, End int    // byte offsets into Doc.Text
	Text       string // surface form
	Fold       string // folded (normalize.Fold): lower case, no accents, ' for apostrophes
	Shape      Shape
}

// IsWord reports whether the token is a word (not punctuation).
func (t Token) IsWord() bool { return t.Shape&Word != 0 }

// Punct reports whether the token is punctuation (not a word).
func (t Token) Punct() bool { return t.Shape&Word == 0 }

// Cap reports whether the token starts with an upper-case letter.
func (t Token) Cap() bool { return t.Shape&Capital != 0 }

// AllCaps reports whether the token is an acronym-like word.
func (t Token) AllCaps() bool { return t.Shape&Acronym != 0 }

// DigitLed reports whether the token is a word starting with a digit
// that also holds letters that are not an ordinal suffix ("2T").
func (t Token) DigitLed() bool { return t.Shape&DigitLed != 0 }

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
var ordinalSuffixes = WordSet("e", "er", "ere", "ère", "eme", "ème", "è", "nd", "nde", "es", "th", "st", "rd")

// elisions are the words French elides before a vowel; they become tokens
// of their own so that "l'Agence" is "l'" + "Agence".
var elisions = WordSet("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu")

// nameNotElision is the capital letter that, before an apostrophe, starts a
// name rather than an elision ("M'barek").
const nameNotElision = "M"

// WordSet returns the set of words, for the word tables of the rules.
func WordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// IsWordRune reports whether r belongs to a word: a letter, a digit or a
// combining mark.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isApostrophe reports whether r is an apostrophe inside a word.
func isApostrophe(r rune) bool { return normalize.IsApostrophe(r) }

// isDash reports whether r is a hyphen inside a word.
func isDash(r rune) bool { return r == '-' || r == '‑' || r == '‐' }

// grouping is what tokenize groups the lexer's tokens of a text with.
type grouping struct {
	text string
	cut  *bitSet // if not nil, gets the words glued across punctuation
	// fold, if not nil, folds each token as it is made, and keyed says
	// whether the lexer's keys of words are folded (normalize.LexRange):
	// a token that is one lexer word then takes its key.
	fold  *folder
	keyed bool
	lexed []normalize.Token // the lexer's tokens tokenize reads
}

// tokenize groups the lexer tokens of the sentence sp (normalize's
// letters, digit runs and punctuation runes) into tokens, appended to toks:
// glued letters and digits make one word, with its inner apostrophes,
// hyphens and digit-group separators; an elided word keeps its apostrophe.
func (g *grouping) tokenize(toks []tok, sp Span, lexed []normalize.Token) []tok {
	text := g.text
	g.lexed = lexed
	run := -1       // the start of the word being read, -1 if none
	end := 0        // its end
	one := -1       // the lexer token that is the whole word, -1 if several
	joined := false // whether it goes on past a punctuation (joins)
	flush := func() {
		if run >= 0 {
			if joined && g.cut != nil {
				g.cut.set(len(toks))
			}
			toks = g.add(toks, run, end, one)
			run, joined = -1, false
		}
	}
	for k := range lexed {
		f := &lexed[k] // tokens of the lexer are read in place: they are large
		fs := f.Span()
		if fs.Start < sp.Start || f.IsLineBreak() {
			continue
		}
		if fs.End > sp.End {
			break
		}
		glued := run >= 0 && fs.Start == end
		switch {
		case wordish(text, f):
			if !glued {
				flush()
				run, one = fs.Start, k
			} else {
				one = -1
			}
			end = fs.End
		case glued && joins(text, run, f, next(lexed, k)):
			end, joined, one = fs.End, true, -1
			if r := leadRune(text[fs.Start:]); isApostrophe(r) && isElision(text[run:fs.Start]) && text[run:fs.Start] != nameNotElision {
				flush() // "l'", "qu'": a token of its own
			}
		default:
			flush()
			toks = g.add(toks, fs.Start, fs.End, -1)
		}
	}
	flush()
	return toks
}

// add appends the token of text[s:e] to toks, folded if g folds; one is
// the lexer's token that is the whole of it, or -1.
func (g *grouping) add(toks []tok, s, e, one int) []tok {
	if one >= 0 && g.lexed[one].IsPlain() {
		// A lexer's plain word, of lower-case ASCII letters: a Word
		// that folds to itself (shapeOf, IsFolded).
		return append(toks, tok{start: int32(s), end: int32(e), ref: uint32(Word)})
	}
	t := newTok(g.text, s, e)
	// Every word of the lexer but its plain words holds a capital or a
	// rune of several bytes: it is not folded, with no need to read it.
	lexWord := one >= 0 && g.lexed[one].IsWord()
	if w := g.text[s:e]; g.fold != nil && (lexWord || !IsFolded(w)) {
		g.fold.write(&t, w, g.keyOf(one))
	}
	return append(toks, t)
}

// keyOf returns the key of g.lexed[k] if g's keys are folded and it is the
// folded form of the word's text, as normalize.AppendFold would write it:
// not the full form of an elided word ("d'" is "de" to the lexer), nor a
// word holding a modifier letter apostrophe (ʼ, ʻ), which Fold reads as an
// apostrophe and the lexer as a letter. It returns "" otherwise.
func (g *grouping) keyOf(k int) string {
	lexed := g.lexed
	if !g.keyed || k < 0 || !lexed[k].IsWord() {
		return ""
	}
	sp := lexed[k].Span()
	if after := next(lexed, k); after != nil && after.Span().Start == sp.End && isApostrophe(leadRune(g.text[sp.End:])) {
		return "" // an elided word
	}
	if strings.IndexByte(g.text[sp.Start:sp.End], 0xca) >= 0 { // the first byte of ʼ and ʻ in UTF-8
		return ""
	}
	return lexed[k].Key()
}

// newTok makes the token of text[s:e] and sets its shape.
func newTok(text string, s, e int) tok {
	return tok{start: int32(s), end: int32(e), ref: uint32(shapeOf(text[s:e]))}
}

// shapeOf returns the shape of the token w.
func shapeOf(w string) Shape {
	r, _ := utf8.DecodeRuneInString(w)
	if !IsWordRune(r) {
		return 0
	}
	shape := Word
	if unicode.IsUpper(r) {
		shape |= Capital
		if isAllCaps(w) {
			shape |= Acronym
		}
	}
	if r >= '0' && r <= '9' {
		shape |= Number
		if isDigitLed(w) {
			shape |= DigitLed
		}
	}
	if c := w[len(w)-1]; c != '\'' && c != '`' && c < utf8.RuneSelf {
		return shape // no apostrophe at the end: the common case
	}
	if a, n := utf8.DecodeLastRuneInString(w); isApostrophe(a) && isElision(w[:len(w)-n]) {
		shape |= Elision
	}
	return shape
}

// wordish reports whether the lexer token f belongs to a word: letters,
// digits, or a rune of a word the lexer leaves alone (a digit of another
// script, a lone combining mark).
func wordish(text string, f *normalize.Token) bool {
	return f.IsWord() || f.IsNumber() || IsWordRune(leadRune(text[f.Span().Start:]))
}

// next returns the lexer token after k, if any.
func next(lexed []normalize.Token, k int) *normalize.Token {
	if k+1 < len(lexed) {
		return &lexed[k+1]
	}
	return nil
}

// joins reports whether the punctuation f, glued to the word that starts
// at run, goes on with it: an apostrophe (an elision ends there, anything
// else goes on with a glued word after it), a hyphen before a glued word,
// a "." or "," between digits.
func joins(text string, run int, f, after *normalize.Token) bool {
	fs := f.Span()
	r := leadRune(text[fs.Start:])
	if isApostrophe(r) && isElision(text[run:fs.Start]) && text[run:fs.Start] != nameNotElision {
		return true
	}
	if after == nil || after.Span().Start != fs.End || !wordish(text, after) {
		return false
	}
	switch {
	case isApostrophe(r), isDash(r):
		return true
	case r == '.' || r == ',':
		return isDigitByte(text, fs.Start-1) && isDigitByte(text, fs.End)
	}
	return false
}

// leadRune returns the first rune of s.
func leadRune(s string) rune {
	for _, r := range s { // inlined, unlike utf8.DecodeRuneInString
		return r
	}
	return utf8.RuneError
}

// IsFolded reports whether a word is its own folded form: ASCII without
// capitals or a backquote (Fold turns it into an apostrophe).
func IsFolded(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '`' {
			return false
		}
	}
	return true
}

// isElision reports whether w, before an apostrophe, is an elided word:
// its code is one of elisionCodes, a few integers to compare, where a map
// would hash it for every apostrophe of the text.
func isElision(w string) bool {
	if len(w) > maxElision {
		return false
	}
	c := elisionCode(w)
	for _, e := range elisionCodes() {
		if c == e {
			return true
		}
	}
	return false
}

// maxElision is the most bytes an elision code holds, past the longest
// elision (TestElisions).
const maxElision = 7

// elisionCode packs w, of at most maxElision bytes, lower-cased (ASCII),
// and its length in a number: two words have the same code if and only
// if they are equal but for the case of their ASCII letters.
func elisionCode(w string) uint64 {
	code := uint64(len(w))
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		code |= uint64(c) << (8 * (k + 1))
	}
	return code
}

// elisionCodes are the codes of the elisions.
var elisionCodes = sync.OnceValue(func() []uint64 {
	codes := make([]uint64, 0, len(elisions))
	for w := range elisions {
		codes = append(codes, elisionCode(w))
	}
	return codes
})

// isDigitByte reports whether byte i of s is an ASCII digit.
func isDigitByte(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

// Tokenize splits s, taken as one sentence, into folded tokens: rules use
// it to read their phrases as the text is read.
func Tokenize(s string) Tokens { return tokenizeInto(make([]tok, 0, len(s)/4+1), nil, s) }

// tokenizeInto is Tokenize, appending the tokens to toks and adding to
// cut, if not nil, the words glued across punctuation.
func tokenizeInto(toks []tok, cut *bitSet, s string) Tokens {
	toks = tokenizeString(toks, cut, s)
	f := newFolder(nil)
	f.foldAll(toks, s)
	return f.view(s, toks)
}

// tokenizeString appends the tokens of s, taken as one sentence, to toks,
// without their folded forms, and adds to cut, if not nil, the words glued
// across punctuation.
func tokenizeString(toks []tok, cut *bitSet, s string) []tok {
	buf := lexedPool.Get().(*[]normalize.Token)
	defer putLexed(buf)
	*buf = normalize.LexSpans((*buf)[:0], s, 0, len(s))
	g := grouping{text: s, cut: cut}
	return g.tokenize(toks, Span{0, len(s)}, *buf)
}

// AppendTexts appends the surface forms of the tokens of s, taken as one
// sentence, to dst: the words of a name already folded, read without a
// view of its tokens to allocate.
func AppendTexts(dst []string, s string) []string {
	var scratch [32]tok // a name's tokens fit on the stack
	for _, t := range tokenizeString(scratch[:0], nil, s) {
		dst = append(dst, s[t.start:t.end])
	}
	return dst
}
