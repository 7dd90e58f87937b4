package parties

import (
	"sync"
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
	lxConjAnd
	lxPrepDe
	lxContractedDe
	lxEnglishJoiners
	lxForeignJoiners
	lxAccordingTo
	lxAdverbEach
	lxPartyAppositions
	lxTradeHeads
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
	index lexIndex
	sets  *lexSets
}

// lexicon returns the lexicon, built on first use. It panics if the words
// fall in more sets of tables than an entry can tell apart: the tables are
// constants of the program, checked by its tests.
var lexicon = sync.OnceValue(func() lexTables {
	bits := lexiconBits()
	t := lexTables{index: newLexIndex(len(bits)), sets: new(lexSets)}
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
		t.index.add(w, e)
	}
	return t
})

// lexIndex finds the entry of a folded word. Every token of a text is
// looked up, most of them short words: an open-addressed table hashed on
// a word's length and three of its bytes costs less than a map, which
// hashes every byte. A slot holds 1 + the index of its word, 0 if empty.
type lexIndex struct {
	slots   []uint16
	words   []string
	entries []lexEntry
}

// newLexIndex returns an index for n words, with four slots a word: most
// words of a text then find an empty slot at once.
func newLexIndex(n int) lexIndex {
	if n >= 1<<16-1 {
		panic("parties: more words in the lexicon than its index can hold")
	}
	size := 1
	for size < 4*n {
		size *= 2
	}
	return lexIndex{slots: make([]uint16, size), words: make([]string, 0, n), entries: make([]lexEntry, 0, n)}
}

// lexHash hashes a non-empty word on its length, first, middle and last
// bytes.
func lexHash(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])*0x85ebca6b ^ uint32(w[n/2])*0xc2b2ae35 ^ uint32(w[n-1])*0x27d4eb2f
	return h ^ h>>15
}

// add adds the word w, not in the index yet, with entry e.
func (x *lexIndex) add(w string, e lexEntry) {
	mask := uint32(len(x.slots) - 1)
	h := lexHash(w) & mask
	for x.slots[h] != 0 {
		h = (h + 1) & mask
	}
	x.words, x.entries = append(x.words, w), append(x.entries, e)
	x.slots[h] = uint16(len(x.words))
}

// lexWord is a word of the lexicon, 1 + its index in lexIndex.words, 0
// for none: two bytes, where an occurrence on a dense page would hold a
// string of sixteen (occ.noun).
type lexWord uint16

// word returns the folded word w as a word of the lexicon, 0 if it is in
// no table.
func (x *lexIndex) word(w string) lexWord {
	if w == "" {
		return 0
	}
	mask := uint32(len(x.slots) - 1)
	for h := lexHash(w) & mask; x.slots[h] != 0; h = (h + 1) & mask {
		if k := x.slots[h]; x.words[k-1] == w {
			return lexWord(k)
		}
	}
	return 0
}

// lookup returns the entry of the folded word w: 0, the empty set, if it
// is in no table.
func (x *lexIndex) lookup(w string) lexEntry {
	if k := x.word(w); k != 0 {
		return x.entries[k-1]
	}
	return 0
}

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
		lxJobWords: jobWords, lxMinorWords: minorWords,
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
		lxConjAnd: conjAnd, lxPrepDe: prepDe, lxContractedDe: contractedDe, lxEnglishJoiners: englishJoiners, lxForeignJoiners: foreignJoiners,
		lxAccordingTo: prepAccordingTo, lxAdverbEach: adverbEach, lxPartyAppositions: partyAppositions,
		lxTradeHeads: tradeHeads,
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
