package parties

import (
	"strings"

	"veille/extract/text"
)

// Interviews: the head of a company answers questions ("Karima Slaoui :
// Nous avons ouvert à Oujda ..."), and says that her company signed the
// agreement in the first person ("la convention que nous avons signée
// avec le ministère") or is asked about it in the second ("le mémorandum
// que vous avez signé"). Her company is then a party.

// speakerPronouns, as the whole subject of a signing, stand for the
// company of the person interviewed.
var speakerPronouns = wordSet("nous", "vous")

// interview is what an interview says of its signing: the first person
// whose answers a colon opens, and whether the speaker's side signs.
type interview struct {
	speaker *occ
	signs   bool
}

// readSpeaker records the person whose name opens the sentence before a
// colon ("Karima Slaoui : Nous avons ..."), the first one of the text.
func (s *psent) readSpeaker() {
	if s.reader.interview.speaker != nil {
		return
	}
	for o := range s.startingAt(0) {
		if o.ref == occName && o.kind == kindPerson && s.f(int(o.hi)) == ":" {
			s.reader.interview.speaker = o
			return
		}
	}
}

// speakerSigns records a signing whose subject [lo, hi) is a pronoun
// standing for the speaker's side.
func (s *psent) speakerSigns(lo, hi int) {
	if hi == lo+1 && s.in(lo, speakerPronouns) {
		s.reader.interview.signs = true
	}
}

// speakerParty makes the body of the person interviewed a party when the
// speaker's side signs: the first body her role or caption names. An
// interview in questions and answers with no caption ("Karima Slaoui :
// ...") has for speaker the first person named with a role.
func (iv interview) speakerParty(d *text.Doc, all []*occ) {
	if !iv.signs {
		return
	}
	var b *partyEntity
	switch {
	case iv.speaker != nil && iv.speaker.ent != nil:
		b = bodyOf(iv.speaker.ent)
	case iv.speaker == nil && questions(d) >= minQuestions: // counted only where a side signs
		b = firstHeadsBody(all)
	}
	if b != nil && b.via.rank() < viaParty.rank() {
		b.via = viaParty
	}
}

// minQuestions is how many questions make a text an interview.
const minQuestions = 2

// bodyOf returns the first body the role of person e names, or nil.
func bodyOf(e *partyEntity) *partyEntity {
	for _, o := range e.info().roleOrgs {
		if o.ent != nil && o.ent.kind != kindPerson {
			return o.ent
		}
	}
	return nil
}

// firstHeadsBody returns the body of the first person of the text named
// with a role: the body her role names, else the company named last
// before her ("... d'Orientis Business Services. Sa directrice générale,
// Nadia Berrada, revient sur ..."); nil if none.
func firstHeadsBody(all []*occ) *partyEntity {
	var company *partyEntity
	for _, o := range all {
		switch {
		case o.ent == nil:
		case o.kind == kindCompany:
			company = o.ent
		case o.kind == kindPerson && o.ent.info().role != "":
			if b := bodyOf(o.ent); b != nil {
				return b
			}
			return company
		}
	}
	return nil
}

// questions counts the sentences of d that ask a question.
func questions(d *text.Doc) int {
	n := 0
	for _, s := range d.Sents {
		if strings.HasSuffix(strings.TrimSpace(d.Text[s.Start:s.End]), "?") {
			n++
		}
	}
	return n
}
