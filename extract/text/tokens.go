package text

import (
	"iter"
	"math"
	"slices"
	"sync"

	"veille/normalize"
)

// Tokens is a run of tokens of one text: the tokens of a Doc or of one of
// its sentences, its word view, or the tokens of a string (Tokenize,
// Words). A dense page has a token every five bytes, so a token is kept in
// 12 bytes (its span, its shape, the number of its folded form); At gives it
// whole. Tokens values are never written over: each view is its own.
type Tokens struct {
	src  *textSource
	toks []tok
}

// textSource is what the tokens of a view point into: the text, and the
// folded forms that are not the text itself, end to end, each numbered
// from 1 on: form n is folds[ends[n-1]:ends[n]], and ends[0] is 0. A view
// derived from another keeps that one's forms, at the same numbers.
type textSource struct {
	text  string
	folds string
	ends  []int32
}

// tok is a token as Tokens keeps it.
type tok struct {
	start, end int32  // byte offsets into the text
	ref        uint32 // the shape in the low shapeBits, above them the number of the folded form (0: the text itself)
}

// shapeBits is the number of bits of a Shape.
const shapeBits = 6

// maxForms is the number of folded forms a view may not reach: what the
// bits of tok.ref above the shape can tell.
const maxForms = math.MaxUint32 >> shapeBits

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
// accents, ' for apostrophes. Rules read it for most tokens they look at:
// it is kept small enough to be inlined.
func (ts Tokens) Fold(i int) string {
	t := ts.toks[i]
	if n := t.ref >> shapeBits; n != 0 {
		ends := ts.src.ends
		return ts.src.folds[ends[n-1]:ends[n]]
	}
	return ts.src.text[t.start:t.end]
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

// folder writes the folded forms of a view's tokens, numbered after those
// of the view it derives from (base), which it does not copy until view.
// It writes them in scratch of foldBufs, which view copies at its exact
// size.
type folder struct {
	base *textSource // nil if none
	*foldScratch
}

// foldScratch is what a folder writes: the folded forms end to end and
// where each ends, in the base's folds followed by these.
type foldScratch struct {
	buf  []byte
	ends []int32
}

// foldBufs holds the scratch folders write in, which would otherwise
// grow afresh for every view.
var foldBufs = sync.Pool{New: func() any { return new(foldScratch) }}

// maxFoldBuf is the size past which a folder's buffer is left to the
// collector rather than kept for the next view.
const maxFoldBuf = 256 << 10

// newFolder returns a folder whose folded forms are numbered after those
// of base, another view's source, or from 1 if base is nil.
func newFolder(base *textSource) folder {
	sc := foldBufs.Get().(*foldScratch)
	sc.buf, sc.ends = sc.buf[:0], sc.ends[:0]
	return folder{base, sc}
}

// fold sets the folded form of t, a token of text: the text itself when
// it folds to itself, else written to the folds.
func (f *folder) fold(t *tok, text string) {
	if w := text[t.start:t.end]; !IsFolded(w) {
		f.write(t, w, "")
	}
}

// write writes the folded form of t, whose text w does not fold to
// itself (IsFolded), to the folds: key if it is not "", the folded form
// the lexer gave the token, else that of normalize.AppendFold.
func (f *folder) write(t *tok, w, key string) {
	if key != "" {
		f.buf = append(f.buf, key...)
	} else {
		f.buf = normalize.AppendFold(f.buf, w)
	}
	f.end(t)
}

// foldAll sets the folded forms of toks, tokens of text, in folds sized
// first: those of a long text would otherwise grow by copies.
func (f *folder) foldAll(toks []tok, text string) {
	n, forms := 0, 0
	for _, t := range toks {
		if w := text[t.start:t.end]; !IsFolded(w) {
			n += len(w) // a folded form is about as long as its token
			forms++
		}
	}
	f.buf, f.ends = slices.Grow(f.buf, n), slices.Grow(f.ends, forms)
	for i := range toks {
		f.fold(&toks[i], text)
	}
}

// setKey sets the folded form of t, a token of text, to key.
func (f *folder) setKey(t *tok, text, key string) {
	t.ref &= 1<<shapeBits - 1
	if key == text[t.start:t.end] {
		return
	}
	f.buf = append(f.buf, key...)
	f.end(t)
}

// end ends the folded form written last and points t to it. It panics if
// the folded forms outgrow what a token can point to: those of a text of
// some hundred megabytes, far past what Parse reads.
func (f *folder) end(t *tok) {
	var folds, forms int // of the base
	if f.base != nil {
		folds, forms = len(f.base.folds), max(len(f.base.ends)-1, 0)
	}
	end, n := folds+len(f.buf), forms+len(f.ends)+1
	if end > math.MaxInt32 || n >= maxForms {
		panic("text: the folded forms of the text outgrow a token's reach")
	}
	f.ends = append(f.ends, int32(end))
	t.ref = uint32(n)<<shapeBits | t.ref&(1<<shapeBits-1)
}

// view returns the tokens toks of text, with the folded forms written so
// far after the base's, in one string and one list of ends. The folder is
// done with: it gives its scratch back.
func (f *folder) view(text string, toks []tok) Tokens {
	src := &textSource{text: text}
	if f.base != nil {
		src.folds, src.ends = f.base.folds, f.base.ends
	}
	if len(f.ends) > 0 {
		ends := make([]int32, 0, max(len(src.ends), 1)+len(f.ends))
		if len(src.ends) == 0 {
			ends = append(ends, 0) // the end of form 0, the text itself
		}
		src.folds += string(f.buf)
		src.ends = append(append(ends, src.ends...), f.ends...)
	}
	if cap(f.buf) <= maxFoldBuf {
		foldBufs.Put(f.foldScratch)
	}
	f.foldScratch = nil
	return Tokens{src, toks}
}
