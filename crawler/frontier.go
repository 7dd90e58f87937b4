package crawler

import (
	"context"
	"time"

	"veille/archive"
)

// Frontier is the queue of URLs to fetch and the record of those done. The
// default one lives in the archive; a RedisFrontier is shared by crawler
// processes on several machines, each writing its own archive.
//
// A run calls Begin, then Claim to take due items; every claimed item ends
// with one of Retry, Finish, Archived or Release; one that does not (the
// archive failed, the process died) stays claimed until its lease, if
// any, expires.
type Frontier interface {
	// Begin starts a run (run is the archive's run number) or joins the run
	// other processes are crawling.
	Begin(ctx context.Context, run int64) error
	// Enqueue adds items and returns how many became pending. A known URL
	// is queued again only when it is a feed, sitemap or listing not yet
	// queued in this run, when it failed or was blocked by robots.txt in an
	// earlier run, or when it is an article fetched before its Lastmod or
	// more than revisit ago (revisit 0: never).
	Enqueue(ctx context.Context, revisit time.Duration, items []archive.Item) (int, error)
	// Claim returns up to c.Limit due items of c.Sites, on hosts not in
	// c.Busy, for this process to fetch.
	Claim(ctx context.Context, c Claim) ([]archive.Item, error)
	// Release gives back claimed items that were not fetched.
	Release(ctx context.Context, items []archive.Item) error
	// Retry logs the failed fetch f in the archive and schedules it again at at.
	Retry(ctx context.Context, it archive.Item, f *archive.Fetch, at time.Time) error
	// Finish logs f (nil: never fetched) and leaves it in state.
	Finish(ctx context.Context, it archive.Item, state archive.State, f *archive.Fetch) error
	// Archived marks done an article that archive.SaveArticle has archived.
	Archived(ctx context.Context, it archive.Item) error
	// Waiting returns how many items of the sites (all when empty) are
	// pending or being fetched, and when the earliest of them may be fetched.
	Waiting(ctx context.Context, sites []string) (int, time.Time, error)
}

// Claim selects the items Frontier.Claim hands out.
type Claim struct {
	archive.Query
	// Delays are the waits between two requests to a host, by site and by
	// host (robots.txt Crawl-delay); the larger applies. A shared frontier
	// enforces them across processes.
	SiteDelays, HostDelays map[string]time.Duration
}

// archiveFrontier is the frontier in the archive, where a URL's state
// changes in the same transaction that archives its fetch.
type archiveFrontier struct {
	arc *archive.Archive
	run int64
}

func (f *archiveFrontier) Begin(_ context.Context, run int64) error {
	f.run = run
	return nil
}

func (f *archiveFrontier) Enqueue(ctx context.Context, revisit time.Duration, items []archive.Item) (int, error) {
	return f.arc.Enqueue(ctx, f.run, time.Now(), revisit, items)
}

// Claim reads the due items; nothing is leased, the crawler skips the
// URLs it is fetching.
func (f *archiveFrontier) Claim(ctx context.Context, c Claim) ([]archive.Item, error) {
	return f.arc.Next(ctx, c.Query)
}

// Release has nothing to do: a claim leases nothing.
func (f *archiveFrontier) Release(context.Context, []archive.Item) error { return nil }

func (f *archiveFrontier) Retry(ctx context.Context, it archive.Item, fe *archive.Fetch, at time.Time) error {
	return f.arc.Retry(ctx, f.run, fe, at)
}

func (f *archiveFrontier) Finish(ctx context.Context, it archive.Item, state archive.State, fe *archive.Fetch) error {
	return f.arc.Finish(ctx, f.run, it.URL, state, fe)
}

// Archived has nothing to do: SaveArticle marked the URL done.
func (f *archiveFrontier) Archived(context.Context, archive.Item) error { return nil }

func (f *archiveFrontier) Waiting(ctx context.Context, sites []string) (int, time.Time, error) {
	return f.arc.Waiting(ctx, sites)
}
