package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/robfig/cron/v3"
	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"veille/archive"
	"veille/crawler"
	"veille/pipeline"
)

func init() { extraCommands = append(extraCommands, newServeCmd) }

type serveFlags struct {
	sourceFlags
	schedule string
	addr     string
	now      bool
}

func newServeCmd(a *app) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve --config FILE --db FILE --schedule CRON",
		Short: "Crawl on a schedule, with the report at /, /healthz and /metrics on a loopback address",
		Long: `Serve runs a crawl on a cron schedule (five fields, e.g. "0 2 * * *" for 02:00
every night, or "@every 6h"), never two at once: a run still going when the
next is due makes that one skip. The configuration is read again before
each run. /healthz and /metrics (Prometheus text format) are served on a
loopback address: /healthz answers 503 with the reason after a failed run
(the archive failed, or more than --max-failed of the URLs failed) and 200
after a good one. A run finding the archive locked by another crawl is
skipped. SIGINT or SIGTERM stops the running crawl cleanly (it resumes at
the next run) and exits 0.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("serve: unexpected argument %q", args[0])
			}
			return runServe(cmd.Context(), a, f)
		},
	}
	fl := cmd.Flags()
	f.sourceFlags.register(cmd)
	fl.StringVar(&f.schedule, "schedule", "0 2 * * *", "cron schedule of the crawls")
	fl.StringVar(&f.addr, "addr", "127.0.0.1:9090", "loopback address of /healthz and /metrics")
	fl.BoolVar(&f.now, "now", false, "also crawl once at start")
	return cmd
}

// serveMetrics are the Prometheus metrics of the scheduler.
type serveMetrics struct {
	runs      *prometheus.CounterVec
	outcomes  []outcomeCounter
	running   prometheus.Gauge
	pending   prometheus.Gauge
	lastStart prometheus.Gauge
	lastEnd   prometheus.Gauge
	lastOK    prometheus.Gauge
	duration  prometheus.Gauge
}

// outcomeCounter counts one outcome of the pages of a run, by site.
type outcomeCounter struct {
	vec *prometheus.CounterVec
	of  func(crawler.Counts, pipeline.Counts) int
}

// outcomes are the counters veille_crawl_<name>_total{site}, one per outcome.
var outcomes = []struct {
	name, help string
	of         func(crawler.Counts, pipeline.Counts) int
}{
	{"fetched", "HTTP requests made (robots.txt excluded), retries included.", func(k crawler.Counts, _ pipeline.Counts) int { return k.Fetched }},
	{"new", "Articles archived for the first time.", func(k crawler.Counts, _ pipeline.Counts) int { return k.New }},
	{"changed", "Articles archived as a new version.", func(k crawler.Counts, _ pipeline.Counts) int { return k.Changed }},
	{"unchanged", "Articles fetched again with the same content.", func(k crawler.Counts, _ pipeline.Counts) int { return k.Unchanged }},
	{"robots", "URLs skipped because robots.txt disallows them.", func(k crawler.Counts, _ pipeline.Counts) int { return k.Robots }},
	{"failed", "URLs given up for the run, after their retries.", func(k crawler.Counts, _ pipeline.Counts) int { return k.Failed }},
	{"retried", "Fetches to be retried (timeouts, 429, 5xx).", func(k crawler.Counts, _ pipeline.Counts) int { return k.Retried }},
	{"truncated", "Bodies longer than max_body_size (not archived).", func(k crawler.Counts, _ pipeline.Counts) int { return k.Truncated }},
	{"records", "Records extracted.", func(_ crawler.Counts, x pipeline.Counts) int { return x.Records }},
	{"extraction_failed", "Archived pages extraction could not read.", func(_ crawler.Counts, x pipeline.Counts) int { return x.Failed }},
}

func newServeMetrics(reg prometheus.Registerer) *serveMetrics {
	gauge := func(name, help string) prometheus.Gauge {
		g := prometheus.NewGauge(prometheus.GaugeOpts{Name: name, Help: help})
		reg.MustRegister(g)
		return g
	}
	m := &serveMetrics{
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "veille_crawl_runs_total",
			Help: "Crawl runs, by result (ok, failed, interrupted, skipped)."}, []string{"result"}),
		running:   gauge("veille_crawl_running", "1 while a crawl runs."),
		pending:   gauge("veille_crawl_frontier_pending", "URLs waiting in the frontier at the end of the last run."),
		lastStart: gauge("veille_crawl_last_run_start_timestamp_seconds", "Start of the last crawl (Unix time)."),
		lastEnd:   gauge("veille_crawl_last_run_end_timestamp_seconds", "End of the last crawl (Unix time)."),
		lastOK:    gauge("veille_crawl_last_success_timestamp_seconds", "End of the last successful crawl (Unix time)."),
		duration:  gauge("veille_crawl_last_duration_seconds", "Duration of the last crawl."),
	}
	reg.MustRegister(m.runs)
	for _, o := range outcomes {
		vec := prometheus.NewCounterVec(prometheus.CounterOpts{Name: "veille_crawl_" + o.name + "_total", Help: o.help}, []string{"site"})
		reg.MustRegister(vec)
		m.outcomes = append(m.outcomes, outcomeCounter{vec: vec, of: o.of})
	}
	return m
}

// observe records a run that ended.
func (m *serveMetrics) observe(r runResult, ok bool) {
	for _, site := range siteNames(r) {
		for _, o := range m.outcomes {
			o.vec.WithLabelValues(site).Add(float64(o.of(r.Sites[site], r.SiteRecords[site])))
		}
	}
	m.pending.Set(float64(r.Pending))
	m.lastStart.Set(float64(r.Started.UnixMilli()) / 1e3)
	m.lastEnd.Set(float64(r.End.UnixMilli()) / 1e3)
	m.duration.Set(r.End.Sub(r.Started).Seconds())
	if ok {
		m.lastOK.Set(float64(r.End.UnixMilli()) / 1e3)
	}
}

// health is what /healthz says: the reason the last run failed, or "" if
// it did its work (or none ran yet).
type health struct{ reason atomic.Pointer[string] }

func (h *health) set(reason string) { h.reason.Store(&reason) }

func (h *health) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	if r := h.reason.Load(); r != nil && *r != "" {
		http.Error(w, "last crawl failed: "+*r, http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintln(w, "ok")
}

func runServe(ctx context.Context, a *app, f serveFlags) error {
	if err := f.check("serve"); err != nil {
		return err
	}
	if err := checkLoopback(f.addr); err != nil {
		return usagef("serve: --addr: %v", err)
	}
	sched, err := cron.ParseStandard(f.schedule)
	if err != nil {
		return usagef("serve: bad --schedule %q: %v", f.schedule, err)
	}
	if _, err := loadConfig(f.config); err != nil {
		return err
	}
	arc, err := archive.Open(ctx, f.db)
	if err != nil {
		return err
	}
	defer arc.Close()

	reg := prometheus.NewRegistry()
	m := newServeMetrics(reg)
	if n, _, err := arc.Waiting(ctx, nil); err == nil {
		m.pending.Set(float64(n))
	}
	var h health
	job := func() {
		m.running.Set(1)
		defer m.running.Set(0)
		result, reason := crawlOnce(ctx, a, f, arc, m)
		m.runs.WithLabelValues(result).Inc()
		if result != "skipped" && result != "interrupted" {
			h.set(reason)
		}
	}
	logger := cronLogger{a.log.Sugar()}
	c := cron.New(cron.WithLogger(logger), cron.WithChain(cron.Recover(logger), skipIfRunning(logger, m)))
	c.Schedule(sched, cron.FuncJob(job))

	mux := http.NewServeMux()
	mux.Handle("/healthz", &h)
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	f.serveDigest(a, arc, mux, reg)
	ln, err := net.Listen("tcp", f.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	a.log.Info("serving", zap.String("addr", ln.Addr().String()), zap.String("schedule", f.schedule),
		zap.Time("next", sched.Next(time.Now())))

	c.Start()
	var now sync.WaitGroup // cron's Stop does not wait for a job it did not start
	if f.now {
		now.Add(1)
		go func() {
			defer now.Done()
			c.Entries()[0].WrappedJob.Run()
		}()
	}
	select {
	case <-ctx.Done():
	case err = <-served:
	}
	a.log.Info("shutting down")
	<-c.Stop().Done() // the running crawl sees ctx cancelled and stops
	now.Wait()
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if e := srv.Shutdown(shutCtx); e != nil && err == nil {
		err = e
	}
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// crawlOnce runs one crawl, reading the configuration again, and returns
// its result (ok, failed, interrupted, or skipped when another process
// crawls the archive) and, when it failed, why.
func crawlOnce(ctx context.Context, a *app, f serveFlags, arc *archive.Archive, m *serveMetrics) (result, reason string) {
	cfg, err := loadConfig(f.config)
	if err != nil {
		a.log.Error("crawl not started", zap.Error(err))
		return "failed", err.Error()
	}
	lock, err := archive.LockFile(ctx, f.db, false)
	if errors.Is(err, archive.ErrLocked) {
		a.log.Warn("crawl skipped", zap.Error(err))
		return "skipped", ""
	}
	if err != nil {
		a.log.Error("crawl not started", zap.Error(err))
		return "failed", err.Error()
	}
	defer lock.Unlock()
	a.log.Info("crawl started")
	res, err := f.run(ctx, crawlJob{cfg: cfg, arc: arc, log: a.log, extract: true})
	f.afterCrawl(ctx, a, arc)
	reason = res.failure(f.maxFailed)
	if err != nil {
		reason = err.Error()
	}
	m.observe(res, reason == "" && res.Stopped == "")
	logSummary(a.log, res, err)
	switch {
	case reason != "":
		a.log.Error("crawl failed", zap.String("reason", reason))
		return "failed", reason
	case res.Stopped != "":
		return "interrupted", ""
	}
	return "ok", ""
}

// skipIfRunning is cron.SkipIfStillRunning that also counts the skipped runs.
func skipIfRunning(l cron.Logger, m *serveMetrics) cron.JobWrapper {
	skip := cron.SkipIfStillRunning(l)
	return func(j cron.Job) cron.Job {
		var running atomic.Bool
		inner := skip(cron.FuncJob(func() {
			running.Store(true)
			defer running.Store(false)
			j.Run()
		}))
		return cron.FuncJob(func() {
			if running.Load() {
				m.runs.WithLabelValues("skipped").Inc()
			}
			inner.Run()
		})
	}
}

// checkLoopback accepts only host:port addresses on a loopback interface.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%q is not a loopback address (metrics are not for the network)", addr)
	}
	return nil
}

// cronLogger sends cron's messages to zap.
type cronLogger struct{ s *zap.SugaredLogger }

func (l cronLogger) Info(msg string, kv ...any) { l.s.Debugw("cron: "+msg, kv...) }
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.s.Errorw("cron: "+msg, append(kv, "error", err)...)
}
