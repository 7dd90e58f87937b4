package extract

import "slices"

// The ranks ordinals give: "Le deuxième protocole..." picks the second
// partner of the enumeration.

// ranks returns the rank each sentence's ordinal says, 0 for none: a
// sentence opening with "Enfin" after ordinals is the next rank ("Le
// deuxième... Enfin, le contrat...").
func (l *linker) ranks() []int {
	cs := linkCues()
	ranks := make([]int, len(l.d.Sents))
	last := 0 // the last rank said
	for si := range l.d.Sents {
		ranks[si] = l.ordinalIn(cs, si)
		from, to := l.d.sentWords(si)
		if _, ok := matchAny(cs.finally, l.ws, from, to); ok && ranks[si] == 0 && last > 0 {
			ranks[si] = last + 1
		}
		if ranks[si] > 0 {
			last = ranks[si]
		}
	}
	return ranks
}

// ranked returns the partners in the order ordinals pick them: the
// companies of the enumeration when it lists any (the government body or
// the office that signs with each is not one of the ranks: "conventions
// signées par l'Office avec A et d'autres opérateurs... la deuxième
// convention" is not the Office's), each company an ordinal's sentence
// names at that rank, the others in the order listed.
func (l *linker) ranked(enum []string, ranks []int) []string {
	var companies []string
	for _, name := range enum {
		if l.companies[name] {
			companies = append(companies, name)
		}
	}
	if len(companies) >= 1 {
		enum = companies
	}
	listed := make(map[string]bool, len(enum))
	for _, name := range enum {
		listed[name] = true
	}
	named := map[int]string{}
	for si, r := range ranks {
		if r > 0 && r <= len(enum) {
			if name := l.firstCompany(si); listed[name] {
				named[r] = name
			}
		}
	}
	if len(named) == 0 {
		return enum
	}
	out := make([]string, len(enum))
	placed := map[string]bool{}
	for r, name := range named {
		out[r-1] = name
		placed[name] = true
	}
	rest := slices.DeleteFunc(slices.Clone(enum), func(name string) bool { return placed[name] })
	for k := range out {
		if out[k] == "" && len(rest) > 0 {
			out[k], rest = rest[0], rest[1:]
		}
	}
	return out
}
