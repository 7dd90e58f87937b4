package archive

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"
	"time"
)

func open(t *testing.T) *Archive {
	t.Helper()
	a, err := Open(context.Background(), filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

func TestSaveArticleVersions(t *testing.T) {
	ctx := context.Background()
	a := open(t)
	run, err := a.BeginRun(ctx, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	const u = "https://x.ma/a/1"
	if _, err := a.Enqueue(ctx, run, time.Now(), 0, []Item{{URL: u, Host: "x.ma", Site: "x", Kind: KindArticle}}); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		body []byte
		want Outcome
	}{
		{[]byte("<p>un</p>"), New},
		{[]byte("<p>un</p>"), Unchanged},
		{nil, Unchanged}, // 304
		{[]byte("<p>deux</p>"), Changed},
		{[]byte("<p>un</p>"), Changed}, // back to the first text: a new version again
	}
	for i, s := range steps {
		f := &Fetch{URL: u, FinalURL: u, Canonical: u, Site: "x", Kind: KindArticle, Status: 200,
			ContentType: "text/html; charset=windows-1252", FetchedAt: time.Now(), Body: s.body}
		got, err := a.SaveArticle(ctx, run, f)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if got.Outcome != s.want {
			t.Errorf("step %d: got %v, want %v", i, got.Outcome, s.want)
		}
	}
	if n, err := a.Versions(ctx, u); err != nil || n != 3 {
		t.Errorf("versions: got %d (%v), want 3", n, err)
	}
	all, bodies, err := a.FetchCount(ctx, u)
	if err != nil || all != 5 || bodies != 3 {
		t.Errorf("fetches: got %d, %d bodies (%v); want 5 and 3", all, bodies, err)
	}
	var pages []*Page
	if err := a.Pages(ctx, Unextracted, "", func(p *Page) error { pages = append(pages, p); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(pages) != 1 || !bytes.Equal(pages[0].Body, []byte("<p>un</p>")) || pages[0].ContentType != "text/html; charset=windows-1252" {
		t.Fatalf("unextracted: got %+v, want the latest version with its raw body and Content-Type", pages)
	}
	if _, err := a.SaveArticle(ctx, run, &Fetch{URL: "https://x.ma/b", Canonical: "https://x.ma/b", FetchedAt: time.Now()}); err == nil {
		t.Errorf("a 304 without an earlier version: got no error")
	}
	// Re-extraction selections.
	e := &Extraction{VersionID: pages[0].VersionID, ExtractorVersion: "1", At: time.Now(), Matched: true, Record: []byte(`{"url":"u"}`)}
	if err := a.SaveExtraction(ctx, e); err != nil {
		t.Fatal(err)
	}
	count := func(sel Selection, version string) int {
		n := 0
		if err := a.Pages(ctx, sel, version, func(*Page) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if got := []int{count(Unextracted, "1"), count(Stale, "1"), count(Stale, "2"), count(All, "1")}; got[0] != 0 || got[1] != 0 || got[2] != 1 || got[3] != 1 {
		t.Errorf("selections (unextracted, stale v1, stale v2, all): got %v, want [0 0 1 1]", got)
	}
	var recs []string
	if err := a.Records(ctx, time.Time{}, func(r []byte) error { recs = append(recs, string(r)); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0] != `{"url":"u"}` {
		t.Errorf("records: got %q", recs)
	}
	if err := a.Records(ctx, time.Now().Add(time.Hour), func([]byte) error { t.Error("record after since"); return nil }); err != nil {
		t.Fatal(err)
	}
}

func TestEnqueue(t *testing.T) {
	ctx := context.Background()
	a := open(t)
	now := time.Now()
	item := func(u string, k Kind) Item { return Item{URL: u, Host: "x.ma", Site: "x", Kind: k} }
	run1, _ := a.BeginRun(ctx, now)
	items := []Item{item("https://x.ma/feed", KindFeed), item("https://x.ma/a/1", KindArticle), item("https://x.ma/a/2", KindArticle), item("https://x.ma/a/3", KindArticle)}
	if n, err := a.Enqueue(ctx, run1, now, 0, items); err != nil || n != 4 {
		t.Fatalf("first enqueue: %d (%v), want 4", n, err)
	}
	if n, _ := a.Enqueue(ctx, run1, now, 0, items); n != 0 {
		t.Errorf("same run again: %d queued, want 0", n)
	}
	a.Finish(ctx, run1, "https://x.ma/feed", Done, nil)
	a.Finish(ctx, run1, "https://x.ma/a/1", Done, nil)
	a.Finish(ctx, run1, "https://x.ma/a/2", Gone, nil)
	a.Finish(ctx, run1, "https://x.ma/a/3", Failed, nil)

	run2, _ := a.BeginRun(ctx, now)
	// The feed again, the failed article again; not the done or gone ones.
	if n, _ := a.Enqueue(ctx, run2, now, 0, items); n != 2 {
		t.Errorf("next run: %d queued, want 2 (feed, failed article)", n)
	}
	next, err := a.Next(ctx, Query{Now: now, Limit: 10, Skip: map[string]bool{"https://x.ma/feed": true}})
	if err != nil || len(next) != 1 || next[0].URL != "https://x.ma/a/3" {
		t.Errorf("next: got %+v (%v), want a/3 only", next, err)
	}
	if next, _ := a.Next(ctx, Query{Now: now, Limit: 10, Busy: []string{"x.ma"}}); len(next) != 0 {
		t.Errorf("next with the host busy: got %d items, want 0", len(next))
	}
	// A child sitemap unchanged since it was fetched is not fetched again.
	sm := item("https://x.ma/sitemap-2019.xml", KindSitemap)
	if n, _ := a.Enqueue(ctx, run2, now, 0, []Item{sm}); n != 1 {
		t.Fatalf("new sitemap: %d queued, want 1", n)
	}
	a.Finish(ctx, run2, sm.URL, Done, nil)
	sm.Lastmod = now.Add(-24 * time.Hour)
	run3, _ := a.BeginRun(ctx, now)
	if n, _ := a.Enqueue(ctx, run3, now, 0, []Item{sm}); n != 0 {
		t.Errorf("sitemap with an old lastmod: %d queued, want 0", n)
	}
	sm.Lastmod = time.Now().Add(time.Hour)
	if n, _ := a.Enqueue(ctx, run3, now, 0, []Item{sm}); n != 1 {
		t.Errorf("sitemap with a new lastmod: %d queued, want 1", n)
	}
	// A sitemap lastmod newer than the fetch brings an article back.
	fresh := item("https://x.ma/a/1", KindArticle)
	fresh.Lastmod = time.Now().Add(time.Hour)
	if n, _ := a.Enqueue(ctx, run3, now, 0, []Item{fresh}); n != 1 {
		t.Errorf("article with a newer lastmod: %d queued, want 1", n)
	}
	if err := a.Retry(ctx, run3, &Fetch{URL: "https://x.ma/a/1", FetchedAt: now, Err: "HTTP 503"}, now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n, _, err := a.Waiting(ctx, nil); err != nil || n != 4 {
		t.Errorf("waiting: %d (%v), want 4", n, err)
	}
	s, ok, err := a.Status(ctx, "https://x.ma/a/1")
	if err != nil || !ok || s.Attempts != 1 || s.Err != "HTTP 503" || s.State != Pending {
		t.Errorf("status after a retry: %+v %v %v", s, ok, err)
	}
}

func TestLogFetch(t *testing.T) {
	ctx := context.Background()
	a := open(t)
	run, _ := a.BeginRun(ctx, time.Now())
	it := Item{URL: "https://x.ma/a/1", Host: "x.ma", Site: "x", Kind: KindArticle}
	if _, err := a.Enqueue(ctx, run, time.Now(), 0, []Item{it}); err != nil {
		t.Fatal(err)
	}
	if err := a.LogFetch(ctx, run, &Fetch{URL: it.URL, Status: 503, FetchedAt: time.Now(), Body: []byte("x")}); err != nil {
		t.Fatal(err)
	}
	if all, bodies, err := a.FetchCount(ctx, it.URL); err != nil || all != 1 || bodies != 0 {
		t.Errorf("fetches: got %d, %d bodies (%v); want 1 without body", all, bodies, err)
	}
	if s, _, err := a.Status(ctx, it.URL); err != nil || s.State != Pending || s.Attempts != 0 {
		t.Errorf("frontier after LogFetch: got %+v (%v), want untouched", s, err)
	}
}
