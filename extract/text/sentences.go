package text

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// frAbbreviations are French abbreviations that end with a period without
// ending the sentence ("M. Jazouli", "Mme. Mezzour", "av. Hassan II").
// Punkt stores them lower case, without the period.
var frAbbreviations = []string{
	"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste",
	"av", "bd", "n", "no", "art", "cf", "env", "p", "vol", "éd", "coll",
	"janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc",
	"s.a", "s.a.r.l", "ltd", "inc", "co",
}

// splitter returns the sentence tokenizer, built once. It is the Punkt
// tokenizer that prose v2 wraps, but prose rebuilds its model on every
// NewDocument (11 ms an article, measured); this one is built on first use.
var splitter = sync.OnceValue(func() *sentences.DefaultSentenceTokenizer {
	t, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		// The training data is compiled into the module: a failure here is a
		// broken build, not bad input.
		panic("extract/text: cannot load the sentence model: " + err.Error())
	}
	for _, a := range frAbbreviations {
		t.AbbrevTypes.Add(a)
	}
	return t
})

// splitSentences splits text into sentences: paragraphs and lines first
// (headings and captions are never glued to the next paragraph), then
// Punkt inside each line. Spans are trimmed of surrounding white space.
func splitSentences(text string) []Span {
	var out []Span
	lineStart := 0
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		line := text[lineStart:lineEnd]
		switch {
		case strings.TrimSpace(line) == "":
		case !endsInside(strings.TrimRight(line, " \t.!?…\"»)")):
			// No sentence can end inside the line (a heading, a caption, a
			// one-sentence paragraph): Punkt would return it whole.
			out = appendTrimmed(out, text, lineStart, lineEnd)
		default:
			start := 0 // Punkt's sentences, read from its breaks: no sentence to allocate
			for _, end := range splitter().SentencePositions(line) {
				out = appendTrimmed(out, text, lineStart+start, lineStart+end)
				start = end
			}
		}
		lineStart = lineEnd + 1
	}
	return out
}

// endsInside reports whether s holds a rune that may end a sentence:
// strings.ContainsAny(s, ".!?…"), by bytes.
func endsInside(s string) bool {
	return strings.IndexByte(s, '.') >= 0 || strings.IndexByte(s, '!') >= 0 ||
		strings.IndexByte(s, '?') >= 0 || strings.Contains(s, "…")
}

// appendTrimmed appends [s, e) without its leading and trailing white space,
// dropping it when nothing is left.
func appendTrimmed(out []Span, text string, s, e int) []Span {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	if s < e {
		out = append(out, Span{s, e})
	}
	return out
}
