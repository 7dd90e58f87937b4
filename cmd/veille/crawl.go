package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"go.uber.org/zap"
	"golang.org/x/term"

	"veille/archive"
	"veille/crawler"
	"veille/extract"
)

func init() { extraCommands = append(extraCommands, newCrawlCmd) }

type crawlFlags struct {
	sourceFlags
	out         string
	maxPages    int
	maxDuration time.Duration
	sites       []string
	noExtract   bool
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
A summary goes to standard error.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("crawl: unexpected argument %q", args[0])
			}
			return runCrawl(cmd.Context(), a, f)
		},
	}
	fl := cmd.Flags()
	f.sourceFlags.register(cmd)
	fl.StringVar(&f.out, "out", "", "write the extracted records to this file as JSON Lines (- for standard output)")
	fl.IntVar(&f.maxPages, "max-pages", 0, "stop after this many fetches (0: no limit)")
	fl.DurationVar(&f.maxDuration, "max-duration", 0, "stop after this long, e.g. 30m (0: no limit)")
	fl.StringSliceVar(&f.sites, "site", nil, "crawl only this site (repeatable)")
	fl.BoolVar(&f.noExtract, "no-extract", false, "only archive pages; run 'veille extract --db' later")
	return cmd
}

func runCrawl(ctx context.Context, a *app, f crawlFlags) error {
	if err := f.check("crawl"); err != nil {
		return err
	}
	if f.maxPages < 0 || f.maxDuration < 0 {
		return usagef("crawl: --max-pages and --max-duration must not be negative")
	}
	cfg, err := crawler.LoadConfig(f.config)
	if err != nil {
		return err
	}
	arc, err := archive.Open(ctx, f.db)
	if err != nil {
		return err
	}
	defer arc.Close()

	opts, closeFrontier, err := f.frontier(ctx, cfg, arc)
	if err != nil {
		return err
	}
	defer closeFrontier()
	opts = append(opts, crawler.WithMaxPages(f.maxPages), crawler.WithMaxDuration(f.maxDuration), crawler.WithSites(f.sites...))
	if f.noExtract {
		opts = append(opts, crawler.WithoutExtraction())
	}
	out, closeOut, err := openOut(a, f.out)
	if err != nil {
		return err
	}
	if out != nil {
		rw := newRecordWriter(out, "jsonl", false)
		opts = append(opts, crawler.WithRecords(func(r *extract.Record) error { return rw.write(r) }))
	}
	interactive := isTerminal(a.stderr)
	log := a.log
	if interactive {
		log = log.WithOptions(zap.IncreaseLevel(zap.WarnLevel)) // the progress line says the rest
	}
	opts = append(opts, crawler.WithLogger(log))
	c, err := crawler.New(cfg, arc, opts...)
	if err != nil {
		return usageError{err}
	}
	stop := func() {}
	if interactive {
		stop = showProgress(a.stderr, c)
	}
	st, err := c.Run(ctx)
	stop()
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	printSummary(a.stderr, st)
	f.afterCrawl(ctx, a, arc)
	if err != nil {
		return err
	}
	if st.Stopped == "interrupted" {
		a.log.Warn("crawl interrupted: run it again to resume")
		return errFailed
	}
	return nil
}

// sourceFlags are the flags crawl and serve share: what to crawl, the
// archive to keep it in, and the Redis server of a shared frontier.
type sourceFlags struct {
	digestFlags
	config string
	db     string
	redis  string
}

func (f *sourceFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	f.digestFlags.register(cmd)
	fl.StringVar(&f.config, "config", "", "crawl configuration (sources.yaml)")
	fl.StringVar(&f.db, "db", "", "archive database (created if missing)")
	fl.StringVar(&f.redis, "redis", "", "share the frontier with other crawler processes on this Redis server, e.g. redis://127.0.0.1:6379/0 (default: the redis key of the configuration, else the archive)")
}

// check reports a usage error of command cmd when a required flag is missing.
func (f *sourceFlags) check(cmd string) error {
	if f.config == "" || f.db == "" {
		return usagef("%s: --config and --db are required", cmd)
	}
	return nil
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

// openOut opens the --out file (nil writer when unset).
func openOut(a *app, path string) (io.Writer, func() error, error) {
	switch path {
	case "":
		return nil, func() error { return nil }, nil
	case "-":
		return a.stdout, func() error { return nil }, nil
	}
	fh, err := os.Create(path)
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

// printSummary writes what a run did, in total and by site.
func printSummary(w io.Writer, st crawler.Stats) {
	fmt.Fprintf(w, "crawl: %d fetched, %d new, %d changed, %d unchanged, %d skipped by robots.txt, %d failed (%d truncated), %d retried\n",
		st.Fetched, st.New, st.Changed, st.Unchanged, st.Robots, st.Failed, st.Truncated, st.Retried)
	fmt.Fprintf(w, "crawl: %d records, %d extraction failures, %d without keywords; %d URLs pending; %s",
		st.Extracted, st.ExtractFailed, st.Skipped, st.Pending, st.Elapsed.Round(time.Millisecond))
	if st.Stopped != "" {
		fmt.Fprintf(w, "; stopped: %s", st.Stopped)
	}
	fmt.Fprintln(w)
	names := make([]string, 0, len(st.Sites))
	for n := range st.Sites {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) == 0 {
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "site\tfetched\tnew\tchanged\tunchanged\trobots\tfailed\trecords\t")
	for _, n := range names {
		s := st.Sites[n]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", n, s.Fetched, s.New, s.Changed, s.Unchanged, s.Robots, s.Failed, s.Extracted)
	}
	_ = tw.Flush()
}
