package content

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// render returns the text blocks of the roots, skipping dropped subtrees.
// The blocks share one string, and the slice that holds them is the
// tree's: it is valid until the next render.
func (t *tree) render(roots []int32) []string {
	es := t.elems
	w := blockWriter{buf: t.scratch[:0], spans: t.spans[:0]}
	var ends []int32 // ends of the open block elements
	for _, r := range roots {
		w.flush()
		ends = ends[:0]
		for j := r; j < es[r].end; {
			for len(ends) > 0 && j >= ends[len(ends)-1] {
				ends = ends[:len(ends)-1]
				w.flush()
			}
			e := &es[j]
			switch {
			case e.drop:
				j = e.end
				continue
			case e.isText:
				w.text(e.text)
			case isBlock(e.tag) || (e.hasBlk && (e.tag == atom.Td || e.tag == atom.Th)):
				w.flush()
				if e.end > j+1 {
					ends = append(ends, e.end)
				}
			case e.tag == atom.Td || e.tag == atom.Th:
				w.space = true
			}
			j++
		}
	}
	w.flush()
	t.blocks = w.appendBlocks(t.blocks[:0])
	t.scratch, t.spans = w.buf[:0], w.spans[:0]
	return t.blocks
}

// blockWriter collects text into blocks, collapsing white space and
// removing invisible characters. The blocks are written one after the
// other in buf: they become strings in one allocation.
type blockWriter struct {
	buf   []byte
	spans []span // the finished blocks in buf
	start int    // start of the current block in buf
	space bool
}

// span is a block's bounds in a blockWriter's buffer.
type span struct{ lo, hi int }

// text appends s to the current block. It works on copies of w's
// buffer and pending space, written back once.
func (w *blockWriter) text(s string) {
	buf, space := w.buf, w.space
	for i := 0; i < len(s); {
		if n := asIs(s, i); n > 0 { // a run of runes kept as they are and single spaces goes whole
			j := i + n
			for j < len(s) { // visible ASCII is told first, inline
				if visibleASCII(s[j]) {
					j++
				} else if s[j] == ' ' && j+1 < len(s) && (visibleASCII(s[j+1]) || asIs(s, j+1) > 0) {
					j++
				} else if n := asIs(s, j); n > 0 {
					j += n
				} else {
					break
				}
			}
			buf = append(w.pending(buf, space), s[i:j]...)
			space = false
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch runeAction(r, size) {
		case runeSpace:
			space = true
		case runeKept:
			buf = append(w.pending(buf, space), s[i:i+size]...) // a valid rune: its bytes
			space = false
		}
		i += size
	}
	w.buf, w.space = buf, space
}

// What text does with a rune.
const (
	runeDropped = iota
	runeSpace   // white space, collapsed
	runeKept
)

// runeAction tells what text does with the rune r of size bytes: white
// space is collapsed, control and invisible characters are dropped and
// the rest is kept.
func runeAction(r rune, size int) int {
	switch {
	case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f':
		return runeSpace
	case r < 0x20 || r == 0x7f, invisible(r), r == utf8.RuneError && size == 1:
		return runeDropped
	case r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007':
		// kept: normalize turns them into spaces where they separate
		// thousands.
		return runeKept
	case unicode.IsSpace(r):
		return runeSpace
	}
	return runeKept
}

// asIs returns the length of the rune at s[i] when runeAction keeps it
// and it is one of the common runes of text, else 0: visible ASCII, the
// two-byte runes of Latin-1 (é, «, NBSP) and the general punctuation
// (’, –, …). Text is copied by runs of them.
func asIs(s string, i int) int {
	switch c := s[i]; {
	case visibleASCII(c):
		return 1
	case (c == 0xc2 || c == 0xc3) && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
		if c == 0xc2 && (s[i+1] == 0x85 || s[i+1] == 0xad) { // next line, soft hyphen
			return 0
		}
		return 2
	case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x90 && s[i+2] <= 0xbf && s[i+2] != 0xa8 && s[i+2] != 0xa9:
		return 3 // U+2010 to U+203F but the line and paragraph separators
	}
	return 0
}

// visibleASCII tells whether c is a visible ASCII character.
func visibleASCII(c byte) bool { return c > ' ' && c < 0x7f }

// pending appends to buf, w's buffer, the pending space if there is one
// (space) and the block has begun.
func (w *blockWriter) pending(buf []byte, space bool) []byte {
	if space && len(buf) > w.start {
		return append(buf, ' ')
	}
	return buf
}

// flush ends the current block, trimmed of white space; an empty block
// is dropped.
func (w *blockWriter) flush() {
	cur := w.buf[w.start:]
	lo := w.start + len(cur) - len(bytes.TrimLeftFunc(cur, unicode.IsSpace))
	hi := w.start + len(bytes.TrimRightFunc(cur, unicode.IsSpace))
	if lo < hi {
		w.spans = append(w.spans, span{lo, hi})
		w.buf = w.buf[:hi]
	} else {
		w.buf = w.buf[:w.start]
	}
	w.start = len(w.buf)
	w.space = false
}

// appendBlocks appends the finished blocks to out, as substrings of one
// string.
func (w *blockWriter) appendBlocks(out []string) []string {
	all := string(w.buf)
	for _, sp := range w.spans {
		out = append(out, all[sp.lo:sp.hi])
	}
	return out
}

// invisible tells whether r is a soft hyphen, a zero-width character or a
// BOM, removed from the text.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e', '\u200e', '\u200f':
		return true
	}
	return false
}

// cleanLine removes invisible characters and collapses white space in s.
// A line that is clean already is returned as it is.
func cleanLine(s string) string {
	w := blockWriter{buf: make([]byte, 0, len(s))} // no longer than s
	w.text(s)
	clean := bytes.TrimFunc(w.buf, unicode.IsSpace)
	if string(clean) == s {
		return s
	}
	return string(clean)
}

// filterBlocks drops boilerplate blocks and cuts the trailing ones that
// start with a "you may also like" heading. text tells that the blocks are
// lines of a plain-text page, where stray tokens are debris too.
func filterBlocks(blocks []string, text bool) []string {
	out := blocks[:0]
	kept := 0
	var buf [2 * 120]byte // room for the fold of a block's head
	for _, b := range blocks {
		n := runesUpTo(b, maxLineRunes)
		f := appendFoldHead(buf[:0], b)
		if n < 80 && isCutLine(f) && kept >= 200 {
			break
		}
		if n < 60 && isBoilerLine(f) || isTeaserLine(f, n) || hashtags(b) || debris(b) ||
			cookieNotice(f, n) || isCTA(f, n) || dateLine(b) || (text && noWords(b)) ||
			n < 120 && !endsSentence(b) && creditLine(b) {
			continue
		}
		out = append(out, b)
		kept += n
	}
	return out
}

// maxLineRunes bounds the length in runes of the lines and blocks that
// the boilerplate checks tell apart: none reads a longer one further.
const maxLineRunes = 400

// runesUpTo returns the number of runes of s, or max if s has more.
func runesUpTo(s string, max int) int {
	if len(s) >= 4*max { // a rune has at most 4 bytes
		return max
	}
	return min(utf8.RuneCountInString(s), max)
}

// hashtags tells whether every word of s is a hashtag.
func hashtags(s string) bool {
	if !strings.HasPrefix(strings.TrimSpace(s), "#") {
		return false
	}
	fs := strings.Fields(s)
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		if len(f) < 2 || f[0] != '#' {
			return false
		}
	}
	return true
}

// debris tells whether s is template debris such as "publish_date]" or
// "{{ author }}".
func debris(s string) bool {
	if strings.Contains(s, "{{") || strings.Contains(s, "}}") {
		return true
	}
	if strings.ContainsAny(s, " ") {
		return false
	}
	return strings.ContainsAny(s, "[]") && strings.Contains(s, "_")
}

// noWords tells whether s has no word of two letters or more: image names
// ("67ff74a5ab5c4 1536x1022 1"), numbers and symbols.
func noWords(s string) bool {
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) {
		letters := 0
		word := true
		for _, r := range f {
			if !unicode.IsLetter(r) {
				word = false
				break
			}
			letters++
		}
		if word && letters >= 2 {
			return false
		}
	}
	return true
}

// cookieNotice tells whether the folded block f of n runes is a cookie or
// consent notice.
func cookieNotice(f []byte, n int) bool {
	return n < 400 && bytes.Contains(f, []byte("cookie")) &&
		(bytes.Contains(f, []byte("accept")) || bytes.Contains(f, []byte("consent")) ||
			bytes.Contains(f, []byte("utilis")) || bytes.Contains(f, []byte("navigation")) ||
			bytes.Contains(f, []byte("we use")) || bytes.Contains(f, []byte("this site uses")))
}
