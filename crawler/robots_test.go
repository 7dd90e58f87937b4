package crawler

import (
	"errors"
	"net/url"
	"sync/atomic"
	"testing"
	"time"
)

func TestRobots(t *testing.T) {
	var fetched atomic.Int32
	files := map[string]*response{
		"http://a.ma/robots.txt": {status: 200, body: []byte("User-agent: *\nDisallow: /prive/\nCrawl-delay: 7\n\nUser-agent: veille\nDisallow: /pas-pour-veille/\nAllow: /prive/public\nCrawl-delay: 4\n")},
		"http://b.ma/robots.txt": {status: 404},
		"http://c.ma/robots.txt": {status: 503},
		"http://d.ma/robots.txt": {err: errors.New("connection refused")},
	}
	r := newRobots("veille/1.0 (+mailto:x@y.z)", time.Hour, func(u string) *response {
		fetched.Add(1)
		return files[u]
	})
	tests := []struct {
		url     string
		ok      bool
		delay   time.Duration
		wantErr bool
	}{
		{"http://a.ma/article/1", true, 4 * time.Second, false},
		{"http://a.ma/pas-pour-veille/1", false, 4 * time.Second, false},
		{"http://a.ma/prive/public", true, 4 * time.Second, false},
		{"http://b.ma/prive/x", true, 0, false},
		{"http://c.ma/article/1", false, 0, true}, // 5xx: down, not "disallowed"
		{"http://d.ma/article/1", false, 0, true},
	}
	for _, tt := range tests {
		u, _ := url.Parse(tt.url)
		ok, delay, err := r.check(u)
		if ok != tt.ok || delay != tt.delay || (err != nil) != tt.wantErr {
			t.Errorf("check(%s) = %v, %v, %v; want %v, %v, error %v", tt.url, ok, delay, err, tt.ok, tt.delay, tt.wantErr)
		}
	}
	for _, tt := range tests { // all cached, the failure too (for an hour)
		u, _ := url.Parse(tt.url)
		r.check(u)
	}
	if got := fetched.Load(); got != 4 {
		t.Errorf("robots.txt fetched %d times, want once per host (4)", got)
	}
}

// A robots.txt that timed out is fetched again once its retry time has
// come, not held against the host for the whole run.
func TestRobotsRetriesAFailure(t *testing.T) {
	for _, retry := range []time.Duration{0, time.Hour} {
		calls := 0
		r := newRobots("veille/1.0 (+mailto:x@y.z)", retry, func(u string) *response {
			if calls++; calls == 1 {
				return &response{err: errors.New("timeout")}
			}
			return &response{status: 200, body: []byte("User-agent: *\nDisallow: /prive/\n")}
		})
		u, _ := url.Parse("http://a.ma/article/1")
		if _, _, err := r.check(u); err == nil {
			t.Fatalf("retry %v: first check: no error", retry)
		}
		ok, _, err := r.check(u)
		if wantOK := retry == 0; ok != wantOK || (err == nil) != wantOK {
			t.Errorf("retry %v: second check = %v, %v; want fetched again: %v", retry, ok, err, wantOK)
		}
	}
}

func TestLimiter(t *testing.T) {
	l := newLimiter()
	t0 := time.Unix(1000, 0)
	if !l.acquire("a", t0, 2*time.Second, 1) {
		t.Fatal("first request refused")
	}
	if l.acquire("a", t0, 2*time.Second, 1) {
		t.Error("second request in parallel with parallelism 1 accepted")
	}
	if !l.acquire("b", t0, 2*time.Second, 1) {
		t.Error("another host held back by host a")
	}
	l.release("a")
	if l.acquire("a", t0.Add(time.Second), 2*time.Second, 1) {
		t.Error("request before the delay accepted")
	}
	busy, wake := l.busy(t0.Add(time.Second))
	if len(busy) != 2 || !wake.Equal(t0.Add(2*time.Second)) {
		t.Errorf("busy = %v, wake %v; want both hosts, wake at +2s", busy, wake)
	}
	l.slowDown("a", 10*time.Second, t0.Add(30*time.Second))
	if l.acquire("a", t0.Add(20*time.Second), 2*time.Second, 1) {
		t.Error("request before Retry-After accepted")
	}
	if !l.acquire("a", t0.Add(30*time.Second), 2*time.Second, 1) {
		t.Error("request after Retry-After refused")
	}
	if l.acquire("a", t0.Add(35*time.Second), 2*time.Second, 2) {
		t.Error("Crawl-delay of 10s not kept")
	}
}
