package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"sync"
	"time"

	"go.uber.org/zap"

	"veille/archive"
)

// Crawler crawls the sites of a configuration into an archive.
type Crawler struct {
	cfg         *Config
	arc         *archive.Archive
	log         *zap.Logger
	maxPages    int
	maxDuration time.Duration
	only        []string // site names to crawl, all when empty
	sites       map[string]*Site
	onArchived  func(context.Context, *archive.Page) error
	frontier    Frontier // nil: the archive's

	mu    sync.Mutex // guards stats
	stats Stats
}

// Option configures a Crawler.
type Option func(*Crawler)

// WithLogger logs the crawl to l (default: nowhere).
func WithLogger(l *zap.Logger) Option { return func(c *Crawler) { c.log = l } }

// WithMaxPages stops a run after n article fetches (0: no limit). The
// feeds, sitemaps and listing pages that lead to them do not count: a run
// cut short still archives articles.
func WithMaxPages(n int) Option { return func(c *Crawler) { c.maxPages = n } }

// WithMaxDuration stops a run after d (0: no limit). What was fetched is
// kept; what was not stays in the frontier for the next run.
func WithMaxDuration(d time.Duration) Option { return func(c *Crawler) { c.maxDuration = d } }

// WithSites restricts the crawl to the named sites.
func WithSites(names ...string) Option { return func(c *Crawler) { c.only = names } }

// WithArchived calls f with each article page a run archives as new or
// changed (an unchanged page is not reported again), e.g. to extract its
// record. The workers call f concurrently, with the run's context; an
// error from f stops the run.
func WithArchived(f func(ctx context.Context, p *archive.Page) error) Option {
	return func(c *Crawler) { c.onArchived = f }
}

// WithFrontier takes the URLs to fetch from f, e.g. a RedisFrontier shared
// with other processes, instead of the archive (the default).
func WithFrontier(f Frontier) Option { return func(c *Crawler) { c.frontier = f } }

// New returns a crawler of the sites of cfg into arc.
func New(cfg *Config, arc *archive.Archive, opts ...Option) (*Crawler, error) {
	c := &Crawler{cfg: cfg, arc: arc, log: zap.NewNop(), sites: map[string]*Site{}}
	for _, o := range opts {
		o(c)
	}
	for i := range cfg.Sites {
		c.sites[cfg.Sites[i].Name] = &cfg.Sites[i]
	}
	for _, n := range c.only {
		if c.sites[n] == nil {
			return nil, fmt.Errorf("crawler: no site named %q in the configuration", n)
		}
	}
	return c, nil
}

// Counts counts what a run did.
type Counts struct {
	Fetched   int // HTTP requests answered or failed (robots.txt excluded)
	Hubs      int // feeds, sitemaps and listing pages read
	New       int // articles archived for the first time
	Changed   int // articles archived as a new version
	Unchanged int // articles fetched again with the same content
	Robots    int // URLs skipped because robots.txt disallows them
	Failed    int // URLs given up for this run (after retries)
	Retried   int // fetches to be retried (timeouts, 429, 5xx)
	Truncated int // bodies cut at max_body_size (not archived)
}

// FailedShare is the share of the URLs a run finished that failed: 0 when
// none failed, 1 when every one did.
func (k Counts) FailedShare() float64 {
	if k.Failed == 0 {
		return 0
	}
	return float64(k.Failed) / float64(k.Failed+k.Hubs+k.New+k.Changed+k.Unchanged)
}

func (k *Counts) add(o Counts) {
	k.Fetched += o.Fetched
	k.Hubs += o.Hubs
	k.New += o.New
	k.Changed += o.Changed
	k.Unchanged += o.Unchanged
	k.Robots += o.Robots
	k.Failed += o.Failed
	k.Retried += o.Retried
	k.Truncated += o.Truncated
}

// Stats summarises a run.
type Stats struct {
	Counts
	Sites   map[string]Counts // per site
	Pending int               // URLs left in the frontier
	Stopped string            // why the run stopped early: "max pages", "max duration", "interrupted"
	Elapsed time.Duration
}

// Stats returns a snapshot of the current run's counts.
func (c *Crawler) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.stats
	s.Sites = make(map[string]Counts, len(c.stats.Sites))
	for k, v := range c.stats.Sites {
		s.Sites[k] = v
	}
	return s
}

// count adds o to the totals and to site's counts.
func (c *Crawler) count(site string, o Counts) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stats.add(o)
	k := c.stats.Sites[site]
	k.add(o)
	c.stats.Sites[site] = k
}

// run is the state of one crawl run.
type run struct {
	*Crawler
	id       int64
	frontier Frontier
	fetch    *fetcher
	robots   *robots
	limits   *limiter
	cancel   context.CancelCauseFunc
}

// Run crawls once: it queues the feeds, sitemaps and start pages, then
// fetches what the frontier holds (including what an interrupted run left)
// until it is empty, a limit is reached or ctx is cancelled. It returns the
// run's statistics; an interrupted run is not an error, an archive that
// cannot be written is. Runs of one Crawler must not overlap.
func (c *Crawler) Run(ctx context.Context) (Stats, error) {
	started := time.Now()
	c.mu.Lock()
	c.stats = Stats{Sites: map[string]Counts{}}
	c.mu.Unlock()

	runCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if c.maxDuration > 0 {
		var stop context.CancelFunc
		runCtx, stop = context.WithTimeoutCause(runCtx, c.maxDuration, errMaxDuration)
		defer stop()
	}
	id, err := c.arc.BeginRun(ctx, started)
	if err != nil {
		return c.Stats(), fmt.Errorf("crawler: %w", err)
	}
	front := c.frontier
	if front == nil {
		front = &archiveFrontier{arc: c.arc}
	}
	if err := front.Begin(ctx, id); err != nil {
		return c.Stats(), err
	}
	r := &run{Crawler: c, id: id, frontier: front, limits: newLimiter(), cancel: cancel}
	r.fetch = newFetcher(runCtx, c.cfg, r.allowedAnywhere)
	r.robots = newRobots(c.cfg.UserAgent, time.Duration(c.cfg.Backoff), func(u string) *response { return r.fetch.get(u, nil) })
	if err := r.seed(ctx); err != nil {
		return c.Stats(), err
	}
	stopped, err := r.loop(runCtx)
	if cause := context.Cause(runCtx); err == nil && cause != nil && !errors.Is(cause, errMaxDuration) && ctx.Err() == nil {
		err = cause // the archive or the caller's WithArchived failed
	}
	switch {
	case errors.Is(context.Cause(runCtx), errMaxDuration):
		stopped = "max duration"
	case ctx.Err() != nil:
		stopped = "interrupted"
	}
	// Bookkeeping must survive a cancelled ctx.
	bg := context.WithoutCancel(ctx)
	if e := c.arc.EndRun(bg, id, time.Now()); e != nil && err == nil {
		err = fmt.Errorf("crawler: %w", e)
	}
	pending, _, e := front.Waiting(bg, c.only)
	if e != nil && err == nil {
		err = fmt.Errorf("crawler: %w", e)
	}
	c.mu.Lock()
	c.stats.Stopped, c.stats.Pending, c.stats.Elapsed = stopped, pending, time.Since(started)
	c.mu.Unlock()
	return c.Stats(), err
}

var errMaxDuration = errors.New("max duration reached")

// seed queues the start points of the selected sites.
func (r *run) seed(ctx context.Context) error {
	var items []archive.Item
	for _, s := range r.cfg.Sites {
		if !r.selected(s.Name) {
			continue
		}
		for _, list := range []struct {
			kind archive.Kind
			urls []string
		}{{archive.KindFeed, s.Feeds}, {archive.KindSitemap, s.Sitemaps}, {archive.KindListing, s.Start}} {
			for _, raw := range list.urls {
				u, err := Canonical(raw)
				if err != nil {
					return fmt.Errorf("crawler: site %s: %w", s.Name, err)
				}
				items = append(items, archive.Item{URL: u.String(), Host: u.Host, Site: s.Name, Kind: list.kind})
			}
		}
	}
	if _, err := r.frontier.Enqueue(ctx, 0, items); err != nil {
		return fmt.Errorf("crawler: %w", err)
	}
	return nil
}

// selected reports whether the run crawls site (all sites when none was
// named).
func (r *run) selected(site string) bool {
	return len(r.only) == 0 || slices.Contains(r.only, site)
}

// allowedAnywhere reports whether any site allows u (redirects are checked
// against the site of the page after the fetch).
func (r *run) allowedAnywhere(u *url.URL) bool {
	for _, s := range r.sites {
		if s.Allowed(u) {
			return true
		}
	}
	return false
}

// loop hands due frontier items to a bounded pool of workers, within each
// host's limits, until the frontier is empty or a limit is reached.
func (r *run) loop(ctx context.Context) (stopped string, err error) {
	d := &dispatcher{run: r, jobs: make(chan archive.Item), done: make(chan archive.Item, r.cfg.Parallelism),
		inflight: map[string]bool{}, siteDelays: map[string]time.Duration{}}
	var wg sync.WaitGroup
	for range r.cfg.Parallelism {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range d.jobs {
				r.process(ctx, it)
				d.done <- it
			}
		}()
	}
	defer func() {
		close(d.jobs)
		wg.Wait()
	}()
	for name, s := range r.sites {
		d.siteDelays[name] = time.Duration(s.Delay)
	}
	for {
		d.drain()
		if ctx.Err() != nil {
			return "", nil
		}
		if r.maxPages > 0 && d.articles >= r.maxPages {
			for len(d.inflight) > 0 {
				d.finished(<-d.done)
			}
			return "max pages", nil
		}
		now := time.Now()
		sent, wake, err := d.dispatch(ctx, now)
		if err != nil || sent > 0 {
			if ctx.Err() != nil {
				return "", nil
			}
			if err != nil {
				return "", err
			}
			continue
		}
		if len(d.inflight) == 0 {
			n, next, err := r.frontier.Waiting(ctx, r.only)
			if err != nil {
				if ctx.Err() != nil {
					return "", nil
				}
				return "", fmt.Errorf("crawler: %w", err)
			}
			if n == 0 {
				return "", nil
			}
			if next.After(now) && (wake.IsZero() || next.Before(wake)) {
				wake = next
			}
		}
		d.sleep(ctx, wake)
	}
}

// dispatcher is the state of the loop of a run: the workers' channels and
// the items they are fetching.
type dispatcher struct {
	*run
	jobs, done chan archive.Item
	inflight   map[string]bool // URLs being fetched
	siteDelays map[string]time.Duration
	articles   int // article fetches dispatched, for max pages
}

// finished takes back the item a worker is done with.
func (d *dispatcher) finished(it archive.Item) {
	delete(d.inflight, it.URL)
	d.limits.release(it.Host)
}

// drain takes back every item the workers are done with, without waiting.
func (d *dispatcher) drain() {
	for {
		select {
		case it := <-d.done:
			d.finished(it)
		default:
			return
		}
	}
}

// dispatch claims due items for the free workers and sends them, within
// each host's limits, and returns how many it sent and when a host held
// back only by its delay may take a request again.
func (d *dispatcher) dispatch(ctx context.Context, now time.Time) (sent int, wake time.Time, err error) {
	busy, wake := d.limits.busy(now)
	free := d.cfg.Parallelism - len(d.inflight)
	if d.maxPages > 0 {
		free = min(free, d.maxPages-d.articles)
	}
	if free <= 0 {
		return 0, wake, nil
	}
	items, err := d.frontier.Claim(ctx, Claim{
		Query:      archive.Query{Now: now, Sites: d.only, Busy: busy, Skip: d.inflight, Limit: free},
		SiteDelays: d.siteDelays, HostDelays: d.limits.delays(),
	})
	if err != nil {
		return 0, wake, fmt.Errorf("crawler: %w", err)
	}
	var unused []archive.Item
	for _, it := range items {
		delay, par := DefaultDelay, 1
		if s := d.sites[it.Site]; s != nil {
			delay, par = time.Duration(s.Delay), s.Parallelism
		}
		if sent == free || !d.limits.acquire(it.Host, now, delay, par) {
			unused = append(unused, it)
			continue
		}
		d.inflight[it.URL] = true
		if it.Kind == archive.KindArticle {
			d.articles++
		}
		sent++
		d.jobs <- it
	}
	// What this process cannot fetch now goes back to the others.
	if err := d.frontier.Release(context.WithoutCancel(ctx), unused); err != nil {
		return sent, wake, fmt.Errorf("crawler: %w", err)
	}
	return sent, wake, nil
}

// sleep waits until wake (at most a second), a worker is done, or ctx is.
func (d *dispatcher) sleep(ctx context.Context, wake time.Time) {
	wait := time.Second
	if !wake.IsZero() {
		wait = min(max(time.Until(wake), time.Millisecond), time.Second)
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case it := <-d.done:
		d.finished(it)
	case <-t.C:
	case <-ctx.Done():
	}
}
