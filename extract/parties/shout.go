package parties

import "veille/extract/text"

// A sentence in capitals (a headline or a kicker typed in upper case)
// holds no telling capital: every word looks like a name or an acronym,
// and the runs read there were phrases ("EXTENSION DE L'UNITÉ
// INDUSTRIELLE"). Such a sentence is read for no party.
const (
	shoutWords = 6 // the fewest words of two letters or more that can shout
	shoutNum   = 4 // and the share of them in capitals, shoutNum/shoutDen
	shoutDen   = 5
)

// capitals counts the words of the sentence of two letters or more that
// are not figures, and those of them in capitals.
func (s *psent) capitals() (caps, words int) {
	for i := range s.toks.Len() {
		sh := s.toks.Shape(i)
		if sh&text.Word == 0 || sh&text.Number != 0 || len(s.toks.Text(i)) < 2 {
			continue
		}
		words++
		if sh&text.Acronym != 0 {
			caps++
		}
	}
	return caps, words
}

// shouting tells whether the sentence, whose capitals are counted, is
// written in capitals.
func (s *psent) shouting() bool {
	return s.words >= shoutWords && shoutDen*s.caps >= shoutNum*s.words
}
