package text

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// punkt finds the sentence breaks of a feed as the library's SentencePositions
// does, rule for rule (its type-based, token-based and multi-punctuation
// annotations), on its model, but without the regular expressions, the
// lower-cased copies and the token pointers that made Punkt a third of
// New. The words it reads are those of Punkt's word tokenizer, which
// punktFeed.fill sets as it feeds them. FuzzPunkt holds its rules to the
// library's breaks, and FuzzPunktFeed the whole feed.
type punkt struct {
	model *flagTable // punktModel
	toks  []punktTok // of the feed being read
	typ   []byte     // scratch for the types of two tokens
	ctx   []byte     // scratch for the type heuristic reads
}

// punktTok is a word of the feed, with Punkt's annotations.
type punktTok struct {
	tok       string
	pos       int // where it ends in the feed
	sentBreak bool
	abbr      bool
}

// Orthographic contexts of Punkt's model (sentences' ortho.go).
const (
	orthoBegUc = 1 << 1
	orthoMidUc = 1 << 2
	orthoUnkUc = 1 << 3
	orthoBegLc = 1 << 4
	orthoMidLc = 1 << 5
	orthoUnkLc = 1 << 6
	orthoUc    = orthoBegUc + orthoMidUc + orthoUnkUc
	orthoLc    = orthoBegLc + orthoMidLc + orthoUnkLc
)

// Flags of a type in punktModel, above its orthographic context.
const (
	orthoMask  = 1<<8 - 1
	abbrevType = 1 << (8 + iota)
	collocation
	sentStarter
)

// numberType is the type Punkt gives a trailing number.
const numberType = "##number##"

// breaks appends to dst the positions of the breaks Punkt finds in a
// text of n bytes whose words it reads are p.toks, then n. The zero punkt
// reads punktModel.
func (p *punkt) breaks(dst []int, n int) []int {
	if p.model == nil {
		p.model = punktModel()
	}
	toks := p.toks
	for i := range toks {
		p.typeBased(&toks[i])
	}
	for i := 0; i+1 < len(toks); i++ {
		p.tokenBased(&toks[i], &toks[i+1])
	}
	for i := 0; i+1 < len(toks); i++ {
		p.multiPunct(&toks[i], &toks[i+1])
	}
	for _, t := range toks {
		if t.sentBreak {
			dst = append(dst, t.pos)
		}
	}
	return append(dst, n)
}

// typeBased is Punkt's first pass on a token (TypeBasedAnnotation).
func (p *punkt) typeBased(t *punktTok) {
	switch {
	case hasSentEndChars(t.tok):
		t.sentBreak = true
	case strings.HasSuffix(t.tok, ".") && !strings.HasSuffix(t.tok, ".."):
		// Punkt cuts as many bytes as the token has runes, less one.
		noPeriod := appendLower(p.typ[:0], t.tok[:utf8.RuneCountInString(t.tok)-1])
		p.typ = noPeriod
		last := noPeriod
		if k := bytes.LastIndexByte(noPeriod, '-'); k >= 0 {
			last = noPeriod[k+1:]
		}
		if p.model.get(noPeriod)&abbrevType != 0 || p.model.get(last)&abbrevType != 0 {
			t.abbr = true
		} else {
			t.sentBreak = true
		}
	}
}

// tokenBased is Punkt's second pass on a token and the next
// (TokenBasedAnnotation).
func (p *punkt) tokenBased(one, two *punktTok) {
	if !strings.HasSuffix(one.tok, ".") {
		return
	}
	typ := appendTypeNoPeriod(p.typ[:0], one.tok)
	typLen := len(typ)
	both := appendSentType(append(typ, ','), two) // typ, then the next type
	p.typ = both
	typ, nextTyp := both[:typLen], both[typLen+1:]
	initial := isInitial(one.tok)
	if p.model.get(both)&collocation != 0 {
		one.sentBreak, one.abbr = false, true
		return
	}
	if (one.abbr || strings.HasSuffix(one.tok, "..")) && !initial {
		if p.heuristic(two) == 1 || firstUpper(two.tok) && p.model.get(nextTyp)&sentStarter != 0 {
			one.sentBreak = true
			return
		}
	}
	if one.tok == "." && two.tok == "." {
		one.sentBreak, two.sentBreak = false, false
		return
	}
	if initial || string(typ) == numberType {
		switch h := p.heuristic(two); {
		case h == 0,
			h == -1 && initial && firstUpper(two.tok) && p.model.get(nextTyp)&orthoLc == 0:
			one.sentBreak, one.abbr = false, true
		}
	}
}

// multiPunct is Punkt's third pass on a token and the next, for the
// abbreviations of several periods, "F.B.I." (english's
// MultiPunctWordAnnotation).
func (p *punkt) multiPunct(one, two *punktTok) {
	if !hasMultiPunct(one.tok) || isInitial(one.tok) {
		return
	}
	one.abbr, one.sentBreak = true, false
	if p.heuristic(two) == 1 {
		one.sentBreak = true
		return
	}
	nextTyp := appendSentType(p.typ[:0], two)
	p.typ = nextTyp
	if firstUpper(two.tok) && p.model.get(nextTyp)&sentStarter != 0 {
		one.sentBreak = true
	}
}

// heuristic is Punkt's orthographic heuristic (OrthoContext.Heuristic):
// whether t starts a sentence (1), does not (0), or may (-1).
func (p *punkt) heuristic(t *punktTok) int {
	if len(t.tok) == 1 && strings.Contains(";:,.!?", t.tok) {
		return 0
	}
	p.ctx = appendSentType(p.ctx[:0], t)
	ctx := p.model.get(p.ctx)
	if firstUpper(t.tok) && ctx&orthoLc > 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if firstLower(t.tok) && (ctx&orthoUc > 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

// hasSentEndChars reports whether tok ends a sentence by its punctuation
// (english's WordTokenizer.HasSentEndChars): it ends with "?" or "!", or
// with a closing quote or parenthesis after one of them or a period, or
// it holds ".[", ".(", ".\"", ".'", "?[", "?(", "![" or "!(".
func hasSentEndChars(tok string) bool {
	n := len(tok)
	if n == 0 {
		return false
	}
	switch tok[n-1] {
	case '?', '!':
		return true
	case '"', '\'', ')':
		if n >= 2 && isSentPunct(tok[n-2]) {
			return true
		}
	}
	if n >= 4 && isSentPunct(tok[n-4]) && (strings.HasSuffix(tok, "’") || strings.HasSuffix(tok, "”")) {
		return true
	}
	for i := strings.IndexAny(tok, ".?!"); i >= 0 && i+1 < n; i++ {
		switch tok[i] {
		case '.':
			if c := tok[i+1]; c == '[' || c == '(' || c == '"' || c == '\'' {
				return true
			}
		case '?', '!':
			if c := tok[i+1]; c == '[' || c == '(' {
				return true
			}
		}
	}
	return false
}

// isSentPunct reports a byte that may end a sentence: '.', '?' or '!'.
func isSentPunct(c byte) bool { return c == '.' || c == '?' || c == '!' }

// hasMultiPunct reports whether tok holds what english's reAbbr matches,
// `(?:\w\.)+\w*\.`: a word byte, a period, word bytes, a period.
func hasMultiPunct(tok string) bool {
	for i := 0; i+2 < len(tok); i++ {
		if !isASCIIWordByte(tok[i]) || tok[i+1] != '.' {
			continue
		}
		j := i + 2
		for j < len(tok) && isASCIIWordByte(tok[j]) {
			j++
		}
		if j < len(tok) && tok[j] == '.' {
			return true
		}
	}
	return false
}

// isASCIIWordByte reports whether c is of \w: an ASCII letter, digit or _.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// isInitial reports whether tok is an initial, `^[A-Za-z]\.$`.
func isInitial(tok string) bool {
	return len(tok) == 2 && tok[1] == '.' && ('a' <= tok[0] && tok[0] <= 'z' || 'A' <= tok[0] && tok[0] <= 'Z')
}

// firstUpper and firstLower report the case of the first rune of tok.
func firstUpper(tok string) bool { return tok != "" && unicode.IsUpper(leadRune(tok)) }

func firstLower(tok string) bool { return tok != "" && unicode.IsLower(leadRune(tok)) }

// appendSentType appends the type of t with its final period removed if
// it is marked as a sentence break (TypeNoSentPeriod).
func appendSentType(dst []byte, t *punktTok) []byte {
	if t.sentBreak {
		return appendTypeNoPeriod(dst, t.tok)
	}
	return appendType(dst, t.tok)
}

// appendTypeNoPeriod appends the type of tok without its final period
// (TypeNoPeriod).
func appendTypeNoPeriod(dst []byte, tok string) []byte {
	start := len(dst)
	dst = appendType(dst, tok)
	if len(dst)-start > 1 && dst[len(dst)-1] == '.' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// appendType appends the type of tok (DefaultWordTokenizer.Type): lower
// case, a trailing number as "##number##", and no comma unless it is the
// whole type.
func appendType(dst []byte, tok string) []byte {
	start := len(dst)
	dst = appendLower(dst, tok)
	if k, ok := numericSuffix(dst[start:]); ok {
		dst = append(dst[:start+k], numberType...)
	}
	if len(dst)-start == 1 {
		return dst
	}
	w := start
	for _, c := range dst[start:] {
		if c != ',' {
			dst[w] = c
			w++
		}
	}
	return dst[:w]
}

// appendLower appends s in lower case as strings.ToLower writes it (an
// invalid byte becomes U+FFFD).
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n - 1
	}
	return dst
}

// numericSuffix returns where the match of Punkt's number pattern,
// `-?[\.,]?\d[\d,\.-]*\.?$`, starts in b, the leftmost one, if any: in
// the run of digits, commas, periods and hyphens that ends b, at its first
// digit or up to two bytes before, "-", "." or "," or "-." or "-,".
func numericSuffix(b []byte) (int, bool) {
	run := len(b)
	for run > 0 && isNumericByte(b[run-1]) {
		run--
	}
	q := run
	for q < len(b) && (b[q] < '0' || b[q] > '9') {
		q++
	}
	switch {
	case q == len(b):
		return 0, false
	case q-2 >= run && b[q-2] == '-' && (b[q-1] == '.' || b[q-1] == ','):
		return q - 2, true
	case q-1 >= run:
		return q - 1, true // a byte of the run before a digit is "-", "." or ","
	}
	return q, true
}

// isNumericByte reports a byte of [\d,\.-].
func isNumericByte(c byte) bool { return '0' <= c && c <= '9' || c == ',' || c == '.' || c == '-' }
