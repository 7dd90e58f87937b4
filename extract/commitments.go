package extract

// commitments builds one commitment per pledge that has a partner, a
// deadline or parts (a total): a partner's directs and indirects stay two
// commitments, so that each pledged count keeps its own partner and year.
// An investment amount joins the first commitment of its partner, or the
// partner-less one of its sentence, which keeps the first sum it gets; a
// partner with money but no pledged jobs gets a commitment of its own when
// the article reports an agreement.
func commitments(d *doc, rec *Record) []Commitment {
	out := make([]Commitment, 0, len(rec.Jobs)+len(rec.Amounts)) // at most one a figure
	var agreement *string
	if len(rec.Agreements) > 0 {
		agreement = &rec.Agreements[0].Type
	}
	totals := map[int64]bool{}
	for _, j := range rec.Jobs {
		if j.PartOf != nil {
			totals[*j.PartOf] = true
		}
	}
	for _, j := range rec.Jobs {
		if j.Kind != JobPledged || (j.Company == nil && j.Year == nil && !totals[j.Count]) {
			continue
		}
		count := j.Count
		out = append(out, Commitment{Partner: j.Company, Jobs: &count, Place: j.Place, Year: j.Year,
			Agreement: underAgreement(rec, j.Company, agreement), Evidence: []Evidence{j.Evidence}})
	}
	for _, a := range rec.Amounts {
		if a.Kind != AmountInvestment || a.ValueMAD == nil {
			continue
		}
		c := commitmentFor(d, out, a)
		if c == nil {
			if a.Company == nil || agreement == nil {
				continue // a company's capital spending is not a commitment
			}
			out = append(out, Commitment{Partner: a.Company, Agreement: agreement, Evidence: []Evidence{}})
			c = &out[len(out)-1]
		}
		if c.AmountMAD != nil {
			continue // the first sum said is the commitment's; others restate or detail it
		}
		c.AmountMAD = a.ValueMAD
		c.Evidence = append(c.Evidence, a.Evidence)
	}
	return out
}

// commitmentFor returns the commitment an investment amount belongs to:
// the first of its partner, else the partner-less one stated in the same
// sentence ("5 050 emplois... pour 65 millions de dirhams").
func commitmentFor(d *doc, out []Commitment, a Amount) *Commitment {
	si := d.SentenceAt(d.Byte(a.Evidence.Start))
	for i := range out {
		c := &out[i]
		switch {
		case a.Company != nil:
			if c.Partner != nil && *c.Partner == *a.Company {
				return c
			}
		case c.Partner == nil && d.SentenceAt(d.Byte(c.Evidence[0].Start)) == si:
			return c
		}
	}
	return nil
}

// underAgreement returns the agreement of a pledge by partner: none for
// a company that is no party to the article's agreements ("la commission
// a validé le projet de X ... en marge de la réunion, A et B ont signé une
// convention": X's jobs are not the convention's).
func underAgreement(rec *Record, partner, agreement *string) *string {
	if partner == nil || agreement == nil {
		return agreement
	}
	for _, p := range rec.Signatories {
		if p.Name == *partner {
			return agreement
		}
	}
	for _, p := range rec.Actors {
		if p.Name == *partner && p.Kind == KindCompany && hasCompany(rec.Signatories) {
			return nil
		}
	}
	return agreement
}
