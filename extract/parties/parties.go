// Package parties finds who signed the agreements an article reports and
// the other actors it names: people with their roles, companies, government
// bodies and institutions with their acronyms. Find is its one call.
package parties

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"

	"veille/extract/text"
	"veille/normalize"
)

// Parties are found in three steps. Each token of the document is
// looked up once in a lexicon of the word tables (lexicon.go), and the
// occurrences of each sentence are recognised: namings of bodies and people (ministries,
// "Long Name (ACR)", companies after a trigger noun or with a company word,
// people with their role, names that pledge: "Tanger Aero Parts recrutera
// 600 personnes") and back-references ("la filiale", "M. Jazouli",
// "les deux ministères"). The sentence is then read for party positions
// (subject of "ont signé", "ont apposé leur signature", "vont signer", or
// after the verb in "Ont signé A, B et C"; "avec", "entre", "paraphé par",
// "sous la présidence de"; the counterparts of one of several agreements,
// "le premier mémorandum lie A à B", "le deuxième concerne C", "porte sur
// la société D"; cosigners in cosigners.go, "a signé aux côtés de E",
// "porte la signature de F"; enumerations split by "d'une part ...
// d'autre part"), once story.go has told whether the article reports
// an agreement, and one signed rather than to be signed. A
// parent in an apposition ("A, filiale du groupe belge Y") is never a
// subject. Finally the occurrences are resolved, in text order, into one
// entity per party (a body named by its head alone, "le Conseil
// régional", is the one named in full); when no body is named as a party,
// the bodies the signatories speak for ("A, PDG de Foo") are the parties,
// and when no company is, in the article or in the signing sentence, the
// companies they speak for. A bare "gouvernement" gives way to the
// minister who signs for it.

// occKind says whether an occurrence names a party or refers back to one.
type occKind uint8

const (
	occName          occKind = iota // names a party
	occRefCompany                   // "la société", "celle-ci": the last company
	occRefSubsidiary                // "la filiale": the last subsidiary
	occRefGroup                     // "le groupe": the last group or company
	occRefPerson                    // "le ministre", "la ministre": by role and gender
	occRefFamily                    // "M. Jazouli": by family name and gender
	occRefMinistry                  // "le ministère": the last ministry
	occRefMinistries                // "les deux ministères": every ministry
	occState                        // "le Maroc": a party only where it signs
)

// occ is one occurrence of a party in a sentence. A dense page has one
// in every sentence: the small fields are kept together.
type occ struct {
	name    string
	acronym string
	ri      *roleInfo // a person's role, a subsidiary's parent (info)
	ent     *partyEntity

	start, end int32   // byte span of the name or reference
	lo, hi     int32   // token extent in the sentence, for enumerations
	noun       lexWord // the trigger noun that introduced or refers to it ("operateur"), if any

	kind     partyKind
	via      partyVia // party position in this sentence
	ref      occKind
	gender   gender
	group    bool // introduced as a group ("le groupe X")
	inRole   bool
	parentOf bool // named as the parent of a subsidiary
	apposed  bool // named in an apposition ("X, filiale de Y"): never a subject
	weak     bool // an unknown acronym or run: kept only as a party
	civil    bool // a name after a civility: may be a full name's tail
	commit   bool // a company pledging in an agreement story
	lone     bool // a person signing where no company is a party
	gone     bool // named as closed ("la fermeture des Charbonnages du Maroc"): referred back to by no "l'entreprise"
}

// roleInfo is what the naming of a person or of a subsidiary adds: a
// role, a family name, a parent. Companies and bodies, every occurrence of
// a page dense with figures, have none: an occurrence or an entity holds a
// roleInfo once one of its fields is set (own), and reads the empty one
// until then (info).
type roleInfo struct {
	role     string // for people: the title as written
	roleHead string // folded head of the role ("ministre delegue")
	roleOrgs []*occ // bodies named inside a person's role, or the body "son PDG" belongs to
	family   string // folded family name of a person
	org      string // a subsidiary's parent
	orgRole  string // "filiale de Y"
}

// noRoleInfo is the roleInfo of those that have none; it is never written.
var noRoleInfo roleInfo

// readInfo returns *ri, or the empty roleInfo.
func readInfo(ri *roleInfo) *roleInfo {
	if ri == nil {
		return &noRoleInfo
	}
	return ri
}

// ownInfo returns *ri, which it allocates first if need be, to be written.
func ownInfo(ri **roleInfo) *roleInfo {
	if *ri == nil {
		*ri = new(roleInfo)
	}
	return *ri
}

// info returns the role information of the occurrence, to be read.
func (o *occ) info() *roleInfo { return readInfo(o.ri) }

// own returns the role information of the occurrence, to be written.
func (o *occ) own() *roleInfo { return ownInfo(&o.ri) }

// within reports whether the extent of the occurrence lies within tokens
// [lo, hi) of its sentence.
func (o *occ) within(lo, hi int) bool { return int(o.lo) >= lo && int(o.hi) <= hi }

// psent is a sentence being read for parties: a view of the text's
// tokens, loaded for one pass over the sentences (each), and what is kept
// of it between passes (sentRec).
type psent struct {
	*reader
	*sentRec
	toks  text.Tokens
	lexOf []lexEntry // the lexicon entry of each token
	lo    int        // the index of its first token in the text
}

// sentRec is what the passes over a sentence keep of it: a dense page
// has thousands of sentences, each a record.
type sentRec struct {
	occs        []*occ
	lex         lexBits // the tables of all its words
	caps, words int     // its words in capitals, of all its words (capitals)
	shout       bool    // written in capitals: read for no party (shouting)
}

// reader is what the sentences of a document share.
type reader struct {
	d         *text.Doc
	sets      *lexSets // the sets of tables of the lexicon entries
	slab      occSlab  // where the occurrences of the text are allocated
	toks      text.Tokens
	lexOf     []lexEntry   // of each token of the text
	claimed   tokenSet     // the tokens of the text a rule has read
	names     tokenSet     // the tokens that may be part of a name (nameish)
	recs      []sentRec    // of each sentence
	interview interview    // the speaker of an interview and whether her side signs
	counted   countedGroup // the counted group of companies whose heads sign, if any
	signed    bool         // a sentence reports a signing done (isAgreementStory)
	views     [2]psent     // the sentence each loads and the one before it
	occLists  []*occ       // where the lists of occurrences of the sentences start (occList)
}

// occsPerSentence is the room a sentence's list of occurrences starts
// with: most sentences name fewer parties.
const occsPerSentence = 4

// occList returns an empty list of occurrences with room for
// occsPerSentence, cut from a block shared by the sentences: one
// allocation for many lists, of which a list that outgrows its room
// moves out.
func (r *reader) occList() []*occ {
	if len(r.occLists)+occsPerSentence > cap(r.occLists) {
		r.occLists = make([]*occ, 0, 16*occsPerSentence)
	}
	n := len(r.occLists)
	r.occLists = r.occLists[:n+occsPerSentence]
	return r.occLists[n : n : n+occsPerSentence]
}

// f returns the folded token i ("" out of range).
func (s *psent) f(i int) string {
	if i < 0 || i >= s.toks.Len() {
		return ""
	}
	return s.toks.Fold(i)
}

// word returns token i as a word of the lexicon, 0 if it is in no table.
func (s *psent) word(i int) lexWord {
	lex := lexicon()
	return lex.index.word(s.f(i))
}

// is reports whether token i is in one of the tables of b.
func (s *psent) is(i int, b lexBits) bool {
	return i >= 0 && i < len(s.lexOf) && s.sets[s.lexOf[i]].has(b)
}

// cap reports whether token i is a capitalised word.
func (s *psent) cap(i int) bool {
	return i >= 0 && i < s.toks.Len() && s.toks.Shape(i)&(text.Word|text.Capital) == text.Word|text.Capital
}

// isClaimed reports whether a rule has read token i.
func (s *psent) isClaimed(i int) bool { return s.reader.claimed.has(s.lo + i) }

// free reports whether no rule has claimed tokens [lo, hi).
func (s *psent) free(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if s.isClaimed(i) {
			return false
		}
	}
	return true
}

// claim marks tokens [lo, hi) as read by a rule.
func (s *psent) claim(lo, hi int) {
	for i := lo; i < hi; i++ {
		s.reader.claimed.add(s.lo + i)
	}
}

// add records an occurrence spanning tokens [lo, hi) whose name is tokens
// [nlo, nhi), and claims its tokens.
func (s *psent) add(v occ, lo, hi, nlo, nhi int) *occ {
	o := s.slab.new(v)
	o.lo, o.hi = int32(lo), int32(hi) // a text is far shorter than 2 G tokens or bytes
	o.start, o.end = int32(s.toks.Span(nlo).Start), int32(s.toks.Span(nhi-1).End)
	if o.name == "" {
		o.name = s.d.Text[o.start:o.end]
	}
	s.claim(lo, hi)
	if s.occs == nil {
		s.occs = s.reader.occList()
	}
	s.occs = append(s.occs, o)
	return o
}

// startingAt yields the occurrences whose extent starts at token i, in
// the order they were found (a sentence has few: a scan beats an index).
func (s *psent) startingAt(i int) iter.Seq[*occ] {
	return func(yield func(*occ) bool) {
		for _, o := range s.occs {
			if int(o.lo) == i && !yield(o) {
				return
			}
		}
	}
}

// endingAt yields the occurrences whose extent ends at token i.
func (s *psent) endingAt(i int) iter.Seq[*occ] {
	return func(yield func(*occ) bool) {
		for _, o := range s.occs {
			if int(o.hi) == i && !yield(o) {
				return
			}
		}
	}
}

// span returns the text of tokens [lo, hi).
func (s *psent) span(lo, hi int) string {
	if lo >= hi {
		return ""
	}
	return s.d.Text[s.toks.Span(lo).Start:s.toks.Span(hi-1).End]
}

// Find finds the signatories of the agreements the article reports, the
// other actors it names, and every place a party is named or referred back
// to, in text order. It stops early, with the error of ctx, when ctx is
// done. It reads d's tokens: call it before d.Words, which on a long text
// is written over the tokens' memory (text.Doc.Words).
func Find(ctx context.Context, d *text.Doc) (signatories, actors []Party, mentions []Mention, err error) {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	r := newReader(d, sc)
	r.each(func(i int, s, _ *psent) bool {
		if i%ctxCheckEvery == 0 && ctx.Err() != nil {
			err = fmt.Errorf("parties: %w", context.Cause(ctx))
			return false
		}
		s.caps, s.words = s.capitals()
		if s.shout = s.shouting(); !s.shout {
			s.recognise()
		}
		return true
	})
	if err != nil {
		return nil, nil, nil, err
	}
	story := r.isAgreementStory()
	n := 0
	for _, rec := range r.recs {
		n += len(rec.occs)
	}
	res := newPartyResolver(n, sc.byKey)
	sc.byKey = res.byKey
	for _, rec := range r.recs {
		for _, o := range rec.occs {
			if o.ref == occName && !o.weak {
				res.name(o)
			}
		}
	}
	aliases := res.aliases()
	r.each(func(_ int, s, _ *psent) bool {
		s.findRepeats(aliases)
		return true
	})
	r.each(func(_ int, s, prev *psent) bool {
		if !s.shout {
			s.readSpeaker()
			s.positions(story, prev)
		}
		return true
	})
	all := make([]*occ, 0, n)
	for _, rec := range r.recs {
		all = append(all, rec.occs...)
	}
	slices.SortStableFunc(all, func(a, b *occ) int { return cmp.Compare(a.start, b.start) })
	res.resolve(all)
	res.mergeShortNames(all)
	r.interview.speakerParty(d, all)
	signatories, actors, mentions = res.parties(d, all, r.signed, r.counted)
	return signatories, actors, mentions, nil
}

// ctxCheckEvery is how many sentences Find reads between two looks at
// its context: often enough to stop within milliseconds.
const ctxCheckEvery = 64

// occSlab allocates occurrences by chunks: one allocation for many. A
// chunk is never reallocated, so pointers into it stay valid. The first
// chunk is sized from the text (newOccSlab), each next one twice the last
// up to occChunk: most articles name a dozen parties.
type occSlab struct{ chunk []occ }

// occChunk is the largest number of occurrences of a chunk.
const occChunk = 64

// tokensPerOcc is about the number of tokens of an article for each
// occurrence of a party, which sizes the first chunk.
const tokensPerOcc = 16

// newOccSlab returns a slab for a text of n tokens, whose first chunk is
// first if it is large enough.
func newOccSlab(n int, first []occ) occSlab {
	size := min(max(n/tokensPerOcc, 4), occChunk)
	if cap(first) < size {
		first = make([]occ, 0, size)
	}
	return occSlab{first[:0]}
}

// new returns a new occurrence holding v.
func (a *occSlab) new(v occ) *occ {
	if len(a.chunk) == cap(a.chunk) {
		a.chunk = make([]occ, 0, min(2*cap(a.chunk), occChunk))
	}
	a.chunk = append(a.chunk, v)
	return &a.chunk[len(a.chunk)-1]
}

// ptok is token i of a sentence, read in place.
type ptok struct {
	s *psent
	i int
}

// tok returns token i of the sentence.
func (s *psent) tok(i int) ptok { return ptok{s, i} }

// Text returns the surface form of the token.
func (t ptok) Text() string { return t.s.toks.Text(t.i) }

// Fold returns the folded form of the token.
func (t ptok) Fold() string { return t.s.toks.Fold(t.i) }

// has reports whether the token is in one of the tables of b.
func (t ptok) has(b lexBits) bool { return t.s.sets[t.s.lexOf[t.i]].has(b) }

// shape reports whether the token has one of the shapes of x.
func (t ptok) shape(x text.Shape) bool { return t.s.toks.Shape(t.i)&x != 0 }

// IsWord reports whether the token is a word.
func (t ptok) IsWord() bool { return t.shape(text.Word) }

// Cap reports whether the token starts with an upper-case letter.
func (t ptok) Cap() bool { return t.shape(text.Capital) }

// AllCaps reports whether the token is an acronym-like word.
func (t ptok) AllCaps() bool { return t.shape(text.Acronym) }

// DigitLed reports whether the token is a word led by a digit that holds
// letters that are not an ordinal suffix ("2T").
func (t ptok) DigitLed() bool { return t.shape(text.DigitLed) }

// scratch holds what Find reads a text with and lets go of when it
// returns (its results hold none of it): kept in scratchPool for the next
// text.
type scratch struct {
	lexOf   []lexEntry
	claimed tokenSet
	names   tokenSet
	recs    []sentRec
	occs    []occ                     // the first chunk of the occurrences
	byKey   map[partyKey]*partyEntity // the resolver's, emptied
}

// scratchPool holds the scratch of the texts being read.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratch is the number of tokens, and maxScratchSents that of
// sentences, past which the scratch of a long text is left to the
// collector; maxScratchKeys is the number of resolver keys past which
// the map is dropped rather than emptied, which would cost every next
// text its size.
const (
	maxScratch      = 64 << 10
	maxScratchSents = 4 << 10
	maxScratchKeys  = 1 << 10
)

// release empties sc of what it points to and gives it back.
func (sc *scratch) release() {
	if cap(sc.lexOf) > maxScratch || cap(sc.recs) > maxScratchSents {
		return
	}
	clear(sc.recs)
	clear(sc.occs[:cap(sc.occs)])
	if len(sc.byKey) > maxScratchKeys {
		sc.byKey = nil
	} else {
		clear(sc.byKey)
	}
	scratchPool.Put(sc)
}

// resize returns b with length n, zeroed, reusing its room.
func resize[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// newReader looks up the tokens of d in the lexicon, in one buffer for
// the whole text, as it does their claims: each sentence takes its part,
// and keeps the tables of its words.
// Its buffers are those of sc.
func newReader(d *text.Doc, sc *scratch) *reader {
	lex := lexicon()
	toks := d.Tokens()
	lexOf := resize(sc.lexOf, toks.Len())
	names := tokenSet(resize(sc.names, (len(lexOf)+63)/64))
	r := &reader{d: d, sets: lex.sets, slab: newOccSlab(toks.Len(), sc.occs), toks: toks, lexOf: lexOf,
		claimed: resize(sc.claimed, (len(lexOf)+63)/64), names: names, recs: resize(sc.recs, len(d.Sents))}
	sc.lexOf, sc.claimed, sc.names, sc.recs, sc.occs = r.lexOf, r.claimed, r.names, r.recs, r.slab.chunk
	lo := 0
	for si := range r.recs {
		hi := lo + d.SentenceTokens(si).Len()
		var b lexBits
		for i := lo; i < hi; i++ {
			e := lex.index.lookup(toks.Fold(i))
			lexOf[i] = e
			b |= lex.sets[e]
			if nameish(toks, i) {
				names.add(i)
			}
		}
		r.recs[si].lex = b
		lo = hi
	}
	return r
}

// each loads the sentences in turn and calls f with the index of each,
// the sentence and the one before it (nil for the first), until f returns
// false. Two views, the reader's, serve every sentence: a dense page has
// thousands. A call of f must not call each again.
func (r *reader) each(f func(i int, s, prev *psent) bool) {
	views := &r.views
	lo := 0
	for i := range r.recs {
		s := &views[i%2]
		hi := lo + r.d.SentenceTokens(i).Len()
		*s = psent{reader: r, sentRec: &r.recs[i], toks: r.toks.Slice(lo, hi), lexOf: r.lexOf[lo:hi:hi], lo: lo}
		var prev *psent
		if i > 0 {
			prev = &views[(i+1)%2]
		}
		if !f(i, s, prev) {
			return
		}
		lo = hi
	}
}

// recognise finds the occurrences of a sentence, most specific rules
// first: each claims its tokens so that later rules do not reread them.
func (s *psent) recognise() {
	s.ministries()
	s.acronymForms()
	s.states()
	s.knownWords()
	s.headedBodies()
	s.companyTriggers()
	s.subsidiaries()
	s.companyRuns()
	s.acronyms()
	s.people()
	s.civilities()
	s.namedPeople()
	s.respectively()
	s.pledgers()
	s.localBodies() // after people: "le wali de la région de X" is a role
	s.pronouns()
	s.state()
	s.captions()
	s.parentComplements()
	s.ventures()
	s.defunct()
	slices.SortStableFunc(s.occs, func(a, b *occ) int { return cmp.Compare(a.lo, b.lo) })
}

// captions ties a person to the body named in parentheses right after
// the name, as in an interview header ("A (Foo Logistique) : « ... »"):
// the body is the person's, a party only if the person signs for it.
func (s *psent) captions() {
	for _, p := range s.occs[:len(s.occs):len(s.occs)] {
		if p.ref != occName || p.kind != kindPerson || len(p.info().roleOrgs) > 0 || s.f(int(p.hi)) != "(" {
			continue
		}
		n := int(p.hi) + 1
		o := s.occAt(n)
		if o == nil {
			e := s.companyRunAt(n)
			if e == n || s.f(e) != ")" || !s.free(n, e) || !s.validCompany(n, e) {
				continue
			}
			o = s.add(occ{kind: s.bodyKind(n, e)}, n, e, n, e)
		}
		if o.kind != kindPerson && s.f(int(o.hi)) == ")" {
			p.own().roleOrgs = []*occ{o}
		}
	}
}

// isPark reports whether tokens [lo, hi) name a business park or zone.
func (s *psent) isPark(lo, hi int) bool {
	p, ok := normalize.LookupPlace(s.span(lo, hi))
	return ok && p.Kind == normalize.PlacePark
}

// isPlace reports whether tokens [lo, hi) name a known place, or places
// joined by hyphens in one word ("l'axe Casablanca-Rabat", "la liaison
// Agadir-Dakhla"): a route or a corridor, never a company.
func (s *psent) isPlace(lo, hi int) bool {
	name := s.span(lo, hi)
	if _, ok := normalize.LookupPlace(name); ok {
		return true
	}
	if hi-lo != 1 || !strings.Contains(name, "-") {
		return false
	}
	for part := range strings.SplitSeq(name, "-") {
		if _, ok := normalize.LookupPlace(part); !ok {
			return false
		}
	}
	return true
}

// tokenSet is a set of the tokens of a text, by index: a bit a token.
type tokenSet []uint64

// has reports whether token i is in the set.
func (b tokenSet) has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }

// add adds token i to the set.
func (b tokenSet) add(i int) { b[i/64] |= 1 << (i % 64) }
