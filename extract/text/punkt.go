package text

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
)

// The sentences of a line are where the Punkt tokenizer of
// gopkg.in/neurosnap/sentences.v1, with its English model and our
// abbreviations (splitter), puts them. Its Tokenize makes a token object,
// regular expressions and strings for every word that may end a sentence,
// a tenth of the cost of an article; punktLine takes the same decisions,
// rule for rule and on the same model, on spans of the line and scratch
// bytes (TestPunktSameAsLibrary and FuzzPunkt compare the two).

// pword is a word of a line that Punkt reads: one that holds a sentence
// punctuation or follows one that does.
type pword struct {
	s, e  int  // the word, line[s:e]
	pos   int  // where a sentence it ends ends (Punkt's Position)
	brk   bool // it ends a sentence
	abbr  bool // it is an abbreviation
	final bool // it ends with a period
}

// Punkt's orthographic contexts of a word type, as its model stores them.
const (
	orthoBegUc = 1 << (iota + 1) // upper case, starting a sentence
	orthoMidUc                   // upper case, inside a sentence
	orthoUnkUc                   // upper case, position unknown
	orthoBegLc                   // lower case, starting a sentence
	orthoMidLc                   // lower case, inside a sentence
	orthoUnkLc                   // lower case, position unknown

	orthoUc = orthoBegUc | orthoMidUc | orthoUnkUc
	orthoLc = orthoBegLc | orthoMidLc | orthoUnkLc
)

// punktReader reads the sentences of lines on a Punkt model; its buffers
// are scratch, reused from line to line.
type punktReader struct {
	m          *sentences.Storage
	words      []pword
	typ, next  []byte // the types of the two words of a pair
	key, lower []byte
}

// newPunktReader returns a reader on the model of the splitter.
func newPunktReader() *punktReader {
	return &punktReader{m: splitter().Storage, words: make([]pword, 0, 32)}
}

// punktReaders holds the readers of the texts being split: their buffers
// are scratch, of a few words each.
var punktReaders = sync.Pool{New: func() any { return newPunktReader() }}

// maxPunktWords is the number of words past which a reader's buffer, grown
// on a line of many sentences, is left to the collector.
const maxPunktWords = 1 << 10

// release gives the reader back to punktReaders.
func (p *punktReader) release() {
	if cap(p.words) <= maxPunktWords {
		punktReaders.Put(p)
	}
}

// appendLine appends to out the sentences of text[start:end], a line,
// trimmed of white space, as Punkt finds them.
func (p *punktReader) appendLine(out []Span, text string, start, end int) []Span {
	line := text[start:end]
	p.words = punktWords(p.words[:0], line)
	if len(p.words) == 0 {
		// Punkt then reads the line as one word, ending where the line
		// ends: one sentence, whatever it decides.
		return appendTrimmed(out, text, start, end)
	}
	for i := range p.words {
		p.typeAnnotate(line, &p.words[i])
	}
	for i := 0; i+1 < len(p.words); i++ {
		p.tokenAnnotate(line, &p.words[i], &p.words[i+1])
	}
	for i := 0; i+1 < len(p.words); i++ {
		p.multiPunctAnnotate(line, &p.words[i], &p.words[i+1])
	}
	last := 0
	for _, w := range p.words {
		if w.brk {
			out = appendTrimmed(out, text, start+last, start+w.pos)
			last = w.pos
		}
	}
	if last != len(line) {
		out = appendTrimmed(out, text, start+last, end)
	}
	return out
}

// punktWords appends to ws the words of line Punkt reads: the runs of
// runes other than white space that hold a '.', '!' or '?', and the run
// after each. The last run is read only when the line ends with a
// one-byte rune (Punkt looks for the end of the line at its last byte).
func punktWords(ws []pword, line string) []pword {
	n := len(line)
	last := n // where the runs Punkt reads end
	if _, size := utf8.DecodeLastRuneInString(line); size > 1 {
		last = runStart(line, n)
	}
	follow := false // the run before held a sentence punctuation
	for s := 0; s < last; {
		if follow {
			s = skipSpace(line, s)
			if s >= last {
				break
			}
		} else {
			k := strings.IndexAny(line[s:last], ".!?")
			if k < 0 {
				break
			}
			s = runStart(line, s+k)
		}
		e := runEnd(line, s)
		if e > last {
			break
		}
		w := pword{s: s, e: e, pos: e, final: line[e-1] == '.'}
		if e == n-1 { // a one-byte space ends the line
			w.pos = n
		}
		ws = append(ws, w)
		follow = strings.ContainsAny(line[s:e], ".!?")
		s = e
	}
	return ws
}

// runStart returns the start of the run of non-space runes that ends at or
// holds byte k of s.
func runStart(s string, k int) int {
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if isSpaceRune(r) {
			break
		}
		k -= size
	}
	return k
}

// runEnd returns the end of the run of non-space runes that starts at s[k].
func runEnd(s string, k int) int {
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if isSpaceRune(r) {
			break
		}
		k += size
	}
	return k
}

// skipSpace returns the first byte at or after k that starts a rune other
// than white space.
func skipSpace(s string, k int) int {
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !isSpaceRune(r) {
			break
		}
		k += size
	}
	return k
}

// isSpaceRune is unicode.IsSpace, with a fast path for ASCII.
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// typeAnnotate is Punkt's first pass: a word with a sentence-ending mark
// ends a sentence, a word with a final period too unless it is an
// abbreviation of the model.
func (p *punktReader) typeAnnotate(line string, w *pword) {
	tok := line[w.s:w.e]
	switch {
	case hasSentEndChars(tok):
		w.brk = true
	case w.final && !strings.HasSuffix(tok, ".."):
		// Punkt cuts the period off by counting runes, not bytes: a
		// word with accents loses more than its period.
		p.lower = appendLower(p.lower[:0], tok[:utf8.RuneCountInString(tok)-1])
		k := bytes.LastIndexByte(p.lower, '-')
		if p.m.AbbrevTypes[string(p.lower)] != 0 || p.m.AbbrevTypes[string(p.lower[k+1:])] != 0 {
			w.abbr = true
		} else {
			w.brk = true
		}
	}
}

// sentEnders are the endings that end a sentence whatever the word, and
// sentEndInside what does so anywhere in it (the English tokenizer's).
var (
	sentEnders = []string{
		`."`, `.'`, `.)`, `.’`, `.”`,
		`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
	}
	sentEndInside = []string{`.[`, `.(`, `."`, `.'`, `?[`, `?(`, `![`, `!(`}
)

// hasSentEndChars reports whether the word ends a sentence by its marks.
func hasSentEndChars(tok string) bool {
	if !strings.ContainsAny(tok, `"'()[?!`) && !strings.HasSuffix(tok, "’") && !strings.HasSuffix(tok, "”") {
		return false // no mark of sentEnders or sentEndInside: most words
	}
	for _, e := range sentEnders {
		if strings.HasSuffix(tok, e) {
			return true
		}
	}
	for _, e := range sentEndInside {
		if strings.Contains(tok, e) {
			return true
		}
	}
	return false
}

// tokenAnnotate is Punkt's second pass on the pair of words one, two: the
// collocations, abbreviations, ellipses, initials and ordinals of the
// model, read with the orthographic heuristic.
func (p *punktReader) tokenAnnotate(line string, one, two *pword) {
	if !one.final {
		return
	}
	tok := line[one.s:one.e]
	p.typ = typeNoPeriod(p.typ[:0], tok)
	p.next = p.typeNoSentPeriod(p.next[:0], line, two)
	initial := isInitial(tok)
	p.key = append(append(append(p.key[:0], p.typ...), ','), p.next...)
	if p.m.Collocations[string(p.key)] != 0 {
		one.brk, one.abbr = false, true
		return
	}
	if (one.abbr || strings.HasSuffix(tok, "..")) && !initial {
		if p.heuristic(line, two) == 1 || p.startsSentence(line, two) {
			one.brk = true
			return
		}
	}
	if tok == "." && line[two.s:two.e] == "." {
		one.brk, two.brk = false, false
		return
	}
	if initial || string(p.typ) == "##number##" {
		h := p.heuristic(line, two)
		if h == 0 || h == -1 && initial && firstUpper(line[two.s:two.e]) && p.m.OrthoContext[string(p.next)]&orthoLc == 0 {
			one.brk, one.abbr = false, true
		}
	}
}

// multiPunctAnnotate is the English tokenizer's last pass: a word with
// inner periods ("S.A.", "p.ex.") is an abbreviation, which ends a
// sentence only if the next word starts one.
func (p *punktReader) multiPunctAnnotate(line string, one, two *pword) {
	tok := line[one.s:one.e]
	if !hasInnerAbbr(tok) || isInitial(tok) {
		return
	}
	one.abbr, one.brk = true, false
	p.next = p.typeNoSentPeriod(p.next[:0], line, two)
	if p.heuristic(line, two) == 1 || p.startsSentence(line, two) {
		one.brk = true
	}
}

// startsSentence reports whether w is capitalised and a frequent sentence
// starter of the model; p.next holds its type.
func (p *punktReader) startsSentence(line string, w *pword) bool {
	return firstUpper(line[w.s:w.e]) && p.m.SentStarters[string(p.next)] != 0
}

// heuristic is Punkt's orthographic heuristic: 1 if the word w starts a
// sentence, 0 if it does not, -1 if the model cannot tell.
func (p *punktReader) heuristic(line string, w *pword) int {
	tok := line[w.s:w.e]
	if len(tok) == 1 && strings.Contains(";:,.!?", tok) {
		return 0
	}
	p.key = p.typeNoSentPeriod(p.key[:0], line, w)
	ctx := p.m.OrthoContext[string(p.key)]
	r, _ := utf8.DecodeRuneInString(tok)
	if unicode.IsUpper(r) && ctx&orthoLc != 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if unicode.IsLower(r) && (ctx&orthoUc != 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

// firstUpper reports whether tok starts with an upper-case letter.
func firstUpper(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

// isInitial reports an initial: one ASCII letter and a period.
func isInitial(tok string) bool {
	return len(tok) == 2 && tok[1] == '.' && ('a' <= tok[0] && tok[0] <= 'z' || 'A' <= tok[0] && tok[0] <= 'Z')
}

// hasInnerAbbr reports whether tok holds a word character, a period, word
// characters and a period again (the English tokenizer's
// `((?:[\w]\.)+[\w]*\.)`).
func hasInnerAbbr(tok string) bool {
	for i := 0; i+1 < len(tok); i++ {
		if !isWordByte(tok[i]) || tok[i+1] != '.' {
			continue
		}
		j := i + 2
		for j < len(tok) && isWordByte(tok[j]) {
			j++
		}
		if j < len(tok) && tok[j] == '.' {
			return true
		}
	}
	return false
}

// isWordByte reports the ASCII word characters of regular expressions.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// typeNoSentPeriod appends Punkt's type of the word w, without its final
// period when the word ends a sentence.
func (p *punktReader) typeNoSentPeriod(b []byte, line string, w *pword) []byte {
	if w.brk {
		return typeNoPeriod(b, line[w.s:w.e])
	}
	return appendType(b, line[w.s:w.e])
}

// typeNoPeriod appends Punkt's type of tok without its final period.
func typeNoPeriod(b []byte, tok string) []byte {
	n := len(b)
	b = appendType(b, tok)
	if len(b)-n > 1 && b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return b
}

// numberType is the type Punkt gives the numbers ending a word.
const numberType = "##number##"

// appendType appends Punkt's type of tok: lower case, a number ending it
// replaced by numberType, and without commas unless it is one byte.
func appendType(b []byte, tok string) []byte {
	n := len(b)
	b = appendLower(b, tok)
	if k := numberStart(b[n:]); k >= 0 {
		b = append(b[:n+k], numberType...)
	}
	if len(b)-n == 1 {
		return b
	}
	out := b[:n]
	for _, c := range b[n:] {
		if c != ',' {
			out = append(out, c)
		}
	}
	return out
}

// numberStart returns where the number that ends t starts, as Punkt reads
// it (`-?[\.,]?\d[\d,\.-]*\.?$`, leftmost), or -1.
func numberStart(t []byte) int {
	q := len(t) // the start of the tail of digits, commas, periods and hyphens
	for q > 0 && isNumberByte(t[q-1]) {
		q--
	}
	d := q // its first digit
	for d < len(t) && (t[d] < '0' || t[d] > '9') {
		d++
	}
	switch {
	case d == len(t):
		return -1
	case d-2 >= q && t[d-2] == '-' && (t[d-1] == '.' || t[d-1] == ','):
		return d - 2
	case d-1 >= q:
		return d - 1
	}
	return d
}

// isNumberByte reports the bytes of Punkt's numbers.
func isNumberByte(c byte) bool { return '0' <= c && c <= '9' || c == ',' || c == '.' || c == '-' }

// appendLower appends strings.ToLower(s) to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				b = utf8.AppendRune(b, unicode.ToLower(r))
			}
			return b
		} else if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			b = append(b, c)
		} else {
			b = append(b, c)
		}
	}
	return b
}
