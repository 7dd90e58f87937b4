package parties

import (
	"sync"

	"veille/normalize"
)

// The party rules test every token against many word tables. Each folded
// word is looked up once, when the sentence is tokenised, in a lexicon that
// maps it to the set of tables holding it; the rules then test bits.

// lexBits is a set of word tables, one bit each.
type lexBits uint64

// has reports whether b and x share a table.
func (b lexBits) has(x lexBits) bool { return b&x != 0 }

// The tables of the lexicon, named after the word sets they mirror.
const (
	lxAdverbs lexBits = 1 << iota
	lxAgreementNouns
	lxApprovalWords
	lxAuxiliaries
	lxBackRefNouns
	lxBackRefPronouns
	lxCeremonyParticiples
	lxCeremonyWords
	lxCommitmentWords
	lxCompanyListNouns
	lxCompanyTriggers
	lxCompanyWords
	lxComplementPreps
	lxContinuers
	lxDeterminers
	lxEnglishHeads
	lxEventWords
	lxFirstNames
	lxJobWords
	lxLegalForms
	lxMinorWords
	lxNameParticles
	lxNameStop
	lxNationalityNouns
	lxNotOrgs
	lxNumberWords
	lxOrgHeads
	lxParticipleNouns
	lxPartyWords
	lxPlaceNouns
	lxPledgeWords
	lxPossessives
	lxPreRoleAdjectives
	lxPresidingParticiples
	lxQueLocutions
	lxRefDeterminers
	lxRegionalAdjectives
	lxRepresentingParticiples
	lxRoleAdjectives
	lxRoleStart // the first word of a role head
	lxSigningWords
	lxSpeechVerbs
	lxStateNames
	lxStopWords
	lxSubjectJoiners
	lxVerbStops
	lxCivilities
	lxSubsidiaryNouns
	lxLocalHeads
	lxRelativeQue
	lxMinistryNouns
	lxPositionCues
	lxPresence // the last word of phInPresence
)

// lexEntry is the entry of a word in the lexicon: the index of its set of
// tables in lexSets. A dense page has a token every five bytes, each with
// its entry: a byte is smaller than the set itself.
type lexEntry uint8

// lexSets are the sets of tables that words are in, by entry; entry 0 is
// the empty set.
type lexSets [1 << 8]lexBits

// lexTables is the lexicon: the entry of every folded word that is in a
// table, and the sets the entries stand for.
type lexTables struct {
	entries map[string]lexEntry
	sets    *lexSets
	keys    *normalize.KeySet // the words of the entries: most words of a text miss them
}

// lexicon returns the lexicon, built on first use. It panics if the words
// fall in more sets of tables than an entry can tell apart: the tables are
// constants of the program, checked by its tests.
var lexicon = sync.OnceValue(func() lexTables {
	bits := lexiconBits()
	t := lexTables{entries: make(map[string]lexEntry, len(bits)), sets: new(lexSets), keys: new(normalize.KeySet)}
	index := map[lexBits]lexEntry{0: 0}
	for w, b := range bits {
		e, ok := index[b]
		if !ok {
			if len(index) == len(t.sets) {
				panic("parties: more sets of word tables than a lexicon entry can hold")
			}
			e = lexEntry(len(index))
			index[b], t.sets[e] = e, b
		}
		t.entries[w] = e
		t.keys.Add(w)
	}
	return t
})

// lexiconBits returns the tables of every folded word that is in one.
func lexiconBits() map[string]lexBits {
	m := map[string]lexBits{}
	for b, words := range map[lexBits]map[string]bool{
		lxAdverbs: adverbs, lxAgreementNouns: agreementNouns, lxApprovalWords: approvalWords, lxAuxiliaries: auxiliaries, lxBackRefNouns: backRefNouns,
		lxBackRefPronouns: backRefPronouns, lxCeremonyParticiples: ceremonyParticiples,
		lxCeremonyWords: ceremonyWords, lxCommitmentWords: commitmentWords,
		lxCompanyListNouns: companyListNouns, lxCompanyTriggers: companyTriggers,
		lxCompanyWords: companyWords, lxComplementPreps: complementPreps, lxContinuers: continuers,
		lxDeterminers: determiners, lxEnglishHeads: englishHeads, lxEventWords: eventWords,
		lxJobWords: jobWords, lxLegalForms: legalForms, lxMinorWords: minorWords,
		lxNameParticles: nameParticles, lxNameStop: nameStop, lxNationalityNouns: nationalityNouns,
		lxNotOrgs: notOrgs, lxNumberWords: numberWords, lxParticipleNouns: participleNouns,
		lxPartyWords: partyWords, lxPlaceNouns: placeNouns, lxPledgeWords: pledgeWords,
		lxPossessives: possessives, lxPreRoleAdjectives: preRoleAdjectives,
		lxPresidingParticiples: presidingParticiples, lxQueLocutions: queLocutions,
		lxRefDeterminers: refDeterminers, lxRegionalAdjectives: regionalAdjectives,
		lxRepresentingParticiples: representingParticiples, lxRoleAdjectives: roleAdjectives,
		lxSigningWords: signingWords, lxSpeechVerbs: speechVerbs, lxStateNames: stateNames,
		lxStopWords: stopWords, lxSubjectJoiners: subjectJoiners, lxVerbStops: verbStops,
		lxSubsidiaryNouns: subsidiaryNouns, lxLocalHeads: localHeads, lxRelativeQue: relativeQue,
	} {
		markWords(m, b, words)
	}
	markWords(m, lxFirstNames, firstNames())
	markWords(m, lxOrgHeads, orgHeads)
	markWords(m, lxCivilities, civilities)
	markWords(m, lxRoleStart, headsByWord())
	markWords(m, lxMinistryNouns, ministryNouns)
	markWords(m, lxPositionCues, positionCues)
	markWords(m, lxPresence, wordSet(phInPresence[len(phInPresence)-1]...))
	return m
}

// markWords adds table b to the lexicon entries of the keys of words.
func markWords[V any](m map[string]lexBits, b lexBits, words map[string]V) {
	for w := range words {
		m[w] |= b
	}
}
