package parties

// maxSubsidiaryAdjectives bounds the lower-case words between a
// subsidiary noun and its parent ("la filiale marocaine du groupe").
const maxSubsidiaryAdjectives = 3

// parentComplements reads "la filiale marocaine du groupe, X": the group
// that the complement of a subsidiary noun refers back to is the parent
// of X, named after it; it is no item of a list of parties ("entre la
// filiale marocaine du groupe, X, et l'AMDIE": X is the party).
func (s *psent) parentComplements() {
	if !s.hasWord(lxSubsidiaryNouns) {
		return
	}
	for _, o := range s.occs {
		if o.ref != occRefGroup || !s.is(int(o.lo)-1, lxContractedDe) || s.f(int(o.hi)) != "," {
			continue
		}
		child := s.occAt(int(o.hi) + 1)
		if child == nil || child.kind != kindCompany || !s.subsidiaryNounBefore(int(o.lo)-2) {
			continue
		}
		o.parentOf, o.apposed = true, true
	}
}

// subsidiaryNounBefore reports whether a subsidiary noun after a
// determiner ends at token i, or a few lower-case words before it.
func (s *psent) subsidiaryNounBefore(i int) bool {
	for k := 0; k <= maxSubsidiaryAdjectives && i > 0; k++ {
		if s.is(i, lxSubsidiaryNouns) {
			return s.in(i-1, singularDets) || s.in(i-1, singularPoss)
		}
		if t := s.tok(i); !t.IsWord() || t.Cap() {
			return false
		}
		i--
	}
	return false
}
