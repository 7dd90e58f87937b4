package crawler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"veille/archive"
)

// RedisFrontier is a Frontier in Redis, shared by crawler processes on
// several machines: they split the queue without fetching a URL twice,
// space their requests to a host by its delay together, and each writes
// the pages it fetches to its own archive.
//
// A claim is atomic and leased: an item whose process dies mid-fetch goes
// back to the queue when its lease expires. A URL is marked done only
// after its page is archived. Times come from the Redis server's clock, so
// the machines' clocks need not agree. It needs Redis 6.2 or later, not
// Redis Cluster (the scripts touch keys they compute).
//
// Keys, under the prefix: "gen" (run number), "u:URL" (a hash per URL:
// host, site, kind, depth, attempts, state, gen, done), "q:SITE\nHOST" (the
// pending URLs of a host, scored by due time), "queues" (those queues,
// scored by their earliest due time), "inflight" (claimed URLs, scored by
// lease expiry) and "next:HOST" (when the host may be requested again).
type RedisFrontier struct {
	rdb    *redis.Client
	arc    *archive.Archive
	prefix string
	lease  time.Duration

	// Set by Begin, before the run's workers start.
	run, gen int64
}

// RedisOption configures a RedisFrontier.
type RedisOption func(*RedisFrontier)

// DefaultLease is how long a claimed URL stays with its process before it
// goes back to the queue; longer than any fetch.
const DefaultLease = 10 * time.Minute

// redisPoll is how often a process with nothing to claim looks again
// while other processes are fetching.
const redisPoll = 200 * time.Millisecond

// WithLease sets how long a claimed URL stays with its process (default
// DefaultLease): it must exceed the time to fetch and archive a page.
func WithLease(d time.Duration) RedisOption { return func(f *RedisFrontier) { f.lease = d } }

// WithKeyPrefix sets the prefix of the frontier's keys (default "veille:"),
// so that several frontiers can share a database.
func WithKeyPrefix(p string) RedisOption { return func(f *RedisFrontier) { f.prefix = p } }

// OpenRedis connects to the Redis server at rawURL
// (redis://[:password@]host:port/db, rediss:// for TLS) and returns a
// frontier there whose fetches are logged in arc.
func OpenRedis(ctx context.Context, rawURL string, arc *archive.Archive, opts ...RedisOption) (*RedisFrontier, error) {
	if err := checkRedisURL(rawURL); err != nil {
		return nil, fmt.Errorf("crawler: redis: %w", err)
	}
	o, _ := redis.ParseURL(rawURL) // checked

	f := &RedisFrontier{rdb: redis.NewClient(o), arc: arc, prefix: "veille:", lease: DefaultLease}
	for _, opt := range opts {
		opt(f)
	}
	if f.lease <= 0 {
		f.rdb.Close()
		return nil, errors.New("crawler: redis: the lease must be positive")
	}
	if err := f.rdb.Ping(ctx).Err(); err != nil {
		f.rdb.Close()
		return nil, fmt.Errorf("crawler: redis %s: %w", o.Addr, err)
	}
	return f, nil
}

// checkRedisURL reports whether u is a Redis URL go-redis understands,
// without repeating it: it may hold a password.
func checkRedisURL(u string) error {
	if _, err := redis.ParseURL(u); err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return fmt.Errorf("bad URL, want redis://[:password@]host:port/db: %w", err)
	}
	return nil
}

// Close closes the connections to Redis.
func (f *RedisFrontier) Close() error {
	if err := f.rdb.Close(); err != nil {
		return fmt.Errorf("crawler: redis: %w", err)
	}
	return nil
}

// Begin starts a new run when the shared frontier is empty, and otherwise
// joins the run other processes (or a killed one) left.
func (f *RedisFrontier) Begin(ctx context.Context, run int64) error {
	gen, err := redisScripts().begin.Run(ctx, f.rdb, nil, f.prefix).Int64()
	if err != nil {
		return fmt.Errorf("crawler: redis: begin: %w", err)
	}
	f.run, f.gen = run, gen
	return nil
}

// redisItem is an item as the enqueue script reads it.
type redisItem struct {
	URL     string `json:"u"`
	Host    string `json:"h"`
	Site    string `json:"s"`
	Kind    string `json:"k"`
	Depth   int    `json:"d"`
	Lastmod int64  `json:"m"` // Unix milliseconds, 0 when unknown
}

// Enqueue adds items to the shared queue; see Frontier.
func (f *RedisFrontier) Enqueue(ctx context.Context, revisit time.Duration, items []archive.Item) (int, error) {
	if len(items) == 0 {
		return 0, nil
	}
	in := make([]redisItem, len(items))
	for i, it := range items {
		in[i] = redisItem{URL: it.URL, Host: it.Host, Site: it.Site, Kind: string(it.Kind), Depth: it.Depth}
		if !it.Lastmod.IsZero() {
			in[i].Lastmod = it.Lastmod.UnixMilli()
		}
	}
	b, err := json.Marshal(in)
	if err != nil {
		return 0, fmt.Errorf("crawler: redis: enqueue: %w", err)
	}
	n, err := redisScripts().enqueue.Run(ctx, f.rdb, nil, f.prefix, f.gen, revisit.Milliseconds(), b).Int()
	if err != nil {
		return 0, fmt.Errorf("crawler: redis: enqueue: %w", err)
	}
	return n, nil
}

// claimArgs are the parameters of the claim script.
type claimArgs struct {
	Sites      []string         `json:"sites"`
	Busy       []string         `json:"busy"`
	SiteDelays map[string]int64 `json:"site_delays"`
	HostDelays map[string]int64 `json:"host_delays"`
}

// Claim leases up to c.Limit due items, at most one per host, whose host
// may be requested now by every process's reckoning, and starts the
// host's delay; items whose lease expired are queued again first.
func (f *RedisFrontier) Claim(ctx context.Context, c Claim) ([]archive.Item, error) {
	args := claimArgs{Sites: nonNil(c.Sites), Busy: nonNil(c.Busy), SiteDelays: millisOf(c.SiteDelays), HostDelays: millisOf(c.HostDelays)}
	b, err := json.Marshal(args)
	if err != nil {
		return nil, fmt.Errorf("crawler: redis: claim: %w", err)
	}
	res, err := redisScripts().claim.Run(ctx, f.rdb, nil, f.prefix, f.lease.Milliseconds(), c.Limit, b).StringSlice()
	if err != nil {
		return nil, fmt.Errorf("crawler: redis: claim: %w", err)
	}
	const fields = 6 // url, host, site, kind, depth, attempts
	if len(res)%fields != 0 {
		return nil, fmt.Errorf("crawler: redis: claim: reply of %d fields", len(res))
	}
	items := make([]archive.Item, 0, len(res)/fields)
	for i := 0; i < len(res); i += fields {
		it := archive.Item{URL: res[i], Host: res[i+1], Site: res[i+2], Kind: archive.Kind(res[i+3])}
		var err1, err2 error
		it.Depth, err1 = strconv.Atoi(res[i+4])
		it.Attempts, err2 = strconv.Atoi(res[i+5])
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("crawler: redis: claim %s: %w", it.URL, err)
		}
		items = append(items, it)
	}
	return items, nil
}

// Release puts claimed items back in the queue, due now.
func (f *RedisFrontier) Release(ctx context.Context, items []archive.Item) error {
	if len(items) == 0 {
		return nil
	}
	args := []any{f.prefix}
	for _, it := range items {
		args = append(args, it.URL)
	}
	if err := redisScripts().release.Run(ctx, f.rdb, nil, args...).Err(); err != nil {
		return fmt.Errorf("crawler: redis: release: %w", err)
	}
	return nil
}

// Retry logs fe in the archive, then queues it again, due at at. A 429 or
// 503 also holds its host until then, for every process.
func (f *RedisFrontier) Retry(ctx context.Context, it archive.Item, fe *archive.Fetch, at time.Time) error {
	if err := f.arc.LogFetch(ctx, f.run, fe); err != nil {
		return err
	}
	wait := max(time.Until(at), 0)
	if err := redisScripts().retry.Run(ctx, f.rdb, nil, f.prefix, it.URL, wait.Milliseconds(), holdsHost(fe.Status)).Err(); err != nil {
		return fmt.Errorf("crawler: redis: retry %s: %w", it.URL, err)
	}
	return nil
}

// Finish logs fe (when not nil) in the archive, then leaves the URL in state.
func (f *RedisFrontier) Finish(ctx context.Context, it archive.Item, state archive.State, fe *archive.Fetch) error {
	if fe != nil {
		if err := f.arc.LogFetch(ctx, f.run, fe); err != nil {
			return err
		}
	}
	return f.finish(ctx, it.URL, state)
}

// Archived marks the URL of an archived article done.
func (f *RedisFrontier) Archived(ctx context.Context, it archive.Item) error {
	return f.finish(ctx, it.URL, archive.Done)
}

func (f *RedisFrontier) finish(ctx context.Context, url string, state archive.State) error {
	if err := redisScripts().finish.Run(ctx, f.rdb, nil, f.prefix, f.gen, url, int(state)).Err(); err != nil {
		return fmt.Errorf("crawler: redis: finish %s: %w", url, err)
	}
	return nil
}

// Waiting counts the URLs pending or being fetched by any process; the
// time returned is when the earliest may be claimed.
func (f *RedisFrontier) Waiting(ctx context.Context, sites []string) (int, time.Time, error) {
	b, err := json.Marshal(nonNil(sites))
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("crawler: redis: waiting: %w", err)
	}
	res, err := redisScripts().waiting.Run(ctx, f.rdb, nil, f.prefix, b, redisPoll.Milliseconds()).Int64Slice()
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("crawler: redis: waiting: %w", err)
	}
	if len(res) != 3 {
		return 0, time.Time{}, fmt.Errorf("crawler: redis: waiting: reply of %d fields", len(res))
	}
	var next time.Time
	if res[1] == 1 {
		next = time.Now().Add(time.Duration(res[2]) * time.Millisecond)
	}
	return int(res[0]), next, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func millisOf(m map[string]time.Duration) map[string]int64 {
	out := make(map[string]int64, len(m))
	for k, d := range m {
		if d > 0 {
			out[k] = d.Milliseconds()
		}
	}
	return out
}
