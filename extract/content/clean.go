package content

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// goodText is the text of elems[i] outside links.
func (t *tree) goodText(i int32) int32 {
	return t.elems[i].textLen - t.elems[i].linkLen
}

// choose returns the roots of the main content: the page's own declaration
// when it is credible, else the best scored container and its siblings,
// else the body.
func (t *tree) choose() []int32 {
	best := t.score()
	var cands []int32
	var good int32
	if best >= 0 {
		cands = t.siblings(best)
		for _, c := range cands {
			good += t.goodText(c)
		}
	}
	if d := t.pickDeclared(best, good); d >= 0 {
		return []int32{d}
	}
	if len(cands) > 0 {
		return cands
	}
	return []int32{t.body}
}

// pickDeclared returns the strongest declared container that is credible
// next to the scored candidate best (whose siblings hold good text), or -1.
func (t *tree) pickDeclared(best, good int32) int32 {
	for rank := rankItemprop; rank <= rankMain; rank++ {
		pick, pickGood := int32(-1), int32(0)
		count := 0
		for _, d := range t.declared {
			if d.rank != rank {
				continue
			}
			count++
			g := t.goodText(d.idx)
			if rank >= rankArticle && best >= 0 && !contains(t.elems, d.idx, best) {
				continue
			}
			if g > pickGood {
				pick, pickGood = d.idx, g
			}
		}
		if pick < 0 || pickGood < 50 {
			continue
		}
		switch {
		case rank == rankMain && best >= 0:
			continue
		case rank == rankItemtype && count == 1:
			// One typed article on the page: its text, even short, is the
			// article; the longer text elsewhere is comments or teasers.
			return pick
		case pickGood*3 >= good:
			return pick
		}
	}
	return -1
}

// clean marks the boilerplate inside the roots: blocks with boilerplate
// class hints, link lists, teasers and notices.
func (t *tree) clean(roots []int32) {
	es := t.elems
	for _, r := range roots {
		whole := t.goodText(r)
		for i := r + 1; i < es[r].end; {
			e := &es[i]
			if e.isText {
				i++
				continue
			}
			if t.goodText(i)*2 < whole && t.boiler(i) {
				e.drop = true
				i = e.end
				continue
			}
			i++
		}
	}
}

// boiler tells whether elems[i], inside the content, is boilerplate.
func (t *tree) boiler(i int32) bool {
	e := &t.elems[i]
	if e.textLen == 0 {
		return e.tag != atom.Br && e.tag != atom.Hr
	}
	if e.weight < 0 {
		return true
	}
	ld := e.linkDensity()
	switch e.tag {
	case atom.Ul, atom.Ol, atom.Dl:
		if ld > 0.4 || (ld > 0.25 && e.textLen < 300) {
			return true
		}
	case atom.Div, atom.Section, atom.Table, atom.Td, atom.Form, atom.Header, atom.Details, atom.Span:
		if ld > 0.4 && e.textLen < 3000 || (ld > 0.25 && e.textLen < 300 && e.commas == 0) {
			return true
		}
	case atom.P, atom.Li, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Strong, atom.B, atom.Em:
		if ld > 0.6 && e.textLen < 200 {
			return true
		}
	}
	if e.textLen < 300 && (isBlock(e.tag) || e.tag == atom.Strong || e.tag == atom.B || e.tag == atom.Span) &&
		(e.linkLen > 0 || e.tag != atom.P || e.textLen < 120) {
		var buf [4 * teaserHead]byte
		return isTeaserLine(t.appendFoldedHead(buf[:0], i), int(e.textLen))
	}
	return false
}

// appendFoldedHead appends to dst the folded start of the text of
// elems[i], long enough for isTeaserLine to read it as it reads the
// whole: a line prefix is shorter than teaserHead, and the fold of a
// prefix of a text is a prefix of its fold.
func (t *tree) appendFoldedHead(dst []byte, i int32) []byte {
	s := t.prefix(i, 80)
	if len(s) <= 2*teaserHead {
		return appendFold(dst, s)
	}
	k := 2 * teaserHead
	for k > 0 && !utf8.RuneStart(s[k]) {
		k--
	}
	if f := appendFold(dst, s[:k]); len(f)-len(dst) >= teaserHead {
		return f
	}
	return appendFold(dst, s) // mostly white space
}

// prefix returns about the first n bytes of the text of elems[i].
// It is measured first, to be built in one allocation.
func (t *tree) prefix(i int32, n int) string {
	size := 0
	for j := i; j < t.elems[i].end && size < n; j++ {
		if t.elems[j].isText {
			size += len(t.elems[j].text) + 1
		}
	}
	var b strings.Builder
	b.Grow(size)
	for j := i; j < t.elems[i].end && b.Len() < n; j++ {
		if t.elems[j].isText {
			b.WriteString(t.elems[j].text)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// lead returns the standfirst that the template puts above the first root,
// in the same article (or the same block as the headline), or -1.
func (t *tree) lead(roots []int32) int32 {
	es := t.elems
	r := roots[0]
	scope := es[r].parent
	for up := 0; scope > 0 && up < 6; up++ {
		if es[scope].tag == atom.Article || es[scope].tag == atom.Body || t.h1Before(scope, r) >= 0 {
			break
		}
		scope = es[scope].parent
	}
	if scope <= 0 || es[scope].tag == atom.Body {
		return -1
	}
	from := scope + 1
	if h := t.h1Before(scope, r); h >= 0 {
		from = es[h].end // the standfirst follows the headline
	}
	for i := from; i < r; i++ {
		e := &es[i]
		if e.isText || e.drop || contains(es, i, r) {
			continue
		}
		if e.textLen >= 30 && e.textLen < 1500 && e.linkDensity() < 0.3 && (isLead(e.class) || e.lead) {
			return i
		}
	}
	return -1
}

// h1Before returns the first <h1> inside elems[scope] that comes before
// elems[r], or -1.
func (t *tree) h1Before(scope, r int32) int32 {
	for i := scope + 1; i < r && i < t.elems[scope].end; i++ {
		if t.elems[i].tag == atom.H1 {
			return i
		}
	}
	return -1
}
