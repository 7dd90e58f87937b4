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
		Short: "Crawl on a schedule, with /healthz and /metrics on a loopback address",
		Long: `Serve runs a crawl on a cron schedule (five fields, e.g. "0 2 * * *" for 02:00
every night, or "@every 6h"), never two at once: a run still going when the
next is due makes that one skip. The configuration is read again before
each run. /healthz and /metrics (Prometheus text format) are served on a
loopback address. SIGINT or SIGTERM stops the running crawl cleanly (it
resumes at the next run) and exits.`,
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
	runs        *prometheus.CounterVec
	pages       *prometheus.CounterVec
	running     prometheus.Gauge
	lastSuccess prometheus.Gauge
	duration    prometheus.Gauge
}

func newServeMetrics(reg prometheus.Registerer) *serveMetrics {
	m := &serveMetrics{
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "veille_crawl_runs_total",
			Help: "Crawl runs, by result (ok, failed, interrupted, skipped)."}, []string{"result"}),
		pages: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "veille_crawl_pages_total",
			Help: "Pages handled, by site and outcome (fetched, new, changed, unchanged, robots, failed, records)."}, []string{"site", "outcome"}),
		running:     prometheus.NewGauge(prometheus.GaugeOpts{Name: "veille_crawl_running", Help: "1 while a crawl runs."}),
		lastSuccess: prometheus.NewGauge(prometheus.GaugeOpts{Name: "veille_crawl_last_success_timestamp_seconds", Help: "End of the last successful crawl (Unix time)."}),
		duration:    prometheus.NewGauge(prometheus.GaugeOpts{Name: "veille_crawl_last_duration_seconds", Help: "Duration of the last crawl."}),
	}
	reg.MustRegister(m.runs, m.pages, m.running, m.lastSuccess, m.duration)
	return m
}

func (m *serveMetrics) observe(st crawler.Stats) {
	for site, k := range st.Sites {
		for outcome, n := range map[string]int{"fetched": k.Fetched, "new": k.New, "changed": k.Changed,
			"unchanged": k.Unchanged, "robots": k.Robots, "failed": k.Failed, "records": k.Extracted} {
			m.pages.WithLabelValues(site, outcome).Add(float64(n))
		}
	}
	m.duration.Set(st.Elapsed.Seconds())
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
	if _, err := crawler.LoadConfig(f.config); err != nil {
		return err
	}
	arc, err := archive.Open(ctx, f.db)
	if err != nil {
		return err
	}
	defer arc.Close()

	reg := prometheus.NewRegistry()
	m := newServeMetrics(reg)
	var healthy atomic.Bool
	healthy.Store(true)
	job := func() {
		m.running.Set(1)
		defer m.running.Set(0)
		result := crawlOnce(ctx, a, f, arc, m)
		m.runs.WithLabelValues(result).Inc()
		healthy.Store(result != "failed")
		if result == "ok" {
			m.lastSuccess.SetToCurrentTime()
		}
	}
	logger := cronLogger{a.log.Sugar()}
	c := cron.New(cron.WithLogger(logger), cron.WithChain(cron.Recover(logger), skipIfRunning(logger, m)))
	c.Schedule(sched, cron.FuncJob(job))

	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if !healthy.Load() {
			http.Error(w, "last crawl failed", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
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
// its result: ok, failed or interrupted.
func crawlOnce(ctx context.Context, a *app, f serveFlags, arc *archive.Archive, m *serveMetrics) string {
	cfg, err := crawler.LoadConfig(f.config)
	if err != nil {
		a.log.Error("crawl not started", zap.Error(err))
		return "failed"
	}
	opts, closeFrontier, err := f.frontier(ctx, cfg, arc)
	if err != nil {
		a.log.Error("crawl not started", zap.Error(err))
		return "failed"
	}
	defer closeFrontier()
	opts = append(opts, crawler.WithLogger(a.log))
	c, err := crawler.New(cfg, arc, opts...)
	if err != nil {
		a.log.Error("crawl not started", zap.Error(err))
		return "failed"
	}
	a.log.Info("crawl started")
	st, err := c.Run(ctx)
	f.afterCrawl(ctx, a, arc)
	m.observe(st)
	fields := []zap.Field{zap.Int("fetched", st.Fetched), zap.Int("new", st.New), zap.Int("changed", st.Changed),
		zap.Int("unchanged", st.Unchanged), zap.Int("robots", st.Robots), zap.Int("failed", st.Failed),
		zap.Int("records", st.Extracted), zap.Int("pending", st.Pending), zap.Duration("elapsed", st.Elapsed)}
	switch {
	case err != nil:
		a.log.Error("crawl failed", append(fields, zap.Error(err))...)
		return "failed"
	case st.Stopped != "":
		a.log.Warn("crawl stopped", append(fields, zap.String("reason", st.Stopped))...)
		return "interrupted"
	}
	a.log.Info("crawl done", fields...)
	return "ok"
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
