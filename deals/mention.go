package deals

import (
	"cmp"
	"net/url"
	"slices"
	"strings"

	"veille/extract"
	"veille/names"
	"veille/normalize"
)

// Mentions returns what a record says of each deal it reports, one Source
// per deal: its commitments grouped by partner (a partner's direct and
// indirect jobs are one deal), a commitment without a partner given to the
// record's companies and institutions, and a relevant record without
// commitments summed up in one source. A partnerless total whose parts
// have commitments of their own is left to its parts, so nothing is
// counted twice. A record not judged relevant reports no deal.
func Mentions(r *extract.Record) []Source {
	if !r.Relevant {
		return nil
	}
	base := Source{URL: cmp.Or(r.CanonicalURL, r.URL), Outlet: outlet(r), Title: r.Title, Published: published(r)}
	totals := map[int64]bool{} // job counts whose parts are listed
	for _, j := range r.Jobs {
		if j.PartOf != nil {
			totals[*j.PartOf] = true
		}
	}
	var groups [][]extract.Commitment
	for _, c := range r.Commitments {
		if c.Partner == nil && c.Jobs != nil && totals[*c.Jobs] {
			continue
		}
		i := slices.IndexFunc(groups, func(g []extract.Commitment) bool { return samePartner(g[0].Partner, c.Partner) })
		if i < 0 {
			groups = append(groups, nil)
			i = len(groups) - 1
		}
		groups[i] = append(groups[i], c)
	}
	var out []Source
	for _, g := range groups {
		out = append(out, fromCommitments(r, base, g, len(groups) == 1))
	}
	if len(r.Commitments) == 0 {
		out = append(out, summary(r, base, totals))
	}
	return out
}

func samePartner(a, b *string) bool {
	if a == nil || b == nil {
		return a == b
	}
	return names.Same(*a, *b)
}

// outlet returns the name of the record's outlet, else the host of its
// URL, else "".
func outlet(r *extract.Record) string {
	if r.Site != "" {
		return r.Site
	}
	if u, err := url.Parse(cmp.Or(r.CanonicalURL, r.URL)); err == nil {
		return u.Host
	}
	return ""
}

// published returns the record's publication date, else its fetch date.
func published(r *extract.Record) string {
	for _, p := range []*string{r.Published, r.FetchedAt} {
		if p != nil && len(*p) >= 10 {
			return (*p)[:10]
		}
	}
	return ""
}

// fromCommitments builds the source of one partner's commitments.
//
// The region of a commitment without a place is guessed from the record
// only when guess is set: an article about several partners says too
// little of which is where.
func fromCommitments(r *extract.Record, s Source, g []extract.Commitment, guess bool) Source {
	if g[0].Partner != nil {
		s.Partners = []string{*g[0].Partner}
	} else {
		s.Partners = signatories(r)
	}
	counted := map[int64]bool{}
	for _, c := range g {
		if c.Jobs != nil {
			counted[*c.Jobs] = true
		}
	}
	var ev []extract.Evidence
	for _, c := range g {
		if c.Jobs != nil && !partOfCounted(r, *c.Jobs, counted) && !slices.ContainsFunc(s.JobsParts, func(p JobPart) bool { return p.Count == *c.Jobs }) {
			s.JobsParts = append(s.JobsParts, JobPart{Count: *c.Jobs, Qualifier: qualifier(r, *c.Jobs)})
		}
		if c.AmountMAD != nil && (s.AmountMAD == nil || *s.AmountMAD != *c.AmountMAD) {
			s.AmountMAD = add(s.AmountMAD, *c.AmountMAD)
		}
		if c.Year != nil && (s.Year == nil || *c.Year > *s.Year) {
			s.Year = c.Year
		}
		s.Place = cmp.Or(s.Place, deref(c.Place))
		s.Agreement = cmp.Or(s.Agreement, deref(c.Agreement))
		ev = append(ev, c.Evidence...)
	}
	for _, p := range s.JobsParts {
		s.Jobs = add(s.Jobs, p.Count)
	}
	s.Evidence = sentences(ev)
	finish(r, &s, guess)
	return s
}

// partOfCounted reports whether the job figure n is a part of a total that
// is itself counted.
func partOfCounted(r *extract.Record, n int64, counted map[int64]bool) bool {
	for _, j := range r.Jobs {
		if j.Count == n && j.PartOf != nil && counted[*j.PartOf] {
			return true
		}
	}
	return false
}

// qualifier returns the qualifier of the record's job figure n.
func qualifier(r *extract.Record, n int64) string {
	for _, j := range r.Jobs {
		if j.Count == n && j.Qualifier != nil {
			return *j.Qualifier
		}
	}
	return ""
}

// summary sums up a relevant record without commitments: its companies
// and institutions, pledged jobs (totals through their parts), investments,
// first city and last target year.
func summary(r *extract.Record, s Source, totals map[int64]bool) Source {
	s.Partners = signatories(r)
	var ev []extract.Evidence
	for _, j := range r.Jobs {
		if j.Kind == extract.JobPledged && !totals[j.Count] {
			s.JobsParts = append(s.JobsParts, JobPart{Count: j.Count, Qualifier: deref(j.Qualifier)})
			s.Jobs = add(s.Jobs, j.Count)
			ev = append(ev, j.Evidence)
		}
	}
	for _, m := range r.Amounts {
		if m.Kind == extract.AmountInvestment && m.ValueMAD != nil {
			s.AmountMAD = add(s.AmountMAD, *m.ValueMAD)
			ev = append(ev, m.Evidence)
		}
	}
	for _, p := range r.Places {
		if p.Kind == normalize.PlaceCity || p.Kind == normalize.PlaceCommune {
			s.Place = p.Name
			break
		}
	}
	for _, y := range r.TargetYears {
		if s.Year == nil || y.Year > *s.Year {
			s.Year = &y.Year
		}
	}
	if len(r.Agreements) > 0 {
		ev = append(ev, r.Agreements[0].Evidence)
	}
	s.Evidence = sentences(ev)
	finish(r, &s, true)
	return s
}

// finish fills what every source takes from the record: the agreement
// type and its signing date, the city and the region (guessed from the
// record's places when s names none and guess is set).
func finish(r *extract.Record, s *Source, guess bool) {
	if s.Agreement == "" && len(r.Agreements) > 0 {
		s.Agreement = r.Agreements[0].Type
	}
	for _, a := range r.Agreements {
		if a.SignedOn != nil && (a.Type == s.Agreement || s.SignedOn == "") {
			s.SignedOn = *a.SignedOn
		}
	}
	if p, ok := normalize.LookupPlace(s.Place); ok {
		switch p.Kind {
		case normalize.PlaceCity, normalize.PlaceCommune: // a rural commune is the locality of its deal
			s.City = p.Name
		case normalize.PlacePark, normalize.PlaceDistrict:
			s.City = p.City
		}
		s.Region = regionOf(p)
	}
	if s.Region == "" && guess {
		s.Region = recordRegion(r)
	}
	if s.Partners == nil {
		s.Partners = []string{}
	}
}

// signatories returns the names of the record's companies and institutions
// that are parties to the agreement.
func signatories(r *extract.Record) []string {
	var out []string
	for _, p := range r.Signatories {
		if p.Kind == extract.KindCompany || p.Kind == extract.KindInstitution {
			out = append(out, p.Name)
		}
	}
	return out
}

// regionOf returns the 2015 region of a gazetteer place.
func regionOf(p *normalize.Place) string {
	if p.Kind == normalize.PlaceRegion && p.Region == "" {
		return p.Name
	}
	return p.Region
}

// recordRegion guesses the region of a record's deal when its commitment
// names no place: the region its Moroccan places name most often, leaving
// out the place of the signing ceremony (Rabat, more often than not,
// whatever the project) when others remain; "" on a tie.
func recordRegion(r *extract.Record) string {
	signed := map[string]bool{}
	for _, a := range r.Agreements {
		if a.Place != nil {
			signed[*a.Place] = true
		}
	}
	count := func(skipSigning bool) map[string]int {
		n := map[string]int{}
		for _, pl := range r.Places {
			p, ok := normalize.LookupPlace(pl.Name)
			if !ok || skipSigning && signed[pl.Name] {
				continue
			}
			if reg := regionOf(p); reg != "" {
				n[reg] += max(pl.Mentions, 1)
			}
		}
		return n
	}
	n := count(true)
	if len(n) == 0 {
		n = count(false)
	}
	best, top, tie := "", 0, false
	for reg, c := range n {
		switch {
		case c > top:
			best, top, tie = reg, c, false
		case c == top:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// sentences gathers evidence by sentence, marking each surface form in it.
func sentences(evs []extract.Evidence) []Evidence {
	var out []Evidence
	for _, e := range evs {
		if e.Sentence == "" {
			continue
		}
		i := slices.IndexFunc(out, func(o Evidence) bool { return o.Sentence == e.Sentence })
		if i < 0 {
			out = append(out, Evidence{Sentence: e.Sentence, Marks: []Span{}})
			i = len(out) - 1
		}
		if b := strings.Index(e.Sentence, e.Text); b >= 0 && e.Text != "" {
			start := len([]rune(e.Sentence[:b]))
			sp := Span{Start: start, End: start + len([]rune(e.Text))}
			out[i].Marks = append(out[i].Marks, sp)
		}
	}
	for i := range out {
		out[i].Marks = merge(out[i].Marks)
	}
	return out
}

// merge sorts spans and joins those that overlap.
func merge(sp []Span) []Span {
	slices.SortFunc(sp, func(a, b Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	out := sp[:0]
	for _, s := range sp {
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

func add(p *int64, n int64) *int64 {
	v := n
	if p != nil {
		v += *p
	}
	return &v
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
