package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"veille/crawler/newssite"
	"veille/deals"
)

// hook is a webhook receiver that answers status and keeps the digests.
type hook struct {
	mu      sync.Mutex
	status  int
	digests []deals.Digest
}

func (h *hook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mu.Lock()
	defer h.mu.Unlock()
	var dg deals.Digest
	if err := json.NewDecoder(r.Body).Decode(&dg); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if h.status != http.StatusOK {
		w.WriteHeader(h.status)
		return
	}
	h.digests = append(h.digests, dg)
}

func (h *hook) received() []deals.Digest {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]deals.Digest(nil), h.digests...)
}

// fixtureSite serves the fixture pages as a news site.
func fixtureSite(t *testing.T) string {
	return newsSite(t, newssite.WithPages(os.DirFS(filepath.Join("..", "..", "fixtures", "pages"))))
}

func readDigest(t *testing.T, path string) deals.Digest {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var dg deals.Digest
	if err := json.Unmarshal(b, &dg); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return dg
}

// TestCrawlDigest crawls the fixture site twice: the first run delivers
// every deal to the digest file and the webhook, the second nothing. A
// webhook that refuses the digest does not fail the crawl, and the deals
// come with the next digest.
func TestCrawlDigest(t *testing.T) {
	cfg := writeSources(t, fixtureSite(t), "")
	dir := t.TempDir()
	db, file := filepath.Join(dir, "veille.db"), filepath.Join(dir, "digest.json")
	h := &hook{status: http.StatusNotFound}
	receiver := httptest.NewServer(h)
	defer receiver.Close()

	code, _, stderr := veille(t, "crawl", "--config", cfg, "--db", db, "--digest", file, "--webhook", receiver.URL)
	if code != exitOK || !strings.Contains(stderr, "digest not delivered") {
		t.Fatalf("crawl with a refusing webhook: exit %d, want 0 and the failure logged\n%s", code, stderr)
	}
	_, out, _ := veille(t, "ledger", "--db", db)
	n := len(readDeals(t, out))
	if n == 0 {
		t.Fatal("the ledger of the fixture site is empty")
	}

	h.mu.Lock()
	h.status = http.StatusOK
	h.mu.Unlock()
	code, _, stderr = veille(t, "crawl", "--config", cfg, "--db", db, "--digest", file, "--webhook", receiver.URL)
	got := h.received()
	if code != exitOK || len(got) != 1 || got[0].New != n || len(got[0].Deals) != n {
		t.Fatalf("second crawl: exit %d, %d digests received, want one of the %d deals not delivered before\n%s", code, len(got), n, stderr)
	}
	if dg := readDigest(t, file); len(dg.Deals) != n {
		t.Errorf("digest file: %d deals, want %d", len(dg.Deals), n)
	}
	md, err := os.ReadFile(filepath.Join(dir, "digest.md"))
	if err != nil || !strings.Contains(string(md), "nouveaux accords") || strings.Count(string(md), "\n- ") != n {
		t.Errorf("digest.md (%v):\n%s", err, md)
	}

	code, _, stderr = veille(t, "crawl", "--config", cfg, "--db", db, "--digest", file, "--webhook", receiver.URL)
	if code != exitOK || len(h.received()) != 1 {
		t.Errorf("third crawl, nothing new: exit %d, %d digests received, want still 1\n%s", code, len(h.received()), stderr)
	}
	if dg := readDigest(t, file); len(dg.Deals) != 0 {
		t.Errorf("digest file after nothing new: %d deals, want 0", len(dg.Deals))
	}
}

// TestServeReportDigest runs serve once: its run delivers the digest,
// counted in /metrics, and / serves the report of the ledger.
func TestServeReportDigest(t *testing.T) {
	cfg := writeSources(t, fixtureSite(t), "")
	db := filepath.Join(t.TempDir(), "veille.db")
	h := &hook{status: http.StatusOK}
	receiver := httptest.NewServer(h)
	defer receiver.Close()
	s := startServe(t, cfg, db, "@every 1h", "--webhook", receiver.URL)
	defer s.stop(t)
	deadline := time.Now().Add(30 * time.Second)
	for len(h.received()) == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no digest delivered:\n%s", s.stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	n := len(h.received()[0].Deals)
	s.waitFor(t, "/metrics", "veille_digest_deals_total "+strconv.Itoa(n))
	code, page := s.get("/")
	if code != http.StatusOK || !strings.Contains(page, "Kaizen Wiring Systems") || strings.Count(page, `<tr class="deal"`) != n {
		t.Errorf("/: status %d, %d rows, want 200 and the %d deals", code, strings.Count(page, `<tr class="deal"`), n)
	}
	if code, _ := s.get("/nothing"); code != http.StatusNotFound {
		t.Errorf("/nothing: status %d, want 404", code)
	}
}
