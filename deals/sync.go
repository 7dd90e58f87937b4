package deals

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"veille/archive"
	"veille/extract"
)

// Load returns the ledger stored in an archive, as the last Sync left it.
func Load(ctx context.Context, arc *archive.Archive, now time.Time) (*Ledger, error) {
	l, _, err := load(ctx, arc, now)
	return l, err
}

// load reads the stored ledger and its deals as stored, by id.
func load(ctx context.Context, arc *archive.Archive, now time.Time) (*Ledger, map[string]*archive.LedgerDeal, error) {
	l := NewLedger(now)
	stored := map[string]*archive.LedgerDeal{}
	err := arc.LedgerDeals(ctx, func(s *archive.LedgerDeal) error {
		d, err := decode(s, now)
		if err != nil {
			return err
		}
		l.insert(d)
		stored[s.ID] = s
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	arts, err := arc.LedgerArticles(ctx)
	if err != nil {
		return nil, nil, err
	}
	for _, a := range arts {
		if a.Outlet != "" { // "" marks a version without a record: read, but not an article
			l.articles[a.Canonical] = Article{URL: a.Canonical, Outlet: a.Outlet, Published: a.Published}
		}
	}
	return l, stored, nil
}

// decode reads a stored deal and settles it at now.
func decode(s *archive.LedgerDeal, now time.Time) (*Deal, error) {
	d := new(Deal)
	if err := json.Unmarshal(s.Deal, d); err != nil {
		return nil, fmt.Errorf("deals: stored deal %s: %w", s.ID, err)
	}
	d.settle(now)
	return d, nil
}

// Sync brings the ledger of an archive up to date: it folds in the
// records of the article versions it has not seen (new articles, new
// versions of known ones) and saves the deals that changed, marking those
// whose substance changed (see Pending). Deals untouched by the new
// records are neither re-read from the records nor rewritten. It returns
// the ledger.
func Sync(ctx context.Context, arc *archive.Archive, now time.Time) (*Ledger, error) {
	seq, _, err := arc.LedgerState(ctx)
	if err != nil {
		return nil, err
	}
	l, stored, err := load(ctx, arc, now)
	if err != nil {
		return nil, err
	}
	u := &archive.LedgerUpdate{Seq: seq + 1}
	err = arc.Unfolded(ctx, func(v *archive.Unfolded) error {
		art := archive.LedgerArticle{Canonical: v.Canonical, VersionID: v.VersionID}
		rec := new(extract.Record)
		if v.Record == nil || json.Unmarshal(v.Record, rec) != nil {
			l.Remove(v.Canonical)
		} else {
			rec.CanonicalURL = v.Canonical
			l.Add(rec)
			a := l.articles[v.Canonical]
			art.Outlet, art.Published = a.Outlet, a.Published
		}
		u.Articles = append(u.Articles, art)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(u.Articles) == 0 {
		return l, nil
	}
	if err := l.changes(u, stored); err != nil {
		return nil, err
	}
	if err := arc.SaveLedger(ctx, u); err != nil {
		return nil, err
	}
	return l, nil
}

// changes adds to u the deals touched since the ledger was loaded that
// differ from their stored form, and the ids of the stored deals that are
// gone.
func (l *Ledger) changes(u *archive.LedgerUpdate, stored map[string]*archive.LedgerDeal) error {
	ids := make([]string, 0, len(l.touched))
	for id := range l.touched {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		d, old := l.deals[id], stored[id]
		if d == nil {
			if old != nil {
				u.Removed = append(u.Removed, id)
			}
			continue
		}
		b, err := json.Marshal(d)
		if err != nil {
			return fmt.Errorf("deals: deal %s: %w", d.ID, err)
		}
		switch {
		case old == nil:
			u.Deals = append(u.Deals, archive.LedgerDeal{ID: d.ID, Deal: b, Created: u.Seq, Changed: u.Seq})
		case !bytes.Equal(old.Deal, b):
			row := *old
			row.Deal = b
			if substance(old.Deal) != substance(b) {
				row.Changed = u.Seq
			}
			u.Deals = append(u.Deals, row)
		}
	}
	return nil
}

// substance returns what an analyst is told about when it changes: the
// deal's figures, place, year, agreement and signing date; not its
// sources, the way its partners are written, its first and last
// mentions or its overdue mark, so that one more outlet repeating a deal
// is not news.
func substance(b []byte) string {
	var d Deal
	if json.Unmarshal(b, &d) != nil {
		return string(b)
	}
	d.Sources, d.Partners, d.FirstSeen, d.LastSeen, d.Overdue = nil, nil, "", "", false
	out, _ := json.Marshal(d)
	return string(out)
}
