package crawler

import (
	"context"
	"testing"

	"veille/archive"
	"veille/crawler/newssite"
)

func TestCrawlSite(t *testing.T) {
	site := newssite.New(newssite.WithArticles(25), newssite.WithPrivate(3, 7))
	srv := serve(t, site)
	cfg := testConfig(t, srv.URL, "", "")
	arc := openArchive(t)
	var out sink
	st := crawl(t, cfg, arc, WithRecords(out.add))

	allowed := site.Allowed()
	if got, want := st.New, len(allowed); got != want {
		t.Errorf("new articles: got %d, want %d (stats %+v)", got, want, st.Counts)
	}
	if got, want := st.Robots, 2; got != want {
		t.Errorf("skipped by robots: got %d, want %d", got, want)
	}
	if st.Failed != 0 || st.Pending != 0 {
		t.Errorf("failed %d, pending %d: want none", st.Failed, st.Pending)
	}
	if got := st.Sites["local"].New; got != st.New {
		t.Errorf("site counts: got %d new, want %d", got, st.New)
	}
	urls := out.urls()
	for _, p := range allowed {
		if !urls[srv.URL+p] {
			t.Errorf("no record for %s", p)
		}
		all, withBody, err := arc.FetchCount(context.Background(), srv.URL+p)
		if err != nil {
			t.Fatal(err)
		}
		if all != 1 || withBody != 1 {
			t.Errorf("%s: fetched %d times, %d bodies kept; want 1 and 1", p, all, withBody)
		}
	}
	if got, want := len(out.recs), st.Extracted; got != want {
		t.Errorf("records: got %d, want %d", got, want)
	}

	// A second run fetches the feeds, sitemaps and listings again but no
	// article: nothing new.
	var out2 sink
	st2 := crawl(t, cfg, arc, WithRecords(out2.add))
	if st2.New+st2.Changed+st2.Unchanged != 0 || len(out2.recs) != 0 {
		t.Errorf("second run: %+v, %d records; want no article fetched", st2.Counts, len(out2.recs))
	}
}

func TestCrawlChangedPage(t *testing.T) {
	site := newssite.New(newssite.WithArticles(5))
	srv := serve(t, site)
	cfg := testConfig(t, srv.URL, "", "revisit: 1ns")
	arc := openArchive(t)
	crawl(t, cfg, arc)

	site.Edit(2)
	var out sink
	st := crawl(t, cfg, arc, WithRecords(out.add))
	if st.Changed != 1 || st.Unchanged != 4 || st.New != 0 {
		t.Errorf("after an edit: got %+v, want 1 changed, 4 unchanged", st.Counts)
	}
	if len(out.recs) != 1 || out.recs[0].URL != srv.URL+"/article/accord-2" {
		t.Errorf("records after an edit: got %d, want only accord-2", len(out.recs))
	}
	canon := srv.URL + "/article/accord-2"
	if n, err := arc.Versions(context.Background(), canon); err != nil || n != 2 {
		t.Errorf("versions of %s: got %d (%v), want 2", canon, n, err)
	}
	if n, err := arc.Versions(context.Background(), srv.URL+"/article/accord-1"); err != nil || n != 1 {
		t.Errorf("versions of accord-1: got %d (%v), want 1", n, err)
	}
	var stale int
	err := arc.Pages(context.Background(), archive.Unextracted, "", func(*archive.Page) error { stale++; return nil })
	if err != nil || stale != 0 {
		t.Errorf("unextracted versions: got %d (%v), want 0", stale, err)
	}
}
