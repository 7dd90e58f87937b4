package extract

import (
	"sort"
	"time"
	"unicode/utf8"
)

// doc is the clean text of an article as the fact extractors see it: the
// text, its sentences, and the reference date relative dates resolve
// against. Offsets are bytes internally; evidence converts them to runes.
type doc struct {
	text  string
	title string
	sents []span
	ref   time.Time // publication date; zero if unknown
	// runeOf[i] is the rune offset of byte i, for i in [0, len(text)].
	runeOf []int32
	// found caches what the fact stages read from the text (cues.go).
	found *found
}

func newDoc(text, title string, ref time.Time) *doc {
	d := &doc{text: text, title: title, ref: ref, sents: splitSentences(text)}
	d.runeOf = make([]int32, len(text)+1)
	r := int32(-1)
	for i := 0; i < len(text); i++ {
		// Bytes inside a multi-byte rune map to that rune's offset.
		if utf8.RuneStart(text[i]) {
			r++
		}
		d.runeOf[i] = r
	}
	d.runeOf[len(text)] = r + 1
	return d
}

// runes converts a byte offset of the text to a rune offset.
func (d *doc) runes(b int) int { return int(d.runeOf[b]) }

// sentenceAt returns the index of the sentence that contains byte offset b,
// or of the nearest sentence before it (-1 if none).
func (d *doc) sentenceAt(b int) int {
	i := sort.Search(len(d.sents), func(i int) bool { return d.sents[i].end > b })
	if i < len(d.sents) && d.sents[i].start <= b {
		return i
	}
	return i - 1
}

// sentenceText returns the text of sentence i ("" if i is out of range).
func (d *doc) sentenceText(i int) string {
	if i < 0 || i >= len(d.sents) {
		return ""
	}
	return d.text[d.sents[i].start:d.sents[i].end]
}

// evidence builds the Evidence of the byte range [start, end).
func (d *doc) evidence(start, end int) Evidence {
	return Evidence{
		Text:     d.text[start:end],
		Start:    d.runes(start),
		End:      d.runes(end),
		Sentence: d.sentenceText(d.sentenceAt(start)),
	}
}

// mention is a place in the text where a party is named or referred back
// to ("M. Jazouli", "la filiale"), so that figures nearby can be tied to it.
type mention struct {
	name       string // the party's name as in Party.Name
	kind       string // Party.Kind
	start, end int    // byte offsets into doc.text
}
