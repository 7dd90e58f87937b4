package parties

// The agreement story: whether the article tells of an agreement, and
// whether of one signed.

// isAgreementStory reports whether the article says an agreement was
// signed, in a sentence that names both the signing and the agreement:
// only then are there signatories.
// Approvals ("la commission a approuvé 12 conventions") and "faire l'objet
// d'une convention" report agreements as well; so does a signing sentence
// right after one that names the agreement ("Contrats d'investissement
// pour ... . Ils ont été signés par ...").
// It records in r.signed whether a sentence reports a signing in so many
// words: only then do pledging companies become parties.
func (r *reader) isAgreementStory() (story bool) {
	r.each(func(_ int, s, prev *psent) bool {
		signs := s.hasWord(lxSigningWords) && s.hasWord(lxAgreementNouns)
		r.signed = r.signed || signs && !s.signsToCome()
		if story || signs {
			story = true
			return true
		}
		// "a fait l'objet d'une convention" names an agreement: the
		// sentence has one of its nouns, tested first.
		made := s.hasWord(lxAgreementNouns) && (s.hasWord(lxSigningWords|lxApprovalWords) || s.objectOfAgreement())
		story = made || s.hasWord(lxSigningWords) && prev != nil && prev.opensWithAgreement()
		return true
	})
	return story
}

// signsToCome reports whether every signing word of the sentence is a
// participle in a future passive: "Les conventions approuvées seront
// signées dans les prochaines semaines" tells no signing yet.
func (s *psent) signsToCome() bool {
	for k := range s.toks.Len() {
		if s.is(k, lxSigningWords) && (signatureNouns[s.f(k)] || !s.futurePassive(k)) {
			return false
		}
	}
	return true
}

// opensWithAgreement reports whether the sentence opens on an agreement,
// as a list item or a heading does ("- Contrats d'investissement pour
// ...", "La convention porte sur ...").
func (s *psent) opensWithAgreement() bool {
	for k := 0; k < s.toks.Len() && k <= 3; k++ {
		if s.is(k, lxAgreementNouns) && s.itemStart(k) {
			return true
		}
	}
	return false
}

// objectOfAgreement reports whether the sentence says that something
// "a fait l'objet d'une convention" (an agreement right after the phrase).
func (s *psent) objectOfAgreement() bool {
	for i := range s.toks.Len() {
		if s.at(i, phObjectOf) && s.is(i+len(phObjectOf), lxAgreementNouns) {
			return true
		}
	}
	return false
}
