package deals

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"time"

	"veille/extract"
	"veille/names"
)

// Ledger is a set of deals and of the articles read to find them. Records
// are folded in one at a time; folding a record again (a new version of
// the article) first takes back what its previous version said.
type Ledger struct {
	now      time.Time
	deals    []*Deal
	articles map[string]Article
}

// Article is a record read by the ledger, relevant or not: the headline
// figures count articles read and outlets.
type Article struct {
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
}

// NewLedger returns an empty ledger that judges target years against now.
func NewLedger(now time.Time) *Ledger {
	return &Ledger{now: now, articles: map[string]Article{}}
}

// FromRecords returns the ledger of records, folded oldest first so that
// deal ids and histories do not depend on the order of the input.
func FromRecords(recs []*extract.Record, now time.Time) *Ledger {
	recs = slices.Clone(recs)
	slices.SortStableFunc(recs, func(a, b *extract.Record) int {
		return cmp.Or(cmp.Compare(published(a), published(b)), cmp.Compare(a.URL, b.URL))
	})
	l := NewLedger(now)
	for _, r := range recs {
		l.Add(r)
	}
	return l
}

// Add folds a record into the ledger: each deal it reports joins the deal
// it matches (see distance), else opens a new one. A record already folded
// (same URL) replaces its previous version.
func (l *Ledger) Add(r *extract.Record) {
	ms := Mentions(r)
	u := cmp.Or(r.CanonicalURL, r.URL)
	l.Remove(u)
	l.articles[u] = Article{URL: u, Outlet: outlet(r), Published: published(r)}
	for i := range ms {
		l.fold(&ms[i])
	}
}

// Remove takes back what the article at url said; a deal left without
// sources is dropped.
func (l *Ledger) Remove(url string) {
	delete(l.articles, url)
	l.deals = slices.DeleteFunc(l.deals, func(d *Deal) bool {
		n := len(d.Sources)
		d.Sources = slices.DeleteFunc(d.Sources, func(s Source) bool { return s.URL == url })
		if len(d.Sources) != n && len(d.Sources) > 0 {
			d.settle(l.now)
		}
		return len(d.Sources) == 0
	})
}

// fold adds s to the closest deal it may report, or opens a deal.
func (l *Ledger) fold(s *Source) {
	var best *Deal
	bestDiff := 0
	for _, d := range l.deals {
		diff, ok := distance(d, s)
		if ok && (best == nil || diff < bestDiff || diff == bestDiff && d.LastSeen > best.LastSeen) {
			best, bestDiff = d, diff
		}
	}
	if best == nil {
		best = &Deal{ID: l.newID(s)}
		l.deals = append(l.deals, best)
	}
	best.Sources = append(best.Sources, *s)
	best.settle(l.now)
}

// newID derives a deal's id from the source that opens it: its URL and
// first partner, so the same input gives the same ids on every run.
func (l *Ledger) newID(s *Source) string {
	seed := s.URL + "\x00"
	if len(s.Partners) > 0 {
		seed += names.Key(s.Partners[0])
	}
	for i := 0; ; i++ {
		h := sha256.Sum256([]byte(seed + "\x00" + strconv.Itoa(i)))
		id := "d" + hex.EncodeToString(h[:5])
		if !slices.ContainsFunc(l.deals, func(d *Deal) bool { return d.ID == id }) {
			return id
		}
	}
}

// Deals returns the deals, newest first (by signing date, else first
// seen), then by id.
func (l *Ledger) Deals() []*Deal {
	out := slices.Clone(l.deals)
	slices.SortStableFunc(out, func(a, b *Deal) int {
		return cmp.Or(cmp.Compare(b.Date(), a.Date()), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// Articles returns the articles read, by URL.
func (l *Ledger) Articles() []Article {
	out := make([]Article, 0, len(l.articles))
	for _, a := range l.articles {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b Article) int { return cmp.Compare(a.URL, b.URL) })
	return out
}
