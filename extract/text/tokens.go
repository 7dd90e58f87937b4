package text

import (
	"iter"
	"math"
	"slices"
	"sync"
)

// Tokens is a run of tokens of one text: the tokens of a Doc or of one of
// its sentences, its word view, or the tokens of a string (Tokenize,
// Words). A dense page has a token every five bytes, so a token is kept in
// 12 bytes (its span, its shape, where its folded form lies); At gives it
// whole. Tokens values are never written over: each view is its own.
type Tokens struct {
	src  *textSource
	toks []tok
}

// textSource is what the tokens of a view point into: the text, and the
// folded forms that are not the text itself, each after its length. A
// view derived from another shares that one's folds and adds its own in
// more, at the offsets past them.
type textSource struct {
	text  string
	folds string
	more  string
}

// tok is a token as Tokens keeps it.
type tok struct {
	start, end int32  // byte offsets into the text
	ref        uint32 // the shape in the low shapeBits, above them the offset of the folded form in the folds (0: the text itself)
}

// shapeBits is the number of bits of a Shape.
const shapeBits = 6

// maxFolds is the size the folds of a view may not reach: what the bits
// of tok.ref above the shape can tell.
const maxFolds = math.MaxUint32 >> shapeBits

// A folded form in the folds is led by its length in one byte, or by
// longFold and its length in the four bytes after.
const longFold = math.MaxUint8

// shape returns the shape of t.
func (t tok) shape() Shape { return Shape(t.ref & (1<<shapeBits - 1)) }

// Len returns the number of tokens.
func (ts Tokens) Len() int { return len(ts.toks) }

// At returns token i.
func (ts Tokens) At(i int) Token {
	t := ts.toks[i]
	return Token{Start: int(t.start), End: int(t.end), Text: ts.Text(i), Fold: ts.Fold(i), Shape: t.shape()}
}

// Text returns the surface form of token i.
func (ts Tokens) Text(i int) string {
	t := ts.toks[i]
	return ts.src.text[t.start:t.end]
}

// Fold returns the folded form of token i (normalize.Fold): lower case, no
// accents, ' for apostrophes.
func (ts Tokens) Fold(i int) string {
	t := ts.toks[i]
	if t.ref>>shapeBits == 0 {
		return ts.src.text[t.start:t.end]
	}
	return ts.src.foldAt(int(t.ref >> shapeBits))
}

// foldAt returns the folded form at offset k of the folds.
func (s *textSource) foldAt(k int) string {
	folds := s.folds
	if k >= len(folds) {
		folds, k = s.more, k-len(folds)
	}
	start, end := foldSpan(folds, k)
	return folds[start:end]
}

// foldSpan returns where the folded form at offset k of folds, after its
// length, starts and ends.
func foldSpan(folds string, k int) (start, end int) {
	n := int(folds[k])
	k++
	if n == longFold {
		b := folds[k : k+4]
		n = int(b[0]) | int(b[1])<<8 | int(b[2])<<16 | int(b[3])<<24
		k += 4
	}
	return k, k + n
}

// SelfFolded reports whether the folded form of token i is its text
// itself, which Fold then returns: on the token view, a word of ASCII
// without capitals (IsFolded), which it tells without reading it.
func (ts Tokens) SelfFolded(i int) bool { return ts.toks[i].ref>>shapeBits == 0 }

// Shape returns the shape of token i.
func (ts Tokens) Shape(i int) Shape { return ts.toks[i].shape() }

// Span returns the byte span of token i in the text.
func (ts Tokens) Span(i int) Span {
	t := ts.toks[i]
	return Span{int(t.start), int(t.end)}
}

// Slice returns the tokens [i, j).
func (ts Tokens) Slice(i, j int) Tokens { return Tokens{ts.src, ts.toks[i:j:j]} }

// All yields the tokens with their index.
func (ts Tokens) All() iter.Seq2[int, Token] {
	return func(yield func(int, Token) bool) {
		for i := range ts.toks {
			if !yield(i, ts.At(i)) {
				return
			}
		}
	}
}

// folder writes the folded forms of a view's tokens, after those of the
// view it derives from (base), which it does not copy. Offset 0 of the
// folds stands for the text itself: it holds no folded form. It writes
// them in a buffer of foldBufs, which view copies at its exact size.
type folder struct {
	base string
	buf  []byte
}

// foldBufs holds the buffers folders write in: scratch, which would
// otherwise grow afresh for every view.
var foldBufs = sync.Pool{New: func() any { return new([]byte) }}

// maxFoldBuf is the size past which a folder's buffer is left to the
// collector rather than kept for the next view.
const maxFoldBuf = 256 << 10

// newFolder returns a folder whose folds go on from base, those of
// another view, at the same offsets.
func newFolder(base string) folder {
	return folder{base, (*foldBufs.Get().(*[]byte))[:0]}
}

// fold sets the folded form of t, a token of text: the text itself when
// it folds to itself, else written to the folds: key if it is not "",
// the folded form the lexer gave the token.
func (f *folder) fold(t *tok, text, key string) {
	w := text[t.start:t.end]
	if IsFolded(w) {
		return
	}
	k := f.lead()
	if key != "" {
		f.buf = append(f.buf, key...)
	} else {
		f.buf = appendFold(f.buf, w)
	}
	f.end(t, k)
}

// foldAll sets the folded forms of toks, tokens of text, in folds sized
// first: those of a long text would otherwise grow by copies.
func (f *folder) foldAll(toks []tok, text string) {
	n := 1 // offset 0
	for _, t := range toks {
		if w := text[t.start:t.end]; !IsFolded(w) {
			n += 1 + len(w) // a folded form is about as long as its token
		}
	}
	f.buf = slices.Grow(f.buf, n)
	for i := range toks {
		f.fold(&toks[i], text, "")
	}
}

// setKey sets the folded form of t, a token of text, to key.
func (f *folder) setKey(t *tok, text, key string) {
	t.ref &= 1<<shapeBits - 1
	if key == text[t.start:t.end] {
		return
	}
	k := f.lead()
	f.buf = append(f.buf, key...)
	f.end(t, k)
}

// lead writes the place of the length of a folded form and returns its
// offset.
func (f *folder) lead() int {
	if len(f.base)+len(f.buf) == 0 {
		f.buf = append(f.buf, 0) // offset 0: the text itself
	}
	f.buf = append(f.buf, 0)
	return len(f.base) + len(f.buf) - 1
}

// end writes the length of the folded form at offset k, which ends the
// folds, and points t to it. It panics if the folds outgrow what a token
// can point to: a text of some hundred megabytes, far past what Parse
// reads.
func (f *folder) end(t *tok, k int) {
	at := k - len(f.base) // in buf
	n := len(f.buf) - at - 1
	if n >= longFold {
		f.buf[at] = longFold
		f.buf = slices.Insert(f.buf, at+1, byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
	} else {
		f.buf[at] = byte(n)
	}
	if len(f.base)+len(f.buf) >= maxFolds {
		panic("text: the folded forms of the text outgrow a token's reach")
	}
	t.ref = uint32(k)<<shapeBits | t.ref&(1<<shapeBits-1)
}

// view returns the tokens toks of text, with the folds written so far.
// The folder is done with: it gives its buffer back.
func (f *folder) view(text string, toks []tok) Tokens {
	src := &textSource{text: text, folds: f.base, more: string(f.buf)}
	if f.base == "" {
		src.folds, src.more = src.more, ""
	}
	v := Tokens{src, toks}
	if cap(f.buf) <= maxFoldBuf {
		buf := f.buf[:0]
		foldBufs.Put(&buf)
	}
	f.buf = nil
	return v
}
