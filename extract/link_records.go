package extract

// What the linker reads of the record's other lists: its agreements and
// its parties.

// severalAgreements reports whether the article reports several
// agreements of a kind ("huit conventions"), so that its figures may
// belong to partners it does not name.
func severalAgreements(as []Agreement) bool {
	for _, a := range as {
		if a.Count > 1 {
			return true
		}
	}
	return false
}

// signedAt reports whether an agreement was signed at the place.
func signedAt(as []Agreement, place string) bool {
	for _, a := range as {
		if a.Place != nil && *a.Place == place {
			return true
		}
	}
	return false
}

// hasCompany reports whether one of the parties is a company.
func hasCompany(ps []Party) bool {
	for _, p := range ps {
		if p.Kind == KindCompany {
			return true
		}
	}
	return false
}
