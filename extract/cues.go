package extract

import (
	"context"
	"iter"
	"sort"
	"strings"
	"sync"
	"time"

	"veille/extract/text"
	"veille/normalize"
)

// word is a word of the text as the cue rules read it (text.Doc.Words).
type word = text.Token

// words are the words of the text (text.Doc.Words), or of a string.
type words = text.Tokens

// window locates a figure among the words of the text: the words [i, j)
// of the figure inside the words [from, to) of its sentence.
type window struct{ from, to, i, j int }

// found is what several fact stages read from the text, computed once.
type found struct {
	words   words
	sents   [][2]int // the range of the words of each sentence
	teaser  []bool   // sentences that announce another article ("Lire aussi...") or comment on this one
	numbers []normalize.Number
	years   []normalize.Year
	places  []normalize.PlaceMatch
	targets []normalize.Year // deadlines (classifyYears)
	asOf    []normalize.Year // the dates of a state of affairs
	amounts []normalize.Money
	dates   []normalize.Date // unresolved: see sentenceDates
	// the dates of each sentence resolved (sentenceDates), on first use:
	// a sentence about a signing is read for each agreement it tells of
	sentDates map[int][]normalize.Date
	gone      figureSet // the lists let go (drop)
}

// teaserCues open a line that links to another article: what it names is
// not a fact of this one, should boilerplate removal have left it.
var teaserCues = sync.OnceValue(func() cueList {
	return cues("lire aussi", "à lire aussi", "lisez aussi", "voir aussi", "à voir aussi", "lire également",
		"à lire également", "you may also like", "related", "articles similaires", "sur le même sujet",
		"dernières nouvelles", "dernières infos", "les plus lus", "dans la même rubrique", "articles liés")
})

// commentCues open the readers' comments: nothing after them is the
// article's.
var commentCues = sync.OnceValue(func() cueList {
	return cues("réactions des lecteurs", "réactions", "commentaire(s)", "vos commentaires", "vos réactions",
		"laisser un commentaire", "laissez un commentaire", "ajouter un commentaire", "réagissez", "leave a comment",
		"leave a reply", "comments")
})

// cached returns what the fact stages share, computing it on first use.
func (d *doc) cached() *found {
	if d.found == nil {
		_ = d.prepare(context.Background()) // a background context is never done
	}
	return d.found
}

// prepare computes what the fact stages share, looking at ctx between its
// steps (each linear in the text): the first stage of Parse.
func (d *doc) prepare(ctx context.Context) error {
	f := &found{words: d.Doc.Words(), sents: make([][2]int, len(d.Sents)), teaser: make([]bool, len(d.Sents))}
	comments := false
	i, n := 0, f.words.Len() // the sentences come in text order: their words are found in one pass
	for si, s := range d.Sents {
		for i < n && f.words.Span(i).Start < s.Start {
			i++
		}
		j := i
		for j < n && f.words.Span(j).Start < s.End {
			j++
		}
		f.sents[si] = [2]int{i, j}
		_, f.teaser[si] = matchAny(teaserCues(), f.words, i, j)
		if !comments {
			comments = commentsHeading(f.words, i, j)
		}
		f.teaser[si] = f.teaser[si] || comments
	}
	if err := ctx.Err(); err != nil {
		return context.Cause(ctx)
	}
	sc := d.Doc.Scan()
	if err := ctx.Err(); err != nil {
		return context.Cause(ctx)
	}
	f.dates = sc.Dates
	f.amounts = keepFacts(d, f.teaser, sc.Amounts, func(m normalize.Money) int { return m.Start })
	f.numbers = keepFacts(d, f.teaser, sc.Numbers, func(n normalize.Number) int { return n.Start })
	f.years = afterDateline(d, f.words, keepFacts(d, f.teaser, sc.Years, func(y normalize.Year) int { return y.Start }))
	f.targets, f.asOf = classifyYears(d, f.words, f.years)
	f.places = keepFacts(d, f.teaser, sc.Places, func(p normalize.PlaceMatch) int { return p.Start })
	d.found = f
	return nil
}

// figureSet names lists of found that Parse lets go of after the last
// stage that reads them: a dense page has thousands of figures, and each
// list let go makes room for what the next stages build.
type figureSet uint8

const (
	figAmounts figureSet = 1 << iota // sums: read by findAmounts
	figYears                         // years, deadlines, as-of dates: read up to findJobs
	figNumbers                       // figures and dates: read up to findAgreements
)

// drop lets go of the lists of s. A stage that reads one afterwards is a
// mistake in the order of extractFacts: it panics rather than read none.
func (d *doc) drop(s figureSet) {
	f := d.cached()
	f.gone |= s
	if s&figAmounts != 0 {
		f.amounts = nil
	}
	if s&figYears != 0 {
		f.years, f.targets, f.asOf = nil, nil, nil
	}
	if s&figNumbers != 0 {
		f.numbers, f.dates, f.sentDates = nil, nil, nil
	}
}

// kept returns f after checking that the lists of s are still there.
func (f *found) kept(s figureSet) *found {
	if f.gone&s != 0 {
		panic("extract: a stage reads figures let go after their last reader (see extractFacts)")
	}
	return f
}

// commentsHeading reports a line that is only a comments heading, with
// at most a count: "Réactions des lecteurs (2)", "3 commentaires".
func commentsHeading(ws words, i, j int) bool {
	if i < j && isDigits(ws.Fold(i)) {
		i++
	}
	e, ok := matchAny(commentCues(), ws, i, j)
	if !ok {
		return false
	}
	for ; e < j; e++ {
		if !ws.At(e).Punct() && !isDigits(ws.Fold(e)) {
			return false
		}
	}
	return true
}

// keepFacts drops the items said in teaser sentences.
func keepFacts[T any](d *doc, teaser []bool, items []T, start func(T) int) []T {
	out := items[:0]
	for _, it := range items {
		if si := d.SentenceAt(start(it)); si < 0 || !teaser[si] {
			out = append(out, it)
		}
	}
	return out
}

// words returns the words of the text.
func (d *doc) words() words { return d.cached().words }

// numbers returns normalize.Numbers of the text.
func (d *doc) numbers() []normalize.Number { return d.cached().kept(figNumbers).numbers }

// years returns normalize.Years of the text.
func (d *doc) years() []normalize.Year { return d.cached().kept(figYears).years }

// targets returns the years of the text that are deadlines.
func (d *doc) targets() []normalize.Year { return d.cached().kept(figYears).targets }

// asOf returns the years of the text that date a state of affairs.
func (d *doc) asOf() []normalize.Year { return d.cached().kept(figYears).asOf }

// amounts returns normalize.Amounts of the text.
func (d *doc) amounts() []normalize.Money { return d.cached().kept(figAmounts).amounts }

// sentenceDates returns the dates of sentence si resolved against the
// publication date. Only the few sentences about a signing need them, and
// only their relative dates ("hier", "lundi") are read again.
func (d *doc) sentenceDates(si int) []normalize.Date {
	f := d.cached().kept(figNumbers)
	s := d.Sents[si]
	in := within(f.dates, s.Start, s.End)
	if asRead(in, s.End, d.Ref) {
		return in[:len(in):len(in)] // most sentences: the dates as scanned, neither copied nor kept
	}
	if out, ok := f.sentDates[si]; ok {
		return out
	}
	if f.sentDates == nil {
		f.sentDates = map[int][]normalize.Date{}
	}
	f.sentDates[si] = d.resolveDates(in, s.End)
	return f.sentDates[si]
}

// resolveDates returns the dates in of a sentence ending at byte end
// resolved against the publication date (sentenceDates).
func (d *doc) resolveDates(in []normalize.Date, end int) []normalize.Date {
	var out []normalize.Date
	for _, dt := range in {
		if dt.End > end {
			continue
		}
		if dt.Relative && !d.Ref.IsZero() {
			r := normalize.Dates(dt.Text, d.Ref)
			if len(r) != 1 {
				continue
			}
			r[0].Span = dt.Span
			dt = r[0]
		}
		out = append(out, dt)
	}
	return out
}

// asRead reports whether the dates ds of a sentence ending at byte end
// are what resolveDates returns of them: none runs past the sentence, and
// none is to be resolved against ref.
func asRead(ds []normalize.Date, end int, ref time.Time) bool {
	for _, dt := range ds {
		if dt.End > end || (dt.Relative && !ref.IsZero()) {
			return false
		}
	}
	return true
}

// places returns normalize.Places of the text.
func (d *doc) places() []normalize.PlaceMatch { return d.cached().places }

// phrase is a compiled cue, read on the word view of the text.
type phrase = text.Phrase

// cue compiles a cue written in plain French (text.CompileWords): "a|b"
// accepts either word, a part in parentheses is optional
// ("protocole(s)", "nouveau(x)"), apostrophes and dashes separate words.
func cue(s string) phrase { return text.CompileWords(s) }

// cueList is a list of cues indexed by their first and last words, so
// that scanning a sentence tries only the cues that can match.
type cueList struct {
	all []phrase
	// first and last are shared by the copies of the list: their key
	// sets are too large to copy at each call.
	first, last *keyIndex[phrase]
}

// cues compiles a list of cues.
func cues(list ...string) cueList {
	ps := make([]phrase, len(list))
	for i, s := range list {
		ps[i] = cue(s)
	}
	return indexCues(ps)
}

func indexCues(ps []phrase) cueList {
	l := cueList{all: ps, first: new(keyIndex[phrase]), last: new(keyIndex[phrase])}
	for _, p := range ps {
		if len(p) == 0 {
			continue
		}
		l.first.put(p[0], p)
		l.last.put(p[len(p)-1], p)
	}
	return l
}

// joinCues returns the cues of both lists.
func joinCues(a, b cueList) cueList {
	return indexCues(append(append([]phrase{}, a.all...), b.all...))
}

// taggedCue is a cue with what it tells: the kind of figure it announces,
// or its weight as evidence of relevance.
type taggedCue[T comparable] struct {
	p      phrase
	tag    T
	weight int
}

// taggedCues indexes tagged cues by the keys of their first word.
type taggedCues[T comparable] struct{ keyIndex[taggedCue[T]] }

// add compiles the cues of list, each with tag and weight.
func (tc *taggedCues[T]) add(tag T, weight int, list ...string) {
	for _, s := range list {
		p := cue(s)
		if len(p) == 0 {
			continue
		}
		tc.put(p[0], taggedCue[T]{p, tag, weight})
	}
}

// matchAny returns the longest phrase of list matching at i.
func matchAny(list cueList, ws words, i, end int) (int, bool) {
	if i < 0 || i >= end {
		return i, false
	}
	h := text.KeyHash(ws.Fold(i))
	if !list.first.mayHold(h) {
		return i, false // most words: a bit read
	}
	return matchLongest(list.first.lookup(h, ws, i), ws, i, end)
}

// matchLongest returns the end of the longest of the phrases ps, filed
// under the key of word i (matchFiled), matching at i.
func matchLongest(ps []phrase, ws words, i, end int) (int, bool) {
	best, ok := i, false
	for _, p := range ps {
		if j, m := matchFiled(p, ws, i, end); m && j > best {
			best, ok = j, true
		}
	}
	return best, ok
}

// matchFiled is p.Match(ws, i, end) for a phrase filed under the
// key of word i (keyIndex): its first word accepts word i, and only the words
// after it are read.
func matchFiled(p phrase, ws words, i, end int) (int, bool) {
	switch {
	case i >= end || end > ws.Len():
		return i, false
	case len(p) == 1:
		return i + 1, true
	}
	if j, ok := p[1:].Match(ws, i+1, end); ok {
		return j, true
	}
	return i, false
}

// matchEndingAny reports whether a phrase of list ends just before j, not
// starting before begin, and returns where the longest one starts.
func matchEndingAny(list cueList, ws words, j, begin int) (int, bool) {
	best, ok := j, false
	if j <= begin || j > ws.Len() {
		return best, false
	}
	for _, p := range list.last.at(ws, j-1) {
		if i, m := p.MatchEnding(ws, j, begin); m && i < best {
			best, ok = i, true
		}
	}
	return best, ok
}

// findCue returns the first index in [from, to) where a phrase of list
// starts, or -1.
func findCue(list cueList, ws words, from, to int) int {
	x := list.first
	if x == nil {
		return -1 // an empty list
	}
	for i := max(from, 0); i < to; i++ {
		if h := text.KeyHash(ws.Fold(i)); !x.mayHold(h) {
			continue // most words: a bit read
		} else if ps := x.lookup(h, ws, i); ps != nil {
			if _, ok := matchLongest(ps, ws, i, to); ok {
				return i
			}
		}
	}
	return -1
}

// lastCue returns the last index in [from, to) where a phrase of list
// starts and ends by to, or -1.
func lastCue(list cueList, ws words, from, to int) int {
	x := list.first
	if x == nil {
		return -1 // an empty list
	}
	for i := to - 1; i >= max(from, 0); i-- {
		if h := text.KeyHash(ws.Fold(i)); !x.mayHold(h) {
			continue // most words: a bit read
		} else if ps := x.lookup(h, ws, i); ps != nil {
			if _, ok := matchLongest(ps, ws, i, to); ok {
				return i
			}
		}
	}
	return -1
}

// wordAt returns the index of the first word that ends after byte b.
func wordAt(ws words, b int) int {
	return sort.Search(ws.Len(), func(i int) bool { return ws.Span(i).End > b })
}

// wordsIn returns the index range [i, j) of the words inside bytes [s, e).
func wordsIn(ws words, s, e int) (int, int) {
	i := sort.Search(ws.Len(), func(i int) bool { return ws.Span(i).Start >= s })
	return i, i + startsBefore(ws.Slice(i, ws.Len()), e)
}

// startsBefore returns the number of leading words of ws that start
// before byte e. The range is short (a sentence, a figure): it is
// bracketed by doubling steps before the binary search.
func startsBefore(ws words, e int) int {
	lo, hi := 0, 1 // ws[:lo] start before e; from hi on, maybe not
	for hi < ws.Len() && ws.Span(hi).Start < e {
		lo, hi = hi, 2*hi
	}
	hi = min(hi, ws.Len())
	return lo + sort.Search(hi-lo, func(k int) bool { return ws.Span(lo+k).Start >= e })
}

// sentenceWords returns the word range of the sentence holding byte b.
func (d *doc) sentenceWords(ws words, b int) (int, int) {
	si := d.SentenceAt(b)
	if si < 0 {
		return 0, 0
	}
	if d.found != nil {
		return d.sentWords(si)
	}
	return wordsIn(ws, d.Sents[si].Start, d.Sents[si].End) // in prepare, before sentWords knows
}

// sentWords returns the range of the words (d.words) of sentence si.
func (d *doc) sentWords(si int) (int, int) {
	r := d.cached().sents[si]
	return r[0], r[1]
}

// clauseBreaks are the punctuation marks that end a clause.
const clauseBreaks = ",;:()!?"

// clauseBreak reports punctuation that ends a clause. It is read at every
// word of many loops: most punctuation is one byte, read in a table.
func clauseBreak(ws words, k int) bool {
	if ws.Shape(k)&text.Word != 0 {
		return false
	}
	f := ws.Fold(k)
	if len(f) == 1 {
		return clauseBreakByte[f[0]]
	}
	return strings.Contains(clauseBreaks, f)
}

// clauseBreakByte holds the bytes of clauseBreaks.
var clauseBreakByte = func() (t [256]bool) {
	for i := range len(clauseBreaks) {
		t[clauseBreaks[i]] = true
	}
	return t
}()

// positioned is a fact of package normalize: it has a byte span.
type positioned interface{ Bounds() normalize.Span }

// within returns the facts, in text order, that start in bytes [lo, hi):
// a window found by binary search, so that reading the facts near each
// figure stays linear in the page.
func within[T positioned](items []T, lo, hi int) []T {
	i := sort.Search(len(items), func(k int) bool { return items[k].Bounds().Start >= lo })
	j := i + sort.Search(len(items)-i, func(k int) bool { return items[i+k].Bounds().Start >= hi })
	return items[i:j]
}

// sentSet is a set of sentences, by index: a dense page has thousands,
// which a map would hold at many times the cost.
type sentSet []bool

// has reports whether sentence si is in the set; indexes out of range
// are not.
func (s sentSet) has(si int) bool { return si >= 0 && si < len(s) && s[si] }

// sentenceSet returns the set of the sentences (of n) that sent gives for
// items; a negative one is none.
func sentenceSet[T any](n int, items iter.Seq2[int, T], sent func(T) int) sentSet {
	s := make(sentSet, n)
	for _, it := range items {
		if si := sent(it); si >= 0 && si < n {
			s[si] = true
		}
	}
	return s
}
