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
	lxSideWords // the last word of a phrase naming a side (sidePhrases)
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
// hashes every byte. Its slots tell a word's length and entry, and
// where it is in words: a probe reads one slot, and the bytes of a word
// only when the lengths agree, from two small blocks of memory rather
// than from strings strewn over the heap.
type lexIndex struct {
	slots []lexSlot
	words string // the words, end to end
}

// lexSlot is a slot of a lexIndex, 0 if empty: the offset of its word in
// lexIndex.words in its high 16 bits, the word's length in the next 8,
// its entry in the low 8.
type lexSlot uint32

// off returns the offset of the word of the slot.
func (v lexSlot) off() int { return int(v >> 16) }

// len returns the length of the word of the slot, 0 if it is empty.
func (v lexSlot) len() int { return int(v >> 8 & 0xff) }

// Bounds of a lexIndex: the length of a word, and that of all its words
// end to end (lexWord is 1 + an offset).
const (
	maxLexWord  = 1<<8 - 1
	maxLexWords = 1<<16 - 1
)

// newLexIndex returns an index for n words, with four slots a word: most
// words of a text then find an empty slot at once.
func newLexIndex(n int) lexIndex {
	size := 1
	for size < 4*n {
		size *= 2
	}
	return lexIndex{slots: make([]lexSlot, size)}
}

// lexHash hashes a non-empty word on its length, first, middle and last
// bytes.
func lexHash(w string) uint32 {
	n := len(w)
	h := uint32(n)*0x9e3779b1 ^ uint32(w[0])*0x85ebca6b ^ uint32(w[n/2])*0xc2b2ae35 ^ uint32(w[n-1])*0x27d4eb2f
	return h ^ h>>15
}

// add adds the non-empty word w, not in the index yet, with entry e. It
// panics past the bounds of the index: the words are constants of the
// program, checked by its tests.
func (x *lexIndex) add(w string, e lexEntry) {
	if len(w) > maxLexWord || len(x.words)+len(w) > maxLexWords {
		panic("parties: more words in the lexicon than its index can hold")
	}
	mask := uint32(len(x.slots) - 1)
	h := lexHash(w) & mask
	for x.slots[h] != 0 {
		h = (h + 1) & mask
	}
	x.slots[h] = lexSlot(len(x.words)<<16 | len(w)<<8 | int(e))
	x.words += w
}

// find returns the slot of the folded word w, 0 if it is in no table.
func (x *lexIndex) find(w string) lexSlot {
	if w == "" {
		return 0
	}
	mask := uint32(len(x.slots) - 1)
	for h := lexHash(w) & mask; ; h = (h + 1) & mask {
		v := x.slots[h]
		if v == 0 {
			return 0
		}
		if v.len() == len(w) && x.words[v.off():v.off()+len(w)] == w {
			return v
		}
	}
}

// lexWord is a word of the lexicon, 1 + its offset in lexIndex.words, 0
// for none: two bytes, where an occurrence on a dense page would hold a
// string of sixteen (occ.noun).
type lexWord uint16

// word returns the folded word w as a word of the lexicon, 0 if it is in
// no table.
func (x *lexIndex) word(w string) lexWord {
	if v := x.find(w); v != 0 {
		return lexWord(v.off() + 1)
	}
	return 0
}

// lookup returns the entry of the folded word w: 0, the empty set, if it
// is in no table.
func (x *lexIndex) lookup(w string) lexEntry { return lexEntry(x.find(w)) }

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
	for _, p := range sidePhrases {
		markWords(m, lxSideWords, wordSet(p[len(p)-1]...))
	}
	return m
}

// markWords adds table b to the lexicon entries of the keys of words.
func markWords[V any](m map[string]lexBits, b lexBits, words map[string]V) {
	for w := range words {
		m[w] |= b
	}
}
