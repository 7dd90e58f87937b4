package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"veille/archive"
	"veille/extract"
	"veille/pipeline"
)

// testConfig returns a configuration for one site served at base, polite
// delays off, with extra top-level YAML and site YAML lines.
func testConfig(t testing.TB, base, top, site string) *Config {
	t.Helper()
	y := fmt.Sprintf(`user_agent: "veille-test/1.0 (+mailto:test@example.org)"
allow_private: true
parallelism: 4
timeout: 2s
retries: 2
backoff: 10ms
max_retry_wait: 200ms
%s
sites:
  - name: local
    feeds: ["%[2]s/rss.xml"]
    sitemaps: ["%[2]s/sitemap.xml"]
    start: ["%[2]s/economie"]
    article_pattern: '/article/'
    delay: 0s
    parallelism: 4
%s
`, top, base, indent(site))
	cfg, err := ParseConfig(strings.NewReader(y))
	if err != nil {
		t.Fatalf("config: %v\n%s", err, y)
	}
	return cfg
}

func indent(s string) string {
	if s == "" {
		return ""
	}
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = "    " + l
	}
	return strings.Join(lines, "\n")
}

// serve starts h on loopback, closed at the end of the test.
func serve(t testing.TB, h http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// openArchive opens a fresh archive in a temporary directory.
func openArchive(t testing.TB) *archive.Archive {
	t.Helper()
	a, err := archive.Open(context.Background(), filepath.Join(t.TempDir(), "veille.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return a
}

// sink collects the records extracted from the pages a crawl archives.
type sink struct {
	mu   sync.Mutex
	recs []*extract.Record
}

func (s *sink) add(r *extract.Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.recs = append(s.recs, r)
	return nil
}

// extracting returns the option that extracts each page archived into arc
// and adds its record to s, and the Extractor that counts them.
func (s *sink) extracting(arc *archive.Archive) (Option, *pipeline.Extractor) {
	x := pipeline.New(arc, pipeline.WithRecords(s.add))
	return WithArchived(x.Page), x
}

func (s *sink) urls() map[string]bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := map[string]bool{}
	for _, r := range s.recs {
		m[r.URL] = true
	}
	return m
}

// crawl runs one crawl of cfg into arc and fails the test on error.
func crawl(t testing.TB, cfg *Config, arc *archive.Archive, opts ...Option) Stats {
	t.Helper()
	c, err := New(cfg, arc, opts...)
	if err != nil {
		t.Fatal(err)
	}
	st, err := c.Run(context.Background())
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return st
}
