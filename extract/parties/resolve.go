package parties

import (
	"cmp"
	"slices"
	"strings"

	"veille/extract/text"
	"veille/normalize"
)

// partyEntity is one party of the article, built from its occurrences.
type partyEntity struct {
	name, acronym string
	folded        string    // the folded name (foldedName), "" until read or when the name changes
	ri            *roleInfo // a person's role, a subsidiary's parent (info)
	start, end    int32     // the first naming
	last          int32     // byte offset of the latest occurrence seen in the sweep
	idx           int32     // the order it was made in (newEntity)

	kind           partyKind
	via            partyVia
	gender         gender
	commit, parent bool
	lone           bool // signs in a sentence that names no company party
}

// foldedName returns the folded name of the entity. The rules that merge
// entities compare every pair by it: it is folded once, and again only
// when the name changes, which empties it.
func (e *partyEntity) foldedName() string {
	if e.folded == "" {
		e.folded = normalize.Fold(e.name)
	}
	return e.folded
}

// info returns the role information of the entity, to be read.
func (e *partyEntity) info() *roleInfo { return readInfo(e.ri) }

// own returns the role information of the entity, to be written.
func (e *partyEntity) own() *roleInfo { return ownInfo(&e.ri) }

// partyResolver turns occurrences into entities: one per party.
type partyResolver struct {
	ents  []*partyEntity
	byKey map[partyKey]*partyEntity
	found *partyAliases // the keys of byKey in the order found, until aliases reads them
	state *partyEntity
}

// partyKey is a folded name a party is known by, in the namespace of
// people ('p'), bodies ('o') or acronyms ('a').
type partyKey struct {
	ns   byte
	name string
}

// newPartyResolver returns an empty resolver for about n occurrences,
// whose keys go in byKey, an empty map, if not nil.
func newPartyResolver(n int, byKey map[partyKey]*partyEntity) *partyResolver {
	if byKey == nil {
		byKey = make(map[partyKey]*partyEntity, n)
	}
	found := &partyAliases{list: make([]partyAlias, 0, n), words: make([]string, 0, 2*n)} // a name of two words a naming
	return &partyResolver{ents: make([]*partyEntity, 0, n), byKey: byKey, found: found}
}

// newEntity returns a new entity, appended to the entities.
func (r *partyResolver) newEntity(e partyEntity) *partyEntity {
	e.idx = int32(len(r.ents))
	r.ents = append(r.ents, &e)
	return &e
}

// appendPartyKeys appends the keys an occurrence naming a party is known by,
// its folded name first.
func appendPartyKeys(ks []partyKey, o *occ) []partyKey {
	folded := normalize.Fold(o.name)
	if o.kind == kindPerson {
		return append(ks, partyKey{'p', folded})
	}
	ks = append(ks, partyKey{'o', folded})
	if o.acronym != "" {
		ks = append(ks, partyKey{'a', normalize.Fold(o.acronym)})
	} else if !strings.Contains(o.name, " ") {
		ks = append(ks, partyKey{'a', folded})
	}
	// The core of "Aerotec Maroc" is "Aerotec", unless Aerotec is its
	// parent; a parent ("Aerotec SA") leaves the core to its subsidiary.
	if c := companyCore(folded); c != "" && o.kind == kindCompany && !o.parentOf && normalize.Fold(o.info().org) != c {
		ks = append(ks, partyKey{'o', c})
	}
	return ks
}

// companyCore returns a folded company name without its trailing legal
// form or country ("cnexia maroc" → "cnexia"), "" when there is none or
// nothing would be left.
func companyCore(folded string) string {
	core := folded
	for {
		k := strings.LastIndexByte(core, ' ')
		if k < 0 {
			break
		}
		if w := core[k+1:]; !legalForms[w] && !moroccoNames[w] {
			break
		}
		core = core[:k]
	}
	if len(core) == len(folded) {
		return ""
	}
	return core
}

// name resolves an occurrence that names a party, creating its entity.
func (r *partyResolver) name(o *occ) *partyEntity {
	var e *partyEntity
	var buf [3]partyKey
	keys := appendPartyKeys(buf[:0], o)
	folded := keys[0].name
	for _, k := range keys {
		if e = r.byKey[k]; e != nil {
			break
		}
	}
	if e == nil && o.civil {
		e = r.personEndingWith(folded) // "Mme El Fallah Seghrouchni"
	}
	if e == nil && o.kind == kindCompany {
		e = r.byLeadingPart(o, folded) // "Kabelwerk Nordmann" for "Kabelwerk Nordmann Automotive"
	}
	if e == nil {
		e = r.newEntity(partyEntity{kind: o.kind, name: o.name, start: o.start, end: o.end, folded: folded})
	} else if e.acronym != "" && e.name == e.acronym && o.acronym == e.acronym && o.name != o.acronym {
		e.name, e.folded = o.name, folded // "CDG" named in full later
	}
	for _, k := range keys {
		if r.byKey[k] == nil {
			r.byKey[k] = e
			if r.found != nil {
				r.found.add(k.name, e)
			}
		}
	}
	if o.kind == kindCompany {
		r.addLeadingParts(o, folded, e)
	}
	r.merge(e, o)
	o.ent = e
	return e
}

// personEndingWith returns the person whose full name ends with the
// folded name, if any.
func (r *partyResolver) personEndingWith(name string) *partyEntity {
	suffix := " " + name
	for _, e := range r.ents {
		if e.kind == kindPerson && strings.HasSuffix(e.foldedName(), suffix) {
			return e
		}
	}
	return nil
}

// merge adds what an occurrence says to its entity.
func (r *partyResolver) merge(e *partyEntity, o *occ) {
	if e.acronym == "" {
		e.acronym = o.acronym
	}
	oi, ei := o.info(), e.info()
	if oi.role != "" && (ei.role == "" || len(oi.role) > len(ei.role) && strings.HasPrefix(normalize.Fold(oi.role), normalize.Fold(ei.role))) {
		ei = e.own()
		ei.role, ei.roleHead = oi.role, oi.roleHead
	}
	if len(ei.roleOrgs) == 0 && len(oi.roleOrgs) > 0 {
		e.own().roleOrgs = oi.roleOrgs
	}
	if ei.org == "" && (oi.org != "" || oi.orgRole != "" || ei.orgRole != "") {
		ei = e.own()
		ei.org, ei.orgRole = oi.org, oi.orgRole
	}
	if e.gender == genderUnknown {
		e.gender = o.gender
	}
	if ei.family == "" && oi.family != "" {
		e.own().family = oi.family
	}
	e.parent = e.parent || o.parentOf
}

// partyAlias is a way the text may name an entity again: a folded name
// or acronym it is known by, by its words.
type partyAlias struct {
	lo, hi int32 // its words are partyAliases.words[lo:hi]
	e      *partyEntity
}

// partyAliases are the aliases of the entities sorted by their first
// word, those of a word in the order the entities and their keys were
// found: one list of aliases and one of their words, searched, rather
// than lists by word and by alias in a map, which a dense page, naming
// thousands, would allocate apart.
type partyAliases struct {
	list  []partyAlias
	words []string
	last  string // the key of the last of list
}

// add adds the key of e, a folded name. A name of one word is often
// added twice in a row, as a name and as an acronym ("renault"): its
// words are then those of the alias before, not read again.
func (as *partyAliases) add(key string, e *partyEntity) {
	if n := len(as.list); n > 0 && key == as.last {
		as.list = append(as.list, partyAlias{as.list[n-1].lo, as.list[n-1].hi, e})
		return
	}
	lo := len(as.words)
	if as.words = appendKeyWords(as.words, key); len(as.words) > lo {
		as.list = append(as.list, partyAlias{int32(lo), int32(len(as.words)), e})
		as.last = key
	}
}

// appendKeyWords appends the words of a folded key to dst: the texts of
// its tokens, folded already. Most keys are words of lower-case ASCII
// letters between single spaces, which are split at the spaces without
// the tokeniser; the others are tokenised (text.AppendTexts).
func appendKeyWords(dst []string, key string) []string {
	if !plainKey(key) {
		return text.AppendTexts(dst, key)
	}
	for {
		i := strings.IndexByte(key, ' ')
		if i < 0 {
			return append(dst, key)
		}
		dst, key = append(dst, key[:i]), key[i+1:]
	}
}

// plainKey reports whether key is words of lower-case ASCII letters
// between single spaces.
func plainKey(key string) bool {
	for i := 0; i < len(key); i++ {
		if c := key[i]; c == ' ' {
			if i == 0 || i == len(key)-1 || key[i-1] == ' ' {
				return false
			}
		} else if c < 'a' || c > 'z' {
			return false
		}
	}
	return key != ""
}

// aliases returns the names and acronyms of the entities: by first word,
// then in the order the entities were made, the keys of each in the order
// found. The keys found afterwards are not aliases.
func (r *partyResolver) aliases() *partyAliases {
	as := r.found
	r.found = nil
	slices.SortStableFunc(as.list, func(a, b partyAlias) int {
		return cmp.Or(strings.Compare(as.words[a.lo], as.words[b.lo]), cmp.Compare(a.e.idx, b.e.idx))
	})
	return as
}

// startingWith returns the aliases whose first word is w.
func (as *partyAliases) startingWith(w string) []partyAlias {
	lo, ok := slices.BinarySearchFunc(as.list, w, func(a partyAlias, w string) int { return strings.Compare(as.words[a.lo], w) })
	if !ok {
		return nil
	}
	hi := lo + 1
	for hi < len(as.list) && as.words[as.list[hi].lo] == w {
		hi++
	}
	return as.list[lo:hi]
}

// findRepeats reads later bare mentions of the parties already named:
// "Inetum", "MNC", "Ghita Mezzour".
func (s *psent) findRepeats(aliases *partyAliases) {
	for i := 0; i < s.toks.Len(); i++ {
		if s.toks.Shape(i)&(text.Capital|text.Acronym|text.DigitLed) == 0 || s.isClaimed(i) {
			continue
		}
		var best *partyEntity
		n := 0 // the number of words of the best alias
	next:
		for _, a := range aliases.startingWith(s.f(i)) {
			words := aliases.words[a.lo:a.hi]
			if len(words) <= n {
				continue
			}
			for k, w := range words {
				if i+k >= s.toks.Len() || s.isClaimed(i+k) || s.f(i+k) != w {
					continue next
				}
			}
			best, n = a.e, len(words)
		}
		if best == nil || s.longerName(i+n) {
			continue
		}
		o := s.add(occ{kind: best.kind, name: best.name}, i, i+n, i, i+n)
		o.ent = best
		i += n - 1
	}
}

// resolve ties every occurrence to its entity, in text order:
// back-references to the latest fitting party before them.
func (r *partyResolver) resolve(all []*occ) {
	for _, o := range all {
		if o.ref == occState && o.via != noVia && r.state == nil {
			r.state = r.newEntity(partyEntity{kind: kindGovernment, name: o.name, start: o.start, end: o.end})
		}
		if o.ref == occName && o.ent == nil && (!o.weak || o.via != noVia) {
			r.name(o)
		}
	}
	lastCompany := make([]*occ, 0, len(all)) // at most: a dense page names thousands
	for _, o := range all {
		switch o.ref {
		case occName:
			if o.ent != nil && o.kind == kindCompany && !o.gone {
				lastCompany = append(lastCompany, o)
			}
		case occState:
			o.ent = r.state
		case occRefCompany, occRefSubsidiary, occRefGroup:
			o.ent = pickCompany(lastCompany, o)
		case occRefPerson, occRefFamily:
			o.ent = r.pickPerson(o)
		case occRefMinistry:
			if ms := r.ministries(o.start); len(ms) > 0 {
				o.ent = ms[len(ms)-1]
			}
		}
		if o.ent != nil {
			o.ent.last = o.start
		}
	}
}

// pickCompany returns the company a back-reference designates: the latest
// one introduced by the same noun ("l'opérateur X" for "l'opérateur"),
// else "la filiale" the latest subsidiary, "le groupe" the latest group,
// others the latest company not named as a parent only.
func pickCompany(recent []*occ, ref *occ) *partyEntity {
	for k := len(recent) - 1; k >= 0; k-- {
		if ref.noun != 0 && recent[k].noun == ref.noun {
			return recent[k].ent
		}
	}
	for _, kind := range []occKind{ref.ref, occRefCompany} {
		for k := len(recent) - 1; k >= 0; k-- {
			o := recent[k]
			switch {
			case kind == occRefSubsidiary && o.ent.info().org != "",
				kind == occRefGroup && (o.group || o.ent.parent),
				kind == occRefCompany && !o.parentOf:
				return o.ent
			}
		}
		if ref.ref == occRefSubsidiary {
			return nil // "la filiale" never designates a parent
		}
	}
	return nil
}

// pickPerson returns the person "M. Jazouli" or "la ministre" designates:
// same family name or role head, compatible gender; the one mentioned
// latest before the reference, else the first named after it.
func (r *partyResolver) pickPerson(o *occ) *partyEntity {
	if o.ref == occRefPerson && o.info().role != "" && strings.Contains(o.info().role, " ") {
		// "le ministre de l'Industrie": the person with that very role first.
		role := normalize.Fold(o.info().role)
		if e := r.pickPersonWith(o, func(e *partyEntity) bool {
			return strings.HasPrefix(normalize.Fold(e.info().role), role)
		}); e != nil {
			return e
		}
	}
	return r.pickPersonWith(o, func(e *partyEntity) bool {
		if o.ref == occRefFamily {
			return e.info().family == o.info().family
		}
		return sameRole(e.info().roleHead, o.info().roleHead)
	})
}

// pickPersonWith returns the person of compatible gender that fits,
// mentioned latest before the reference, else the first named after it.
func (r *partyResolver) pickPersonWith(o *occ, fits func(*partyEntity) bool) *partyEntity {
	var before, after *partyEntity
	for _, e := range r.ents {
		if e.kind != kindPerson || o.gender != genderUnknown && e.gender != genderUnknown && o.gender != e.gender || !fits(e) {
			continue
		}
		switch {
		case e.start < o.start && (before == nil || e.last > before.last):
			before = e
		case e.start > o.start && after == nil:
			after = e
		}
	}
	if before != nil {
		return before
	}
	return after
}

// sameRole reports whether a back-reference's role head ("ministre")
// designates a person's ("ministre deleguee").
func sameRole(person, ref string) bool {
	if person == "" {
		return false
	}
	p, r := strings.Fields(person), strings.Fields(ref)
	return p[0] == r[0] || strings.HasPrefix(p[0], r[0]) || strings.HasPrefix(r[0], p[0])
}

// isMinistry reports whether e is a ministry.
func (e *partyEntity) isMinistry() bool {
	return e.kind == kindGovernment && strings.HasPrefix(e.foldedName(), ministryPrefix)
}

// ministries returns the ministries named before byte offset b.
func (r *partyResolver) ministries(b int32) []*partyEntity {
	var ms []*partyEntity
	for _, e := range r.ents {
		if e.start < b && e.isMinistry() {
			ms = append(ms, e)
		}
	}
	return ms
}

// entitiesOf appends to buf the entities an occurrence names or refers
// to: every ministry for "les deux ministères", else its own entity if
// resolved.
func (r *partyResolver) entitiesOf(buf []*partyEntity, o *occ) []*partyEntity {
	if o.ref == occRefMinistries {
		return append(buf, r.ministries(o.start)...)
	}
	if o.ent == nil {
		return buf
	}
	return append(buf, o.ent)
}

// parties builds the signatories, the actors and the mentions.
// Pledging companies are parties only in an article that reports a
// signing, or when they make up the counted group whose heads sign
// (countedParties).
func (r *partyResolver) parties(d *text.Doc, all []*occ, signing bool, counted countedGroup) (signatories, actors []Party, mentions []Mention) {
	var buf [2]*partyEntity // most occurrences stand for one entity: no allocation
	for _, o := range all {
		for _, e := range r.entitiesOf(buf[:0], o) {
			if o.via.rank() > e.via.rank() {
				if e.via.rank() < viaParty.rank() && o.ref == occName && o.kind != kindPerson && o.name != e.name && o.name != e.acronym {
					// A body named first aside ("A (Foo Maroc) : « ... »")
					// is a party by the name it signs under ("Foo, filiale de ...").
					e.name, e.start, e.end, e.folded = o.name, o.start, o.end, ""
				}
				e.via = o.via
			}
			e.commit = e.commit || o.commit
			e.lone = e.lone || o.lone
		}
	}
	r.yieldGovernment(d)
	mentions = r.mentions(all)
	slices.SortStableFunc(r.ents, func(a, b *partyEntity) int { return cmp.Compare(a.start, b.start) })
	// Pledging companies are parties only when the signing sentences name
	// no company: they then are the operators of the agreements ("signés
	// par les deux ministres ... NTT Data devrait créer", "le CRI a signé
	// huit conventions avec des entreprises ... A créera 1.500 emplois").
	// Likewise a company a signatory speaks for is a party when no company
	// is named as one: it is the investor facing the public bodies. An
	// agreement that two named bodies signed has its parties: a company
	// pledging beside it ("la commission a validé le projet de X ... en
	// marge de la session, A et B ont signé") is not one.
	companies, bodies := false, 0
	for _, e := range r.ents {
		if e.kind != kindPerson && e.via != noVia && e.via != viaMention {
			companies = companies || e.kind == kindCompany
			bodies++
		}
	}
	r.foldAcronyms()
	made := false // whether a party was made since
	for _, e := range r.ents {
		if e.via == noVia && e.commit && signing && e.kind == kindCompany && !e.parent && !companies && bodies < 2 {
			e.via, made = viaParty, true
		}
		if e.via == viaSigned && (!companies || e.lone) {
			made = signsFor(e) || made
		}
	}
	made = r.countedParties(counted) || made
	if made {
		r.foldAcronyms() // the parties made since
	}
	signed := 0
	for _, e := range r.ents {
		if e.via == viaMention {
			e.via = noVia
		}
		if e.via != noVia {
			signed++
		}
	}
	signatories, actors = make([]Party, 0, signed), make([]Party, 0, len(r.ents)-signed)
	for _, e := range r.ents {
		p := e.party(d)
		if e.via == noVia {
			p.Via = ViaMention
			actors = append(actors, p)
		} else {
			signatories = append(signatories, p)
		}
	}
	return signatories, actors, mentions
}

// mentions lists where each entity is named or referred back to.
func (r *partyResolver) mentions(all []*occ) []Mention {
	var buf [2]*partyEntity
	out := make([]Mention, 0, len(all))
	for _, o := range all {
		for _, e := range r.entitiesOf(buf[:0], o) {
			out = append(out, Mention{Name: e.name, Span: text.Span{Start: int(o.start), End: int(o.end)}})
		}
	}
	return out
}

// party builds the Party of an entity.
func (e *partyEntity) party(d *text.Doc) Party {
	p := Party{Name: e.name, Kind: e.kind.Kind(), Via: e.via.Via(), Evidence: d.Evidence(text.Span{Start: int(e.start), End: int(e.end)})}
	if e.acronym != "" && e.acronym != e.name {
		p.Acronym = optText(e.acronym)
	}
	switch {
	case e.kind == kindPerson:
		if e.info().role != "" {
			p.Role = optText(e.info().role)
		}
		for _, o := range e.info().roleOrgs {
			if o.ent != nil {
				p.Organization = optText(o.ent.name)
				break
			}
		}
	case e.info().org != "":
		p.Organization = optText(e.info().org)
		p.Role = optText(e.info().orgRole)
	}
	return p
}

// signsFor makes the company a signatory speaks for a party ("signé par
// A, PDG de Foo": Foo), the investor facing the public bodies: the company
// named in the signatory's role, or its own employer "son PDG". Public
// bodies are parties only where the text names them as such: "le
// directeur de l'Agence X" signs for an agency that real press does not
// count as a party. Portfolios of public offices ("ministre de
// l'Industrie") name no body. It reports whether it made a party.
func signsFor(e *partyEntity) bool {
	if publicOffices[e.info().roleHead] {
		return false
	}
	for _, o := range e.info().roleOrgs {
		if o.ent == nil || o.ent.kind != kindCompany {
			continue
		}
		if o.ent.kind != kindPerson && (o.ent.via == noVia || o.ent.via == viaMention) {
			o.ent.via = viaParty
			return true
		}
	}
	return false
}

// optText returns a pointer to s, for the optional fields of Party.
func optText(s string) *string { return &s }

// longerName reports whether a capitalised word at i goes on the name
// before it: "Laroche France" is not the "Laroche" of "Laroche Maroc".
func (s *psent) longerName(i int) bool {
	return s.cap(i) && !s.is(i, lxNameStop|lxFirstNames) && !s.isClaimed(i)
}
