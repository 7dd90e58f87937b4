package deals

import "veille/names"

// Totals are the headline figures of a set of deals and of the articles
// read to find them.
type Totals struct {
	Deals     int   `json:"deals"`
	Jobs      int64 `json:"jobs"`       // pledged: each deal's current figure, once
	AmountMAD int64 `json:"amount_mad"` // pledged investment in dirhams
	Partners  int   `json:"partners"`   // distinct, compared as names.Same compares them
	Articles  int   `json:"articles"`
	Outlets   int   `json:"outlets"` // named ones: an article read from a file may have none
}

// Sum returns the totals of deals ds and articles as.
func Sum(ds []*Deal, as []Article) Totals {
	t := Totals{Deals: len(ds), Articles: len(as)}
	var partners names.Index
	for _, d := range ds {
		if d.Jobs != nil {
			t.Jobs += *d.Jobs
		}
		if d.AmountMAD != nil {
			t.AmountMAD += *d.AmountMAD
		}
		for _, p := range d.Partners {
			partners.Add(p)
		}
	}
	t.Partners = len(partners.Names())
	outlets := map[string]bool{}
	for _, a := range as {
		if a.Outlet != "" {
			outlets[a.Outlet] = true
		}
	}
	t.Outlets = len(outlets)
	return t
}
