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
	deals    map[string]*Deal // by id
	articles map[string]Article
	// byKey finds the deals that may share a partner with a source (by
	// the index keys of their partners, see names.Keys), byURL the deals
	// an article is a source of.
	byKey map[string]map[*Deal]bool
	byURL map[string]map[*Deal]bool
	// touched holds the ids of the deals folded into or taken from since
	// the ledger was made: the ones Sync may have to write.
	touched map[string]bool
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
	return &Ledger{now: now, deals: map[string]*Deal{}, articles: map[string]Article{},
		byKey: map[string]map[*Deal]bool{}, byURL: map[string]map[*Deal]bool{}, touched: map[string]bool{}}
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
	for d := range l.byURL[url] {
		l.touched[d.ID] = true
		d.Sources = slices.DeleteFunc(d.Sources, func(s Source) bool { return s.URL == url })
		if len(d.Sources) == 0 {
			delete(l.deals, d.ID)
			for _, p := range d.Partners {
				index, _ := names.Keys(p)
				for _, k := range index {
					delete(l.byKey[k], d)
				}
			}
			continue
		}
		d.settle(l.now)
	}
	delete(l.byURL, url)
}

// fold adds s to the closest deal it may report, or opens a deal.
func (l *Ledger) fold(s *Source) {
	var best *Deal
	bestDiff := 0
	for _, d := range l.candidates(s) {
		diff, ok := distance(d, s)
		if ok && (best == nil || diff < bestDiff || diff == bestDiff && d.LastSeen > best.LastSeen) {
			best, bestDiff = d, diff
		}
	}
	if best == nil {
		best = &Deal{ID: l.newID(s)}
	}
	best.Sources = append(best.Sources, *s)
	best.settle(l.now)
	l.insert(best)
	l.touched[best.ID] = true
}

// candidates returns the deals that may share a partner with s, by id.
func (l *Ledger) candidates(s *Source) []*Deal {
	seen := map[*Deal]bool{}
	for _, k := range sourceKeys(s) {
		for d := range l.byKey[k] {
			seen[d] = true
		}
	}
	out := make([]*Deal, 0, len(seen))
	for d := range seen {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b *Deal) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// insert adds or re-indexes a deal.
func (l *Ledger) insert(d *Deal) {
	l.deals[d.ID] = d
	for _, p := range d.Partners {
		index, _ := names.Keys(p)
		for _, k := range index {
			addTo(l.byKey, k, d)
		}
	}
	if len(d.Partners) == 0 {
		addTo(l.byKey, "", d)
	}
	for _, s := range d.Sources {
		addTo(l.byURL, s.URL, d)
	}
}

func addTo(m map[string]map[*Deal]bool, k string, d *Deal) {
	if m[k] == nil {
		m[k] = map[*Deal]bool{}
	}
	m[k][d] = true
}

// sourceKeys returns the keys that find the deals of a source's partners
// (see names.Keys), "" for none.
func sourceKeys(s *Source) []string {
	if len(s.Partners) == 0 {
		return []string{""}
	}
	var ks []string
	for _, p := range s.Partners {
		_, lookup := names.Keys(p)
		ks = append(ks, lookup...)
	}
	return ks
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
		if l.deals[id] == nil {
			return id
		}
	}
}

// Deals returns the deals, newest first (by signing date, else first
// seen), then by id.
func (l *Ledger) Deals() []*Deal {
	out := make([]*Deal, 0, len(l.deals))
	for _, d := range l.deals {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b *Deal) int {
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
