package deals

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// receiver is a webhook endpoint that answers with the given statuses in
// turn (200 once they run out) and keeps the digests it accepted.
type receiver struct {
	mu       sync.Mutex
	statuses []int
	calls    int
	got      []Digest
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.calls++
	status := http.StatusOK
	if len(rc.statuses) > 0 {
		status, rc.statuses = rc.statuses[0], rc.statuses[1:]
	}
	if status == http.StatusOK {
		var dg Digest
		if r.Header.Get("Content-Type") != "application/json" || json.NewDecoder(r.Body).Decode(&dg) != nil {
			status = http.StatusBadRequest
		}
		rc.got = append(rc.got, dg)
	}
	w.WriteHeader(status)
}

func TestWebhook(t *testing.T) {
	dg := &Digest{Generated: "2026-12-01T00:00:00Z", New: 1, Deals: []Entry{{Status: StatusNew, Deal: &Deal{ID: "d1", Partners: []string{"Inetum"}}}}}
	tests := []struct {
		name     string
		statuses []int
		ok       bool
		calls    int
	}{
		{"accepted at once", nil, true, 1},
		{"accepted after two failures", []int{http.StatusServiceUnavailable, http.StatusTooManyRequests}, true, 3},
		{"refused: no retry", []int{http.StatusNotFound}, false, 1},
		{"failing: retried, then given up", []int{500, 502, 503, 504}, false, 3},
	}
	for _, tt := range tests {
		rc := &receiver{statuses: tt.statuses}
		srv := httptest.NewServer(rc)
		wh := &Webhook{URL: srv.URL, Attempts: 3, Backoff: time.Millisecond}
		err := wh.Send(context.Background(), dg)
		srv.Close()
		if (err == nil) != tt.ok || rc.calls != tt.calls {
			t.Errorf("%s: err %v after %d calls; want ok %v after %d", tt.name, err, rc.calls, tt.ok, tt.calls)
		}
		if tt.ok && (len(rc.got) != 1 || len(rc.got[0].Deals) != 1 || rc.got[0].Deals[0].ID != "d1") {
			t.Errorf("%s: received %+v, want the digest", tt.name, rc.got)
		}
	}
	// A server that is gone is a network error, retried, then reported.
	srv := httptest.NewServer(&receiver{})
	srv.Close()
	err := (&Webhook{URL: srv.URL, Attempts: 2, Backoff: time.Millisecond}).Send(context.Background(), dg)
	if err == nil || !strings.Contains(err.Error(), "attempt 2 of 2") {
		t.Errorf("unreachable webhook: %v, want a failure after 2 attempts", err)
	}
}
