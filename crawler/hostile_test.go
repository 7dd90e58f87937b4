package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"veille/archive"
	"veille/crawler/newssite"
	"veille/pipeline"
)

// hostileSite serves a listing page linking to a good article and to
// /article/bad, served by bad; robots.txt is missing (404).
func hostileSite(bad http.HandlerFunc) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/economie", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><body><a href="/article/bad">bad</a> <a href="/article/good">good</a></body></html>`)
	})
	mux.HandleFunc("/article/good", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, newssite.Article(1, 0))
	})
	mux.HandleFunc("/article/bad", bad)
	mux.HandleFunc("/article/bad2", bad)
	return mux
}

// hostileConfig crawls only the listing page of base.
func hostileConfig(t testing.TB, base string) *Config {
	t.Helper()
	y := fmt.Sprintf(`user_agent: "veille-test/1.0 (+mailto:test@example.org)"
allow_private: true
parallelism: 2
timeout: 500ms
retries: 1
backoff: 5ms
max_retry_wait: 100ms
max_body_size: 1000000
sites:
  - name: hostile
    start: ["%s/economie"]
    article_pattern: '/article/'
    delay: 0s
    parallelism: 2
`, base)
	cfg, err := ParseConfig(strings.NewReader(y))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

var (
	bombOnce sync.Once
	bomb     []byte
)

// gzipBomb returns 16 MB of zeros, gzip-compressed (about 16 KB).
func gzipBomb() []byte {
	bombOnce.Do(func() {
		var buf bytes.Buffer
		w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zeros := make([]byte, 1<<20)
		for range 16 {
			w.Write(zeros)
		}
		w.Close()
		bomb = buf.Bytes()
	})
	return bomb
}

func TestHostileServers(t *testing.T) {
	var calls atomic.Int64
	var written atomic.Int64
	cp1252 := []byte("<html><head><title>Acc\xe8s</title></head><body><article><p>L'usine cr\xe9\xe9e \xe0 K\xe9nitra emploiera 300 personnes d\xe8s l'\xe9t\xe9 prochain, selon la soci\xe9t\xe9.</p></article></body></html>")
	tests := []struct {
		name string
		bad  http.HandlerFunc
		// what the bad URL must end as
		state    archive.State
		errHas   string
		archived bool // the bad URL's body is archived
		check    func(t *testing.T, st Stats, x *pipeline.Extractor, arc *archive.Archive, base string)
	}{
		{name: "404", state: archive.Gone, errHas: "404",
			bad: func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) }},
		{name: "500 always", state: archive.Failed, errHas: "500",
			bad: func(w http.ResponseWriter, r *http.Request) { calls.Add(1); http.Error(w, "boom", 500) },
			check: func(t *testing.T, st Stats, _ *pipeline.Extractor, _ *archive.Archive, _ string) {
				if got := calls.Load(); got != 2 {
					t.Errorf("requests: got %d, want 2 (1 + 1 retry)", got)
				}
			}},
		{name: "503 with Retry-After then 200", state: archive.Done, archived: true,
			bad: func(w http.ResponseWriter, r *http.Request) {
				if calls.Add(1) == 1 {
					w.Header().Set("Retry-After", "3600")
					http.Error(w, "busy", http.StatusServiceUnavailable)
					return
				}
				fmt.Fprint(w, newssite.Article(2, 0))
			},
			check: func(t *testing.T, st Stats, _ *pipeline.Extractor, _ *archive.Archive, _ string) {
				if st.Retried != 1 || calls.Load() != 2 {
					t.Errorf("retried %d, requests %d: want 1 and 2", st.Retried, calls.Load())
				}
			}},
		{name: "timeout", state: archive.Failed, check: retriedOnce,
			bad: func(w http.ResponseWriter, r *http.Request) {
				select {
				case <-r.Context().Done():
				case <-time.After(5 * time.Second):
				}
			}},
		{name: "slow body", state: archive.Failed, check: retriedOnce,
			bad: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				for i := 0; i < 100; i++ {
					if _, err := w.Write([]byte("<p>lent</p>")); err != nil {
						return
					}
					w.(http.Flusher).Flush()
					select {
					case <-r.Context().Done():
						return
					case <-time.After(50 * time.Millisecond):
					}
				}
			}},
		{name: "redirect loop", state: archive.Gone, errHas: "redirect loop",
			bad: func(w http.ResponseWriter, r *http.Request) {
				next := "/article/bad2"
				if r.URL.Path == next {
					next = "/article/bad"
				}
				http.Redirect(w, r, next, http.StatusFound)
			}},
		{name: "too many redirects", state: archive.Gone, errHas: "too many redirects",
			bad: func(w http.ResponseWriter, r *http.Request) {
				n, _ := strconv.Atoi(r.URL.Query().Get("n"))
				http.Redirect(w, r, fmt.Sprintf("/article/bad?n=%d", n+1), http.StatusFound)
			}},
		{name: "redirect to a private address", state: archive.Gone, errHas: "redirect off",
			bad: func(w http.ResponseWriter, r *http.Request) {
				http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
			}},
		{name: "200 MB body", state: archive.Failed, errHas: "truncated",
			bad: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				chunk := bytes.Repeat([]byte("<p>bla</p>\n"), 1<<12)
				for written.Load() < 200<<20 {
					n, err := w.Write(chunk)
					written.Add(int64(n))
					if err != nil {
						return
					}
				}
			},
			check: func(t *testing.T, st Stats, _ *pipeline.Extractor, _ *archive.Archive, _ string) {
				if st.Truncated != 1 {
					t.Errorf("truncated: got %d, want 1", st.Truncated)
				}
				if got := written.Load(); got > 50<<20 {
					t.Errorf("server wrote %d bytes: the crawler read past the limit", got)
				}
			}},
		{name: "gzip bomb", state: archive.Failed, errHas: "truncated",
			bad: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.Header().Set("Content-Encoding", "gzip")
				w.Write(gzipBomb())
			}},
		{name: "304 to an unconditional request", state: archive.Failed, errHas: "304",
			bad: func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotModified) }},
		{name: "PDF served as text/html", state: archive.Done, archived: true,
			bad: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.Write(append([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x01\x02\x03\xff\xfe"), bytes.Repeat([]byte{0, 0xff, 0x10}, 300)...))
			},
			check: func(t *testing.T, _ Stats, x *pipeline.Extractor, _ *archive.Archive, _ string) {
				if n, _ := x.Counts(); n.Failed != 1 {
					t.Errorf("extraction failures: got %d, want 1", n.Failed)
				}
			}},
		{name: "PDF as application/pdf", state: archive.Gone, errHas: "unsupported content type",
			bad: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/pdf")
				w.Write([]byte("%PDF-1.7\n"))
			}},
		{name: "malformed HTML", state: archive.Done, archived: true,
			bad: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				fmt.Fprint(w, `<html><body><div><p>Le groupe <b>annonce <i>un investissement</b> de 20 millions de dirhams<table><tr><td>à Fès</p></div></div></span><script>var x = "<p>";`)
			}},
		{name: "windows-1252 without a header", state: archive.Done, archived: true,
			bad: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				w.Write(cp1252)
			},
			check: func(t *testing.T, _ Stats, _ *pipeline.Extractor, arc *archive.Archive, base string) {
				err := arc.Pages(context.Background(), archive.All, "", func(p *archive.Page) error {
					if p.URL == base+"/article/bad" && !bytes.Equal(p.Body, cp1252) {
						t.Errorf("archived body: got %q, want the raw bytes %q", p.Body, cp1252)
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
			}},
	}
	gzipBomb() // compressed before the clock of any request starts
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls.Store(0)
			written.Store(0)
			srv := serve(t, hostileSite(tt.bad))
			arc := openArchive(t)
			var out sink
			opt, x := out.extracting(arc)
			st := crawl(t, hostileConfig(t, srv.URL), arc, opt)
			ctx := context.Background()
			s, ok, err := arc.Status(ctx, srv.URL+"/article/bad")
			if err != nil || !ok {
				t.Fatalf("status of the bad URL: %v %v", ok, err)
			}
			if s.State != tt.state || !strings.Contains(strings.ToLower(s.Err), strings.ToLower(tt.errHas)) {
				t.Errorf("bad URL: got state %d error %q, want state %d error containing %q", s.State, s.Err, tt.state, tt.errHas)
			}
			_, bodies, err := arc.FetchCount(ctx, srv.URL+"/article/bad")
			if err != nil {
				t.Fatal(err)
			}
			if got := bodies == 1; got != tt.archived {
				t.Errorf("bad URL archived: got %v, want %v", got, tt.archived)
			}
			// The run went on: the good article is archived and extracted.
			if _, bodies, _ := arc.FetchCount(ctx, srv.URL+"/article/good"); bodies != 1 {
				t.Errorf("good article: %d bodies archived, want 1", bodies)
			}
			if !out.urls()[srv.URL+"/article/good"] {
				t.Errorf("good article: no record")
			}
			for _, r := range out.recs {
				if !utf8.ValidString(r.Text) || !utf8.ValidString(r.Title) {
					t.Errorf("%s: record text is not valid UTF-8", r.URL)
				}
			}
			if st.Pending != 0 {
				t.Errorf("pending: got %d, want 0", st.Pending)
			}
			if tt.check != nil {
				tt.check(t, st, x, arc, srv.URL)
			}
		})
	}
}

// retriedOnce checks that the bad URL was retried (retries: 1).
func retriedOnce(t *testing.T, st Stats, _ *pipeline.Extractor, _ *archive.Archive, _ string) {
	if st.Retried != 1 || st.Failed != 1 {
		t.Errorf("got %+v, want 1 retried and 1 failed", st.Counts)
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	site := newssite.New(newssite.WithArticles(3))
	srv := serve(t, site)
	cfg := testConfig(t, srv.URL, "", "")
	cfg.AllowPrivate = false
	arc := openArchive(t)
	st := crawl(t, cfg, arc)
	if site.Hits() != 0 {
		t.Errorf("server hits: got %d, want 0", site.Hits())
	}
	if st.New != 0 || st.Failed != 3 {
		t.Errorf("got %+v, want 3 seeds failed, nothing archived", st.Counts)
	}
	s, _, err := arc.Status(context.Background(), srv.URL+"/rss.xml")
	if err != nil || s.State != archive.Gone || !strings.Contains(s.Err, "address not allowed") {
		t.Errorf("feed: got %+v (%v), want gone: address not allowed", s, err)
	}
}
