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

// newTokenizer returns the Punkt sentence tokenizer of sentences.v1 that
// prose v2 wraps, with the French abbreviations. Extraction reads only its
// model, through punktModel; the tests compare their breaks with it.
func newTokenizer() *sentences.DefaultSentenceTokenizer {
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
}

// punktModel returns the model of newTokenizer as punkt reads it, built
// once: each type's orthographic context and whether it is an
// abbreviation, a collocation or a sentence starter, in a table the
// collector does not scan (the library's maps held a megabyte of
// pointers, which every cycle read).
var punktModel = sync.OnceValue(func() *flagTable {
	s := newTokenizer().Storage
	m := make(map[string]uint16, len(s.OrthoContext))
	for typ, ctx := range s.OrthoContext {
		m[typ] = uint16(ctx) & orthoMask // punkt reads its bits 1 to 6 only
	}
	for _, set := range []struct {
		types sentences.SetString
		flag  uint16
	}{{s.AbbrevTypes, abbrevType}, {s.Collocations, collocation}, {s.SentStarters, sentStarter}} {
		for typ, v := range set.types {
			if v != 0 { // a type in the set with 0 is not in it (SetString.Has)
				m[typ] |= set.flag
			}
		}
	}
	return newFlagTable(m)
})

// splitSentences splits text into sentences: paragraphs and lines first
// (headings and captions are never glued to the next paragraph), then
// Punkt inside each line. Spans are trimmed of surrounding white space.
func splitSentences(text string) []Span {
	var out []Span
	f := feeds.Get().(*punktFeed) // its buffers serve every line
	defer putFeed(f)
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
			out = f.appendSentences(out, text, lineStart, lineEnd)
		}
		lineStart = lineEnd + 1
	}
	return out
}

// punktFeed is what Punkt is given of a line: the words it reads, which
// are those that hold '.', '!' or '?' and the word after each (the word
// tokenizer of sentences.v1 keeps no other, and its rules read only the
// kept words, each with the next), one space apart; and where each of
// them ends, in the feed and in the line. Punkt then reads a few words
// rather than the whole line, and breaks it where it would break the line.
type punktFeed struct {
	n      int      // the length of the feed, its words one space apart
	ends   [][2]int // the end of each word in the feed, and in the line
	breaks []int    // Punkt's breaks of the feed
	punkt           // its words, as Punkt's word tokenizer reads the feed
}

// feeds holds the buffers of punktFeed, which every text would otherwise
// grow afresh.
var feeds = sync.Pool{New: func() any { return new(punktFeed) }}

// maxFeed is the number of words past which a feed's buffers, those of a
// very long line, are left to the collector.
const maxFeed = 8 << 10

// putFeed returns f to feeds, without the words of the last line read.
func putFeed(f *punktFeed) {
	if cap(f.ends) > maxFeed {
		return
	}
	clear(f.toks[:cap(f.toks)])
	feeds.Put(f)
}

// appendSentences appends the sentences Punkt finds in the line
// text[lo:hi], read from its breaks: no sentence to allocate.
func (f *punktFeed) appendSentences(out []Span, text string, lo, hi int) []Span {
	f.fill(text[lo:hi])
	if len(f.ends) == 0 { // no word Punkt reads: one sentence
		return appendTrimmed(out, text, lo, hi)
	}
	f.breaks = f.punkt.breaks(f.breaks[:0], f.n)
	start, k := 0, 0
	for _, end := range f.breaks {
		// A break is at the end of a word of the feed, or at its end.
		for k < len(f.ends) && f.ends[k][0] < end {
			k++
		}
		end = hi - lo
		if k < len(f.ends) {
			end = f.ends[k][1]
		}
		out = appendTrimmed(out, text, lo+start, lo+end)
		start = end
	}
	return out
}

// fill sets f to the feed of line, which is never longer than the line,
// and its words to those Punkt's word tokenizer reads in it, read as they
// are fed. The last word of the line, if fed, is fed without the space
// after it: Punkt drops a last word that ends with a rune of more than one
// byte, and so must drop it from the feed.
func (f *punktFeed) fill(line string) {
	f.n, f.ends, f.toks = 0, f.ends[:0], f.toks[:0]
	fed := 0 // the end of the last word fed
	for from := 0; ; {
		i := strings.IndexAny(line[from:], ".!?")
		if i < 0 {
			f.lastWord()
			return
		}
		s, e := wordStart(line, from+i), wordEnd(line, from+i)
		if s >= fed { // else it was fed as the word after the last one
			f.add(line, s, e)
		}
		fed = e
		if next := skipSpace(line, e); next < len(line) {
			fed = wordEnd(line, next)
			f.add(line, next, fed)
		}
		from = e
	}
}

// add feeds the word line[s:e].
func (f *punktFeed) add(line string, s, e int) {
	f.n += e - s
	f.ends = append(f.ends, [2]int{f.n, e})
	f.toks = append(f.toks, punktTok{tok: line[s:e], pos: f.n})
	if e < len(line) {
		f.n++
	}
}

// lastWord reads the last word of the feed as Punkt's word tokenizer does:
// followed by a space, it ends where the feed does; else it is dropped if
// its last rune has more than one byte, and if it was the only word, the
// whole feed, which is that word, is read as one.
func (f *punktFeed) lastWord() {
	if len(f.toks) == 0 {
		return
	}
	last := &f.toks[len(f.toks)-1]
	if last.pos < f.n {
		last.pos = f.n
		return
	}
	if _, size := utf8.DecodeLastRuneInString(last.tok); size > 1 && len(f.toks) > 1 {
		f.toks = f.toks[:len(f.toks)-1]
	}
}

// wordStart returns the start of the word of s (a run of runes that are
// not unicode.IsSpace) that holds byte i: strings.TrimRightFunc(s[:i],
// notSpace), ASCII read byte by byte.
func wordStart(s string, i int) int {
	for i > 0 {
		r, n := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s[:i])
		}
		if unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}

// wordEnd returns the end of the word of s that holds byte i.
func wordEnd(s string, i int) int { return runEnd(s, i, false) }

// skipSpace returns the first byte from i on that starts a rune which is
// not unicode.IsSpace.
func skipSpace(s string, i int) int { return runEnd(s, i, true) }

// runEnd returns the end of the run of runes from s[i] on that are white
// space, or are not if space is false: strings.TrimLeftFunc, ASCII read
// byte by byte.
func runEnd(s string, i int, space bool) int {
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) != space {
			break
		}
		i += n
	}
	return i
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
