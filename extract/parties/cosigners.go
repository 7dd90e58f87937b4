package parties

import "veille/extract/text"

// Cosigners: people a sentence names as signers beside the subject of its
// signing verb or on the agreement itself ("a signé aux côtés de", "porte
// la signature de").

// alongside marks the cosigners of "X a signé le contrat aux côtés du
// directeur de Y, Z", the word "côtés" at i.
func (s *psent) alongside(i int, presence map[*occ]bool) {
	if !s.ending(i+1, phAlongside) || !s.signedBefore(i-1) {
		return
	}
	if n, ok := s.prepEnd(i + 1); ok {
		s.mark(s.enumerate(n, false), viaSigned, presence)
	}
}

// bearsSignature marks the signers of an agreement that "porte la
// signature de" them ("Le document porte la signature de A, PDG de X, et
// de B"), the verb at i.
func (s *psent) bearsSignature(i int, presence map[*occ]bool) {
	e, ok := text.MatchAt(phSignatureOf, s.toks, i+1)
	if !ok || !s.aboutAgreement(i) && !s.standsForAgreement(i-1) {
		return
	}
	if n, ok := s.prepEnd(e); ok {
		s.mark(s.enumerate(n, false), viaSigned, presence)
	}
}

// signedBefore reports whether the phrase "aux côtés" at i-1 follows a
// signing verb and its object ("a signé le contrat aux côtés de"), not a
// noun ("la cérémonie de signature aux côtés de") nor a signer named
// after "par" ("signée par X, aux côtés du wali": a guest, maybe).
func (s *psent) signedBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= maxObjectWords; k-- {
		if s.is(k, lxSigningWords) {
			return isParticiple(s.tok(k)) || finiteSigning[s.f(k)]
		}
		if s.f(k) == ";" || s.f(k) == "," || s.is(k, lxVerbStops) || positionCues[s.f(k)] == cueAgent {
			return false
		}
	}
	return false
}

// havingSigned marks the person named right before "après avoir signé"
// at i ("a expliqué son directeur général, A, après avoir paraphé le
// document"): the speaker of a quote who signed.
func (s *psent) havingSigned(i int, presence map[*occ]bool) {
	if !s.in(i-1, afterWords) || !s.is(i+1, lxSigningWords) || signatureNouns[s.f(i+1)] {
		return
	}
	j := i - 2
	if s.f(j) == "," {
		j--
	}
	for _, o := range s.occs {
		if o.kind == kindPerson && int(o.hi) == j+1 {
			s.mark([]*occ{o}, viaSigned, presence)
		}
	}
}

// afterWords open a past infinitive: "après avoir signé".
var afterWords = wordSet("apres")
