package text

// The word view: the tokens of the text cut at their inner apostrophes and
// hyphens, which are dropped, and at the separators of digit groups, which
// become punctuation ("1.500" is 1 . 500). Cues of the fact rules are read
// on it, so that "d'ici" and "d ici", "convention-cadre" and "convention
// cadre" read alike; it is derived from the tokens, not from a second pass
// over the text.

// Words returns the word view of the text, computed on first use. The Doc
// then lets its tokens go: the two views of a long text do not stay in
// memory together (Tokens reads the tokens again).
func (d *Doc) Words() Tokens {
	if d.words.src == nil {
		d.words = wordsOf(d.Tokens())
		d.toks, d.bounds = Tokens{}, nil
	}
	return d.words
}

// Words returns the word view of s, taken as one sentence. Its tokens
// are scratch: those of a name or a cue fit on the stack.
func Words(s string) Tokens {
	var scratch [32]tok
	return wordsOf(tokenizeInto(scratch[:0], s))
}

// wordsOf returns the word view of ts.
func wordsOf(ts Tokens) Tokens {
	n := 0
	cut := make([]uint64, (len(ts.toks)+63)/64) // the words cut into parts
	for i := range ts.toks {
		c, parts := wordCount(ts, i)
		n += c
		if parts {
			cut[i/64] |= 1 << (i % 64)
		}
	}
	f := newFolder(ts.src.folds) // the words that keep their token's folded form point to it
	out := make([]tok, 0, n)
	for i := range ts.toks {
		out = appendWordsOf(out, &f, ts, i, cut[i/64]&(1<<(i%64)) != 0)
	}
	return f.view(ts.src.text, out)
}

// wordCount returns the number of words of token i of ts, and whether it
// is a word cut into parts.
func wordCount(ts Tokens, i int) (int, bool) {
	w := ts.Text(i)
	switch {
	case ts.toks[i].shape()&Word == 0:
		if IsSeparator(leadRune(w)) {
			return 0, false
		}
	case hasInnerSeparator(w):
		return partCount(w), true
	}
	return 1, false
}

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

// hasInnerSeparator reports whether w holds a rune that cuts a word.
func hasInnerSeparator(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			continue
		}
		return hasInnerSeparatorRune(w[i:])
	}
	return false
}

// hasInnerSeparatorRune is hasInnerSeparator past the ASCII letters.
func hasInnerSeparatorRune(w string) bool {
	for _, r := range w {
		if !IsWordRune(r) {
			return true
		}
	}
	return false
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
