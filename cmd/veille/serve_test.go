package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"veille/crawler/newssite"
)

// server is a `veille serve` running in-process for a test.
type server struct {
	addr   string
	stderr lockedBuffer
	cancel context.CancelFunc
	exit   chan int
}

// startServe runs `veille serve --now` of the configuration cfg into db on
// the schedule, on a free loopback port, with the extra flags.
func startServe(t *testing.T, cfg, db, schedule string, extra ...string) *server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &server{addr: ln.Addr().String(), exit: make(chan int, 1)}
	ln.Close()
	var ctx context.Context
	ctx, s.cancel = context.WithCancel(context.Background())
	args := append([]string{"serve", "--config", cfg, "--db", db, "--schedule", schedule, "--addr", s.addr, "--now"}, extra...)
	go func() {
		s.exit <- run(ctx, args, strings.NewReader(""), io.Discard, &s.stderr)
	}()
	return s
}

// get fetches path and returns the status and body.
func (s *server) get(path string) (int, string) {
	res, err := http.Get("http://" + s.addr + path)
	if err != nil {
		return 0, ""
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

// waitFor polls path until its body contains want, for up to 15 s.
func (s *server) waitFor(t *testing.T, path, want string) (int, string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		code, body := s.get(path)
		if strings.Contains(body, want) {
			return code, body
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never said %q: %d %s\n%s", path, want, code, body, s.stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop stops the server as SIGTERM would and checks it exits 0.
func (s *server) stop(t *testing.T) {
	t.Helper()
	s.cancel()
	select {
	case code := <-s.exit:
		if code != 0 {
			t.Errorf("serve: exit %d after SIGTERM\n%s", code, s.stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestServe(t *testing.T) {
	s := startServe(t, writeSources(t, newsSite(t, newssite.WithArticles(5)), ""), filepath.Join(t.TempDir(), "veille.db"), "@every 1h")
	_, metrics := s.waitFor(t, "/metrics", `veille_crawl_runs_total{result="ok"} 1`)
	for _, want := range []string{`veille_crawl_new_total{site="local"} 5\n`, `veille_crawl_records_total{site="local"} 5\n`,
		`veille_crawl_fetched_total{site="local"} [1-9][0-9]\n`, `veille_crawl_failed_total{site="local"} 0\n`,
		`veille_crawl_frontier_pending 0\n`, `veille_crawl_last_run_end_timestamp_seconds 1\.[0-9]+e\+09\n`} {
		if !regexp.MustCompile(want).MatchString(metrics) {
			t.Errorf("metrics lack %s:\n%s", want, metrics)
		}
	}
	if code, body := s.get("/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: got %d %q, want 200 ok", code, body)
	}
	s.stop(t)
}

// A run in which every fetch fails makes /healthz answer 503 with the
// reason; the next good run makes it answer 200 again.
func TestServeHealth(t *testing.T) {
	var dead atomic.Bool
	dead.Store(true)
	srv := httptest.NewServer(deadSite(&dead, newssite.New(newssite.WithArticles(3))))
	defer srv.Close()
	s := startServe(t, writeSources(t, srv.URL, ""), filepath.Join(t.TempDir(), "veille.db"), "@every 1s")
	defer s.stop(t)
	code, body := s.waitFor(t, "/healthz", "last crawl failed")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "3 of the 3 URLs finished failed") {
		t.Errorf("/healthz after a dead run: %d %q, want 503 and the reason", code, body)
	}
	// Runs come every second: a loaded machine may have seen more than one
	// dead run by now, each failing its 3 URLs.
	if _, m := s.get("/metrics"); !strings.Contains(m, `veille_crawl_runs_total{result="failed"}`) || !regexp.MustCompile(`veille_crawl_failed_total\{site="local"\} ([369]|[1-9][0-9]+)\n`).MatchString(m) {
		t.Errorf("metrics lack the failed run:\n%s", m)
	}
	dead.Store(false)
	if code, _ := s.waitFor(t, "/healthz", "ok"); code != http.StatusOK {
		t.Errorf("/healthz after a good run: %d, want 200", code)
	}
}

func TestServeUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--config", "c", "--db", "d", "--addr", "0.0.0.0:9090"}, "not a loopback address"},
		{[]string{"serve", "--config", "c", "--db", "d", "--schedule", "tous les jours"}, "bad --schedule"},
		{[]string{"serve", "--db", "d"}, "--config and --db are required"},
	}
	for _, tt := range tests {
		code, _, stderr := veille(t, tt.args...)
		if code != exitUsage || !strings.Contains(stderr, tt.want) {
			t.Errorf("veille %s: exit %d, %q; want exit 2 and %q", strings.Join(tt.args, " "), code, stderr, tt.want)
		}
	}
}
