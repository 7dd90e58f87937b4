package normalize

import (
	"html"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// OffsetMap maps the byte offsets of a string returned by Clean back to the
// string Clean was given.
type OffsetMap struct {
	src    string  // the string Clean was given
	offset []int32 // offset[i]: where byte i of the cleaned string comes from
}

// Source returns the byte offset in the original string of byte i of the
// cleaned string. Offsets past the end map to the end of the original; a
// nil map is the identity.
func (m *OffsetMap) Source(i int) int {
	switch {
	case m == nil:
		return i
	case i <= 0:
		return 0
	case i >= len(m.offset):
		return len(m.src)
	}
	return int(m.offset[i])
}

// SourceSpan returns the span of the original string that sp of the
// cleaned string comes from. White space and invisible runes that Clean
// dropped after the span are left out of it.
func (m *OffsetMap) SourceSpan(sp Span) Span {
	start, end := m.Source(sp.Start), m.Source(sp.End)
	if m == nil {
		return Span{start, end}
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(m.src[:end])
		if !unicode.IsSpace(r) && !isInvisible(r) {
			break
		}
		end -= n
	}
	return Span{start, end}
}

// maxCleanRounds bounds the rounds of Clean. Each round but the last shrinks
// the text or puts it in NFC, so two or three are the most real text needs.
const maxCleanRounds = 8

// Clean returns s as the record's text, and the map of its offsets back
// to s. It keeps the source's typography (’ « » “ ” – —): evidence quotes
// the page, and folding for matching is the tokens' business (Fold).
//   - leftover HTML entities are decoded (&nbsp; &amp; &#8217;…) with
//     html.UnescapeString semantics, repeatedly, so that "&amp;amp;" gives
//     "&" and Clean is idempotent; only entities closed by ";" are read;
//   - every space rune (U+00A0, U+202F, U+2009, tabs…) becomes ' ';
//     zero-width runes (U+200B–U+200D, U+2060, U+FEFF), the soft hyphen
//     and control characters are removed; invalid UTF-8 becomes U+FFFD;
//   - the text is put in Unicode NFC;
//   - runs of spaces collapse to one, lines are trimmed, "\r\n" is "\n", a
//     single newline is kept and two or more become one paragraph break
//     "\n\n"; the text is trimmed.
//
// Clean(Clean(s)) equals Clean(s).
func Clean(s string) (string, *OffsetMap) {
	m := &OffsetMap{src: s}
	return clean(s, m), m
}

// CleanText is Clean without the map of offsets, which costs four bytes a
// byte of text: for callers that never map back to the source. A text
// that is clean already (isClean) is returned as it is.
func CleanText(s string) string {
	if isClean(s) {
		return s
	}
	return clean(s, nil)
}

// isClean reports a text that Clean leaves as it is: valid UTF-8 in NFC,
// without an entity, a control, invisible or space rune but ' ' and '\n',
// nor white space at either end, two spaces in a row, a space beside a
// newline or three newlines. It may say no for some clean texts, never
// yes for one Clean would change.
func isClean(s string) bool {
	if s == "" || s[0] == ' ' || s[0] == '\n' || s[len(s)-1] == ' ' || s[len(s)-1] == '\n' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch cleanKinds[s[i]] {
		case cleanVisible:
		case cleanSpace:
			if s[i+1] == ' ' || s[i+1] == '\n' {
				return false
			}
		case cleanNewline:
			if s[i+1] == ' ' || s[i+1] == '\n' && (s[i+2] == '\n' || s[i+2] == ' ') {
				return false
			}
		case cleanDropped:
			return false // an entity maybe; other controls are dropped
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || unicode.IsSpace(r) || isInvisible(r) || unicode.IsControl(r) ||
				r == '\u2028' || r == '\u2029' {
				return false
			}
			i += n - 1
		}
	}
	return isNFC(s)
}

// isNFC reports whether the valid UTF-8 s is in NFC, at once when every
// rune is nfcInert, which French text mostly is; else as norm says.
func isNFC(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xCC { // the lead byte of a rune from U+0300 on
			if r, _ := utf8.DecodeRuneInString(s[i:]); !nfcInert(r) {
				return norm.NFC.IsNormalString(s)
			}
		}
	}
	return true
}

// nfcInert tells a rune that no text holding only such runes needs NFC
// to change: its NFC quick check says yes and its combining class is 0.
// Every rune before the combining diacritics (U+0300) is; so are most of
// general punctuation and the currency signs (U+2000–U+20FF), whose
// typographic apostrophe, dashes, ellipsis and euro sign fill French text.
func nfcInert(r rune) bool {
	if r < 0x300 {
		return true
	}
	if r < 0x2000 || r >= 0x2100 {
		return false
	}
	set := punctuationInert()
	return set[(r-0x2000)/64]&(1<<((r-0x2000)%64)) != 0
}

// punctuationInert holds the nfcInert runes of U+2000–U+20FF, as norm's
// tables say.
var punctuationInert = sync.OnceValue(func() (set [4]uint64) {
	for r := rune(0x2000); r < 0x2100; r++ {
		s := string(r)
		if p := norm.NFC.PropertiesString(s); p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s) {
			set[(r-0x2000)/64] |= 1 << ((r - 0x2000) % 64)
		}
	}
	return set
})

// The kinds of bytes isClean reads.
const (
	cleanVisible = iota // ASCII Clean keeps as it is
	cleanSpace
	cleanNewline
	cleanDropped   // '&', which may open an entity, and the other ASCII controls
	cleanMultibyte // the bytes of the other runes
)

// cleanKinds sorts the bytes for isClean.
var cleanKinds = func() (t [256]uint8) {
	for i := range t {
		switch c := byte(i); {
		case c == ' ':
			t[i] = cleanSpace
		case c == '\n':
			t[i] = cleanNewline
		case c == '&' || c < ' ' || c == 0x7f:
			t[i] = cleanDropped
		case c >= utf8.RuneSelf:
			t[i] = cleanMultibyte
		}
	}
	return t
}()

// clean runs the rounds of Clean, composing their offsets into m unless m
// is nil.
func clean(s string, m *OffsetMap) string {
	cur := s
	for round := 0; round < maxCleanRounds; round++ {
		out, offs := cleanPass(cur, m != nil)
		m.compose(offs)
		if !isNFC(out) {
			out, offs = nfc(out, m != nil)
			m.compose(offs)
		} else if !hasEntity(out) {
			return out
		}
		cur = out
	}
	return cur
}

// compose makes m map through offs, a map of the last step (nothing for a
// nil m).
func (m *OffsetMap) compose(offs []int32) {
	if m == nil {
		return
	}
	if m.offset == nil {
		m.offset = offs
		return
	}
	for i, o := range offs {
		if int(o) < len(m.offset) {
			offs[i] = m.offset[o]
		} else {
			offs[i] = int32(len(m.src))
		}
	}
	m.offset = offs
}

// hasEntity reports whether s holds an HTML entity that Clean decodes.
func hasEntity(s string) bool {
	for i := strings.IndexByte(s, '&'); i >= 0; {
		if _, ok := entityAt(s, i); ok {
			return true
		}
		j := strings.IndexByte(s[i+1:], '&')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// maxEntity is the longest entity Clean reads ("&CounterClockwiseContourIntegral;").
const maxEntity = 34

// entityAt returns the length of the entity at s[i] ('&') and whether it is
// one that decodes.
func entityAt(s string, i int) (int, bool) {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
		hex := j < len(s) && (s[j] == 'x' || s[j] == 'X')
		if hex {
			j++
		}
		k := j
		for j < len(s) && j-i < maxEntity && (isDigit(s[j]) || (hex && isHex(s[j]))) {
			j++
		}
		if j == k {
			return 0, false
		}
	} else {
		k := j
		for j < len(s) && j-i < maxEntity && (isDigit(s[j]) || isASCIILetter(s[j])) {
			j++
		}
		if j == k || !isASCIILetter(s[k]) {
			return 0, false
		}
	}
	if j >= len(s) || s[j] != ';' {
		return 0, false
	}
	e := s[i : j+1]
	return len(e), html.UnescapeString(e) != e
}

func isDigit(b byte) bool       { return b >= '0' && b <= '9' }
func isHex(b byte) bool         { return isDigit(b) || (b|0x20 >= 'a' && b|0x20 <= 'f') }
func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// cleaner builds the output of one pass of Clean.
type cleaner struct {
	out      strings.Builder
	track    bool // offs is kept
	offs     []int32
	spaced   bool  // a space is pending
	newlines int   // newlines pending
	pendAt   int32 // source offset of the pending white space
}

// cleanPass decodes entities, maps runes and collapses white space.
func cleanPass(s string, track bool) (string, []int32) {
	c := &cleaner{track: track}
	if track {
		c.offs = make([]int32, 0, len(s))
	}
	c.out.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] == '&' {
			if n, ok := entityAt(s, i); ok {
				for _, r := range html.UnescapeString(s[i : i+n]) {
					c.rune(r, int32(i), false)
				}
				i += n
				continue
			}
		}
		if !track {
			// Visible ASCII goes through as is, after the white space
			// pending before it; a space is only noted.
			if j := printableRun(s, i); j > i {
				c.flushSpace()
				c.out.WriteString(s[i:j])
				i = j
				continue
			}
			if s[i] == ' ' {
				c.space(int32(i))
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
			continue
		}
		c.rune(r, int32(i), n == utf8.RuneLen(r))
		i += n
	}
	return c.out.String(), c.offs
}

// printableRun returns the end of the run of visible ASCII from s[i] on,
// entities' '&' left out.
func printableRun(s string, i int) int {
	for i < len(s) && s[i] > ' ' && s[i] < 0x7f && s[i] != '&' {
		i++
	}
	return i
}

// rune adds r, read at source offset at; same says that r is written as in
// the source, so its bytes map one to one.
func (c *cleaner) rune(r rune, at int32, same bool) {
	switch {
	case r == '\n' || r == '\r' || r == '\u0085' || r == '\u2028' || r == '\u2029':
		if c.newlines == 0 && !c.spaced {
			c.pendAt = at
		}
		c.newlines++
		c.spaced = false
		return
	case unicode.IsSpace(r):
		c.space(at)
		return
	case isInvisible(r) || unicode.IsControl(r):
		return
	}
	c.flushSpace()
	n := c.out.Len()
	c.out.WriteRune(r)
	for k := 0; c.track && k < c.out.Len()-n; k++ {
		if same {
			c.offs = append(c.offs, at+int32(k))
		} else {
			c.offs = append(c.offs, at)
		}
	}
}

// space notes white space read at source offset at.
func (c *cleaner) space(at int32) {
	if c.newlines == 0 && !c.spaced {
		c.spaced, c.pendAt = true, at
	}
}

// flushSpace writes the white space pending before a visible rune: none
// at the start of the text.
func (c *cleaner) flushSpace() {
	if c.out.Len() > 0 {
		switch {
		case c.newlines > 1:
			c.write("\n\n", c.pendAt)
		case c.newlines == 1:
			c.write("\n", c.pendAt)
		case c.spaced:
			c.write(" ", c.pendAt)
		}
	}
	c.newlines, c.spaced = 0, false
}

// write adds ASCII white space read at source offset at.
func (c *cleaner) write(s string, at int32) {
	c.out.WriteString(s)
	for range s {
		if c.track {
			c.offs = append(c.offs, at)
		}
	}
}

// nfc puts s in NFC and maps each byte of the result to the segment of s it
// comes from.
func nfc(s string, track bool) (string, []int32) {
	var it norm.Iter
	it.InitString(norm.NFC, s)
	var b strings.Builder
	b.Grow(len(s))
	var offs []int32
	if track {
		offs = make([]int32, 0, len(s))
	}
	for !it.Done() {
		p := it.Pos()
		seg := it.Next()
		same := len(seg) == it.Pos()-p
		for k := 0; track && k < len(seg); k++ {
			if same {
				offs = append(offs, int32(p+k))
			} else {
				offs = append(offs, int32(p))
			}
		}
		b.Write(seg)
	}
	return b.String(), offs
}
