package parties

import "veille/normalize"

// Counted signers: the heads of a number of companies who sign together
// ("côté privé, par les dirigeants des cinq entreprises") sign for the
// companies the article goes on to list one by one, each with its
// project.

// countAgents records the counted group of companies whose heads sign
// "par" at i or at a "par" after it in the sentence ("signées, côté
// public, par A, et côté privé par les dirigeants des cinq entreprises").
func (s *psent) countAgents(i int) {
	for k := i; k < s.toks.Len(); k++ {
		if positionCues[s.f(k)] != cueAgent {
			continue
		}
		if n := s.countedSigners(k + 1); n > s.reader.counted.companies {
			s.reader.counted = countedGroup{companies: n, at: int32(s.toks.Span(k).Start)}
		}
	}
}

// countedSigners reads at j the heads of a counted group of companies
// ("les dirigeants des cinq entreprises", "les représentants des 3
// sociétés") and returns how many companies they sign for, 0 if none.
func (s *psent) countedSigners(j int) int {
	k := s.pluralRoleEnd(j)
	if k == j || !s.in(k, countedOf) || !s.is(k+2, lxCompanyListNouns) {
		return 0
	}
	n, err := normalize.ParseNumber(s.tok(k + 1).Text())
	if err != nil || !n.IsInt || n.Int < 2 {
		return 0
	}
	return int(n.Int)
}

// countedGroup is the counted group of companies whose heads sign: how
// many companies they sign for (0 if the article counts none) and the
// byte offset of the "par" before them.
type countedGroup struct {
	companies int
	at        int32
}

// countedOf joins a plural role to its counted group: "des cinq".
var countedOf = wordSet("des")

// countedParties makes parties of the companies that pledge when the
// heads of a counted group of companies signed, and the companies that
// pledge or are parties are as many as the group counts: "par les
// dirigeants des cinq entreprises" signs for the five companies the
// article names with their projects. Only the companies the article
// names after the group count: one named before is the other side ("Les
// contrats ont été signés par le directeur général d'OIP et par les
// représentants des quatre entreprises"). It reports whether it made a
// party.
func (r *partyResolver) countedParties(g countedGroup) bool {
	if g.companies == 0 {
		return false
	}
	var pledging []*partyEntity
	n := 0
	for _, e := range r.ents {
		switch {
		case e.kind != kindCompany || e.parent || e.start < g.at:
		case e.via == viaParty || e.via == viaSigned:
			n++
		case e.commit:
			n++
			pledging = append(pledging, e)
		}
	}
	if n != g.companies || len(pledging) == 0 {
		return false
	}
	for _, e := range pledging {
		e.via = viaParty
	}
	return true
}
