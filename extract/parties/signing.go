package parties

import (
	"strings"

	"veille/extract/text"
)

// Party positions: where a sentence says who signed, who is a party and
// who presided. Only an article that reports a signed agreement has any.

// viaRanks order the ways a party is tied to an agreement, strongest
// last: a mention ranks with no tie.
var viaRanks = [...]int{noVia: 0, viaMention: 0, viaPresided: 1, viaParty: 2, viaSigned: 3}

// rank returns the rank of v among the ways a party is tied (viaRanks).
func (v partyVia) rank() int { return viaRanks[v] }

// setVia records a party position of an occurrence: people sign, bodies
// are parties.
func setVia(o *occ, via partyVia) {
	if via == viaSigned && o.kind != kindPerson {
		via = viaParty
	}
	if via == viaParty && o.kind == kindPerson {
		via = viaSigned
	}
	if via.rank() > o.via.rank() {
		o.via = via
	}
	o.weak = false
}

// ceremonyWords name the occasion someone presides.
var ceremonyWords = wordSet("ceremonie", "signature", "signatures")

// partyWords, in a sentence, make the next one's "Il s'agit de" list the
// parties ("Les deux parties ont signé ... Il s'agit de X et de Y").
var partyWords = wordSet("parties", "signataires", "partenaires", "signe", "signee", "signes", "signees", "paraphe", "paraphes", "paraphees", "conclu", "conclus", "conclues", "signature", "signatures")

// positions reads the party positions of the sentence; prev is the
// sentence before it, if any.
func (s *psent) positions(story bool, prev *psent) {
	if !story {
		return
	}
	presence := s.presence()
	signing := -1
	for i := 0; s.hasWord(lxSigningWords) && i < s.toks.Len(); i++ {
		if s.is(i, lxSigningWords) {
			signing = i
			break
		}
	}
	// Presiding counts only at a ceremony: "le comité, présidé par le chef
	// du gouvernement, suivra le projet" presides over no signing.
	ceremony := signing >= 0 || s.hasWord(lxCeremonyWords)
	if signing >= 0 {
		s.subjectOf(signing, viaSigned, presence)
		s.invertedSubject(presence)
	}
	s.approvingGovernment(presence)
	for i := 0; ceremony && s.hasWord(lxPresidingParticiples) && i < s.toks.Len(); i++ {
		if s.is(i, lxPresidingParticiples) {
			s.subjectOf(i, viaPresided, presence) // "X a présidé la cérémonie"
		}
	}
	pos := positionContext{signing: signing, ceremony: ceremony, presence: presence}
	if prev != nil {
		pos.afterParties = prev.hasWord(lxPartyWords)
		pos.afterSigning = prev.hasWord(lxSigningWords) && prev.hasWord(lxAgreementNouns)
	}
	for i := range s.toks.Len() {
		if s.is(i, lxPositionCues) {
			s.readPosition(i, pos)
		}
	}
	s.partyApposed(presence)
	s.ownerApposed(presence)
	if s.listAgreement() {
		for _, o := range s.occs {
			if (o.ref == occName || o.ref == occState) && o.kind != kindPerson && !o.inRole && !o.apposed && !o.weak && !presence[o] {
				setVia(o, viaParty)
			}
		}
	}
	s.markCommitments()
	s.markLoneSigners()
}

// markLoneSigners marks the people who sign in a sentence that names no
// company as a party: "un mémorandum signé par la ministre de X et le
// directeur général de Foo, Y" has Foo as its other party, even where
// another agreement of the article names its own.
func (s *psent) markLoneSigners() {
	for _, o := range s.occs {
		if o.kind == kindCompany && !o.inRole && (o.via == viaParty || o.via == viaSigned) {
			return
		}
	}
	for _, o := range s.occs {
		o.lone = o.kind == kindPerson && o.via == viaSigned
	}
}

// readPosition reads the party position the word at i opens ("par",
// "avec", "lie ... à", "porte sur"...).
func (s *psent) readPosition(i int, pos positionContext) {
	t := s.tok(i)
	switch positionCues[t.Fold()] {
	case cueAgent:
		switch s.parVerb(i) {
		case agentSigns:
			s.mark(s.enumerate(i+1, false), viaSigned, pos.presence)
			s.countAgents(i)
		case agentPresides:
			if pos.ceremony {
				s.mark(s.enumerate(i+1, false), viaPresided, pos.presence)
			}
		case agentPromotes:
			// A project's promoter is a party only once a signing is
			// told: an approval leaves it an investor.
			if s.reader.signed {
				s.mark(s.enumerate(i+1, true), viaParty, pos.presence)
			}
		}
	case cuePresidency:
		if pos.ceremony && s.ending(i, phUnderThe) {
			if n, ok := s.prepEnd(i + 1); ok {
				s.mark(s.enumerate(n, false), viaPresided, pos.presence)
			}
		}
	case cueWith:
		// "signées avec", "un contrat d'investissement avec", "la
		// convention a été conclue avec", and a sentence that opens on
		// "Entre A et B" after a signing one.
		// Not "devrait être signé entre A et B": a signing to come.
		if (pos.signing >= 0 && i > pos.signing || s.afterAgreement(i) || s.aboutAgreement(i) || i == 0 && pos.afterSigning) && !s.ending(i, phInPartner) && !s.ending(i-1, phSuperlative) &&
			(pos.signing >= 0 || !s.unconcluded()) && !(pos.signing >= 0 && s.futurePassive(pos.signing)) && !s.signingAwaits(i) {
			s.mark(s.enumerate(i+1, true), viaParty, pos.presence)
		}
	case cueLinks:
		// "Le premier mémorandum lie le CRI de X à la société A"; not
		// the participle of "un accord lié à".
		if !strings.HasSuffix(t.Text(), pastParticipleMark) && (s.aboutAgreement(i) || pos.afterSigning && s.standsForAgreement(i-1)) {
			n := s.afterIncise(i + 1)
			os := s.enumerate(n, true)
			s.mark(os, viaParty, pos.presence)
			k := occsEnd(os)
			if len(os) == 0 && s.is(n, lxDeterminers) {
				k = s.towardAt(n + 1) // "lie les mêmes partenaires à B": parties named before
			}
			if k > i && s.in(k, prepToward) {
				s.mark(s.enumerate(k+1, true), viaParty, pos.presence)
			}
		}
	case cueConcerns:
		// "Le deuxième concerne l'équipementier chinois B".
		if s.aboutAgreement(i) {
			s.mark(s.objectParties(i+1), viaParty, pos.presence)
		}
	case cueBearsOn:
		// "Le troisième porte sur la société C".
		if s.in(i+1, prepOn) && s.aboutAgreement(i) {
			s.mark(s.objectParties(i+2), viaParty, pos.presence)
		}
		s.bearsSignature(i, pos.presence)
	case cueSignatories:
		s.signatoriesNamed(i, pos.presence)
	case cueAlongside:
		s.alongside(i, pos.presence)
	case cueSignatureOf:
		s.signatureOf(i, pos.presence)
	case cueHaving:
		s.havingSigned(i, pos.presence)
	case cueItIs:
		s.itIs(i, pos)
	}
}

// itIs reads the companies of "il s'agit de A et B" at i: parties after a
// sentence that named the parties, and pledgers.
func (s *psent) itIs(i int, pos positionContext) {
	if !s.in(i-1, reflexive) {
		return
	}
	if n, ok := s.prepEnd(i + 1); ok {
		for _, o := range s.enumerate(n, true) {
			if pos.afterParties {
				setVia(o, viaParty)
			}
			o.commit = o.kind == kindCompany
		}
	}
}

// signatureOf marks the people named after a ceremony's "la signature de"
// at i when a role opens them ("La cérémonie a vu la signature du président du Conseil
// régional, A, et du vice-président du groupe, B") or "par" after the
// document ("a vu la signature du document par le ministre …, A, et par
// B"), up to a verb; not "la signature de la convention" alone.
func (s *psent) signatureOf(i int, presence map[*occ]bool) {
	a, ok := text.MatchEnding(phSignatureOf, s.toks, i+1)
	if !ok || !s.in(a-1, ceremonySaw) {
		return
	}
	n, ok := s.prepEnd(i + 1)
	if !ok {
		return
	}
	if !s.is(n, lxRoleStart) {
		if n = s.agentAfter(n); n < 0 {
			return
		}
	}
	end := n
	for end < s.toks.Len() && (!s.is(end, lxVerbStops) || s.is(end, lxConjAnd)) {
		end++
	}
	for _, o := range s.occs {
		if o.kind == kindPerson && int(o.lo) >= n && int(o.hi) <= end {
			s.mark([]*occ{o}, viaSigned, presence)
		}
	}
}

// maxDocumentWords is how many words may name the document signed before
// its signers' "par" ("du mémorandum d'entente par").
const maxDocumentWords = 6

// agentAfter returns the word after the "par" that follows the document
// named at n, or -1.
func (s *psent) agentAfter(n int) int {
	for k := n; k < s.toks.Len() && k <= n+maxDocumentWords; k++ {
		if positionCues[s.f(k)] == cueAgent {
			return k + 1
		}
		if !s.tok(k).IsWord() || s.is(k, lxVerbStops) {
			break
		}
	}
	return -1
}

// ceremonySaw, before "la signature" (phSignatureOf), tell a ceremony that saw the
// signers sign ("a vu la signature", "marquée par la signature", "a connu
// la signature"), not a decree that bears one ("porte la signature").
var ceremonySaw = wordSet("vu", "par", "connu")

// signatoriesNamed marks the parties that "signataires" at i names:
// "Parmi les signataires figurent A, B et C", "les signataires sont A et
// B", "L'ANAPEC est cosignataire".
func (s *psent) signatoriesNamed(i int, presence map[*occ]bool) {
	for k := i + 1; k < s.toks.Len() && k <= i+3; k++ {
		if s.in(k, copulas) {
			s.mark(s.enumerate(k+1, true), viaParty, presence)
			break
		}
	}
	if o := s.copulaSubject(i); o != nil {
		s.mark([]*occ{o}, viaSigned, presence)
	}
}

// maxIncise is how many words an incise between the subject and its verb
// may hold ("X, représentée par son président Y, en est signataire").
const maxIncise = 12

// copulaSubject returns the party named as the subject of the
// "signataire" at i ("L'ANAPEC est cosignataire des trois textes", "La
// FMIIP, représentée par son président, en est également signataire"),
// or nil.
func (s *psent) copulaSubject(i int) *occ {
	k := i - 1
	for k > 0 && s.in(k, copulaFillers) {
		k--
	}
	if !s.in(k, signatoryCopulas) {
		return nil
	}
	for k--; k > 0 && s.in(k, copulaFillers); k-- {
	}
	if s.f(k) != "," {
		return s.occEndingAt(k + 1)
	}
	c := k - 1
	for c > 0 && k-c <= maxIncise && s.f(c) != "," {
		c--
	}
	if s.f(c) != "," {
		return nil
	}
	return s.occEndingAt(c)
}

// unconcluded reports whether the sentence says its agreement is only
// being discussed.
func (s *psent) unconcluded() bool {
	for i := range s.toks.Len() {
		for _, p := range unconcluded {
			if s.at(i, p) {
				return true
			}
		}
	}
	return false
}

// towardAt returns where the "à" of "lie les trois parties publiques au
// groupe B" stands in the noun phrase from k, or where the phrase ends.
func (s *psent) towardAt(k int) int {
	for e := k; e < s.toks.Len() && e-k <= maxNPWords; e++ {
		if s.in(e, prepToward) || !s.tok(e).IsWord() || s.is(e, lxStopWords) {
			return e
		}
	}
	return s.npEnd(k)
}

// subjectPronouns stand for the agreement of the sentence before as the
// subject of "lie" ("Une convention a été signée. Celle-ci lie A à B").
var subjectPronouns = wordSet("celle-ci", "celui-ci", "celles-ci", "ceux-ci", "elle", "il", "elles", "ils")

// agreementStandIns, after a determiner, stand for the agreement of the
// sentence before as the subject of "lie" ("Un protocole a été signé.
// Le document lie A, B et C", "Ce texte lie A à B").
var agreementStandIns = wordSet("document", "texte")

// standsForAgreement reports whether the subject ending at k stands for
// the agreement of the sentence before: a pronoun ("Celle-ci") or a
// stand-in noun after its determiner ("Le document").
func (s *psent) standsForAgreement(k int) bool {
	return s.in(k, subjectPronouns) || s.in(k, agreementStandIns) && s.is(k-1, lxDeterminers)
}

// positionContext is what readPosition knows of the sentence.
type positionContext struct {
	signing      int           // the sentence's first signing word, -1 if none
	ceremony     bool          // the sentence reports a signing ceremony
	afterParties bool          // the previous sentence spoke of the signing parties
	afterSigning bool          // the previous sentence reported the signing of an agreement
	presence     map[*occ]bool // the guests ("en présence de")
}

// occsEnd returns the token after the last of os (-1 when os is empty).
func occsEnd(os []*occ) int {
	end := -1
	for _, o := range os {
		end = max(end, int(o.hi))
	}
	return end
}

// subjectOf marks the subject of the verb whose participle is at c.
func (s *psent) subjectOf(c int, via partyVia, presence map[*occ]bool) {
	v := s.verbOf(c)
	if v < 0 {
		return
	}
	cs := s.clauseStart(v)
	s.subjectRuns(cs, v)
	s.describedSubject(cs, v)
	s.speakerSigns(cs, v)
	for _, o := range s.occs {
		if o.within(cs, v) && !o.inRole && !o.apposed && !presence[o] {
			setVia(o, via)
		}
	}
}

// approvingGovernment marks the local government or ministry that
// approves an agreement ("le conseil communal a approuvé une convention de
// partenariat avec X"): it approves its own agreement. A commission or a
// council of government approves the agreements of others and is no party.
func (s *psent) approvingGovernment(presence map[*occ]bool) {
	if !s.hasWord(lxApprovalWords) || !s.hasWord(lxAgreementNouns) {
		return
	}
	for c := range s.toks.Len() {
		if !s.is(c, lxApprovalWords) {
			continue
		}
		v := s.verbOf(c)
		if v < 0 {
			return
		}
		for _, o := range s.occs {
			if o.within(s.clauseStart(v), v) && o.ref == occName && o.kind == kindGovernment && !o.inRole && !o.apposed && !presence[o] {
				setVia(o, viaParty)
			}
		}
		return
	}
}

// invertedSubject marks the subject of a sentence that opens on its
// signing verb ("Ont signé la convention le ministre de X, A B, et ...",
// "Ont apposé leur signature A B, PDG de Y, et ..."): the parties follow.
func (s *psent) invertedSubject(presence map[*occ]bool) {
	k := 0
	for m := 1; m <= maxOpeningWords && m < s.toks.Len(); m++ {
		if s.f(m) == "," && s.in(m+1, openingAux) {
			k = m + 1 // "Côté privé, ont signé A et B"
			break
		}
	}
	if !s.in(k, openingAux) || k == 0 && !s.cap(k) {
		return
	}
	for k++; s.is(k, lxAdverbs); k++ {
	}
	switch {
	case s.is(k, lxSigningWords) && isParticiple(s.tok(k)):
		k++
	case strings.HasPrefix(s.f(k), stemAppose) && s.apposed(k+2) == k:
		k += 3
	default:
		return
	}
	// The parties right after the verb ("ont signé les dirigeants de A, B
	// et C"), else the first party past an object ("la convention").
	if os := s.enumerate(k, true); len(os) > 0 {
		s.mark(os, viaSigned, presence)
		return
	}
	for _, o := range s.occs {
		if lo := int(o.lo); lo >= k && lo-k <= maxObjectWords && s.free(k, lo) && !s.hasStop(k, lo) {
			s.mark(s.enumerate(lo, false), viaSigned, presence)
			return
		}
	}
}

// maxOpeningWords bounds the words of a phrase opening a sentence before
// its inverted signing verb: "Côté privé, ont signé ...".
const maxOpeningWords = 4

// maxObjectWords bounds what may sit between an inverted signing verb and
// its subject: an object, a place ("Ont signé l'accord, au siège de X, ...").
const maxObjectWords = 12

// hasStop reports whether tokens [lo, hi) hold a sentence-internal stop (a
// semicolon, a verb) that ends the phrase after a verb.
func (s *psent) hasStop(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.f(k) == ";" || s.is(k, lxVerbStops) {
			return true
		}
	}
	return false
}

// subjectRuns takes the unknown capitalised names of a subject enumeration
// as companies ("Orange Maroc et Inwi ont signé").
func (s *psent) subjectRuns(lo, hi int) {
	for k := lo; k < hi; k++ {
		if s.isClaimed(k) || k > lo && !s.is(k-1, lxSubjectJoiners) {
			continue
		}
		e := min(s.companyRunAt(k), hi)
		if e == k || !s.free(k, e) || !s.validCompany(k, e) || s.onlyPlaces(k, e) {
			continue
		}
		if e < hi && !s.in(e, listJoiners) {
			continue
		}
		s.add(occ{kind: s.bodyKind(k, e)}, k, e, k, e)
		k = e - 1
	}
}

// subjectJoiners may precede a party in a subject enumeration.
var subjectJoiners = wordSet("et", ",", "le", "la", "l'", "les")

// mark sets the party position of occurrences not met "en présence de".
func (s *psent) mark(os []*occ, via partyVia, presence map[*occ]bool) {
	for _, o := range os {
		if !presence[o] {
			setVia(o, via)
		}
	}
}

// presence returns the occurrences named "en présence de" (guests, not
// parties).
func (s *psent) presence() map[*occ]bool {
	var m map[*occ]bool // most sentences have none: no map
	if !s.hasWord(lxPresence) {
		return m
	}
	for i := range s.toks.Len() {
		if s.ending(i+1, phInPresence) {
			if n, ok := s.prepEnd(i + 1); ok {
				for _, o := range s.enumerate(n, false) {
					if m == nil {
						m = map[*occ]bool{}
					}
					m[o] = true
				}
			}
		}
	}
	return m
}

// hasWord reports whether a word of the set occurs in the sentence.
func (s *psent) hasWord(b lexBits) bool { return s.lex.has(b) }

// markCommitments marks the companies of a sentence part (up to a
// semicolon) that pledges jobs, money or a plant ("s'engage à créer",
// "s'implantera", "devrait créer", "2 000 emplois sont annoncés").
func (s *psent) markCommitments() {
	if len(s.occs) == 0 || !s.hasWord(lxCommitmentWords) && !(s.hasWord(lxJobWords) && s.hasWord(lxPledgeWords)) {
		return // no clause of the sentence can pledge
	}
	lo := 0
	for hi := 0; hi <= s.toks.Len(); hi++ {
		if hi < s.toks.Len() && s.tok(hi).Text() != ";" {
			continue
		}
		strong, jobs, future := false, false, false
		for k := lo; k < hi; k++ {
			strong = strong || s.is(k, lxCommitmentWords)
			jobs = jobs || s.is(k, lxJobWords)
			future = future || s.is(k, lxPledgeWords)
		}
		pledge := strong || jobs && future
		for _, o := range s.occs {
			if pledge && o.within(lo, hi) && o.kind == kindCompany && !o.inRole && !o.parentOf && !o.weak && !s.sourcedAt(int(o.lo)) && !s.otherHeadOf(int(o.lo)) {
				o.commit = true
			}
		}
		lo = hi + 1
	}
}

// sourcePreps name the supplier a pledging company buys from or recruits
// from ("s'approvisionner auprès de la société X"): no pledger.
var sourcePreps = wordSet("aupres")

// sourcedAt reports whether the party whose extent starts at lo follows
// one of sourcePreps, with its preposition and determiner ("auprès du
// groupe X", "auprès de la société X", "auprès d'Atlas Agro").
func (s *psent) sourcedAt(lo int) bool {
	return s.in(s.complementHead(lo), sourcePreps)
}

// complementHead returns the token before the preposition and determiner
// (two words at most) that open the party whose extent starts at lo: the
// word the party is the complement of.
func (s *psent) complementHead(lo int) int {
	k := lo - 1
	for n := 0; n < 2 && s.is(k, lxDeterminers|lxComplementPreps); n++ {
		k--
	}
	return k
}

// otherHeadOf reports a company named at lo as the complement of a noun
// that pledges in its stead or hides it: its dependants ("les
// sous-traitants locaux de l'OCP sont nombreux à investir", "les
// fournisseurs de X créeront") or its undisclosed name ("nous ne pouvons
// pas communiquer le nom de l'opérateur, mais le projet devrait créer").
func (s *psent) otherHeadOf(lo int) bool {
	k := s.complementHead(lo)
	if !s.is(k+1, lxPrepDe|lxContractedDe) {
		return false
	}
	if !s.in(k, otherHeads) && s.tok(k).IsWord() && !s.tok(k).Cap() {
		k-- // an adjective: "les sous-traitants locaux de"
	}
	return s.in(k, otherHeads)
}

// otherHeads are the nouns whose complement company does not pledge.
var otherHeads = wordSet("sous-traitants", "traitants", "fournisseurs", "equipementiers", "clients", "partenaires",
	"nom", "identite")
