package main

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"veille/archive"
	"veille/crawler/newssite"
)

// TestKillResume kills a real crawl with SIGKILL halfway and runs it again:
// every article must end up archived exactly once.
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

	cmd := exec.Command(bin, "crawl", "--config", cfg, "--db", db, "--log-level", "warn")
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	arc, err := archive.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer arc.Close()
	// Kill once a good part of the site is archived, but not all of it.
	deadline := time.Now().Add(20 * time.Second)
	for {
		n, err := arc.Counts(ctx)
		if err == nil && n[archive.Done] >= 100 {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("the crawl ended before it was killed: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatal("the crawl archived nothing in 20 s")
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-exited
	n, err := arc.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n[archive.Pending] == 0 {
		t.Fatalf("killed too late: nothing left to resume (%v)", n)
	}

	out, err := exec.Command(bin, "crawl", "--config", cfg, "--db", db, "--log-level", "warn").CombinedOutput()
	if err != nil {
		t.Fatalf("second crawl: %v\n%s", err, out)
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
