package text

import (
	"iter"
	"slices"
)

// Tokens is a run of tokens of one text: the tokens of a Doc or of one of
// its sentences, its word view, or the tokens of a string (Tokenize,
// Words). A dense page has a token every five bytes, so a token is kept in
// 16 bytes (its span, its shape, where its folded form lies); At gives it
// whole. Tokens values are never written over: each view is its own.
type Tokens struct {
	src  *textSource
	toks []tok
}

// textSource is what the tokens of a view point into: the text, and the folded
// forms that are not the text itself, one after the other.
type textSource struct {
	text  string
	folds string
}

// tok is a token as Tokens keeps it.
type tok struct {
	start, end int32  // byte offsets into the text
	fold       int32  // offset of the folded form in the folds; -1: the text itself
	foldLen    uint16 // its length; longFold: in the 4 bytes before it
	shape      Shape
}

// longFold is the foldLen of a folded form too long for it.
const longFold = 1<<16 - 1

// Len returns the number of tokens.
func (ts Tokens) Len() int { return len(ts.toks) }

// At returns token i.
func (ts Tokens) At(i int) Token {
	t := ts.toks[i]
	return Token{Start: int(t.start), End: int(t.end), Text: ts.Text(i), Fold: ts.Fold(i), Shape: t.shape}
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
	if t.fold < 0 {
		return ts.src.text[t.start:t.end]
	}
	return ts.src.foldAt(t)
}

// foldAt returns the folded form of t, which lies in the folds.
func (s *textSource) foldAt(t tok) string {
	n := int(t.foldLen)
	if n == longFold {
		b := s.folds[t.fold-4 : t.fold]
		n = int(b[0]) | int(b[1])<<8 | int(b[2])<<16 | int(b[3])<<24
	}
	return s.folds[t.fold : int(t.fold)+n]
}

// Shape returns the shape of token i.
func (ts Tokens) Shape(i int) Shape { return ts.toks[i].shape }

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

// folder writes the folded forms of a view's tokens.
type folder struct{ buf []byte }

// fold sets the folded form of t, a token of text: the text itself when
// it folds to itself, else written to the folds.
func (f *folder) fold(t *tok, text string) {
	w := text[t.start:t.end]
	if IsFolded(w) {
		t.fold = -1
		return
	}
	t.fold = int32(len(f.buf))
	f.buf = appendFold(f.buf, w)
	f.end(t)
}

// setKey sets the folded form of t, a token of text, to key.
func (f *folder) setKey(t *tok, text, key string) {
	if key == text[t.start:t.end] {
		t.fold = -1
		return
	}
	t.fold = int32(len(f.buf))
	f.buf = append(f.buf, key...)
	f.end(t)
}

// end records the length of the folded form of t, which ends the folds.
func (f *folder) end(t *tok) {
	n := len(f.buf) - int(t.fold)
	if n < longFold {
		t.foldLen = uint16(n)
		return
	}
	f.buf = slices.Insert(f.buf, int(t.fold), byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
	t.fold += 4
	t.foldLen = longFold
}

// view returns the tokens toks of text, with the folds written so far.
func (f *folder) view(text string, toks []tok) Tokens {
	return Tokens{&textSource{text: text, folds: string(f.buf)}, toks}
}
