package content

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// dateMarker is the " date 2024-04" stamp that scrapers put before the text.
var dateMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*date:?\s+(\d{4}-\d{2}(?:-\d{2})?)\b`)
})

// captionCredit ends a photo caption: "… / DR", "© AFP", "/ MAP",
// "(Photo MAP)", "Getty Images". Case matters: agencies are acronyms.
var captionCredit = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:©[^.]{0,60}|/\s*(?:DR|D\.R\.|[A-Z]{2,}(?:[/ -][A-Z]{2,})*)|\((?:[Pp]hoto|[Pp]h\.|[Cc]rédit|[Cc]redit)[^)]*\)|[Gg]etty [Ii]mages|Shutterstock|iStock(?:photo)?)\s*$`)
})

// creditLine tells whether s ends with a photo credit. The pattern is
// anchored at the end: matching the last bytes only keeps it linear.
func creditLine(s string) bool {
	if len(s) > 100 {
		i := len(s) - 100
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		s = s[i:]
	}
	// Each credit holds one of these: most lines are passed over without
	// running the pattern.
	if !strings.ContainsAny(s, "©/(") && !strings.Contains(s, "etty ") && !strings.Contains(s, "tock") {
		return false
	}
	return captionCredit().MatchString(s)
}

// lineKind classifies a line of a plain-text page.
type lineKind int

const (
	lineDropped lineKind = iota
	lineHeading          // short, no sentence punctuation: menu item, title, subheading
	lineBody             // a sentence or a paragraph
	lineCut              // "You may also like": the rest is other articles
)

// parseText extracts the title and the body paragraphs of a plain-text
// page scraped with its boilerplate.
func parseText(s string) *Page {
	p := &Page{}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if m := dateMarker().FindStringSubmatchIndex(s); m != nil {
		p.Published = s[m[2]:m[3]]
		s = s[m[1]:]
	}
	lines := cleanLines(unwrap(strings.Split(s, "\n")))
	kinds := make([]lineKind, len(lines))
	for i, l := range lines {
		kinds[i] = classify(l)
	}
	// Only the lines the title is looked for in are folded whole: the
	// others are compared with the title's fold, mostly on their start.
	folded := make([]string, min(len(lines), titleSearch))
	for i := range folded {
		folded[i] = fold(lines[i])
	}
	p.Title = textTitle(lines, folded, kinds)
	ft := fold(p.Title)
	var body []string
	for i, l := range lines {
		switch kinds[i] {
		case lineCut:
			if len(body) > 0 {
				return finishText(p, body)
			}
		case lineBody:
			if !foldsTo(l, ft) {
				body = append(body, l)
			}
		case lineHeading:
			// A subheading sits between body paragraphs; an excerpt may
			// end cut short after one.
			between := nextKind(kinds, i) == lineBody && len(strings.Fields(l)) >= 3
			if !foldsTo(l, ft) && len(body) > 0 && kinds[i-1] == lineBody && (between || i == len(lines)-1 && cutShort(l)) {
				body = append(body, l)
			}
		}
	}
	return finishText(p, body)
}

// finishText sets the text and language of a plain-text page.
func finishText(p *Page, body []string) *Page {
	p.Text = strings.Join(filterBlocks(body, true), "\n\n")
	p.Language = guessLanguage(p.Title + "\n" + p.Text)
	return p
}

// cutWords is the fewest words of a paragraph cut short.
const cutWords = 6

// cutShort tells whether the last line l of a text is a paragraph cut
// short in mid-sentence, as stored excerpts are ("La cérémonie s'est
// déroulée sous la présidence"): a few words, the last in lower case or a
// lone capital. A menu, a byline or another article's headline ends in a
// name or is shorter.
func cutShort(l string) bool {
	words := strings.Fields(l)
	if len(words) < cutWords {
		return false
	}
	last := words[len(words)-1]
	r, n := utf8.DecodeRuneInString(last)
	// A name cut after its initial ("signé par Mohamed Boussaid, Moulay H")
	// is cut short too.
	return unicode.IsLower(r) || n == len(last) && unicode.IsUpper(r)
}

// nextKind returns the kind of the next line that is not dropped.
func nextKind(kinds []lineKind, i int) lineKind {
	for j := i + 1; j < len(kinds); j++ {
		if kinds[j] != lineDropped {
			return kinds[j]
		}
	}
	return lineDropped
}

// classify tells what a line of a plain-text page is.
func classify(l string) lineKind {
	n := runesUpTo(l, maxLineRunes)
	var buf [2 * 120]byte
	f := appendFoldHead(buf[:0], l)
	switch {
	case n < 80 && isCutLine(f):
		return lineCut
	case n < 60 && isBoilerLine(f), isTeaserLine(f, n), hashtags(l), debris(l), noWords(l), cookieNotice(f, n):
		return lineDropped
	case !endsSentence(l) && creditLine(l):
		return lineDropped
	case sentenceLike(l, n):
		return lineBody
	}
	return lineHeading
}

// sentenceLike tells whether the line l of n runes reads as prose. The
// items of a French list end with a semicolon ("– X, usine à Fès : 240
// MDH, 850 emplois ;"): they are prose too.
func sentenceLike(l string, n int) bool {
	words := len(strings.Fields(l))
	if endsSentence(l) || strings.HasSuffix(strings.TrimSpace(l), ";") {
		return words >= 4
	}
	return n >= 120 && words >= 15
}

// titleSearch is the number of lines a title is looked for in.
const titleSearch = 60

// textTitle picks the title of a plain-text page: a line without final
// punctuation repeated near the top, else the heading line just before the
// first paragraph. folded holds the folds of the first lines.
func textTitle(lines, folded []string, kinds []lineKind) string {
	firstBody := len(lines)
	for i, k := range kinds {
		if k == lineBody && endsSentence(lines[i]) {
			firstBody = i
			break
		}
	}
	limit := min(len(folded), max(firstBody+3, 20)) // titles come first: bound the pairwise search
	// A title comes before the text: a sentence the text repeats after its
	// first paragraph is a pull quote.
	for i := 0; i < min(limit, firstBody); i++ {
		if kinds[i] == lineDropped || endsSentence(lines[i]) || !titleLike(lines[i]) {
			continue
		}
		for j := i + 1; j < limit; j++ {
			if folded[j] == folded[i] {
				return lines[i]
			}
		}
	}
	for i := firstBody - 1; i >= 0; i-- {
		if kinds[i] == lineDropped {
			continue
		}
		if !endsSentence(lines[i]) && titleLike(lines[i]) {
			return lines[i]
		}
		break
	}
	return ""
}

// titleLike tells whether a heading line can be a title: a few words, not
// a date.
func titleLike(l string) bool {
	words := strings.Fields(l)
	if len(words) < 4 || len(words) > 40 {
		return false
	}
	if frenchDate(l) != "" && len(words) <= 5 {
		return false
	}
	letters := 0
	for _, r := range l {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters*2 > len(l)
}
