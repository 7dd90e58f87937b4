package deals

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"veille/names"
)

// Deal is one agreement as the press reports it. Its figures are those of
// its latest source that gives them; Sources keeps what each source says.
type Deal struct {
	ID        string   `json:"id"` // stable across runs: derived from the source that opened the deal
	Partners  []string `json:"partners"`
	Agreement string   `json:"agreement"` // type, as the first source that names one writes it
	SignedOn  string   `json:"signed_on"` // ISO date, the earliest a source gives; "" if none does
	Jobs      *int64   `json:"jobs"`
	// JobsHistory lists the job figures in the order the sources gave
	// them, when they changed (1 500 then 2 000); empty when they never did.
	JobsHistory []Figure `json:"jobs_history"`
	AmountMAD   *int64   `json:"amount_mad"`
	Place       string   `json:"place"`  // city, park or region as named
	City        string   `json:"city"`   // the city of Place, if any
	Region      string   `json:"region"` // 2015 region
	Year        *int     `json:"year"`   // target year
	FirstSeen   string   `json:"first_seen"`
	LastSeen    string   `json:"last_seen"`
	// Overdue is set when the target year has passed and no source was
	// published after it: was the deal delivered?
	Overdue bool     `json:"overdue"`
	Sources []Source `json:"sources"`
}

// Figure is a job figure and the source that gave it.
type Figure struct {
	Value int64  `json:"value"`
	Date  string `json:"date"`
	URL   string `json:"url"`
}

// Source is one article reporting the deal, with the figures as it gives
// them and the sentences that support them.
type Source struct {
	URL       string     `json:"url"`
	Outlet    string     `json:"outlet"`
	Title     string     `json:"title"`
	Published string     `json:"published"` // ISO date, else the fetch date, else ""
	Partners  []string   `json:"partners"`
	Agreement string     `json:"agreement"`
	SignedOn  string     `json:"signed_on"`
	Jobs      *int64     `json:"jobs"`
	JobsParts []JobPart  `json:"jobs_parts"` // the figures summed into Jobs, with their qualifiers
	AmountMAD *int64     `json:"amount_mad"`
	Place     string     `json:"place"`
	City      string     `json:"city"`
	Region    string     `json:"region"`
	Year      *int       `json:"year"`
	Evidence  []Evidence `json:"evidence"`
}

// JobPart is one job figure of a source: "1 200 directs".
type JobPart struct {
	Count     int64  `json:"count"`
	Qualifier string `json:"qualifier"`
}

// Evidence is a sentence of the article and the spans in it that state the
// deal's facts (rune offsets into Sentence), to be highlighted.
type Evidence struct {
	Sentence string `json:"sentence"`
	Marks    []Span `json:"marks"`
}

// Span is a rune range [Start, End).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Date returns the date a deal is sorted and filtered by: its signing
// date, else the first time it was seen.
func (d *Deal) Date() string { return cmp.Or(d.SignedOn, d.FirstSeen) }

// settle recomputes the deal's own fields from its sources: the latest
// known figure of each field, the earliest signing date, every partner
// once, and whether the target year has passed unmentioned at now.
func (d *Deal) settle(now time.Time) {
	slices.SortStableFunc(d.Sources, func(a, b Source) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.URL, b.URL))
	})
	*d = Deal{ID: d.ID, Sources: d.Sources, JobsHistory: []Figure{}}
	var history []Figure
	var partners partnerNames
	for _, s := range d.Sources {
		partners.add(s.Partners)
		d.Agreement = cmp.Or(d.Agreement, s.Agreement)
		if s.SignedOn != "" && (d.SignedOn == "" || s.SignedOn < d.SignedOn) {
			d.SignedOn = s.SignedOn
		}
		if s.Jobs != nil {
			if d.Jobs == nil || *d.Jobs != *s.Jobs {
				history = append(history, Figure{Value: *s.Jobs, Date: s.Published, URL: s.URL})
			}
			d.Jobs = s.Jobs
		}
		d.AmountMAD = cmp.Or(s.AmountMAD, d.AmountMAD)
		d.Year = cmp.Or(s.Year, d.Year)
		if s.Region != "" || s.Place != "" {
			d.Place, d.City, d.Region = s.Place, s.City, s.Region
		}
		if s.Published != "" {
			d.FirstSeen = cmp.Or(d.FirstSeen, s.Published)
			d.LastSeen = s.Published
		}
	}
	d.Partners = partners.best()
	if len(history) > 1 {
		d.JobsHistory = history
	}
	d.Overdue = d.Year != nil && *d.Year < now.Year() && d.LastSeen <= strconv.Itoa(*d.Year)+"-12-31"
}

// partnerNames gathers the partners of a deal's sources: the forms of
// each partner, however written, and how many sources write each.
type partnerNames [][]nameCount

type nameCount struct {
	name string
	n    int
}

func (pn *partnerNames) add(ps []string) {
	for _, p := range ps {
		i := slices.IndexFunc(*pn, func(g []nameCount) bool { return names.Same(p, g[0].name) })
		if i < 0 {
			*pn = append(*pn, nil)
			i = len(*pn) - 1
		}
		g := (*pn)[i]
		if j := slices.IndexFunc(g, func(c nameCount) bool { return c.name == p }); j >= 0 {
			g[j].n++
		} else {
			(*pn)[i] = append(g, nameCount{p, 1})
		}
	}
}

// best returns each partner once, as most sources write it (the first
// form met on a tie).
func (pn partnerNames) best() []string {
	out := []string{}
	for _, g := range pn {
		b := g[0]
		for _, c := range g[1:] {
			if c.n > b.n {
				b = c
			}
		}
		out = append(out, b.name)
	}
	return out
}
