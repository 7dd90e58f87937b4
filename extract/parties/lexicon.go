package parties

import "sync"

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
)

// lexicon returns the tables of every folded word that is in one.
var lexicon = sync.OnceValue(func() map[string]lexBits {
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
	} {
		markWords(m, b, words)
	}
	markWords(m, lxFirstNames, firstNames())
	markWords(m, lxOrgHeads, orgHeads)
	markWords(m, lxCivilities, civilities)
	markWords(m, lxRoleStart, headsByWord())
	return m
})

// markWords adds table b to the lexicon entries of the keys of words.
func markWords[V any](m map[string]lexBits, b lexBits, words map[string]V) {
	for w := range words {
		m[w] |= b
	}
}
