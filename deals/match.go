package deals

import (
	"time"

	"veille/names"
)

// maxDateGap is how far apart two signing dates of one deal may be: "hier"
// and "mardi" resolved by outlets published on different days.
const maxDateGap = 3 * 24 * time.Hour

// maxAmountGap is the relative difference under which two amounts are the
// same figure rounded differently ("près de 1,6 milliard", "1,58 milliard").
const maxAmountGap = 0.1

// distance says whether source s may report deal d and, if it may, how
// many of its figures (jobs, amount, target year) differ from the deal's:
// the matcher keeps the deal with the fewest. s may report d when they
// share a partner (or, both without partners, a region and job figure),
// when their signing dates, if both known, are at most three days apart,
// their regions, if both known, are one, and at most one figure differs:
// that one is the deal's figure changing (1 500 jobs, then 2 000).
func distance(d *Deal, s *Source) (int, bool) {
	if !sharePartner(d.Partners, s.Partners) {
		return 0, false
	}
	if len(s.Partners) == 0 && (s.Region == "" || s.Region != d.Region || s.Jobs == nil || d.Jobs == nil || *s.Jobs != *d.Jobs) {
		return 0, false
	}
	for _, o := range d.Sources {
		if o.URL == s.URL {
			return 0, false // a record's own sources are different deals
		}
	}
	if d.SignedOn != "" && s.SignedOn != "" && !closeDates(d.SignedOn, s.SignedOn) {
		return 0, false
	}
	if d.Region != "" && s.Region != "" && d.Region != s.Region {
		return 0, false
	}
	diff := 0
	if d.Jobs != nil && s.Jobs != nil && *d.Jobs != *s.Jobs {
		diff++
	}
	if d.AmountMAD != nil && s.AmountMAD != nil && !closeAmounts(*d.AmountMAD, *s.AmountMAD) {
		diff++
	}
	if d.Year != nil && s.Year != nil && *d.Year != *s.Year {
		diff++
	}
	return diff, diff <= 1
}

// sharePartner reports whether a name of a is a name of b; two empty
// lists share "no partner".
func sharePartner(a, b []string) bool {
	if len(a) == 0 && len(b) == 0 {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if names.Same(x, y) {
				return true
			}
		}
	}
	return false
}

func closeDates(a, b string) bool {
	ta, errA := time.Parse(time.DateOnly, a)
	tb, errB := time.Parse(time.DateOnly, b)
	if errA != nil || errB != nil {
		return a == b
	}
	return ta.Sub(tb).Abs() <= maxDateGap
}

func closeAmounts(a, b int64) bool {
	hi, lo := float64(max(a, b)), float64(min(a, b))
	return hi == 0 || (hi-lo)/hi <= maxAmountGap
}
