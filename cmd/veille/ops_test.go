package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"veille/archive"
	"veille/crawler/newssite"
	"veille/extract"
)

// crawlSummary is the JSON summary line of a crawl.
type crawlSummary struct {
	Msg                              string
	Fetched, New, Changed, Unchanged int
	Failed, Records, Pending         int
	Stopped                          string
	Sites                            map[string]map[string]int
}

// summary finds the summary line among the JSON logs of a crawl.
func summary(t *testing.T, stderr string) crawlSummary {
	t.Helper()
	for _, l := range strings.Split(stderr, "\n") {
		var s crawlSummary
		if json.Unmarshal([]byte(l), &s) == nil && s.Msg == "crawl summary" {
			return s
		}
	}
	t.Fatalf("no JSON summary line in:\n%s", stderr)
	return crawlSummary{}
}

func TestCrawlJSONSummary(t *testing.T) {
	cfg := writeSources(t, newsSite(t, newssite.WithArticles(4)), "")
	db := filepath.Join(t.TempDir(), "veille.db")
	code, _, stderr := veille(t, "crawl", "--config", cfg, "--db", db, "--log-format", "json")
	s := summary(t, stderr)
	if code != 0 || s.New != 4 || s.Records != 4 || s.Sites["local"]["new"] != 4 || strings.Contains(stderr, "crawl: ") {
		t.Errorf("exit %d, summary %+v; want 4 new and 4 records, in JSON only\n%s", code, s, stderr)
	}
}

// deadSite is a server that drops every connection, as a site that is down.
func deadSite(dead *atomic.Bool, alive http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !dead.Load() {
			alive.ServeHTTP(w, r)
			return
		}
		conn, _, err := w.(http.Hijacker).Hijack()
		if err == nil {
			conn.Close()
		}
	})
}

func TestCrawlDeadSite(t *testing.T) {
	var dead atomic.Bool
	dead.Store(true)
	srv := httptest.NewServer(deadSite(&dead, newssite.New(newssite.WithArticles(3))))
	defer srv.Close()
	cfg := writeSources(t, srv.URL, "")
	db := filepath.Join(t.TempDir(), "veille.db")
	code, _, stderr := veille(t, "crawl", "--config", cfg, "--db", db)
	if s := summary(t, stderr); code != exitFailure || s.Failed != 3 || !strings.Contains(stderr, "URLs finished failed") {
		t.Errorf("dead site: exit %d, %+v; want exit 1 and 3 failed\n%s", code, s, stderr)
	}
	dead.Store(false)
	if code, _, stderr := veille(t, "crawl", "--config", cfg, "--db", db); code != 0 {
		t.Errorf("site back: exit %d\n%s", code, stderr)
	}
}

// A site behind a proxy that answers 503 to everything, robots.txt
// included, is down, not "disallowed by robots.txt".
func TestCrawlSiteAnswering503(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "Service Unavailable", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	code, _, stderr := veille(t, "crawl", "--config", writeSources(t, srv.URL, ""), "--db", filepath.Join(t.TempDir(), "veille.db"))
	if s := summary(t, stderr); code != exitFailure || s.Failed != 3 {
		t.Errorf("503 everywhere: exit %d, %+v; want exit 1 and 3 failed\n%s", code, s, stderr)
	}
}

func TestCrawlInterrupted(t *testing.T) {
	cfg := writeSources(t, newsSite(t, newssite.WithArticles(200), newssite.WithDelay(20*time.Millisecond)), "")
	db := filepath.Join(t.TempDir(), "veille.db")
	ctx, cancel := context.WithTimeout(context.Background(), 400*time.Millisecond)
	defer cancel()
	var stderr lockedBuffer
	code := run(ctx, []string{"crawl", "--config", cfg, "--db", db}, strings.NewReader(""), &stderr, &stderr)
	if s := summary(t, stderr.String()); code != exitInterrupted || s.Stopped != "interrupted" {
		t.Errorf("interrupted crawl: exit %d, %+v; want %d", code, s, exitInterrupted)
	}
}

// TestCrawlsTogether starts two crawls of one archive at once: one crawls,
// the other exits at once with exitLocked, or waits with --wait and then
// finds nothing left to fetch. Every article is requested once.
func TestCrawlsTogether(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	site := newssite.New(newssite.WithArticles(30), newssite.WithDelay(20*time.Millisecond))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		site.ServeHTTP(w, r)
	}))
	defer srv.Close()
	cfg := writeSources(t, srv.URL, "")
	db := filepath.Join(t.TempDir(), "veille.db")
	for _, wait := range []bool{false, true} {
		var codes [2]int
		var stderrs [2]string
		var wg sync.WaitGroup
		for i := range codes {
			wg.Add(1)
			go func() {
				defer wg.Done()
				args := []string{"crawl", "--config", cfg, "--db", db}
				if wait {
					args = append(args, "--wait")
				}
				codes[i], _, stderrs[i] = veille(t, args...)
			}()
		}
		wg.Wait()
		want := [][2]int{{0, exitLocked}, {exitLocked, 0}}
		if wait {
			want = [][2]int{{0, 0}}
		}
		ok := false
		for _, w := range want {
			ok = ok || codes == w
		}
		if !ok {
			t.Errorf("wait=%v: exit codes %v, want one of %v\n%s\n%s", wait, codes, want, stderrs[0], stderrs[1])
		}
		if !wait && !strings.Contains(stderrs[0]+stderrs[1], "in use by another crawl") {
			t.Errorf("no clear message for the locked crawl:\n%s\n%s", stderrs[0], stderrs[1])
		}
	}
	for _, p := range site.Allowed() {
		if hits[p] != 1 {
			t.Errorf("%s requested %d times, want once", p, hits[p])
		}
	}
	// A crawl sharing a Redis frontier is refused the same archive too,
	// before it connects anywhere.
	lock, err := archive.LockFile(context.Background(), db, false)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	if code, _, stderr := veille(t, "crawl", "--config", cfg, "--db", db, "--redis", "redis://127.0.0.1:1/0"); code != exitLocked {
		t.Errorf("crawl --redis on a locked archive: exit %d, want %d\n%s", code, exitLocked, stderr)
	}
}

func TestReadsNeverCreate(t *testing.T) {
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{
		{"export", "--db", typo},
		{"export", "--db", typo, "--format", "csv"},
		{"extract", "--db", typo},
		{"backup", "--db", typo, "--to", filepath.Join(dir, "copy.db")},
	} {
		code, _, stderr := veille(t, args...)
		if code != exitUsage || !strings.Contains(stderr, "no such archive") {
			t.Errorf("veille %s: exit %d, %q; want exit 2 and no such archive", strings.Join(args, " "), code, stderr)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("reads of a missing archive created %d files", len(entries))
	}
}

func TestExtractDBRedoesOlderVersions(t *testing.T) {
	cfg := writeSources(t, newsSite(t, newssite.WithArticles(6)), "")
	db := filepath.Join(t.TempDir(), "a#b.db") // any file name works
	if code, _, stderr := veille(t, "crawl", "--config", cfg, "--db", db); code != 0 {
		t.Fatalf("crawl: exit %d\n%s", code, stderr)
	}
	// Two records made by an older extractor, as after an upgrade.
	ctx := context.Background()
	arc, err := archive.OpenExisting(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	err = arc.Pages(ctx, archive.All, "", func(p *archive.Page) error {
		if n++; n > 2 {
			return nil
		}
		return arc.SaveExtraction(ctx, &archive.Extraction{VersionID: p.VersionID, ExtractorVersion: "old", At: time.Now(), Matched: true, Record: []byte(`{}`)})
	})
	arc.Close()
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := veille(t, "extract", "--db", db)
	if code != 0 || lines(stdout) != 2 || strings.Count(stdout, `"extractor_version":"`+extract.Version()+`"`) != 2 {
		t.Errorf("extract --db: exit %d, %d records; want the 2 older ones redone\n%s\n%s", code, lines(stdout), stdout, stderr)
	}
	if code, stdout, _ := veille(t, "extract", "--db", db); code != 0 || stdout != "" {
		t.Errorf("extract --db again: exit %d, %d records; want none", code, lines(stdout))
	}
	// A backup is an archive with the same records.
	copyDB := filepath.Join(t.TempDir(), "copy.db")
	if code, _, stderr := veille(t, "backup", "--db", db, "--to", copyDB); code != 0 {
		t.Fatalf("backup: exit %d\n%s", code, stderr)
	}
	_, a, _ := veille(t, "export", "--db", db)
	_, b, _ := veille(t, "export", "--db", copyDB)
	if lines(a) != 6 || a != b {
		t.Errorf("export of the backup differs: %d and %d lines", lines(a), lines(b))
	}
}

func TestVersionCommand(t *testing.T) {
	code, stdout, _ := veille(t, "version")
	if code != 0 || !strings.HasPrefix(stdout, "veille ") || !strings.Contains(stdout, "\nextractor "+extract.Version()+"\n") {
		t.Errorf("version: exit %d, %q", code, stdout)
	}
}

func TestNoColor(t *testing.T) {
	for _, noColor := range []bool{false, true} {
		var b lockedBuffer
		l, _, err := newLogger(&b, "console", "info", noColor)
		if err != nil {
			t.Fatal(err)
		}
		l.Warn("attention")
		if got := strings.Contains(b.String(), "\x1b["); got == noColor {
			t.Errorf("NO_COLOR=%v: colour codes %v in %q", noColor, got, b.String())
		}
	}
	t.Setenv("NO_COLOR", "1")
	code, _, stderr := veille(t, "--log-format", "console", "extract", filepath.Join(t.TempDir(), "missing.html"))
	if code != exitFailure || strings.Contains(stderr, "\x1b[") {
		t.Errorf("NO_COLOR set: exit %d, colour in %q", code, stderr)
	}
}
