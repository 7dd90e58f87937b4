package parties

import "strings"

// The agent of "par": what the participle before it says of the parties
// named after it ("paraphé par", "présidée par", "porté par").

// agentOf is what the agent after "par" does.
type agentOf int

const (
	agentNone     agentOf = iota // "développée par"
	agentSigns                   // "paraphé par", "représentée par"
	agentPresides                // "présidée par"
	agentPromotes                // "un projet porté par": its promoter
)

// maxAgentWords bounds how far before "par" its participle is sought:
// far enough for "signées dans le cadre du renforcement de la
// souveraineté alimentaire et sanitaire du Royaume par X".
const maxAgentWords = 20

// parVerb classifies the "par" at i by the participle before it: signing
// for "paraphé par" (or "la cérémonie de signature s'est tenue ... par"),
// presiding for "présidée par", neither otherwise ("développée par").
func (s *psent) parVerb(i int) agentOf {
	for k := i - 1; k >= 0 && i-k <= maxAgentWords; k-- {
		t := s.tok(k)
		switch {
		case t.has(lxPresidingParticiples):
			return agentPresides
		case k == i-1 && s.promoterAt(k):
			return agentPromotes
		case t.has(lxRepresentingParticiples):
			return agentSigns // "la société X, représentée par son PDG, Y"
		case t.has(lxSigningWords) && !signatureNouns[t.Fold()]:
			if s.futurePassive(k) {
				return agentNone // "seront signées par l'État": not signed yet
			}
			return agentSigns
		case s.sideEnd(k-1) == k+1:
			// "Signé côté privé par A": the side, not a participle.
		case t.has(lxCeremonyParticiples):
			if s.hasWord(lxSigningWords) {
				return agentSigns
			}
			return agentNone
		case isParticiple(t) && !s.isClaimed(k):
			// A participle inside a role ("directeur général délégué")
			// governs no "par" after it.
			return agentNone
		}
	}
	return agentNone
}

// futurePassive reports whether the participle at k is in a future
// passive ("seront signées", "devront être paraphés").
func (s *psent) futurePassive(k int) bool {
	if s.in(k-1, futureAux) {
		return true
	}
	return s.in(k-1, beingInfinitive) && s.in(k-2, futureModals)
}

// signingAwaits reports whether the counterpart "avec" at i is that of an
// agreement still to be made once something else is done: a signing
// infinitive after "avant de", in a clause that a modal or future verb
// governs ("Les candidats doivent boucler leurs études avant de conclure
// un contrat avec l'État"). "Il a visité le site avant de signer une
// convention avec X" tells a signing done.
func (s *psent) signingAwaits(i int) bool {
	for k := i - 1; k > 0 && i-k <= maxObjectWords; k-- {
		if !infinitiveSigning[s.f(k)] {
			continue
		}
		if !s.ending(k, phBeforeTo) {
			return false
		}
		for m, cs := k-1, s.clauseStart(k); m >= cs; m-- {
			if s.in(m, futureModals) || s.in(m, futureAux) {
				return true
			}
		}
		return false
	}
	return false
}

// The auxiliaries of a future passive: "sera signé", "doivent être signées".
var (
	futureAux       = wordSet("sera", "seront")
	beingInfinitive = wordSet("etre")
	futureModals    = wordSet("va", "vont", "doit", "doivent", "devra", "devront", "devrait", "devraient")
)

// participleNouns end like past participles but are nouns.
var participleNouns = wordSet(
	"societe", "qualite", "cote", "marche", "activite", "capacite", "entite", "universite",
	"comite", "communaute", "proximite", "volonte", "sante", "annee", "journee", "duree",
	"entree", "idee", "musee", "lycee", "vue", "rue", "revue", "avenue", "issue", "ete",
	"rentree", "pensee", "competitivite", "employabilite", "attractivite", "souverainete",
	"mobilite", "productivite", "durabilite", "securite", "realite", "priorite", "identite",
	"tissu", "individu", "menu", "vertu",
)

// functionEndings are function words that end like participles ("du",
// "sous", "plus" like "vu", "issus").
var functionEndings = wordSet("du", "au", "sous", "plus", "tous", "dessus", "dessous", "jus", "bus")

// adjectiveEndings end adjectives that look like participles but are none
// ("publique", "technique", "longue").
var adjectiveEndings = []string{"que", "ques", "gue", "gues"}

// hasAnySuffix reports whether s ends with one of the suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, suf := range suffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// isParticiple reports whether a lower-case word looks like a past
// participle ("développée", "tenue").
func isParticiple(t ptok) bool {
	if !t.IsWord() || t.Cap() || t.has(lxParticipleNouns) || functionEndings[t.Fold()] || hasAnySuffix(t.Fold(), adjectiveEndings) {
		return false
	}
	return hasAnySuffix(t.Text(), participleEndings)
}

// partyAppositions, after a comma, make the body named before them a
// party of the agreement they go on to ("l'ONSSA, partie au contrat",
// "la Région, également partie au mémorandum").
var partyAppositions = wordSet("partie")

// partyApposed marks the party named right before ", (également) partie
// au contrat", unless it is a guest.
func (s *psent) partyApposed(presence map[*occ]bool) {
	if !s.hasWord(lxAgreementNouns) || !s.hasWord(lxPartyAppositions) {
		return
	}
	for i := 1; i < s.toks.Len(); i++ {
		if !s.is(i, lxPartyAppositions) || !s.in(i+1, prepToward) {
			continue
		}
		k := i + 2
		if s.is(k, lxDeterminers) {
			k++
		}
		c := i - 1
		for c > 0 && s.is(c, lxAdverbs) {
			c--
		}
		if s.is(k, lxAgreementNouns) && s.f(c) == "," {
			if o := s.occEndingAt(c); o != nil {
				s.mark([]*occ{o}, viaParty, presence)
			}
		}
	}
}

// describedSubject reads a subject [lo, hi) that describes the company
// named before without naming it: a definite article, a company noun and
// its description ("Le spécialiste du denim et des tissus techniques a
// signé", after "Le groupe espagnol X accélère au Maroc"). It adds the
// reference to the last company, which the subject's position then marks.
func (s *psent) describedSubject(lo, hi int) {
	n := lo + 1
	if hi-lo < 2 || !s.in(lo, definiteArticles) || !s.is(n, lxCompanyTriggers) || s.cap(n) || !s.free(lo, n+1) {
		return
	}
	for _, o := range s.occs {
		if o.within(lo, hi) {
			return // the subject names its party
		}
	}
	s.add(occ{ref: occRefCompany, kind: kindCompany, noun: s.word(n)}, lo, n+1, lo, n+1)
}
