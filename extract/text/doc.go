// Package text holds an article's clean text as the extraction rules read
// it: its sentences, its tokens (grouped from the one lexing of the text by
// normalize.Lex, each with its byte span, its folded form and its shape),
// rune offsets for evidence, and the cue language the rules write their
// French words in.
package text

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"veille/normalize"
)

// Span is a half-open range [Start, End) of byte offsets into Doc.Text.
// Byte offsets stay inside the engine; Evidence carries runes.
type Span struct{ Start, End int }

// Doc is the clean text of an article with what every rule reads from it:
// its sentences and its tokens, computed once.
type Doc struct {
	Text  string
	Title string
	Sents []Span    // the sentences, in text order
	Ref   time.Time // publication date; zero if unknown

	scan   normalize.Scan // what normalize's scanners found (Scan)
	piece  int            // the size of the pieces the text is read by (read)
	lazy   bool           // whether scan is still to be read (Scan)
	toks   Tokens         // the tokens of the sentences, in text order; none, with bounds, once Words is built
	words  Tokens         // the word view of toks (Words), computed on first use
	bounds []int          // sentence i holds toks[bounds[i]:bounds[i+1]]
	cut    bitSet         // the tokens that are words glued across punctuation, which the word view cuts
	runeAt []int32        // runeAt[k] is the rune offset of byte k*runeBlock
}

// New splits text into sentences and tokens. The title is kept for the
// rules that read it; ref resolves relative dates. Tokens point into the
// text with 32-bit offsets and number their folded forms in 26 bits: New
// panics on a text of more than 64 million tokens that do not fold to
// themselves, 128 MB of text at the least (Parse reads 16 MB by default).
func New(text, title string, ref time.Time) *Doc { return newDoc(text, title, ref, lexPiece) }

// newDoc is New, reading the text by pieces of about piece bytes.
func newDoc(text, title string, ref time.Time, piece int) *Doc {
	d := &Doc{Text: text, Title: title, Ref: ref, Sents: splitSentences(text)}
	d.runeAt = make([]int32, len(text)/runeBlock+1)
	for k := 1; k < len(d.runeAt); k++ {
		d.runeAt[k] = d.runeAt[k-1] + int32(runeStarts(text[(k-1)*runeBlock:k*runeBlock]))
	}
	d.piece = piece
	// A long text is scanned when asked (Scan), after the rules' tokens
	// are gone: a second lexing, so that the scanners' findings and the
	// tokens do not weigh on memory together.
	d.lazy = len(text) > scanLater
	if d.lazy {
		d.read(readTokens, nil)
	} else {
		d.read(readTokens|readScan, nil)
	}
	return d
}

// lexPiece is the size of the pieces a text is lexed by: the lexer's
// tokens weigh some eight times their text, and only those of one piece
// are in memory, in one buffer.
const lexPiece = 16 << 10

// scanLater is the size past which a text is scanned on first use (Scan)
// rather than as it is tokenized: an article's text is scanned at once.
const scanLater = 64 << 10

// reading says what read builds from the lexer's tokens.
type reading uint8

const (
	readTokens reading = 1 << iota // the tokens of the sentences
	readScan                       // what normalize's scanners find
)

// read lexes the text by pieces of about d.piece bytes, each ending where
// a line starts, and builds from each what r says: the tokens of its
// sentences, what normalize's scanners find in it (no sentence, no phrase
// of theirs spans two lines); and the word view, with w, if not nil.
func (d *Doc) read(r reading, w *wordReader) {
	var toks []tok
	var f folder
	if r&readTokens != 0 {
		toks = make([]tok, 0, len(d.Text)/5+len(d.Sents)) // about five bytes a token
		d.bounds = make([]int, len(d.Sents)+1)
		d.cut = nil
		f = newFolder(nil)
	}
	// The tokens are folded as they are made, from the lexer's keys when
	// it folds them (for the scanners).
	g := &grouping{text: d.Text, cut: &d.cut, fold: &f, keyed: r&readScan != 0}
	buf := lexedPool.Get().(*[]normalize.Token)
	defer putLexed(buf)
	lexed := (*buf)[:0]
	if n := min(len(d.Text), d.piece+d.piece/4) / 4; cap(lexed) < n {
		lexed = make([]normalize.Token, 0, n) // about four bytes a token: made once, not grown
	}
	si := 0
	var scan normalize.Scan        // of the pieces so far
	var scanner *normalize.Scanner // its scratch serves every piece
	longest := 0                   // the longest piece
	if r&readScan != 0 {
		scanner = scanners.Get().(*normalize.Scanner)
		defer func() { putScanner(scanner, longest) }()
	}
	for lo := 0; ; {
		hi := pieceEnd(d.Text, lo, d.piece)
		longest = max(longest, hi-lo)
		if r&readScan != 0 {
			lexed = normalize.LexRange(lexed[:0], d.Text, lo, hi)
			reserveScan(&scan, lo, hi, len(d.Text))
			scanner.Append(&scan, d.Text, lo, hi, lexed)
		} else {
			lexed = normalize.LexSpans(lexed[:0], d.Text, lo, hi) // the tokens read no key
		}
		if r&readTokens != 0 {
			toks, si = d.tokenizeUntil(toks, si, hi, lexed, g)
		}
		if w != nil {
			si = d.wordsUntil(w, si, hi, lexed)
		}
		if hi >= len(d.Text) {
			break
		}
		lo = hi
	}
	*buf = lexed
	if r&readScan != 0 {
		d.scan = scan
	}
	if r&readTokens != 0 {
		d.toks = f.view(d.Text, toks)
	}
	if w != nil {
		d.words = w.f.view(d.Text, w.out)
	}
}

// lexedPool holds the buffers of the lexer's tokens: scratch, which every
// document would otherwise allocate afresh.
var lexedPool = sync.Pool{New: func() any { return new([]normalize.Token) }}

// scanners holds the scratch of normalize's scanners, which grows to the
// size of a piece: every document would otherwise grow it afresh.
var scanners = sync.Pool{New: func() any { return new(normalize.Scanner) }}

// putScanner returns x to scanners, unless it read a piece far longer than
// most (a text of long lines), whose scratch is left to the collector;
// longest is the longest piece it read.
func putScanner(x *normalize.Scanner, longest int) {
	if longest <= 4*lexPiece {
		scanners.Put(x)
	}
}

// putLexed returns a buffer to lexedPool, emptied of the keys it points
// to; a buffer grown past a piece's needs (a text of long lines) is left
// to the collector.
func putLexed(buf *[]normalize.Token) {
	if cap(*buf) > lexPiece/2 {
		return
	}
	clear(*buf) // what lies past it was cleared before
	*buf = (*buf)[:0]
	lexedPool.Put(buf)
}

// tokenizeUntil appends to toks the tokens of the sentences from si on
// that start before byte hi, grouped by g from the lexer's tokens lexed,
// and returns them and the next sentence. It sets the sentences' bounds
// if the Doc keeps them (its tokens).
func (d *Doc) tokenizeUntil(toks []tok, si, hi int, lexed []normalize.Token, g *grouping) ([]tok, int) {
	rest := lexed
	for ; si < len(d.Sents) && d.Sents[si].Start < hi; si++ {
		sp := d.Sents[si]
		// The lexer's tokens of the sentence and after: sentences come in
		// text order, so the search starts where the last one ended.
		k := sort.Search(len(rest), func(k int) bool { return rest[k].Span().Start >= sp.Start })
		rest = rest[k:]
		toks = g.tokenize(toks, sp, rest)
		if d.bounds != nil {
			d.bounds[si+1] = len(toks)
		}
	}
	return toks, si
}

// pieceEnd returns the end of the piece of text that starts at lo: the
// whole rest when it is short, else the start of the first line after
// piece bytes that starts with a visible ASCII byte (no run of white
// space, which the lexer reads as one, is cut).
func pieceEnd(text string, lo, piece int) int {
	for k := lo + piece; k < len(text); {
		i := strings.IndexByte(text[k:], '\n')
		if i < 0 {
			break
		}
		k += i + 1
		if k < len(text) && text[k] > ' ' && text[k] < utf8.RuneSelf {
			return k
		}
	}
	return len(text)
}

// reserveScan makes room in the lists of sc, which hold what the scanners
// found in the first lo bytes of a text of n bytes, for what they will
// find in the piece [lo, hi), at the rate of those bytes (reserve).
func reserveScan(sc *normalize.Scan, lo, hi, n int) {
	sc.Numbers = reserve(sc.Numbers, lo, hi, n)
	sc.Amounts = reserve(sc.Amounts, lo, hi, n)
	sc.Years = reserve(sc.Years, lo, hi, n)
	sc.Dates = reserve(sc.Dates, lo, hi, n)
	sc.Places = reserve(sc.Places, lo, hi, n)
}

// reserve returns l, the items of the first lo bytes of a text of n bytes,
// with room for those of the piece [lo, hi) at the same rate: when it has
// not, with room for those of all the rest of the text, and a 32nd
// more. A dense page has a figure every few words: its lists are made
// about once at their size, not grown by doubling, every copy of them in
// memory at once, nor made for each piece and joined.
func reserve[T any](l []T, lo, hi, n int) []T {
	if len(l) == 0 {
		return l // the scanners make a list for the piece
	}
	rate := float64(len(l)) / float64(lo) // items a byte
	if float64(cap(l)-len(l)) >= rate*float64(hi-lo) {
		return l
	}
	return slices.Grow(l, int(rate*float64(n-lo)*33/32)+1)
}

// Scan returns the figures, sums, years, dates and places of the text that
// normalize's scanners read from the lexer's tokens (normalize.ScanRange):
// those of the one lexing of an article, those of a second lexing, on
// first use, for a long text. The Doc keeps none of them, so that the
// caller may let them go as it is done with each (a second call reads the
// text again).
func (d *Doc) Scan() normalize.Scan {
	if d.lazy {
		d.read(readScan, nil)
	}
	sc := d.scan
	d.scan, d.lazy = normalize.Scan{}, true
	return sc
}

// Tokens returns the tokens of every sentence, in text order. The Doc lets
// them go when it builds the word view (Words), which replaces them in
// memory: they are then read from the text again. Those of a text read by
// pieces must not be read after Words, which may write over them.
func (d *Doc) Tokens() Tokens {
	if d.bounds == nil {
		d.read(readTokens, nil)
	}
	return d.toks
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) Tokens {
	return d.Tokens().Slice(d.bounds[i], d.bounds[i+1])
}

// runeBlock is the number of bytes between two checkpoints of runeAt: a
// rune offset costs a count over less than a block, and the index 4 bytes
// a block.
const runeBlock = 64

// runeStarts counts the runes that start in s: its bytes less its
// continuation bytes (10xxxxxx), counted eight at a time.
func runeStarts(s string) int {
	n := len(s)
	for ; len(s) >= 8; s = s[8:] {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		n -= bits.OnesCount64(w & 0x8080808080808080 &^ (w << 1)) // bit 7 set, bit 6 clear
	}
	for i := 0; i < len(s); i++ {
		if !utf8.RuneStart(s[i]) {
			n--
		}
	}
	return n
}

// Runes converts a byte offset of the text (on a rune boundary) to a rune
// offset.
func (d *Doc) Runes(b int) int {
	k := b / runeBlock
	return int(d.runeAt[k]) + runeStarts(d.Text[k*runeBlock:b])
}

// Byte converts a rune offset of the text to a byte offset.
func (d *Doc) Byte(r int) int {
	k := sort.Search(len(d.runeAt), func(k int) bool { return int(d.runeAt[k]) > r }) - 1
	b, n := k*runeBlock, int(d.runeAt[k]) // n: the rune starting at or after b
	b = d.nextRune(b)
	for ; n < r && b < len(d.Text); n++ {
		b = d.nextRune(b + 1)
	}
	return b
}

// nextRune returns the first rune boundary at or after byte b.
func (d *Doc) nextRune(b int) int {
	for b < len(d.Text) && !utf8.RuneStart(d.Text[b]) {
		b++
	}
	return b
}

// SentenceAt returns the index of the sentence that contains byte offset
// b, or of the nearest sentence before it (-1 if none).
func (d *Doc) SentenceAt(b int) int {
	i := sort.Search(len(d.Sents), func(i int) bool { return d.Sents[i].End > b })
	if i < len(d.Sents) && d.Sents[i].Start <= b {
		return i
	}
	return i - 1
}

// SentenceText returns the text of sentence i ("" if i is out of range).
func (d *Doc) SentenceText(i int) string {
	if i < 0 || i >= len(d.Sents) {
		return ""
	}
	return d.Text[d.Sents[i].Start:d.Sents[i].End]
}

// Evidence builds the evidence of the byte span sp: its text, its rune
// offsets and its sentence, or the run of sentences it spans when the
// splitter cut inside it ("...(d'iC$ | 1000": a sum read whole), so that
// the sentence always holds the text.
func (d *Doc) Evidence(sp Span) Evidence {
	sentence := ""
	if first := d.SentenceAt(sp.Start); first >= 0 {
		last := max(first, d.SentenceAt(max(sp.Start, sp.End-1)))
		sentence = d.Text[d.Sents[first].Start:d.Sents[last].End]
	}
	return Evidence{
		Text:     d.Text[sp.Start:sp.End],
		Start:    d.Runes(sp.Start),
		End:      d.Runes(sp.End),
		Sentence: sentence,
	}
}

// Evidence locates a fact in the text: the surface form, its rune offsets
// [Start, End) into the text, and the sentence that contains it.
type Evidence struct {
	Text     string `json:"text"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence"`
}
