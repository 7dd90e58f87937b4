package content

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// isBlock tells whether elements of tag a break the text flow: each starts
// a new block of Text. A switch, not a map: it runs for every node.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Blockquote, atom.Dd, atom.Details,
		atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figure, atom.Form,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header,
		atom.Hr, atom.Li, atom.Main, atom.Ol, atom.P, atom.Pre, atom.Section,
		atom.Table, atom.Tr, atom.Ul, atom.Br, atom.Summary, atom.Caption,
		atom.Body, atom.Center:
		return true
	}
	return false
}

// stats fills textLen, linkLen, commas and hasBlk bottom-up.
func (t *tree) stats() {
	es := t.elems
	for i := len(es) - 1; i >= 0; i-- {
		e := &es[i]
		if e.isText {
			e.textLen, e.commas = measure(e.text)
		} else if e.tag == atom.A {
			e.linkLen = e.textLen
		}
		if e.parent >= 0 {
			p := &es[e.parent]
			p.textLen += e.textLen
			p.linkLen += e.linkLen
			p.commas += e.commas
			if e.hasBlk || isBlock(e.tag) {
				p.hasBlk = true
			}
		}
	}
}

// measure counts the non-space runes and the commas of s. The commas
// are few: strings.Count finds them faster than a test of every byte.
func measure(s string) (n, commas int32) {
	for i := 0; i < len(s); i++ {
		n += int32(startsRune[s[i]])
	}
	return n, int32(strings.Count(s, ","))
}

// startsRune is 1 for the bytes that start a rune measure counts: all but
// ASCII white space and the continuation bytes.
var startsRune = func() (t [256]uint8) {
	for c := range t {
		switch b := byte(c); {
		case b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f':
		case utf8.RuneStart(b):
			t[c] = 1
		}
	}
	return t
}()

// linkDensity is the share of e's text inside links.
func (e *elem) linkDensity() float32 {
	if e.textLen == 0 {
		return 0
	}
	return float32(e.linkLen) / float32(e.textLen)
}

// paragraphLike tells whether e is scored as a paragraph.
func (e *elem) paragraphLike() bool {
	if e.isText {
		return false
	}
	switch e.tag {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote:
		return true
	case atom.Div, atom.Section, atom.Article, atom.Font, atom.Center:
		return !e.hasBlk
	}
	return false
}

// inBoiler tells whether one of the three closest ancestors of elems[i] is
// a comment: its paragraphs do not vote for the article.
func (t *tree) inBoiler(i int32) bool {
	p := t.elems[i].parent
	for up := 0; up < 3 && p > 0; up++ {
		if e := &t.elems[p]; e.weight < 0 && isComment(e) {
			return true
		}
		p = t.elems[p].parent
	}
	return false
}

// isComment tells whether e's class or id names a reader comment.
func isComment(e *elem) bool {
	return strings.Contains(strings.ToLower(e.class), "comment") || strings.Contains(strings.ToLower(e.id), "comment")
}

// looseText tells whether e is a run of text directly in a container
// (text separated by <br> rather than in paragraphs), scored as a paragraph.
func (t *tree) looseText(e *elem) bool {
	if !e.isText || e.parent < 0 {
		return false
	}
	p := &t.elems[e.parent]
	if p.paragraphLike() {
		return false
	}
	switch p.tag {
	case atom.Div, atom.Section, atom.Article, atom.Main, atom.Body, atom.Form, atom.Center, atom.Font:
		return true
	}
	return false
}

// tagScore is the prior of a candidate container by tag.
func tagScore(a atom.Atom) float32 {
	switch a {
	case atom.Div, atom.Article, atom.Section, atom.Main:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// score spreads paragraph scores over their ancestors and returns the best
// container (after link density), or -1.
func (t *tree) score() int32 {
	es := t.elems
	for i := range es {
		e := &es[i]
		if e.textLen < 25 || e.weight < 0 || !(e.paragraphLike() || t.looseText(e)) || t.inBoiler(int32(i)) {
			continue
		}
		s := 1 + float32(e.commas) + min(float32(e.textLen)/100, 3)
		p := e.parent
		for level := 0; level < 5 && p > 0; level++ {
			a := &es[p]
			if !a.scored {
				a.scored = true
				a.score = tagScore(a.tag) + 25*float32(a.weight)
			}
			switch level {
			case 0:
				a.score += s
			case 1:
				a.score += s / 2
			default:
				a.score += s / float32(level*3)
			}
			p = a.parent
		}
	}
	best, bestScore := int32(-1), float32(0)
	for i := range es {
		e := &es[i]
		if !e.scored {
			continue
		}
		e.score *= 1 - e.linkDensity()
		if e.score > bestScore && e.tag != atom.Body && e.tag != atom.Html {
			best, bestScore = int32(i), e.score
		}
	}
	if best < 0 {
		return -1
	}
	return t.climb(best)
}

// climb moves from the best container to an ancestor when the text is
// spread over several good children of it, as Readability does.
func (t *tree) climb(best int32) int32 {
	es := t.elems
	top := es[best].score
	// Alternative candidates close to the best: their common ancestor holds
	// the article when the body is split into several blocks.
	var alts []int32
	for i := range es {
		if int32(i) != best && es[i].scored && es[i].score >= 0.75*top && es[i].tag != atom.Body {
			alts = append(alts, int32(i))
			if len(alts) > 8 {
				break
			}
		}
	}
	if len(alts) >= 2 {
		for p := es[best].parent; p > 0 && es[p].tag != atom.Body && es[p].tag != atom.Html; p = es[p].parent {
			n := 0
			for _, a := range alts {
				if contains(es, p, a) {
					n++
				}
			}
			if n >= 2 {
				best = p
				break
			}
		}
	}
	// Climb while the parent scores better, or is a mere wrapper.
	last := es[best].score
	for p := es[best].parent; p > 0 && es[p].tag != atom.Body && es[p].tag != atom.Html; p = es[p].parent {
		if !es[p].scored {
			continue
		}
		if es[p].score < last/3 {
			break
		}
		if es[p].score > last {
			best = p
			break
		}
		last = es[p].score
	}
	for {
		p := es[best].parent
		if p <= 0 || es[p].tag == atom.Body || es[p].tag == atom.Html || es[p].textLen > es[best].textLen+es[best].textLen/20 {
			break
		}
		best = p
	}
	return best
}

// contains tells whether elems[a] is elems[d] or one of its ancestors.
func contains(es []elem, a, d int32) bool {
	return d >= a && d < es[a].end
}

// siblings returns the content blocks: best and those of its siblings that
// carry article text too (a body split by ads or teasers).
func (t *tree) siblings(best int32) []int32 {
	es := t.elems
	p := es[best].parent
	if p < 0 {
		return []int32{best}
	}
	threshold := max(10, es[best].score*0.2)
	class := es[best].class
	var out []int32
	for c := p + 1; c < es[p].end; c = es[c].end {
		if c == best {
			out = append(out, c)
			continue
		}
		e := &es[c]
		if e.isText || e.weight < 0 || e.textLen == 0 {
			continue
		}
		bonus := float32(0)
		if class != "" && e.class == class {
			bonus = es[best].score * 0.2
		}
		if e.scored && e.score+bonus >= threshold {
			out = append(out, c)
			continue
		}
		if e.tag == atom.P || (e.paragraphLike() && e.tag != atom.Td) {
			ld := e.linkDensity()
			if e.textLen > 80 && ld < 0.25 {
				out = append(out, c)
			} else if e.textLen <= 80 && ld == 0 && endsSentence(t.textOf(c)) {
				out = append(out, c)
			}
		}
	}
	return out
}

// endsSentence tells whether s ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…»\"”)。！？", r)
}

// textOf returns the collapsed text of elems[i]'s subtree.
func (t *tree) textOf(i int32) string {
	var b strings.Builder
	for j := i; j < t.elems[i].end; j++ {
		if t.elems[j].isText {
			b.WriteString(t.elems[j].text)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
