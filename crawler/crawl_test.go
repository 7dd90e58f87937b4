package crawler

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"veille/archive"
	"veille/crawler/newssite"
)

func TestCrawlSite(t *testing.T) {
	site := newssite.New(newssite.WithArticles(25), newssite.WithPrivate(3, 7))
	srv := serve(t, site)
	cfg := testConfig(t, srv.URL, "", "")
	arc := openArchive(t)
	var out sink
	opt, _ := out.extracting(arc)
	st := crawl(t, cfg, arc, opt)

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
	// Links to other schemes, hosts and private addresses are never queued.
	for _, u := range []string{"mailto:redaction@example.ma", "ftp://127.0.0.1/archives", "http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/"} {
		if _, ok, err := arc.Status(context.Background(), u); ok || err != nil {
			t.Errorf("%s was queued (%v)", u, err)
		}
	}
	if got, want := len(out.recs), st.New; got != want {
		t.Errorf("records: got %d, want %d", got, want)
	}

	// A second run fetches the feeds, sitemaps and listings again but no
	// article: nothing new.
	var out2 sink
	opt, _ = out2.extracting(arc)
	st2 := crawl(t, cfg, arc, opt)
	if st2.New+st2.Changed+st2.Unchanged != 0 || len(out2.recs) != 0 {
		t.Errorf("second run: %+v, %d records; want no article fetched", st2.Counts, len(out2.recs))
	}
}

func TestCrawlChangedPage(t *testing.T) {
	site := newssite.New(newssite.WithArticles(5))
	srv := serve(t, site)
	cfg := testConfig(t, srv.URL, "", "revisit: 1ns")
	arc := openArchive(t)
	first, _ := new(sink).extracting(arc)
	crawl(t, cfg, arc, first)

	site.Edit(2)
	var out sink
	opt, _ := out.extracting(arc)
	st := crawl(t, cfg, arc, opt)
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

func TestCrawlNotModified(t *testing.T) {
	var conditional atomic.Int32
	srv := serve(t, hostileSite(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		fmt.Fprint(w, newssite.Article(3, 0))
	}))
	cfg := hostileConfig(t, srv.URL)
	cfg.Sites[0].Revisit = Duration(time.Nanosecond)
	arc := openArchive(t)
	crawl(t, cfg, arc)
	st := crawl(t, cfg, arc)
	if st.Unchanged != 2 || st.New+st.Changed != 0 || conditional.Load() != 1 {
		t.Errorf("second run: %+v, %d conditional hits; want 2 unchanged, 1 answered 304", st.Counts, conditional.Load())
	}
	all, bodies, err := arc.FetchCount(context.Background(), srv.URL+"/article/bad")
	if err != nil || all != 2 || bodies != 1 {
		t.Errorf("fetches of the 304 page: %d, %d bodies (%v); want 2 and 1", all, bodies, err)
	}
}

func TestCrawlDepthAndKeywords(t *testing.T) {
	srv := serve(t, newssite.New(newssite.WithArticles(30), newssite.WithPerPage(10)))
	tests := []struct {
		name          string
		site          string
		new, records  int
		skipped       int
		listingsFetch int
	}{
		// Listing pages 1 and 2 (depth 0 and 1), not 3.
		{"max_depth 1", "max_depth: 1", 20, 20, 0, 2},
		{"max_depth 5", "max_depth: 5", 30, 30, 0, 3},
		{"keywords found", "keywords: [EMPLOIS, introuvable]", 30, 30, 0, 3},
		{"keywords absent", "keywords: [hydrogène]", 30, 0, 30, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y := fmt.Sprintf("user_agent: \"t (+mailto:t@example.org)\"\nallow_private: true\nsites:\n  - name: local\n    start: [\"%s/economie\"]\n    article_pattern: '/article/'\n    delay: 0s\n    %s\n", srv.URL, tt.site)
			cfg, err := ParseConfig(strings.NewReader(y))
			if err != nil {
				t.Fatal(err)
			}
			var out sink
			arc := openArchive(t)
			opt, x := out.extracting(arc)
			st := crawl(t, cfg, arc, opt)
			n, _ := x.Counts()
			if st.New != tt.new || len(out.recs) != tt.records || n.Skipped != tt.skipped || st.Fetched != tt.new+tt.listingsFetch {
				t.Errorf("got %+v and %d records; want %d new, %d records, %d skipped, %d listing pages",
					st.Counts, len(out.recs), tt.new, tt.records, tt.skipped, tt.listingsFetch)
			}
		})
	}
}
