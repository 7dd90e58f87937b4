package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"veille/crawler/newssite"
)

func TestServe(t *testing.T) {
	srv := httptest.NewServer(newssite.New(newssite.WithArticles(5)))
	defer srv.Close()
	cfg := writeSources(t, srv.URL, "")
	db := filepath.Join(t.TempDir(), "veille.db")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	ctx, cancel := context.WithCancel(context.Background())
	var stderr lockedBuffer
	exit := make(chan int, 1)
	go func() {
		exit <- run(ctx, []string{"serve", "--config", cfg, "--db", db, "--schedule", "@every 1h", "--addr", addr, "--now"},
			strings.NewReader(""), io.Discard, &stderr)
	}()
	get := func(path string) (int, string) {
		res, err := http.Get("http://" + addr + path)
		if err != nil {
			return 0, ""
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		_, metrics := get("/metrics")
		if strings.Contains(metrics, `veille_crawl_runs_total{result="ok"} 1`) {
			if !strings.Contains(metrics, `veille_crawl_new_total{site="local"} 5`) || !strings.Contains(metrics, `veille_crawl_records_total{site="local"} 5`) {
				t.Errorf("metrics lack the 5 new pages:\n%s", metrics)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no successful run reported in /metrics:\n%s\n%s", metrics, stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	if code, body := get("/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: got %d %q, want 200 ok", code, body)
	}
	cancel()
	select {
	case code := <-exit:
		if code != 0 {
			t.Errorf("serve: exit %d after SIGTERM\n%s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
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
