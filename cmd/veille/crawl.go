package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"go.uber.org/zap"
	"golang.org/x/term"

	"veille/archive"
	"veille/crawler"
	"veille/extract"
	"veille/pipeline"
)

func init() { extraCommands = append(extraCommands, newCrawlCmd) }

type crawlFlags struct {
	sourceFlags
	out         string
	maxPages    int
	maxDuration time.Duration
	sites       []string
	noExtract   bool
	wait        bool
}

func newCrawlCmd(a *app) *cobra.Command {
	var f crawlFlags
	cmd := &cobra.Command{
		Use:   "crawl --config FILE --db FILE",
		Short: "Crawl the sources of a configuration once, into an archive",
		Long: `Crawl fetches the feeds, sitemaps and listing pages of the sites in the
configuration (sources.yaml), archives new and changed article pages in the
archive database and extracts their records.

A crawl is incremental: an article already archived is not fetched again
(unless its sitemap or feed announces a newer version, or the site sets
revisit). A crawl that is interrupted or killed resumes where it stopped.
One crawl at a time holds an archive: a second one exits at once with code
75, or waits with --wait. A summary goes to standard error (one JSON line
when the logs are JSON).

Exit codes: 0 the run did its work; 1 the archive failed, or more than
--max-failed of the URLs failed (a dead site, the network down); 2 a usage
or configuration error; 75 the archive is in use; 130 interrupted.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("crawl: unexpected argument %q", args[0])
			}
			return runCrawl(cmd.Context(), a, f)
		},
	}
	fl := cmd.Flags()
	f.sourceFlags.register(cmd)
	fl.StringVar(&f.out, "out", "", "append the extracted records to this file as JSON Lines (- for standard output)")
	fl.IntVar(&f.maxPages, "max-pages", 0, "stop after this many article fetches; feeds, sitemaps and listings do not count (0: no limit)")
	fl.DurationVar(&f.maxDuration, "max-duration", 0, "stop after this long, e.g. 30m (0: no limit)")
	fl.StringSliceVar(&f.sites, "site", nil, "crawl only this site (repeatable)")
	fl.BoolVar(&f.noExtract, "no-extract", false, "only archive pages; run 'veille extract --db' later")
	fl.BoolVar(&f.wait, "wait", false, "wait for another crawl of the archive to end instead of exiting")
	return cmd
}

func runCrawl(ctx context.Context, a *app, f crawlFlags) error {
	if err := f.check("crawl"); err != nil {
		return err
	}
	if f.maxPages < 0 || f.maxDuration < 0 {
		return usagef("crawl: --max-pages and --max-duration must not be negative")
	}
	cfg, err := loadConfig(f.config)
	if err != nil {
		return err
	}
	lock, err := archive.LockFile(ctx, f.db, f.wait)
	if err != nil {
		return err
	}
	defer lock.Unlock()
	arc, err := archive.Open(ctx, f.db)
	if err != nil {
		return err
	}
	defer arc.Close()
	out, closeOut, err := openOut(a, f.out)
	if err != nil {
		return err
	}
	job := crawlJob{cfg: cfg, arc: arc, log: a.log, extract: !f.noExtract,
		opts: []crawler.Option{crawler.WithMaxPages(f.maxPages), crawler.WithMaxDuration(f.maxDuration), crawler.WithSites(f.sites...)}}
	if out != nil {
		rw := newRecordWriter(out, "jsonl", false)
		job.records = func(r *extract.Record) error { return rw.write(r) }
	}
	interactive := isTerminal(a.stderr)
	if interactive {
		job.log = a.log.WithOptions(zap.IncreaseLevel(zap.WarnLevel)) // the progress line says the rest
		job.progress = func(c *crawler.Crawler) func() { return showProgress(a.stderr, c) }
	}
	res, err := f.run(ctx, job)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if a.jsonLog {
		logSummary(a.log, res, err)
	} else {
		printSummary(a.stderr, res)
	}
	f.afterCrawl(ctx, a, arc)
	if err != nil {
		return err
	}
	if res.Stopped == "interrupted" {
		a.log.Warn("crawl interrupted: run it again to resume")
		return errInterrupted
	}
	if reason := res.failure(f.maxFailed); reason != "" {
		a.log.Error("crawl failed", zap.String("reason", reason))
		return errFailed
	}
	return nil
}

// loadConfig reads the crawl configuration; its errors are configuration
// errors (exit code 2).
func loadConfig(path string) (*crawler.Config, error) {
	cfg, err := crawler.LoadConfig(path)
	if err != nil {
		return nil, configError{err}
	}
	return cfg, nil
}

// sourceFlags are the flags crawl and serve share: what to crawl, the
// archive to keep it in, the Redis server of a shared frontier, and when a
// run counts as failed.
type sourceFlags struct {
	digestFlags
	config    string
	db        string
	redis     string
	maxFailed float64
}

func (f *sourceFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	f.digestFlags.register(cmd)
	fl.StringVar(&f.config, "config", "", "crawl configuration (sources.yaml)")
	fl.StringVar(&f.db, "db", "", "archive database (created if missing)")
	fl.StringVar(&f.redis, "redis", "", "share the frontier with other crawler processes on this Redis server, e.g. redis://127.0.0.1:6379/0 (default: the redis key of the configuration, else the archive)")
	fl.Float64Var(&f.maxFailed, "max-failed", 0.5, "a run fails when more than this share of the URLs it finished failed (0 to 1)")
}

// check reports a usage error of command cmd when a flag is missing or bad.
func (f *sourceFlags) check(cmd string) error {
	if f.config == "" || f.db == "" {
		return usagef("%s: --config and --db are required", cmd)
	}
	if f.maxFailed < 0 || f.maxFailed > 1 {
		return usagef("%s: --max-failed must be between 0 and 1", cmd)
	}
	return nil
}

// crawlJob is one crawl run to make.
type crawlJob struct {
	cfg      *crawler.Config
	arc      *archive.Archive
	log      *zap.Logger
	opts     []crawler.Option
	extract  bool                          // extract the records of the pages archived
	records  func(*extract.Record) error   // where they go (nil: only the archive)
	progress func(*crawler.Crawler) func() // shows the run's progress until the returned func is called
}

// runResult is what a run did: the crawler's counts and the extractor's.
type runResult struct {
	crawler.Stats
	Records      pipeline.Counts
	SiteRecords  map[string]pipeline.Counts
	Started, End time.Time
}

// failure says why a run that ended counts as failed ("" when it did its
// work): more than maxFailed of the URLs it finished failed, among them
// every one when nothing was fetched.
func (r runResult) failure(maxFailed float64) string {
	if share := r.FailedShare(); share > maxFailed || share == 1 {
		return fmt.Sprintf("%d of the %d URLs finished failed (more than %.0f%%)",
			r.Failed, r.Failed+r.Hubs+r.New+r.Changed+r.Unchanged, 100*maxFailed)
	}
	return ""
}

// run makes one crawl: the pages it archives are extracted, and so are
// those an earlier run archived but could not extract (killed meanwhile).
func (f *sourceFlags) run(ctx context.Context, j crawlJob) (runResult, error) {
	res := runResult{Started: time.Now()}
	opts, closeFrontier, err := f.frontier(ctx, j.cfg, j.arc)
	if err != nil {
		return res, err
	}
	defer closeFrontier()
	x := pipeline.New(j.arc, pipeline.WithLogger(j.log), pipeline.WithRecords(j.records))
	if j.extract {
		opts = append(opts, crawler.WithArchived(x.Page))
	}
	c, err := crawler.New(j.cfg, j.arc, append(append(opts, j.opts...), crawler.WithLogger(j.log))...)
	if err != nil {
		return res, usageError{err}
	}
	stop := func() {}
	if j.progress != nil {
		stop = j.progress(c)
	}
	res.Stats, err = c.Run(ctx)
	if err == nil && j.extract && ctx.Err() == nil {
		err = x.Archive(ctx, archive.Unextracted)
	}
	stop()
	res.Records, res.SiteRecords = x.Counts()
	res.End = time.Now()
	return res, err
}

// frontier returns the crawler option of the frontier shared through Redis
// when --redis or the configuration names a server (none otherwise: the
// archive is the frontier), and the function that closes it. A claimed URL
// comes back to the others when its process has not finished it in time to
// fetch robots.txt and the page, and archive it.
func (f *sourceFlags) frontier(ctx context.Context, cfg *crawler.Config, arc *archive.Archive) ([]crawler.Option, func(), error) {
	u := cmp.Or(f.redis, cfg.Redis)
	if u == "" {
		return nil, func() {}, nil
	}
	rf, err := crawler.OpenRedis(ctx, u, arc, crawler.WithLease(2*time.Duration(cfg.Timeout)+time.Minute))
	if err != nil {
		return nil, nil, err
	}
	return []crawler.Option{crawler.WithFrontier(rf)}, func() { rf.Close() }, nil
}

// openOut opens the --out file for appending, so that the records of a
// run killed before are kept (nil writer when unset).
func openOut(a *app, path string) (io.Writer, func() error, error) {
	switch path {
	case "":
		return nil, func() error { return nil }, nil
	case "-":
		return a.stdout, func() error { return nil }, nil
	}
	fh, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return nil, nil, fmt.Errorf("crawl: %w", err)
	}
	return fh, fh.Close, nil
}

func isTerminal(w io.Writer) bool {
	fh, ok := w.(*os.File)
	return ok && term.IsTerminal(int(fh.Fd()))
}

// showProgress draws a status line on the terminal w until the returned
// function is called.
func showProgress(w io.Writer, c *crawler.Crawler) func() {
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionClearOnFinish(),
	)
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		last := 0
		for {
			select {
			case <-done:
				return
			case <-t.C:
				s := c.Stats()
				bar.Describe(fmt.Sprintf("fetched %d · new %d · changed %d · unchanged %d · robots %d · failed %d",
					s.Fetched, s.New, s.Changed, s.Unchanged, s.Robots, s.Failed))
				_ = bar.Add(s.Fetched - last)
				last = s.Fetched
			}
		}
	}()
	return func() {
		close(done)
		<-stopped
		_ = bar.Finish()
	}
}
