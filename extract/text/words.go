package text

import "veille/normalize"

// The word view: the tokens of the text cut at their inner apostrophes and
// hyphens, which are dropped, and at the separators of digit groups, which
// become punctuation ("1.500" is 1 . 500). Cues of the fact rules are read
// on it, so that "d'ici" and "d ici", "convention-cadre" and "convention
// cadre" read alike; it is derived from the tokens, those of the Doc or,
// for a long text, those of each piece of a second lexing.

// Words returns the word view of the text, computed on first use. The Doc
// then lets its tokens go: the two views of a long text do not stay in
// memory together (Tokens reads the tokens again). That of an article is
// derived from its tokens; that of a text of several pieces (read) is
// read again from the text, piece by piece, into the tokens' memory when
// it has room: tokens of such a text taken before Words must not be read
// after it.
func (d *Doc) Words() Tokens {
	if d.words.src != nil {
		return d.words
	}
	if pieceEnd(d.Text, 0, d.piece) == len(d.Text) {
		d.words = wordsOf(d.Tokens(), d.cut)
		d.toks, d.bounds, d.cut = Tokens{}, nil, nil
		return d.words
	}
	ts := d.Tokens()
	n := wordTotal(ts, d.cut)
	d.toks, d.bounds, d.cut = Tokens{}, nil, nil
	w := d.newWordReader(n, ts.src, ts.toks)
	d.read(0, &w)
	return d.words
}

// wordReader is what read keeps as it builds the word view piece by
// piece: the tokens of the piece, scratch, and the words so far. The
// tokens are read again in the order they were folded in: each that does
// not fold to itself takes the next folded form of the tokens' folds,
// which the words share, as wordsOf's do.
type wordReader struct {
	src  *textSource // the text and the tokens' folds
	next int         // the number of the next token's folded form
	toks []tok
	cut  bitSet // of toks
	out  []tok
	f    folder
}

// newWordReader returns a word reader of d, with room for its n words,
// whose tokens' folded forms are those of src. The words are written over
// mem, the tokens' memory, when it has room: a page dense with figures
// then makes no second list the size of the first, which a collection
// that started while the tokens were live would count with them.
func (d *Doc) newWordReader(n int, src *textSource, mem []tok) wordReader {
	if cap(mem) < n {
		mem = make([]tok, 0, n)
	}
	return wordReader{
		src:  src,
		next: 1,                           // form 0 stands for the text itself
		toks: make([]tok, 0, d.piece/5+1), // about five bytes a token
		out:  mem[:0],
		f:    newFolder(src),
	}
}

// wordsUntil appends to w the words of the sentences from si on that
// start before byte hi, from the lexer's tokens lexed, and returns the
// next sentence.
func (d *Doc) wordsUntil(w *wordReader, si, hi int, lexed []normalize.Token) int {
	d.cut = w.cut[:0]
	w.toks, si = d.tokenizeUntil(w.toks[:0], si, hi, lexed, &grouping{text: d.Text, cut: &d.cut})
	w.cut, d.cut = d.cut, nil
	for i := range w.toks {
		if t := &w.toks[i]; !IsFolded(d.Text[t.start:t.end]) {
			t.ref |= uint32(w.next) << shapeBits
			w.next++
		}
	}
	ts := Tokens{w.src, w.toks}
	for i := range w.toks {
		w.out = appendWordsOf(w.out, &w.f, ts, i, w.cut.has(i))
	}
	return si
}

// Words returns the word view of s, taken as one sentence. Its tokens
// are scratch: those of a name or a cue fit on the stack.
func Words(s string) Tokens {
	var scratch [32]tok
	var cut bitSet
	return wordsOf(tokenizeInto(scratch[:0], &cut, s), cut)
}

// wordsOf returns the word view of ts, whose words glued across
// punctuation are those of cut (tokenize).
func wordsOf(ts Tokens, cut bitSet) Tokens {
	f := newFolder(ts.src) // the words that keep their token's folded form point to it
	out := make([]tok, 0, wordTotal(ts, cut))
	for i := range ts.toks {
		out = appendWordsOf(out, &f, ts, i, cut.has(i))
	}
	return f.view(ts.src.text, out)
}

// wordTotal returns the number of words of the word view of ts, whose
// words glued across punctuation are those of cut.
func wordTotal(ts Tokens, cut bitSet) int {
	n := 0
	for i := range ts.toks {
		n += wordCount(ts, i, cut.has(i))
	}
	return n
}

// wordCount returns the number of words of token i of ts; cut says
// whether it is a word cut into parts.
func wordCount(ts Tokens, i int, cut bool) int {
	switch {
	case cut:
		return partCount(ts.Text(i))
	case ts.toks[i].shape()&Word == 0 && IsSeparator(leadRune(ts.Text(i))):
		return 0
	}
	return 1
}

// bitSet is a set of token indices.
type bitSet []uint64

// set adds i to the set.
func (b *bitSet) set(i int) {
	for len(*b) <= i/64 {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}

// has reports whether i is in the set.
func (b bitSet) has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

// partCount returns the number of words appendParts makes of the word w.
func partCount(w string) int {
	n, in := 0, false
	for _, r := range w {
		switch {
		case IsWordRune(r):
			if !in {
				n++
			}
			in = true
		case r == '.' || r == ',':
			n++
			in = false
		default:
			in = false
		}
	}
	return n
}

// appendWordsOf appends the words of token i of ts to out, their folded
// forms to f; cut says whether the token is a word cut into parts.
func appendWordsOf(out []tok, f *folder, ts Tokens, i int, cut bool) []tok {
	t := ts.toks[i]
	switch {
	case cut:
		return appendParts(out, f, ts.src.text, t)
	case t.shape()&Word == 0:
		if w := ts.Text(i); !IsSeparator(leadRune(w)) {
			f.setKey(&t, ts.src.text, quoteKey(w))
			out = append(out, t)
		}
	default: // the word keeps its folded form
		out = append(out, t)
	}
	return out
}

// appendParts appends the words of the word token t of text.
func appendParts(out []tok, f *folder, text string, t tok) []tok {
	w := text[t.start:t.end]
	start := -1
	flush := func(end int) {
		if start >= 0 {
			p := newTok(text, int(t.start)+start, int(t.start)+end)
			f.fold(&p, text)
			out = append(out, p)
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
			at := t.start + int32(i)
			out = append(out, tok{start: at, end: at + 1})
		default: // an apostrophe or a hyphen
			flush(i)
		}
	}
	flush(len(w))
	return out
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
