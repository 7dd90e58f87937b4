package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Plain text is sometimes hard-wrapped: a mail, a wire, `lynx -dump`, the
// text of a PDF, cut every 72 or 80 columns. Its lines are then pieces of
// paragraphs, which classify would read as headings and drop. unwrap
// joins them back first.
const (
	// wrapWidest is the widest line a hard-wrapped text has: a text with a
	// longer line is not wrapped (scraped text has a paragraph a line).
	wrapWidest = 110
	// wrapNarrowest is the narrowest width unwrap believes in.
	wrapNarrowest = 40
	// wrapJoins is the fewest wraps that make a text wrapped: one long
	// line that happens to be followed by another is no evidence.
	wrapJoins = 2
)

// unwrap joins the lines that a hard wrap broke, or returns them as they
// are. A text is wrapped when its lines are no wider than a wrapped text's
// and, more than once, a line's break came where the next line's first
// word would not have fit on it (the rule of every wrapper, against the
// widest line less a tenth: fmt fills its lines to a goal under its
// width). In a wrapped text a line is joined to the next at such a break,
// and where it is at least half as wide as the widest and the next goes
// on in lower case (a balanced break); never when it ends a sentence
// (that break is at worst a paragraph break between two sentences), nor
// before a blank line or a list item.
func unwrap(lines []string) []string {
	widths := make([]int, len(lines))
	widest := 0
	for i, l := range lines {
		widths[i] = utf8.RuneCountInString(strings.TrimSpace(l))
		widest = max(widest, widths[i])
	}
	if widest > wrapWidest || widest < wrapNarrowest {
		return lines
	}
	reach := widest - widest/10
	joins := make([]bool, len(lines)) // line i is joined to line i+1
	wraps := 0
	for i := 0; i+1 < len(lines); i++ {
		next := firstWord(lines[i+1])
		if widths[i] == 0 || next == "" || closesSentence(lines[i]) || listMarks[next] {
			continue
		}
		if widths[i]+1+utf8.RuneCountInString(next) > reach {
			joins[i] = true
			wraps++
		} else {
			// A wrapper that balances its lines (fmt) breaks some short
			// of the width, inside a sentence; only a heading is under
			// half of it, and a menu goes on with a capital.
			r, _ := utf8.DecodeRuneInString(next)
			joins[i] = 2*widths[i] >= widest && (unicode.IsLower(r) || unicode.IsDigit(r))
		}
	}
	if wraps < wrapJoins {
		return lines
	}
	out := make([]string, 0, len(lines)-wraps)
	var run strings.Builder // the lines joined so far
	for i, l := range lines {
		if i > 0 && joins[i-1] {
			l = strings.TrimLeftFunc(l, unicode.IsSpace)
		}
		if joins[i] {
			l = strings.TrimRightFunc(l, unicode.IsSpace)
			run.WriteString(l)
			if !hyphenBreak(l) {
				run.WriteByte(' ')
			}
			continue
		}
		if run.Len() > 0 {
			run.WriteString(l)
			l = run.String()
			run.Reset()
		}
		out = append(out, l)
	}
	return out
}

// listMarks open the items of a list, which start their own line.
var listMarks = map[string]bool{"-": true, "–": true, "—": true, "•": true, "*": true, "·": true}

// closesSentence tells whether l ends a sentence: a final mark, maybe
// inside a closing quote or bracket ("(850)" closes none).
func closesSentence(l string) bool {
	l = strings.TrimRightFunc(l, unicode.IsSpace)
	for {
		r, n := utf8.DecodeLastRuneInString(l)
		switch {
		case strings.ContainsRune(".!?…", r):
			return true
		case n > 0 && strings.ContainsRune("»\"”)’", r):
			l = l[:len(l)-n]
		default:
			return false
		}
	}
}

// firstWord returns the first word of l, "" for a blank line.
func firstWord(l string) string {
	l = strings.TrimLeftFunc(l, unicode.IsSpace)
	if i := strings.IndexFunc(l, unicode.IsSpace); i >= 0 {
		return l[:i]
	}
	return l
}

// hyphenBreak tells whether a wrapped line ends inside a compound at its
// hyphen ("Rabat-" then "Salé-Kénitra"), which joins without a space.
func hyphenBreak(l string) bool {
	body, ok := strings.CutSuffix(l, "-")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(body)
	return unicode.IsLetter(r)
}
