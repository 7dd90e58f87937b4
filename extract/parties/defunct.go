package parties

// closureNouns end the life of the company named as their complement:
// "la fermeture des Charbonnages du Maroc", "la liquidation de la
// société X". Such a company is recalled, not the one a later
// "l'entreprise" refers back to.
var closureNouns = wordSet("fermeture", "liquidation", "faillite", "disparition", "dissolution")

// defunct marks the companies named as the complement of a closure noun.
func (s *psent) defunct() {
	for _, o := range s.occs {
		if o.ref != occName || o.kind != kindCompany {
			continue
		}
		k := int(o.lo) - 1
		switch {
		case s.in(k, articlesAfterDe) && s.is(k-1, lxPrepDe):
			k -= 2
		case s.is(k, lxContractedDe|lxPrepDe):
			k--
		default:
			continue
		}
		if s.in(k, closureNouns) {
			o.gone = true
		}
	}
}
