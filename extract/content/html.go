package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/andybalholm/cascadia"

	"veille/normalize"
)

// parseHTML extracts the metadata and main text of the HTML page s.
func parseHTML(s []byte, c *config) *Page {
	t := build(s, strings.TrimSpace(c.bodySelector) != "")
	defer t.release()
	t.stats()
	t.weigh()
	li := readJSONLD(t.jsonLD)
	p := &Page{IsHTML: true}
	t.metadata(p, li, c.url)

	roots := t.selectRoots(c.bodySelector)
	if roots == nil {
		roots = t.choose()
		if l := t.lead(roots); l >= 0 {
			roots = append([]int32{l}, roots...)
		}
	}
	t.clean(roots)
	text := t.text(roots, p.Title)
	if n := runesUpTo(text, 250); n < 250 && t.body > 0 && t.goodText(t.body) > 1000 && !contains(t.elems, roots[0], t.body) {
		// The chosen block is a teaser or a caption: take the cleaned body.
		for i := range t.elems {
			t.elems[i].drop = false
		}
		body := []int32{t.body}
		t.clean(body)
		if alt := t.text(body, p.Title); utf8.RuneCountInString(alt) > 2*n {
			text = alt
		}
	}
	if li.body != "" && utf8.RuneCountInString(text) < utf8.RuneCountInString(li.body)*6/10 {
		// The page declares a longer body than the markup shows (paywalls,
		// script-rendered pages).
		text = strings.Join(filterBlocks(splitLines(li.body), false), "\n\n")
	}
	if text == "" && utf8.RuneCountInString(p.Description) >= 80 {
		// Video and paywalled pages: the summary is the only text.
		text = p.Description
	}
	p.Text = text
	if p.Published == "" && t.body > 0 {
		p.Published = bylineDateIn(t.prefix(t.body, 20000))
	}
	if p.Language == "" {
		p.Language = guessLanguage(p.Text)
	}
	return p
}

// text renders the roots as blocks without the title and boilerplate.
func (t *tree) text(roots []int32, title string) string {
	blocks := t.render(roots)
	blocks = dropTitle(blocks, title)
	return strings.Join(trimEdges(filterBlocks(blocks, false)), "\n\n")
}

// trimEdges drops the short label lines (category, byline, "no comments")
// that open or close the text: a few words without sentence punctuation.
func trimEdges(blocks []string) []string {
	label := func(b string) bool {
		return len(b) < 60 && len(strings.Fields(b)) <= 4 && !endsSentence(b)
	}
	// A long run of short lines is a list of the article: keep it.
	const maxRun = 8
	tail := 0
	for tail < len(blocks)-1 && label(blocks[len(blocks)-1-tail]) {
		tail++
	}
	if tail <= maxRun {
		blocks = blocks[:len(blocks)-tail]
	}
	head := 0
	for head < len(blocks)-1 && label(blocks[head]) {
		head++
	}
	if head <= maxRun {
		blocks = blocks[head:]
	}
	return blocks
}

// selectRoots returns the outermost elements that match the CSS selector
// sel, or nil when sel is empty, invalid or matches nothing with text.
func (t *tree) selectRoots(sel string) []int32 {
	if strings.TrimSpace(sel) == "" {
		return nil
	}
	m, err := cascadia.Compile(sel)
	if err != nil {
		return nil
	}
	var roots []int32
	for i := 0; i < len(t.elems); i++ {
		e := &t.elems[i]
		if e.isText || i == 0 || !m.Match(t.nodes[i]) {
			continue
		}
		if e.textLen > 0 {
			roots = append(roots, int32(i))
		}
		i = int(e.end) - 1 // outermost only
	}
	return roots
}

// dropTitle removes the title when one of the first blocks repeats it.
func dropTitle(blocks []string, title string) []string {
	if title == "" {
		return blocks
	}
	ft := fold(title)
	for i := 0; i < len(blocks) && i < 4; i++ {
		if foldsTo(blocks[i], ft) {
			return append(blocks[:i], blocks[i+1:]...)
		}
	}
	return blocks
}

// foldsTo reports whether fold(b) is f, folding b only when its start
// may fold to f.
func foldsTo(b, f string) bool {
	var buf [256]byte
	return mayFoldTo(b, f) && string(appendFold(buf[:0], b)) == f
}

// mayFoldTo reports whether fold(b) may be f, reading only the start of
// b: the fold of a prefix of b is a prefix of that of b, which is f and
// the punctuation fold trims, so one of f and the fold of the prefix
// starts the other.
func mayFoldTo(b, f string) bool {
	if b != "" && isAlnumASCII(b[0]) && (f == "" || unicode.ToLower(rune(b[0])) != rune(f[0])) {
		return false // b[0] folds to the first byte of fold(b), with no fold
	}
	k := 48 // a block that is not the title most often differs by then
	if k >= len(b) {
		return true
	}
	for k > 0 && !utf8.RuneStart(b[k]) {
		k--
	}
	var buf [2 * 48]byte
	p := normalize.AppendFold(buf[:0], b[:k])
	n := min(len(p), len(f)) // one starts the other
	return f[:n] == string(p[:n])
}

// isAlnumASCII tells whether c is an ASCII letter or digit.
func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// splitLines returns the non-empty cleaned lines of s.
func splitLines(s string) []string { return cleanLines(strings.Split(s, "\n")) }

// cleanLines returns the non-empty lines of lines, cleaned.
func cleanLines(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l = cleanLine(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
