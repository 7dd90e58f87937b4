package deals

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"veille/archive"
)

// Digest is what a run tells analysts: the deals new or changed since the
// last digest delivered.
type Digest struct {
	Generated string  `json:"generated"` // RFC 3339
	New       int     `json:"new"`
	Changed   int     `json:"changed"`
	Deals     []Entry `json:"deals"` // newest first
	seq       int64   // the ledger update it covers up to
}

// Entry is a deal of a digest.
type Entry struct {
	Status string `json:"status"` // "new" or "changed"
	*Deal
}

// Entry statuses.
const (
	StatusNew     = "new"
	StatusChanged = "changed"
)

// Pending returns the digest of the archive's ledger: the deals created or
// changed in substance by the ledger updates since the last digest marked
// delivered. Until Delivered is called, the next Pending returns them
// again, with whatever came since.
func Pending(ctx context.Context, arc *archive.Archive, now time.Time) (*Digest, error) {
	seq, delivered, err := arc.LedgerState(ctx)
	if err != nil {
		return nil, err
	}
	dg := &Digest{Generated: now.UTC().Format(time.RFC3339), Deals: []Entry{}, seq: seq}
	l := NewLedger(now)
	status := map[string]string{}
	err = arc.LedgerDeals(ctx, func(s *archive.LedgerDeal) error {
		if s.Changed <= delivered {
			return nil
		}
		d, err := decode(s, now)
		if err != nil {
			return err
		}
		l.insert(d)
		status[d.ID] = StatusChanged
		if s.Created > delivered {
			status[d.ID] = StatusNew
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, d := range l.Deals() {
		dg.Deals = append(dg.Deals, Entry{Status: status[d.ID], Deal: d})
		if status[d.ID] == StatusNew {
			dg.New++
		} else {
			dg.Changed++
		}
	}
	return dg, nil
}

// Delivered marks the digest's deals as told: the next digest starts after
// them.
func (dg *Digest) Delivered(ctx context.Context, arc *archive.Archive) error {
	return arc.MarkDelivered(ctx, dg.seq)
}

// Webhook delivers digests by POSTing their JSON to a URL.
type Webhook struct {
	URL    string
	Client *http.Client // http.DefaultClient when nil
	// Attempts is how many times a delivery is tried (4 when 0); Backoff
	// the wait before the second try (1s when 0), doubled before each next.
	Attempts int
	Backoff  time.Duration
}

// Send POSTs the digest, trying again after a network error, a 429 or a
// 5xx answer; any other answer but a 2xx fails at once.
func (w *Webhook) Send(ctx context.Context, dg *Digest) error {
	body, err := json.Marshal(dg)
	if err != nil {
		return fmt.Errorf("deals: webhook: %w", err)
	}
	attempts, wait := max(w.Attempts, 1), w.Backoff
	if w.Attempts == 0 {
		attempts = 4
	}
	if wait == 0 {
		wait = time.Second
	}
	for i := 1; ; i++ {
		retry, err := w.post(ctx, body)
		if err == nil {
			return nil
		}
		if !retry || i == attempts {
			return fmt.Errorf("deals: webhook %s: attempt %d of %d: %w", w.URL, i, attempts, err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("deals: webhook %s: %w (after %v)", w.URL, ctx.Err(), err)
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// post makes one attempt and says whether a failure is worth retrying.
func (w *Webhook) post(ctx context.Context, body []byte) (retry bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(body))
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/json")
	c := w.Client
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		return ctx.Err() == nil, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16))
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return false, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return true, fmt.Errorf("answered %s", resp.Status)
	}
	return false, fmt.Errorf("answered %s", resp.Status)
}
