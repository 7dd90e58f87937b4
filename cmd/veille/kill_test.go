package main

import (
	"bytes"
	"context"
	"errors"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"veille/archive"
	"veille/crawler/newssite"
)

// TestKillResume interrupts a real crawl with SIGINT, then kills the next
// with SIGKILL, and runs it a third time to the end: every article must end
// up archived exactly once.
func TestKillResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and crawls for a few seconds")
	}
	bin := filepath.Join(t.TempDir(), "veille")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	site := newssite.New(newssite.WithArticles(400), newssite.WithPerPage(50), newssite.WithDelay(15*time.Millisecond), newssite.WithPrivate(10, 20))
	srv := httptest.NewServer(site)
	defer srv.Close()
	cfg := writeSources(t, srv.URL, "    max_depth: 10\n")
	db := filepath.Join(t.TempDir(), "veille.db")
	ctx := context.Background()

	arc, err := archive.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer arc.Close()

	// First SIGINT: the crawl stops cleanly, says so and exits 130.
	stderr := stopMidway(t, bin, cfg, db, arc, 50, os.Interrupt)
	if !strings.Contains(stderr, "stopped: interrupted") {
		t.Errorf("after SIGINT: no summary saying so:\n%s", stderr)
	}
	// Then SIGKILL: nothing can be cleaned up.
	stopMidway(t, bin, cfg, db, arc, 150, os.Kill)
	n, err := arc.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n[archive.Pending] == 0 {
		t.Fatalf("killed too late: nothing left to resume (%v)", n)
	}

	out, err := exec.Command(bin, "crawl", "--config", cfg, "--db", db, "--log-level", "warn").CombinedOutput()
	if err != nil {
		t.Fatalf("last crawl: %v\n%s", err, out)
	}
	allowed := site.Allowed()
	for _, p := range allowed {
		u := srv.URL + p
		_, bodies, err := arc.FetchCount(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		versions, err := arc.Versions(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		if bodies != 1 || versions != 1 {
			t.Errorf("%s: archived %d times, %d versions; want 1 and 1", p, bodies, versions)
		}
	}
	var unextracted int
	if err := arc.Pages(ctx, archive.Unextracted, "", func(*archive.Page) error { unextracted++; return nil }); err != nil {
		t.Fatal(err)
	}
	if unextracted != 0 {
		t.Errorf("%d archived articles were never extracted", unextracted)
	}
	n, err = arc.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n[archive.Pending] != 0 || n[archive.Failed] != 0 || n[archive.Robots] != 2 {
		t.Errorf("frontier after the second run: %v; want nothing pending or failed, 2 blocked by robots.txt", n)
	}
}

// stopMidway starts a crawl, sends it sig once the frontier holds at least
// done finished URLs, and returns its standard error.
func stopMidway(t *testing.T, bin, cfg, db string, arc *archive.Archive, done int, sig os.Signal) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "crawl", "--config", cfg, "--db", db, "--log-level", "warn", "--log-format", "console")
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		n, err := arc.Counts(context.Background())
		if err == nil && n[archive.Done] >= done {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("the crawl ended before %v: %v\n%s", sig, err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("the crawl did not reach %d pages in 20 s", done)
		}
	}
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("after %v: %v, want a failed exit", sig, err)
		}
		if sig == os.Interrupt && exit.ExitCode() != exitInterrupted {
			t.Errorf("after SIGINT: exit code %d, want %d", exit.ExitCode(), exitInterrupted)
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the crawl did not stop within 10 s of %v", sig)
	}
	return stderr.String()
}
