package extract

import (
	"time"

	"veille/extract/parties"
	"veille/extract/text"
)

// doc is the clean text of an article as the fact stages see it: the
// shared document (sentences, tokens, rune offsets) and what the stages
// read from it, computed once (cues.go).
type doc struct {
	*text.Doc
	found *found
}

func newDoc(s, title string, ref time.Time) *doc {
	return &doc{Doc: text.New(s, title, ref)}
}

// evidence builds the Evidence of the byte range [start, end).
func (d *doc) evidence(start, end int) Evidence {
	return d.Evidence(text.Span{Start: start, End: end})
}

// mention is a place in the text where a party is named or referred back
// to ("M. Jazouli", "la filiale"), so that figures nearby can be tied to it.
type mention = parties.Mention
