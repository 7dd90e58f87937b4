package parties

import (
	"slices"

	"veille/extract/text"
)

// Enumerations of parties: "le ministre ..., X, la ministre ..., Y et le
// PDG ..., Z", "les entreprises A, B et C", "plusieurs équipementiers : A,
// B", "les directeurs généraux de A et B".

// enumerate reads an enumeration of parties starting at j ("le ministre
// ..., X, la ministre ..., Y et le PDG ..., Z"; "les entreprises A, B et
// C"): occurrences separated by commas, "et" or "ainsi que", after
// determiners and generic nouns. With companies set, an unknown
// capitalised name in the list is taken as a company.
func (s *psent) enumerate(j int, companies bool) []*occ {
	var out []*occ
	for j < s.toks.Len() {
		if os, n, ok := s.representatives(j); ok {
			out = append(out, os...)
			j = n
			continue
		}
		if n, c, ok := s.skipGroup(j, companies); ok {
			if n < 0 {
				break
			}
			j, companies = n, c
			continue
		}
		var os []*occ
		hi, found := j, false
		for k := 0; k < 5; k++ {
			for o := range s.startingAt(j) {
				found, hi = true, max(hi, int(o.hi))
				if !o.parentOf || !o.apposed { // "la filiale du groupe, X": X is the item
					os = append(os, o)
				}
			}
			if found || !s.filler(j) {
				break
			}
			j++
			hi = j
		}
		if !found && s.bareLocal(j) {
			hi = j + 1 // "entre la commune et le Conseil de la région X": named before
		} else if !found {
			o, e := s.unknownItem(j, companies, len(out) > 0)
			if o == nil {
				break
			}
			os, hi = append(os, o), e
		}
		out = append(out, os...)
		k := s.separatorEnd(hi)
		if k == hi {
			break
		}
		if k == hi+1 && s.f(hi) == "," && s.in(k, prepsThen) {
			k++ // the preposition said again: "par A, par B, et par C"
		} else if e := s.whereFromEnd(k); e > k {
			k = e // "signée par A, depuis Casablanca, B, depuis Béni Mellal, et C"
		} else if k == hi+1 && k < s.toks.Len() && s.f(hi) == "," && s.tok(k).IsWord() && !s.tok(k).Cap() && !innerCap(s.tok(k).Text()) && (!s.filler(k) || s.is(k+1, lxSubsidiaryNouns) && s.appositionAt(k+1) == hi) {
			// An apposition: "A, (une) filiale de B, et C", "A, représenté par
			// le ministre de X, Y, et C".
			m := k
			for m < s.toks.Len() && m-k < 25 && !s.at(m, phCommaAnd) && s.tok(m).Text() != "." && s.tok(m).Text() != ";" {
				m++
			}
			if !s.at(m, phCommaAnd) {
				break
			}
			k = m + 2
		}
		if s.in(k, adverbEach) { // "et respectivement par B et C"
			k++
		}
		if s.in(k, prepsThen) { // "..., et par Y"
			k++
		}
		j = k
	}
	return out
}

// unknownItem reads at j an item of an enumeration that no recogniser
// has read at its start: a name in quotes ("les sociétés « A » et « B »"),
// read already or not, or, when companies is set, an unknown capitalised
// name taken as a company: after an item already listed, a business
// park's too, which a list of parties names for the company that runs it
// ("entre le ministère, Tanger Med Zones et Kabeltec Systems"; not
// "porté par Tanger Med, qui..."). It returns the item, or nil, and its end.
func (s *psent) unknownItem(j int, companies, listed bool) (*occ, int) {
	q := s.quotedAt(j)
	if q > 0 {
		for o := range s.startingAt(j + q) {
			if s.quoteCloses(int(o.hi), q) {
				return o, int(o.hi) + q
			}
		}
	}
	e := s.companyRunAt(j + q)
	if !companies || e == j+q || !s.quoteCloses(e, q) || !s.free(j, e+q) || !s.validCompany(j+q, e) && !(listed && s.isPark(j+q, e)) {
		return nil, j
	}
	return s.add(occ{kind: s.bodyKind(j+q, e)}, j, e+q, j+q, e), e + q
}

// bareLocal reports whether token j is the head of a local government
// named before, in lower case after its determiner and with no name
// ("la commune", "la province"): an item of an enumeration that names no
// party itself.
func (s *psent) bareLocal(j int) bool {
	return s.is(j, lxLocalHeads) && !s.cap(j) && s.is(j-1, lxDeterminers) && !s.isClaimed(j)
}

// whereFromEnd returns where the next item starts after the place an
// item signed from, at k ("A, depuis Casablanca, B"), or k if there is
// none.
func (s *psent) whereFromEnd(k int) int {
	if !s.in(k, signedFrom) || !s.cap(k+1) {
		return k
	}
	e := k + 1
	for e < s.toks.Len() && e-k <= maxPlaceWords && s.f(e) != "," {
		e++
	}
	if s.f(e) != "," {
		return k
	}
	return s.separatorEnd(e)
}

// separatorEnd reads the separator after an item of an enumeration that
// ends at token hi (a comma, "et", "ainsi que", the side of an agreement)
// and returns where the next item may start (hi if there is none).
func (s *psent) separatorEnd(hi int) int {
	k := s.itemEnd(hi)
	if s.f(k) == "," || s.f(k) == ";" && (s.cap(k+1) || s.is(k+1, lxConjAnd)) {
		k++ // "par A, secrétaire générale de X ; B, président de Y ; ..."
	}
	if e := s.sideEnd(k); e > k { // "A, d'une part, et B"
		k = e
		if s.f(k) == "," {
			k++
		}
	}
	if s.is(k, lxConjAnd) {
		k++
	} else if s.at(k, phAinsiQue) {
		k += len(phAinsiQue)
	}
	if e := s.sideEnd(k + 1); s.f(k) == "," && e > k+1 && s.f(e) == "," {
		k = e + 1 // "A, et, pour la partie privée, par B"
	} else if e := s.forWhomEnd(k + 1); s.f(k) == "," && e > k+1 && s.f(e) == "," && s.in(e+1, prepsThen) {
		k = e + 1 // "A, et, pour les deux entreprises, par B"
	}
	return k
}

// maxForWords bounds the words of a "pour les deux entreprises" incise.
const maxForWords = 3

// forWhomEnd returns the end of "pour" and the plain noun phrase of those
// a signer stands for ("pour les deux entreprises", "pour le groupe") at
// k, or k.
func (s *psent) forWhomEnd(k int) int {
	e, ok := text.MatchAt(phForThe, s.toks, k)
	if !ok {
		return k
	}
	for m := e; m < s.toks.Len() && m-e < maxForWords; m++ {
		if t := s.tok(m); !t.IsWord() || t.Cap() {
			return m
		}
	}
	return k
}

// maxParenWords bounds a parenthesis skipped in an enumeration.
const maxParenWords = 25

// itemEnd returns where an item of an enumeration that ends at token k
// goes on to its separator: past a parenthesis ("A (filiale de B) et C")
// or the adjectives of a reference ("la société japonaise et B").
func (s *psent) itemEnd(k int) int {
	if s.f(k) == "(" {
		if m := s.closingParen(k); m > k {
			k = m + 1
		}
	}
	if s.f(k-1) == ")" {
		// "le Centre régional d'investissement (CRI) de Dakhla-Oued Ed
		// Dahab et C", "(CRI) Souss-Massa et C": the territory of a body
		// after its acronym.
		n := k
		if p, ok := s.prepEnd(k); ok {
			n = p
		}
		e := n
		for s.cap(e) || s.f(e) == "-" && s.cap(e+1) {
			e++
		}
		if e > n && s.isPlace(n, e) {
			return e
		}
	}
	for k < s.toks.Len() && !s.cap(k) && s.is(k, lxRoleAdjectives) {
		k++
	}
	return k
}

// closingParen returns the ")" closing the "(" at k in the sentence, or -1.
func (s *psent) closingParen(k int) int {
	for m := k + 1; m < s.toks.Len() && m-k <= maxParenWords; m++ {
		switch s.tok(m).Text() {
		case ")":
			return m
		case "(":
			return -1
		}
	}
	return -1
}

// sideEnd returns the end of "d'une part", "d'autre part" or "de l'autre"
// at k, which tell the sides of an agreement apart, else k.
func (s *psent) sideEnd(k int) int {
	if !s.hasWord(lxSideWords) {
		return k // most sentences name no side
	}
	switch {
	case s.at(k, phOneSide):
		return k + len(phOneSide)
	case s.at(k, phOtherSide):
		return k + len(phOtherSide)
	case s.at(k, phForTheSide) && s.tok(min(k+len(phForTheSide), s.toks.Len()-1)).IsWord():
		return k + len(phForTheSide) + 1 // "pour la partie marocaine"
	}
	for _, p := range []text.Phrase{phSideOf, phSideOfThe} {
		if e, ok := text.MatchAt(p, s.toks, k); ok && e < s.toks.Len() && s.tok(e).IsWord() && !s.tok(e).Cap() &&
			!s.is(e, lxComplementPreps|lxDeterminers) {
			return e + 1 // "côté chinois", "du côté marocain"
		}
	}
	return k
}

// filler reports whether token j may sit between an enumeration's
// separators and its next party: a determiner, a number, a generic plural
// ("les deux industriels"), a preposition.
func (s *psent) filler(j int) bool {
	if s.is(j, lxCivilities) || s.f(j) == "." && s.is(j-1, lxCivilities) {
		return true
	}
	return s.is(j, lxDeterminers|lxNumberWords|lxCompanyListNouns) ||
		s.is(j, lxComplementPreps) || s.in(j, contractedA)
}

// maxGroupAdjectives bounds the lower-case words after the noun of a
// generic group ("plusieurs équipementiers automobiles étrangers").
const maxGroupAdjectives = 3

// groupEnd returns the end of a generic plural group at j that names no
// party itself ("plusieurs équipementiers automobiles", "des opérateurs
// industriels", "huit entreprises"), else j. A group whose members a
// recogniser already read ("les entreprises A, B et C") is left to it.
func (s *psent) groupEnd(j int) int {
	k := j
	for s.is(k, lxDeterminers|lxNumberWords) || s.in(k, quantifiers) || k < s.toks.Len() && isDigitWord(s.tok(k).Text()) {
		k++
	}
	if k == j || k-j > 2 || !s.is(k, lxCompanyListNouns) {
		return j
	}
	k++
	for n := 0; n < maxGroupAdjectives && k < s.toks.Len(); n++ {
		t := s.tok(k)
		if !t.IsWord() || t.Cap() || t.AllCaps() || t.has(lxStopWords|lxVerbStops|lxComplementPreps|lxDeterminers) {
			break
		}
		k++
	}
	for m := j; m < k; m++ {
		if s.occAt(m) != nil {
			return j
		}
	}
	return k
}

// listIntroEnd returns where the members of a group start when an
// introducer stands at k (": A, B", "notamment A", "parmi lesquels A").
func (s *psent) listIntroEnd(k int) (int, bool) {
	for _, p := range listIntros {
		if e, ok := text.MatchAt(p, s.toks, k); ok {
			if s.f(e) == ":" {
				e++
			}
			return e, true
		}
	}
	return k, false
}

// skipGroup reads at j a plural role ("les directeurs généraux de") or a
// generic group that names no party itself ("plusieurs équipementiers
// automobiles"). It returns where the enumeration goes on (-1 where it
// ends) and whether its members are companies; ok is false when there is
// no group at j. "plusieurs équipementiers : A, B" names its members;
// "des opérateurs privés et le ministère X" goes on to the next party.
func (s *psent) skipGroup(j int, companies bool) (next int, members, ok bool) {
	if n, ok := s.rolesOfEnd(j); ok {
		return n, true, true
	}
	e := s.groupEnd(j)
	if e == j {
		return j, companies, false
	}
	if s.f(e) == "," {
		e++
	}
	if n, ok := s.listIntroEnd(e); ok {
		return n, true, true
	}
	if s.is(e, lxConjAnd) {
		return e + 1, companies, true
	}
	return -1, companies, true
}

// pluralRoleEnd returns the end of the plural role of the heads of
// several bodies at j, with its determiner and adjectives ("les
// directeurs généraux", "leurs PDG respectifs"), or j if none starts
// there.
func (s *psent) pluralRoleEnd(j int) int {
	if !s.in(j, pluralDeterminers) || !s.in(j+1, pluralRoles) {
		return j
	}
	k := j + 2
	for s.in(k, pluralRoleAdjectives) {
		k++
	}
	return k
}

// rolesOfEnd reads the plural role of the heads of several bodies at j
// ("les directeurs généraux de", "les PDG des") and returns where the
// bodies start.
func (s *psent) rolesOfEnd(j int) (int, bool) {
	k := s.pluralRoleEnd(j)
	if k == j {
		return j, false
	}
	n, ok := s.prepEnd(k)
	if !ok || n == k+1 && s.is(k, lxPrepDe) && s.is(n, lxDeterminers) {
		return j, false
	}
	return n, true
}

// representatives reads the heads of several bodies named after their
// plural role and a comma: "leurs directeurs généraux respectifs, A pour
// X et B pour Y". The names there are people's, known first names or not.
// It returns them with the bodies they stand for, and where the list ends.
func (s *psent) representatives(j int) ([]*occ, int, bool) {
	k := s.pluralRoleEnd(j)
	if k == j {
		return nil, j, false
	}
	k = s.generalComplementEnd(k)
	if s.f(k) != "," && s.f(k) != ":" {
		return nil, j, false
	}
	k++
	var out []*occ
	for k < s.toks.Len() {
		p := s.occAt(k)
		if p == nil || p.kind != kindPerson {
			e, ok := s.nameAt(k, 2)
			if !ok || !s.free(k, e) {
				break
			}
			p = s.add(occ{kind: kindPerson, gender: firstNames()[s.f(k)], ri: &roleInfo{family: s.f(e - 1)}}, k, e, k, e)
		}
		out = append(out, p)
		k = int(p.hi)
		if s.in(k, prepFor) { // "A pour X": the body A stands for
			b := s.occAt(k + 1)
			if e := s.companyRunAt(k + 1); b == nil && e > k+1 && s.free(k+1, e) && s.validCompany(k+1, e) {
				b = s.add(occ{kind: s.bodyKind(k+1, e)}, k+1, e, k+1, e)
			}
			if b == nil || b.kind == kindPerson {
				break
			}
			out = append(out, b)
			k = int(b.hi)
		}
		if s.f(k) == "," {
			k++
		}
		if !s.is(k, lxConjAnd) && !s.cap(k) {
			break
		}
		if s.is(k, lxConjAnd) {
			k++
		}
	}
	return out, k, len(out) > 0
}

// maxGeneralWords bounds the words of the lower-case complement of a
// plural role ("les représentants des deux groupes").
const maxGeneralWords = 4

// generalComplementEnd returns the end of a lower-case complement at k
// that names the bodies of a plural role only in general ("les
// représentants du consortium, A pour X et B pour Y"), when a comma or a
// colon follows it; else k.
func (s *psent) generalComplementEnd(k int) int {
	n, ok := s.prepEnd(k)
	if !ok {
		return k
	}
	for m := n; m < s.toks.Len() && m-n <= maxGeneralWords; m++ {
		if f := s.f(m); f == "," || f == ":" {
			return m
		}
		if t := s.tok(m); !t.IsWord() || t.Cap() || t.AllCaps() || t.has(lxVerbStops) {
			break
		}
	}
	return k
}

// respectively names the roles of an enumeration by the names that
// "respectivement" lists after them: "paraphé par le ministre de X, le
// ministre délégué Y et le président de Z, respectivement A, B et C".
// Each role, a reference until then, becomes the naming of its person;
// the names listed are not parties apart.
func (s *psent) respectively() {
	if !s.hasWord(lxAdverbEach) {
		return
	}
	for k := range s.toks.Len() {
		if !s.is(k, lxAdverbEach) {
			continue
		}
		if s.rolesAfter(k) {
			continue
		}
		names := s.namesFrom(k + 1)
		var roles []*occ
		for _, o := range s.occs {
			if o.ref == occRefPerson && int(o.hi) <= k {
				roles = append(roles, o)
			}
		}
		if len(names) < 2 || len(roles) < len(names) {
			continue
		}
		for i, r := range roles[len(roles)-len(names):] {
			p := names[i]
			r.ref, r.name, r.start, r.end = occName, p.name, p.start, p.end
			if f := p.info().family; f != "" {
				r.own().family = f
			}
			if r.gender == genderUnknown {
				r.gender = p.gender
			}
			s.takeRole(r, int(r.lo), int(r.hi))
		}
		s.occs = slices.DeleteFunc(s.occs, func(o *occ) bool { return slices.Contains(names, o) })
	}
}

// rolesAfter gives the people listed before the "respectivement" at k
// the roles it lists after it ("signé par A et B, respectivement ministre
// de X et PDG de Y"), and reports whether it did.
func (s *psent) rolesAfter(k int) bool {
	type role struct {
		head    headInfo
		lo, end int
	}
	var roles []role
	for j := k + 1; j < s.toks.Len(); j++ {
		h, ok := roleHeadAt(s, j)
		if !ok {
			break
		}
		e := s.headEnd(j, h)
		end, ok := s.roleEnd(h, e)
		if !ok {
			break
		}
		for c := e; c < end; c++ {
			if _, next := roleHeadAt(s, c+1); next && s.in(c, listJoiners) {
				end = c // "ministre de X et PDG de Y": two roles
				break
			}
		}
		roles = append(roles, role{h, j, end})
		if j = end; !s.in(j, listJoiners) {
			break
		}
	}
	var people []*occ
	for _, o := range s.occs {
		if o.ref == occName && o.kind == kindPerson && int(o.hi) <= k {
			people = append(people, o)
		}
	}
	if len(roles) < 2 || len(people) < len(roles) {
		return false
	}
	for i, p := range people[len(people)-len(roles):] {
		r := roles[i]
		ri := p.own()
		ri.role, ri.roleHead = s.span(r.lo, r.end), r.head.phrase
		s.takeRole(p, r.lo, r.end)
	}
	return true
}

// namesFrom returns the people named in a list from token j ("A, B et
// C").
func (s *psent) namesFrom(j int) []*occ {
	var out []*occ
	for {
		o := s.occAt(j)
		if o == nil || o.kind != kindPerson {
			return out
		}
		out = append(out, o)
		j = int(o.hi)
		if !s.in(j, listJoiners) {
			return out
		}
		j++
	}
}
