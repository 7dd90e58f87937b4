package parties

import (
	"sort"
	"sync"
	"unicode/utf8"

	"veille/extract/text"
)

// Recognisers of people: a name with its role before or after it ("le
// ministre de l'Industrie, Ryad Mezzour", "Ghita Mezzour, ministre de la
// Transition numérique"), a name after a civility ("M. Jazouli"), a known
// first name followed by a family name; and back-references to people
// ("la ministre").

// headInfo is a role head split into words, with the gender it marks.
type headInfo struct {
	phrase string // folded, words joined by spaces
	words  []string
	gender gender
}

// headsByWord returns the role heads by their first word, longest first.
var headsByWord = sync.OnceValue(func() map[string][]headInfo {
	m := map[string][]headInfo{}
	for _, h := range roleHeads {
		toks := text.Tokenize(h.phrase)
		words := make([]string, toks.Len())
		for k := range words {
			words[k] = toks.Fold(k) // "d'administration" reads "d'" "administration"
		}
		m[words[0]] = append(m[words[0]], headInfo{h.phrase, words, h.gender})
	}
	for _, hs := range m {
		sort.SliceStable(hs, func(i, j int) bool { return len(hs[i].words) > len(hs[j].words) })
	}
	return m
})

// roleHeadAt returns the role head that starts at token i, if any.
func roleHeadAt(s *psent, i int) (headInfo, bool) {
	if !s.is(i, lxRoleStart) {
		return headInfo{}, false
	}
next:
	for _, h := range headsByWord()[s.tok(i).Fold()] {
		for k, w := range h.words {
			if s.f(i+k) != w {
				continue next
			}
		}
		return h, true
	}
	return headInfo{}, false
}

// roleHead returns the folded role head that starts at token i, or "".
func roleHead(s *psent, i int) string {
	if h, ok := roleHeadAt(s, i); ok {
		return h.phrase
	}
	return ""
}

// feminine and masculine mark the gender of a role ("ministre déléguée
// chargée de ...").
var (
	feminineMarks  = wordSet("deleguee", "chargee", "adjointe", "executive", "la", "generale", "directrice", "presidente")
	masculineMarks = wordSet("delegue", "charge", "adjoint", "executif", "le", "general")
)

// people reads a role with the name before or after it, and "le ministre"
// back-references.
func (s *psent) people() {
	if !s.hasWord(lxRoleStart) {
		return
	}
	for i := 0; i < s.toks.Len(); i++ {
		h, ok := roleHeadAt(s, i)
		if !ok || s.isClaimed(i) || !s.tok(i).IsWord() {
			continue
		}
		j := s.headEnd(i, h)
		end, ok := s.roleEnd(h, j)
		if !ok {
			continue
		}
		rs := i // where the role starts: "ancien ministre"
		if s.is(i-1, lxPreRoleAdjectives) && !s.isClaimed(i-1) {
			rs = i - 1
		}
		gender := h.gender
		det := s.f(rs - 1)
		if gender == genderUnknown {
			gender = s.roleGender(rs-1, end)
		}
		role := s.span(rs, end)
		hasDet := definiteArticles[det]
		if !publicOffices[h.phrase] {
			s.roleCompanies(j, end)
		}

		// "le ministre ..., Name" or "Name, ministre ...".
		after := end
		if s.f(after) == "," {
			after++
		}
		if g, ok := civilities[s.f(after)]; ok && s.cap(after) { // "..., M. Ali Seddiki"
			after++
			if s.f(after) == "." {
				after++
			}
			if g != genderUnknown {
				gender = g
			}
		}
		nameEnd, okAfter := s.nameAt(after, 2)
		comma := rs - 1
		if hasDet {
			comma = rs - 2
		}
		nameStart, okBefore := -1, false
		if s.f(comma) == "," {
			nameStart, okBefore = s.nameEndingAt(comma)
		}
		if okBefore && (!hasDet || !okAfter) {
			o := s.addPerson(occ{kind: kindPerson, ri: &roleInfo{role: role, roleHead: h.phrase}, gender: gender}, nameStart, end, nameStart, comma)
			s.takeRole(o, rs, end)
			i = end - 1
			continue
		}
		if okAfter {
			o := s.addPerson(occ{kind: kindPerson, ri: &roleInfo{role: role, roleHead: h.phrase}, gender: gender}, rs, nameEnd, after, nameEnd)
			s.takeRole(o, rs, end)
			i = nameEnd - 1
			continue
		}
		if hasDet || contractedSing[det] {
			lo := rs
			if hasDet {
				lo = rs - 1
			}
			s.add(occ{ref: occRefPerson, kind: kindPerson, ri: &roleInfo{role: role, roleHead: h.phrase}, gender: gender}, rs, end, lo, end)
			i = end - 1
		}
	}
}

// headEnd returns where the role head h at token i ends with its
// adjectives and its scope ("directrice générale adjointe Maroc").
func (s *psent) headEnd(i int, h headInfo) int {
	j := i + len(h.words)
	for k := 0; k < 3 && s.is(j, lxRoleAdjectives); k++ {
		j++
	}
	if s.cap(j) && s.in(j, roleScopes) {
		j++ // "sa directrice générale Maroc, X"
	}
	return j
}

// roleEnd returns where the role whose head and adjectives end at j
// ends: after its complement and, when a name follows, the dot of a legal
// form ("le PDG de X Corp., Y") or an apposition on its body ("le
// directeur général de X, filiale du groupe W, Y"). ok is false for a
// stand-in with no one named after it ("et celui de l'Istiqlal, crédité
// de ...").
func (s *psent) roleEnd(h headInfo, j int) (end int, ok bool) {
	end, _ = s.tailEnd(j, false)
	if end = s.bodyEnd(j, end); roleStandIns[h.phrase] && !s.namedAfter(end) {
		return end, false
	}
	if s.f(end) == "." && s.in(end-1, legalForms) && s.namedAfter(end+1) {
		end++
	}
	if e := s.appositionEnd(end); e > end && s.namedAfter(e) {
		end = e
	}
	if e := s.secondRoleEnd(end); e > end {
		end = e
	}
	return end, true
}

// secondRoleEnd returns the end of a second role the same person holds,
// apposed with no article to the role that ends at e and followed by her
// name ("le wali de la région Marrakech-Safi, gouverneur de la préfecture
// de Marrakech, Farid Chourak"), or e if none follows.
func (s *psent) secondRoleEnd(e int) int {
	if s.f(e) != "," {
		return e
	}
	h, ok := roleHeadAt(s, e+1)
	if !ok || !s.tok(e+1).IsWord() || s.cap(e+1) {
		return e
	}
	end, _ := s.tailEnd(s.headEnd(e+1, h), false)
	if end = s.bodyEnd(e+1, end); !s.namedAfter(end) {
		return e
	}
	return end
}

// maxAppositionWords bounds the apposition on the body of a role, with
// its participial phrase ("filiale du groupe français Y spécialisée dans
// les aérostructures et les pièces composites").
const maxAppositionWords = 20

// appositionEnd returns the comma that closes an apposition on the body
// of a role that ends at e ("directeur de X, filiale du groupe Y, ..."),
// or e if none follows.
func (s *psent) appositionEnd(e int) int {
	if s.f(e) != "," {
		return e
	}
	i := e + 1
	if s.in(i, singularDets) {
		i++
	}
	if !s.is(i, lxSubsidiaryNouns) {
		return e
	}
	for k := i + 1; k < s.toks.Len() && k-i <= maxAppositionWords; k++ {
		switch {
		case s.f(k) == ",":
			return k
		case !s.tok(k).IsWord():
			return e
		}
	}
	return e
}

// roleStandIns stand for the role said before ("et par celui de B, Y"):
// a role only with the name after them.
var roleStandIns = wordSet("celui", "celle")

// namedAfter reports a person's name at e or after a comma there.
func (s *psent) namedAfter(e int) bool {
	if s.f(e) == "," {
		e++
	}
	_, ok := s.nameAt(e, 2)
	return ok
}

// speechVerbs, after an auxiliary, introduce who speaks ("a déclaré X").
var speechVerbs = wordSet(
	"declare", "indique", "souligne", "affirme", "explique", "precise", "estime", "ajoute",
	"releve", "note", "rappele", "insiste", "annonce", "confie", "assure", "martele", "salue",
	"plaide", "commente", "soutenu", "fait", "dit", "confirme", "reconnu",
)

// roleScopes, right after a role, name the territory it covers ("directrice
// générale Maroc", "DG Afrique").
var roleScopes = wordSet("maroc", "afrique", "mena", "emea", "europe", "maghreb")

// possessives before a role tie the person to the body named before.
var possessives = wordSet("son", "sa", "leur")

// preRoleAdjectives come before a role head and belong to the role
// ("ancien ministre de l'Industrie").
var preRoleAdjectives = wordSet("ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "futur", "future", "ex", "premier", "premiere")

// publicOffices are role heads whose complement is a portfolio or a
// territory, not a company ("ministre de l'Industrie", "wali de la région").
var publicOffices = wordSet(
	"ministre", "ministre delegue", "ministre deleguee", "premier ministre", "secretaire d'etat",
	"wali", "gouverneur", "gouverneure", "ambassadeur", "ambassadrice", "consul general",
	"consule generale", "maire", "chef du gouvernement", "chef de gouvernement", "haut-commissaire",
	"haute-commissaire", "haut commissaire", "commissaire", "conseiller", "conseillere",
	"porte-parole", "chef de cabinet", "charge d'affaires", "chargee d'affaires",
)

// roleCompanies reads the company a leader's role names right after its
// preposition ("directeur général de Cloudway", "PDG d'Orbis").
func (s *psent) roleCompanies(lo, hi int) {
	for k := lo; k < hi; k++ {
		n, ok := s.prepEnd(k)
		if !ok || n >= hi || s.isClaimed(n) {
			continue
		}
		e := min(s.companyRunAt(n), hi)
		if e > n && s.free(n, e) && s.validCompany(n, e) && !s.onlyPlaces(n, e) {
			s.add(occ{kind: s.bodyKind(n, e)}, n, e, n, e)
		}
		return
	}
}

// bodyEnd extends a role ending at end over the body its complement names
// when the body's name goes on ("directeur général du Fonds Mohammed VI
// pour l'investissement").
func (s *psent) bodyEnd(lo, end int) int {
	for k := lo; k < end; k++ {
		for o := range s.startingAt(k) {
			if o.ref == occName && o.kind != kindPerson && int(o.hi) > end {
				end = int(o.hi)
			}
		}
	}
	return end
}

// roleGender reads the gender a role marks in tokens [lo, hi): its
// determiner and agreeing adjectives.
func (s *psent) roleGender(lo, hi int) gender {
	for k := lo; k < hi; k++ {
		if k < 0 {
			continue
		}
		switch f := s.f(k); {
		case feminineMarks[f]:
			return genderFemale
		case masculineMarks[f]:
			return genderMale
		}
		if k > lo && s.is(k, lxComplementPreps) {
			break // "de la" inside a complement says nothing of the person
		}
	}
	return genderUnknown
}

// takeRole marks the bodies named inside a person's role: they are the
// person's organization, not parties in their own right here.
func (s *psent) takeRole(p *occ, lo, hi int) {
	for k := lo; k < hi; k++ {
		for o := range s.startingAt(k) {
			if o != p && int(o.hi) <= hi && o.kind != kindPerson {
				o.inRole, o.weak = true, false // a role names a real body
				if o.ref == occName {
					ri := p.own()
					ri.roleOrgs = append(ri.roleOrgs, o)
				}
			}
		}
	}
	if len(p.info().roleOrgs) == 0 && s.is(lo-1, lxPossessives) {
		// "la société X, représentée par son PDG, Y": X's PDG, the body
		// named nearest before.
		var near *occ
		for _, o := range s.occs {
			if int(o.hi) <= lo && o.ref == occName && o.kind != kindPerson && (near == nil || o.hi > near.hi) {
				near = o
			}
		}
		if near != nil {
			p.own().roleOrgs = []*occ{near}
		}
	}
	s.claim(lo, hi)
}

// addPerson adds the naming of a person whose name is tokens [nlo, nhi)
// (add), with its family name, and its gender by its first name if not
// known yet.
func (s *psent) addPerson(v occ, lo, hi, nlo, nhi int) *occ {
	p := s.add(v, lo, hi, nlo, nhi)
	if f := s.f(nhi - 1); f != "" || p.info().family != "" {
		p.own().family = f
	}
	if p.gender == genderUnknown {
		p.gender = firstNames()[s.f(nlo)]
	}
	return p
}

// nameWord reports whether token i can be a word of a person's name.
func (s *psent) nameWord(i int) bool {
	if i < 0 || i >= s.toks.Len() || s.isClaimed(i) {
		return false
	}
	t := s.tok(i)
	if !t.IsWord() || !t.Cap() || t.has(lxNameStop|lxOrgHeads|lxCompanyWords|lxCivilities) {
		return false
	}
	_, isHead := roleHeadAt(s, i)
	return !isHead
}

// nameAt reads a person's name at i: capitalised words (initials and
// particles allowed inside), at least min of them and at most four. The
// first word is not an acronym; the name is not a place.
func (s *psent) nameAt(i, min int) (int, bool) {
	j, ok := s.nameSpan(i, min)
	if !ok || s.isPlace(i, j) {
		return i, false
	}
	return j, true
}

// nameSpan is nameAt without the test of places.
func (s *psent) nameSpan(i, min int) (int, bool) {
	j, n := i, 0
loop:
	for j < s.toks.Len() {
		t := s.tok(j)
		switch {
		case t.has(lxNameParticles) && (n > 0 || t.Cap()) && !s.nameWord(j) &&
			(s.nameWord(j+1) || s.is(j+1, lxNameParticles) && s.nameWord(j+2)):
			j++ // "Dominique de Villepin", "Ursula von der Leyen"
		case t.has(lxNameParticles) && t.Cap() && n == 0 && s.nameWord(j+1):
			j++ // "El Othmani", "Ben Ali"
		case s.nameWord(j):
			if n == 0 && t.AllCaps() {
				break loop
			}
			j++
			if utf8.RuneCountInString(t.Text()) == 1 && s.f(j) == "." {
				j++ // an initial
			}
			n++
		default:
			break loop
		}
		if n > 4 {
			return i, false
		}
	}
	for j > i && s.is(j-1, lxNameParticles) {
		j--
	}
	if j > i && utf8.RuneCountInString(s.tok(j-1).Text()) == 1 {
		j, n = j-1, n-1 // no family name is one letter: "Moulay H" is cut short
	}
	if n < min || j == i {
		return i, false
	}
	return j, true
}

// nameEndingAt finds a person's name of at least two words that ends just
// before token e.
func (s *psent) nameEndingAt(e int) (int, bool) {
	k := e
	for k > 0 && e-k < 7 && (s.nameWord(k-1) || s.is(k-1, lxNameParticles) && k < e || s.initialDot(k-1)) {
		k--
	}
	for ; k < e-1; k++ {
		if end, ok := s.nameSpan(k, 2); ok && end == e && !s.isPlace(k, e) {
			return k, true
		}
	}
	return -1, false
}

// initialDot reports whether token i is the dot of an initial inside a
// name ("Raymond L. Conner").
func (s *psent) initialDot(i int) bool {
	return i > 0 && s.f(i) == "." && s.cap(i-1) && utf8.RuneCountInString(s.tok(i-1).Text()) == 1
}

// civilities reads "M. Jazouli", "Mme Mezzour", "M Jazouli": a reference
// by family name, or a full name.
func (s *psent) civilities() {
	if !s.hasWord(lxCivilities) {
		return
	}
	for i := 0; i < s.toks.Len(); i++ {
		if !s.is(i, lxCivilities) || !s.cap(i) {
			continue
		}
		g := civilities[s.f(i)]
		j := i + 1
		if s.f(j) == "." {
			j++
		}
		if p := s.occAt(j); p != nil && p.kind == kindPerson && g != genderUnknown {
			p.gender = g // "M. Ryad Mezzour, ministre de ..."
			continue
		}
		if s.isClaimed(i) {
			continue
		}
		end, ok := s.nameAt(j, 1)
		if !ok {
			continue
		}
		family := s.f(end - 1)
		if end-j >= 2 && s.nameWords(j, end) >= 2 {
			s.add(occ{kind: kindPerson, gender: g, ri: &roleInfo{family: family}, civil: true}, i, end, j, end)
		} else {
			s.add(occ{ref: occRefFamily, kind: kindPerson, gender: g, ri: &roleInfo{family: family}}, i, end, i, end)
		}
		i = end - 1
	}
}

// nameWords counts the words of a name that are not particles or dots.
func (s *psent) nameWords(lo, hi int) int {
	n := 0
	for k := lo; k < hi; k++ {
		if s.tok(k).IsWord() && !s.is(k, lxNameParticles) {
			n++
		}
	}
	return n
}

// quoted reports whether token i follows a speech verb or "selon" ("a
// déclaré Karim Zidane", "selon Karim Zidane").
func (s *psent) quoted(i int) bool {
	return s.is(i-1, lxSpeechVerbs) && s.is(i-2, lxAuxiliaries) || s.is(i-1, lxAccordingTo)
}

// namedPeople reads names that start with a known first name ("Saïd
// Amzazi a déclaré"), and names after a speech verb or "selon" ("a
// déclaré Karim Zidane", "selon Karim Zidane").
func (s *psent) namedPeople() {
	for i := 0; i < s.toks.Len(); i++ {
		if !s.cap(i) {
			continue // no name word (nameWord): the common case, tested first
		}
		g, ok := genderUnknown, s.is(i, lxFirstNames)
		if ok {
			g = firstNames()[s.f(i)]
		}
		if !ok && !s.quoted(i) || !s.nameWord(i) || s.nameWord(i-1) || s.is(i-1, lxPlaceNouns) {
			continue
		}
		end, ok := s.nameAt(i, 2)
		if !ok {
			continue
		}
		s.add(occ{kind: kindPerson, gender: g, ri: &roleInfo{family: s.f(end - 1)}}, i, end, i, end)
		i = end - 1
	}
}
