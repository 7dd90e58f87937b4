package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"veille/crawler/newssite"
)

// writeSources writes a sources.yaml for the site served at base.
// newsSite serves a generated news site until the test ends and returns
// its URL.
func newsSite(t testing.TB, opts ...newssite.Option) string {
	srv := httptest.NewServer(newssite.New(opts...))
	t.Cleanup(srv.Close)
	return srv.URL
}

func writeSources(t testing.TB, base, extra string) string {
	t.Helper()
	y := fmt.Sprintf(`user_agent: "veille-test/1.0 (+mailto:test@example.org)"
allow_private: true
parallelism: 4
timeout: 5s
retries: 1
backoff: 10ms
sites:
  - name: local
    feeds: ["%[1]s/rss.xml"]
    sitemaps: ["%[1]s/sitemap.xml"]
    start: ["%[1]s/economie"]
    article_pattern: '/article/'
    delay: 0s
    parallelism: 4
%[2]s`, base, extra)
	p := filepath.Join(t.TempDir(), "sources.yaml")
	if err := os.WriteFile(p, []byte(y), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// veille runs the command line in-process and returns its exit code,
// standard output and standard error.
func veille(t testing.TB, args ...string) (int, string, string) {
	t.Helper()
	var out, errb lockedBuffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// lockedBuffer is a bytes.Buffer safe for the concurrent writes of the
// crawler's workers, as os.Stderr is (the zap core does not lock).
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func lines(s string) int { return strings.Count(s, "\n") }

func TestCrawlExportExtract(t *testing.T) {
	site := newssite.New(newssite.WithArticles(12), newssite.WithPrivate(5))
	srv := httptest.NewServer(site)
	defer srv.Close()
	cfg := writeSources(t, srv.URL, "")
	dir := t.TempDir()
	db, out := filepath.Join(dir, "veille.db"), filepath.Join(dir, "records.jsonl")

	os.WriteFile(out, []byte("{\"from\":\"an earlier run\"}\n"), 0o644)
	code, _, stderr := veille(t, "crawl", "--config", cfg, "--db", db, "--out", out, "--log-format", "console")
	if code != 0 {
		t.Fatalf("crawl: exit %d\n%s", code, stderr)
	}
	for _, want := range []string{"11 new", "1 skipped by robots.txt", "0 failed", "11 records", "local"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("summary lacks %q:\n%s", want, stderr)
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if got := lines(string(b)); got != 12 || !strings.HasPrefix(string(b), `{"from":"an earlier run"}`) {
		t.Errorf("--out: got %d lines, want the earlier one and 11 records", got)
	}

	code, stdout, stderr := veille(t, "export", "--db", db, "--format", "jsonl")
	if code != 0 || lines(stdout) != 11 {
		t.Errorf("export jsonl: exit %d, %d lines, want 0 and 11\n%s", code, lines(stdout), stderr)
	}
	code, stdout, stderr = veille(t, "export", "--db", db, "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	if code != 0 || err != nil || len(rows) != 12 || rows[0][0] != "url" {
		t.Errorf("export csv: exit %d, %d rows (%v), want 0 and 12\n%s", code, len(rows), err, stderr)
	}
	code, stdout, _ = veille(t, "export", "--db", db, "--since", "2999-01-01")
	if code != 0 || stdout != "" {
		t.Errorf("export --since the future: exit %d, output %q, want nothing", code, stdout)
	}

	// Every record is current: nothing to re-extract, unless --all.
	code, stdout, stderr = veille(t, "extract", "--db", db)
	if code != 0 || stdout != "" {
		t.Errorf("extract --db: exit %d, %d records, want 0 and none\n%s", code, lines(stdout), stderr)
	}
	code, stdout, stderr = veille(t, "extract", "--db", db, "--all")
	if code != 0 || lines(stdout) != 11 {
		t.Errorf("extract --db --all: exit %d, %d records, want 0 and 11\n%s", code, lines(stdout), stderr)
	}

	// A second crawl fetches no article again.
	code, _, stderr = veille(t, "crawl", "--config", cfg, "--db", db, "--log-format", "console")
	if code != 0 || !strings.Contains(stderr, "0 new, 0 changed, 0 unchanged") {
		t.Errorf("second crawl: exit %d\n%s", code, stderr)
	}
}

func TestCrawlMaxPages(t *testing.T) {
	cfg := writeSources(t, newsSite(t, newssite.WithArticles(20)), "")
	db := filepath.Join(t.TempDir(), "veille.db")
	code, _, stderr := veille(t, "crawl", "--config", cfg, "--db", db, "--max-pages", "5")
	sum := summary(t, stderr)
	if code != 0 || sum.New != 5 || sum.Stopped != "max pages" {
		t.Fatalf("crawl --max-pages 5: exit %d, %+v: want 5 articles archived\n%s", code, sum, stderr)
	}
	code, _, stderr = veille(t, "crawl", "--config", cfg, "--db", db, "--log-format", "console")
	if code != 0 || !strings.Contains(stderr, "0 URLs pending") {
		t.Errorf("resumed crawl: exit %d\n%s", code, stderr)
	}
}

func TestCrawlMaxDuration(t *testing.T) {
	cfg := writeSources(t, newsSite(t, newssite.WithArticles(50), newssite.WithDelay(50*time.Millisecond)), "")
	db := filepath.Join(t.TempDir(), "veille.db")
	code, _, stderr := veille(t, "crawl", "--config", cfg, "--db", db, "--max-duration", "300ms", "--log-format", "console")
	if code != 0 || !strings.Contains(stderr, "stopped: max duration") || strings.Contains(stderr, " 0 URLs pending") {
		t.Errorf("crawl --max-duration 300ms: exit %d\n%s", code, stderr)
	}
}

func TestCrawlUsage(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("user_agent: a@b.c\nsites:\n  - name: x\n    start: [\"https://x.ma/\"]\n    delay: bientôt\n"), 0o644)
	good := writeSources(t, "http://127.0.0.1:9", "")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"crawl"}, exitUsage, "--config and --db are required"},
		{[]string{"crawl", "--config", good, "--db", filepath.Join(t.TempDir(), "x.db"), "--redis", "redis://127.0.0.1:1/0"}, exitFailure, "redis 127.0.0.1:1"},
		{[]string{"crawl", "--config", good, "--db", filepath.Join(t.TempDir(), "x.db"), "--redis", "mysql://127.0.0.1/0"}, exitFailure, "want redis://"},
		{[]string{"crawl", "--config", bad, "--db", filepath.Join(t.TempDir(), "x.db")}, exitUsage, "line 5: bad duration"},
		{[]string{"crawl", "--config", "/nonexistent.yaml", "--db", "x.db"}, exitUsage, "no such file"},
		{[]string{"crawl", "--config", good, "--db", "x.db", "--max-failed", "2"}, exitUsage, "--max-failed"},
		{[]string{"export"}, exitUsage, "--db is required"},
		{[]string{"export", "--db", "x.db", "--format", "xml"}, exitUsage, "bad --format"},
		{[]string{"export", "--db", "x.db", "--since", "hier"}, exitUsage, "bad --since"},
	}
	for _, tt := range tests {
		code, _, stderr := veille(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("veille %s: exit %d, stderr %q; want exit %d and %q", strings.Join(tt.args, " "), code, stderr, tt.code, tt.want)
		}
	}
}
