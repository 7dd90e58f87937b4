package deals

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"veille/archive"
)

// archived is an archive with a helper that archives an article version
// and its record, as a crawl does.
type archived struct {
	t   *testing.T
	arc *archive.Archive
	run int64
}

func newArchived(t *testing.T) *archived {
	ctx := context.Background()
	arc, err := archive.Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { arc.Close() })
	run, err := arc.BeginRun(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	return &archived{t: t, arc: arc, run: run}
}

func (a *archived) put(x art) { a.save(x, true) }

// save archives x, its record kept only when matched is set (a page
// without the site's keywords).
func (a *archived) save(x art, matched bool) {
	ctx := context.Background()
	rec, err := json.Marshal(x.record(a.t))
	if err != nil {
		a.t.Fatal(err)
	}
	if _, err := a.arc.Enqueue(ctx, a.run, now, 0, []archive.Item{{URL: x.url, Host: "x", Site: x.site, Kind: archive.KindArticle}}); err != nil {
		a.t.Fatal(err)
	}
	s, err := a.arc.SaveArticle(ctx, a.run, &archive.Fetch{URL: x.url, FinalURL: x.url, Canonical: x.url, Site: x.site,
		Kind: archive.KindArticle, Status: 200, ContentType: "text/html", FetchedAt: now, Body: rec})
	if err != nil {
		a.t.Fatal(err)
	}
	err = a.arc.SaveExtraction(ctx, &archive.Extraction{VersionID: s.VersionID, ExtractorVersion: "test", At: now, Matched: matched, Record: rec})
	if err != nil {
		a.t.Fatal(err)
	}
}

// sync updates the ledger and returns the digest pending after it.
func (a *archived) sync() *Digest {
	ctx := context.Background()
	if _, err := Sync(ctx, a.arc, now); err != nil {
		a.t.Fatal(err)
	}
	dg, err := Pending(ctx, a.arc, now)
	if err != nil {
		a.t.Fatal(err)
	}
	return dg
}

// changed returns the ledger update that last changed each deal, by its
// first partner.
func (a *archived) changed() map[string]int64 {
	out := map[string]int64{}
	err := a.arc.LedgerDeals(context.Background(), func(s *archive.LedgerDeal) error {
		var d Deal
		if err := json.Unmarshal(s.Deal, &d); err != nil {
			return err
		}
		out[d.Partners[0]] = s.Changed
		return nil
	})
	if err != nil {
		a.t.Fatal(err)
	}
	return out
}

func TestSyncAndDigest(t *testing.T) {
	ctx := context.Background()
	a := newArchived(t)
	inetumA := art{url: "https://a.ma/inetum", site: "A", published: "2024-04-30", partner: "Inetum", signed: "2024-04-29", jobs: 1500, year: 2027}
	a.put(inetumA)
	a.put(art{url: "https://b.ma/inetum", site: "B", published: "2024-04-29", partner: "le groupe Inetum", signed: "2024-04-29", jobs: 1500})
	a.put(art{url: "https://a.ma/cnexia", site: "A", published: "2022-04-20", partner: "Cnexia", place: "Fès", jobs: 1750})

	dg := a.sync()
	if dg.New != 2 || dg.Changed != 0 || len(dg.Deals) != 2 {
		t.Fatalf("first digest: %d new, %d changed, want 2 new", dg.New, dg.Changed)
	}
	if again := a.sync(); len(again.Deals) != 2 {
		t.Errorf("a digest not delivered comes again: got %d deals, want 2", len(again.Deals))
	}
	if err := dg.Delivered(ctx, a.arc); err != nil {
		t.Fatal(err)
	}
	if dg := a.sync(); len(dg.Deals) != 0 {
		t.Errorf("nothing new: the digest has %d deals, want none", len(dg.Deals))
	}

	// One more outlet repeating a deal adds a source, which is no news.
	a.put(art{url: "https://c.ma/inetum", site: "C", published: "2024-04-29", partner: "Inetum", jobs: 1500})
	if dg := a.sync(); len(dg.Deals) != 0 {
		t.Errorf("a repeated deal: the digest has %d deals, want none", len(dg.Deals))
	}
	// A new version of an article that raises the figure changes the deal.
	inetumA.jobs = 2000
	a.put(inetumA)
	dg = a.sync()
	if dg.New != 0 || dg.Changed != 1 || dg.Deals[0].Status != StatusChanged || *dg.Deals[0].Jobs != 2000 {
		t.Fatalf("after a changed figure: %d new, %d changed (%+v), want Inetum changed to 2000", dg.New, dg.Changed, dg.Deals)
	}
	if n := len(dg.Deals[0].Sources); n != 3 {
		t.Errorf("Inetum has %d sources, want 3 (the new version in place of the old)", n)
	}
	// The ledger was updated, not rebuilt: Cnexia was last changed by the
	// first update, Inetum by the third.
	if ch := a.changed(); ch["Cnexia"] != 1 || ch["Inetum"] != 3 {
		t.Errorf("updates that last changed the deals: %v, want Cnexia 1 and Inetum 3", ch)
	}
	l, err := Load(ctx, a.arc, now)
	if err != nil {
		t.Fatal(err)
	}
	if tot := Sum(l.Deals(), l.Articles()); tot.Deals != 2 || tot.Jobs != 3750 || tot.Articles != 4 || tot.Outlets != 3 {
		t.Errorf("totals of the stored ledger: %+v", tot)
	}

	// A new version without the site's keywords takes its deal away.
	cnexia := art{url: "https://a.ma/cnexia", site: "A", published: "2022-04-21", partner: "Cnexia", jobs: 1}
	a.save(cnexia, false)
	a.sync()
	if l, err = Load(ctx, a.arc, now); err != nil {
		t.Fatal(err)
	}
	if tot := Sum(l.Deals(), l.Articles()); tot.Deals != 1 || tot.Jobs != 2000 || tot.Articles != 3 {
		t.Errorf("totals after a page lost its keywords: %+v, want Inetum alone", tot)
	}
}

// TestSyncConcurrent checks that a ledger update made meanwhile by
// another process is not overwritten.
func TestSyncConcurrent(t *testing.T) {
	a := newArchived(t)
	a.put(art{url: "https://a.ma/1", site: "A", published: "2024-04-30", partner: "Inetum", jobs: 1500})
	seq, _, err := a.arc.LedgerState(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	a.sync()
	err = a.arc.SaveLedger(context.Background(), &archive.LedgerUpdate{Seq: seq + 1})
	if err == nil {
		t.Error("an update based on a stale state was saved")
	}
}
