package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"veille/archive"
	"veille/deals"
	"veille/report"
)

// digestFlags are the flags crawl and serve share to tell analysts what a
// run found: the deals new or changed since the last digest delivered.
type digestFlags struct {
	digest  string
	webhook string
	metrics *digestMetrics // serve's counters; nil for crawl
}

func (f *digestFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.digest, "digest", "", "after each run, write the deals new or changed since the last digest to this JSON file (and a Markdown summary beside it, .md)")
	fl.StringVar(&f.webhook, "webhook", "", "after each run with new or changed deals, POST the digest's JSON to this URL (retried with back-off; a failure is logged and never fails the crawl)")
}

// digestMetrics count the digests of serve's runs.
type digestMetrics struct {
	deals    prometheus.Counter
	failures prometheus.Counter
}

func newDigestMetrics(reg prometheus.Registerer) *digestMetrics {
	m := &digestMetrics{
		deals: prometheus.NewCounter(prometheus.CounterOpts{Name: "veille_digest_deals_total",
			Help: "Deals delivered by digests (new or changed)."}),
		failures: prometheus.NewCounter(prometheus.CounterOpts{Name: "veille_digest_failures_total",
			Help: "Digests that could not be delivered: ledger, file or webhook errors."}),
	}
	reg.MustRegister(m.deals, m.failures)
	return m
}

// afterCrawl brings the archive's deal ledger up to date and delivers the
// digest to the --digest file and the --webhook. It never fails the crawl:
// a failure is logged and counted, and a digest not delivered is delivered
// with the next one.
func (f *digestFlags) afterCrawl(ctx context.Context, a *app, arc *archive.Archive) {
	now := time.Now()
	if _, err := deals.Sync(ctx, arc, now); err != nil {
		f.failed(a, "ledger not updated", err)
		return
	}
	if f.digest == "" && f.webhook == "" {
		return
	}
	dg, err := deals.Pending(ctx, arc, now)
	if err != nil {
		f.failed(a, "digest not made", err)
		return
	}
	if f.digest != "" {
		if err := writeDigest(f.digest, dg); err != nil {
			f.failed(a, "digest not written", err)
			return
		}
	}
	if f.webhook != "" && len(dg.Deals) > 0 {
		wh := &deals.Webhook{URL: f.webhook, Client: &http.Client{Timeout: 30 * time.Second}}
		if err := wh.Send(ctx, dg); err != nil {
			f.failed(a, "digest not delivered", err)
			return
		}
	}
	if err := dg.Delivered(ctx, arc); err != nil {
		f.failed(a, "digest not marked delivered", err)
		return
	}
	if f.metrics != nil {
		f.metrics.deals.Add(float64(len(dg.Deals)))
	}
	a.log.Info("digest delivered", zap.Int("new", dg.New), zap.Int("changed", dg.Changed),
		zap.String("file", f.digest), zap.String("webhook", f.webhook))
}

func (f *digestFlags) failed(a *app, msg string, err error) {
	a.log.Error(msg, zap.Error(err))
	if f.metrics != nil {
		f.metrics.failures.Inc()
	}
}

// writeDigest writes the digest as JSON to path and its Markdown summary
// beside it (path with its extension replaced by .md), each replaced only
// once complete.
func writeDigest(path string, dg *deals.Digest) error {
	var js, md bytes.Buffer
	enc := json.NewEncoder(&js)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(dg); err != nil {
		return fmt.Errorf("digest: %w", err)
	}
	if err := report.WriteDigestMarkdown(&md, dg); err != nil {
		return fmt.Errorf("digest: %w", err)
	}
	mdPath := strings.TrimSuffix(path, filepath.Ext(path)) + ".md"
	if mdPath == path {
		mdPath += ".md"
	}
	for p, b := range map[string][]byte{path: js.Bytes(), mdPath: md.Bytes()} {
		if err := writeFileAtomic(p, b); err != nil {
			return fmt.Errorf("digest: %w", err)
		}
	}
	return nil
}

// writeFileAtomic writes b to a temporary file beside path, then renames it.
func writeFileAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// serveDigest sets serve up for the digests of its runs: their counters
// in reg, and the report of the ledger at / on mux.
func (f *digestFlags) serveDigest(a *app, arc *archive.Archive, mux *http.ServeMux, reg prometheus.Registerer) {
	f.metrics = newDigestMetrics(reg)
	mux.Handle("GET /{$}", reportHandler(a, arc))
}

// reportHandler serves the HTML report of the archive's ledger.
func reportHandler(a *app, arc *archive.Archive) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		now := time.Now()
		l, err := deals.Load(r.Context(), arc, now)
		if err != nil {
			a.log.Error("report not served", zap.Error(err))
			http.Error(w, "the ledger cannot be read", http.StatusInternalServerError)
			return
		}
		var b bytes.Buffer
		if err := report.WriteHTML(&b, dealsInput(l, now)); err != nil {
			a.log.Error("report not served", zap.Error(err))
			http.Error(w, "the report cannot be written", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(b.Bytes())
	})
}
