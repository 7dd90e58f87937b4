package parties

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

// speakerParty makes the company of the person interviewed a party when
// the speaker's side signs: the first company her role or caption names.
func (iv interview) speakerParty() {
	if !iv.signs || iv.speaker == nil || iv.speaker.ent == nil {
		return
	}
	for _, o := range iv.speaker.ent.info().roleOrgs {
		if e := o.ent; e != nil && e.kind == kindCompany {
			if e.via.rank() < viaParty.rank() {
				e.via = viaParty
			}
			return
		}
	}
}
