package crawler

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os/exec"
	"slices"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"veille/archive"
	"veille/crawler/newssite"
)

// startRedis starts a throw-away redis-server on a free loopback port,
// killed at the end of the test, and returns its URL.
func startRedis(t testing.TB) string {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip("redis-server is not on PATH: install it (apt-get install redis-server) to test the Redis frontier")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	cmd := exec.Command(bin, "--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
	if err := cmd.Start(); err != nil {
		t.Fatalf("redis-server: %v", err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	u := "redis://127.0.0.1:" + port + "/0"
	opt, _ := redis.ParseURL(u)
	rdb := redis.NewClient(opt)
	defer rdb.Close()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		err := rdb.Ping(context.Background()).Err()
		if err == nil {
			return u
		}
		if time.Now().After(deadline) {
			t.Fatalf("redis-server on port %s does not answer: %v", port, err)
		}
	}
}

// openRedis opens a frontier on the Redis server at u, logging into arc.
func openRedis(t testing.TB, u string, arc *archive.Archive, opts ...RedisOption) *RedisFrontier {
	t.Helper()
	f, err := OpenRedis(context.Background(), u, arc, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// crawlTogether runs one crawl of each configuration at once, each into
// its own archive and all sharing the Redis frontier at u.
func crawlTogether(t *testing.T, u string, cfgs ...*Config) ([]*archive.Archive, []Stats) {
	t.Helper()
	arcs := make([]*archive.Archive, len(cfgs))
	stats := make([]Stats, len(cfgs))
	errs := make([]error, len(cfgs))
	var wg sync.WaitGroup
	for i, cfg := range cfgs {
		arcs[i] = openArchive(t)
		c, err := New(cfg, arcs[i], WithFrontier(openRedis(t, u, arcs[i])))
		if err != nil {
			t.Fatal(err)
		}
		wg.Go(func() { stats[i], errs[i] = c.Run(context.Background()) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("crawler %d: %v", i, err)
		}
	}
	return arcs, stats
}

func TestRedisSharedCrawl(t *testing.T) {
	u := startRedis(t)
	// Each page takes 10 ms to serve, so one crawler alone needs about half
	// a second: a crawler started late on a loaded machine still gets work.
	site := newssite.New(newssite.WithArticles(200), newssite.WithDelay(10*time.Millisecond))
	srv := serve(t, site)
	arcs, stats := crawlTogether(t, u, testConfig(t, srv.URL, "", ""), testConfig(t, srv.URL, "", ""))

	ctx := context.Background()
	allowed := site.Allowed()
	for _, p := range append([]string{newssite.FeedPath, newssite.SitemapPath}, allowed...) {
		all, bodies := 0, 0
		for _, arc := range arcs {
			a, b, err := arc.FetchCount(ctx, srv.URL+p)
			if err != nil {
				t.Fatal(err)
			}
			all, bodies = all+a, bodies+b
		}
		if all != 1 {
			t.Errorf("%s: fetched %d times by the two crawlers, want once", p, all)
		}
		if slices.Contains(allowed, p) && bodies != 1 {
			t.Errorf("%s: archived %d times, want once", p, bodies)
		}
	}
	var total Counts
	for i, st := range stats {
		if st.New == 0 {
			t.Errorf("crawler %d archived nothing: the work was not split (%+v)", i, st.Counts)
		}
		if st.Pending != 0 || st.Failed != 0 {
			t.Errorf("crawler %d: %d pending, %d failed; want none", i, st.Pending, st.Failed)
		}
		total.add(st.Counts)
	}
	if total.New != len(allowed) {
		t.Errorf("together: %d new, want %d", total.New, len(allowed))
	}
}

func TestRedisLeaseExpiry(t *testing.T) {
	u := startRedis(t)
	ctx := context.Background()
	arc := openArchive(t)
	killed := openRedis(t, u, arc, WithLease(300*time.Millisecond))
	other := openRedis(t, u, arc)
	for _, f := range []*RedisFrontier{killed, other} {
		if err := f.Begin(ctx, 1); err != nil {
			t.Fatal(err)
		}
	}
	it := archive.Item{URL: "http://example.ma/article/1", Host: "example.ma", Site: "s", Kind: archive.KindArticle}
	if n, err := killed.Enqueue(ctx, 0, []archive.Item{it}); err != nil || n != 1 {
		t.Fatalf("Enqueue: got %d (%v), want 1", n, err)
	}
	claim := Claim{Query: archive.Query{Limit: 4}}
	got, err := killed.Claim(ctx, claim)
	if err != nil || len(got) != 1 || got[0].URL != it.URL {
		t.Fatalf("first claim: got %v (%v), want %s", got, err, it.URL)
	}
	if got, err = other.Claim(ctx, claim); err != nil || len(got) != 0 {
		t.Fatalf("claim of a leased item: got %v (%v), want nothing", got, err)
	}
	if n, _, err := other.Waiting(ctx, nil); err != nil || n != 1 {
		t.Errorf("waiting while leased: got %d (%v), want 1", n, err)
	}
	// The first process never finishes: once its lease expires, the item
	// goes to the other.
	for deadline := time.Now().Add(10 * time.Second); len(got) == 0; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the item never came back after its lease expired")
		}
		if got, err = other.Claim(ctx, claim); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != 1 || got[0] != (archive.Item{URL: it.URL, Host: it.Host, Site: it.Site, Kind: it.Kind}) {
		t.Fatalf("claim after expiry: got %+v, want %+v", got, it)
	}
	if err := other.Archived(ctx, got[0]); err != nil {
		t.Fatal(err)
	}
	if n, _, err := other.Waiting(ctx, nil); err != nil || n != 0 {
		t.Errorf("waiting when done: got %d (%v), want 0", n, err)
	}
	// Done is done: queued again in the same run, it is not pending.
	if n, err := other.Enqueue(ctx, 0, []archive.Item{it}); err != nil || n != 0 {
		t.Errorf("Enqueue of a done URL: got %d (%v), want 0", n, err)
	}
}

func TestRedisRuns(t *testing.T) {
	u := startRedis(t)
	ctx := context.Background()
	arc := openArchive(t)
	f := openRedis(t, u, arc)
	items := []archive.Item{
		{URL: "http://example.ma/rss", Host: "example.ma", Site: "s", Kind: archive.KindFeed},
		{URL: "http://example.ma/article/done", Host: "example.ma", Site: "s", Kind: archive.KindArticle},
		{URL: "http://example.ma/article/failed", Host: "example.ma", Site: "s", Kind: archive.KindArticle},
		{URL: "http://example.ma/article/gone", Host: "example.ma", Site: "s", Kind: archive.KindArticle},
	}
	states := []archive.State{archive.Done, archive.Done, archive.Failed, archive.Gone}
	if err := f.Begin(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if n, err := f.Enqueue(ctx, 0, items); err != nil || n != len(items) {
		t.Fatalf("Enqueue: got %d (%v), want %d", n, err, len(items))
	}
	// A second process joins the run: nothing is queued twice.
	join := openRedis(t, u, arc)
	if err := join.Begin(ctx, 7); err != nil {
		t.Fatal(err)
	}
	if n, err := join.Enqueue(ctx, 0, items); err != nil || n != 0 {
		t.Errorf("Enqueue into a joined run: got %d (%v), want 0", n, err)
	}
	for i := range items {
		got, err := f.Claim(ctx, Claim{Query: archive.Query{Limit: 1}})
		if err != nil || len(got) != 1 {
			t.Fatalf("claim %d: got %v (%v)", i, got, err)
		}
		k := slices.IndexFunc(items, func(it archive.Item) bool { return it.URL == got[0].URL })
		if err := f.Finish(ctx, got[0], states[k], nil); err != nil {
			t.Fatal(err)
		}
	}
	// A new run queues the feed and the failed article again, not the
	// others.
	if err := f.Begin(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if n, err := f.Enqueue(ctx, 0, items); err != nil || n != 2 {
		t.Errorf("Enqueue in a new run: got %d (%v), want 2 (feed and failed)", n, err)
	}
	var got []string
	for {
		c, err := f.Claim(ctx, Claim{Query: archive.Query{Limit: 4}})
		if err != nil {
			t.Fatal(err)
		}
		if len(c) == 0 {
			break
		}
		got = append(got, c[0].URL)
		if err := f.Finish(ctx, c[0], archive.Done, nil); err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(got)
	if want := []string{items[2].URL, items[0].URL}; !slices.Equal(got, want) {
		t.Errorf("claimed in the new run: got %v, want %v", got, want)
	}

	// In a third run, a feed or sitemap whose lastmod predates its fetch
	// is not fetched again; an article announced newer than its fetch is.
	if err := f.Begin(ctx, 3); err != nil {
		t.Fatal(err)
	}
	old, fresh := items[0], items[1]
	old.Lastmod, fresh.Lastmod = time.Now().Add(-time.Hour), time.Now().Add(time.Hour)
	if n, err := f.Enqueue(ctx, 0, []archive.Item{old, fresh}); err != nil || n != 1 {
		t.Fatalf("Enqueue with lastmods: got %d (%v), want 1", n, err)
	}
	if c, err := f.Claim(ctx, Claim{Query: archive.Query{Limit: 4}}); err != nil || len(c) != 1 || c[0].URL != fresh.URL {
		t.Errorf("claimed with lastmods: got %v (%v), want %s", c, err, fresh.URL)
	}
}

func TestRedisSharedPoliteness(t *testing.T) {
	u := startRedis(t)
	// Each page takes longer than the delay to come and a process asks a
	// host one page at a time: when the host's turn comes again, the
	// process that had it is still waiting, so the other one must take it.
	// robots.txt comes at once, so that a request starts when claimed.
	const delay = 200 * time.Millisecond
	site := newssite.New(newssite.WithArticles(12))
	type hit struct {
		at time.Time
		ua string
	}
	var mu sync.Mutex
	var hits []hit
	srv := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != newssite.RobotsPath {
			mu.Lock()
			hits = append(hits, hit{time.Now(), r.UserAgent()})
			mu.Unlock()
			time.Sleep(delay + delay/4)
		}
		site.ServeHTTP(w, r)
	}))
	var cfgs []*Config
	for i := range 2 {
		cfg := testConfig(t, srv.URL, "", "")
		cfg.UserAgent = fmt.Sprintf("crawler-%d (+mailto:t@example.org)", i)
		cfg.Sites[0].Delay = Duration(delay)
		cfg.Sites[0].Parallelism = 1
		cfgs = append(cfgs, cfg)
	}
	_, stats := crawlTogether(t, u, cfgs...)

	by := map[string]int{}
	for _, h := range hits {
		by[h.ua]++
	}
	for _, cfg := range cfgs {
		if by[cfg.UserAgent] == 0 {
			t.Errorf("%s made no request: nothing shared (%v)", cfg.UserAgent, stats)
		}
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at.Before(hits[j].at) })
	if len(hits) < 3 {
		t.Fatalf("got %d requests, want the whole site", len(hits))
	}
	// Claims are spaced by the delay on the Redis server's clock; a request
	// reaches the site a little after its claim, later on a loaded machine.
	// Each gap may lose that jitter, but not half the delay, and on average
	// the gaps keep the delay: two processes with a delay each of their own
	// would average about half of it here.
	for i := 1; i < len(hits); i++ {
		if gap := hits[i].at.Sub(hits[i-1].at); gap < delay/2 {
			t.Errorf("requests %d (%s) and %d (%s) %v apart, want about %v", i-1, hits[i-1].ua, i, hits[i].ua, gap, delay)
		}
	}
	mean := hits[len(hits)-1].at.Sub(hits[0].at) / time.Duration(len(hits)-1)
	if mean < delay-delay/10 {
		t.Errorf("requests %v apart on average, want at least %v", mean, delay-delay/10)
	}
}

func TestRedisRetryHoldsHost(t *testing.T) {
	u := startRedis(t)
	ctx := context.Background()
	tests := []struct {
		status int
		held   bool
	}{{http.StatusTooManyRequests, true}, {http.StatusServiceUnavailable, true}, {http.StatusInternalServerError, false}}
	for i, tt := range tests {
		t.Run(strconv.Itoa(tt.status), func(t *testing.T) {
			f := openRedis(t, u, openArchive(t), WithKeyPrefix(fmt.Sprintf("t%d:", i)))
			if err := f.Begin(ctx, 1); err != nil {
				t.Fatal(err)
			}
			var items []archive.Item
			for _, p := range []string{"/a", "/b"} {
				items = append(items, archive.Item{URL: "http://example.ma" + p, Host: "example.ma", Site: "s", Kind: archive.KindArticle})
			}
			if _, err := f.Enqueue(ctx, 0, items); err != nil {
				t.Fatal(err)
			}
			claim := Claim{Query: archive.Query{Limit: 1}}
			got, err := f.Claim(ctx, claim)
			if err != nil || len(got) != 1 {
				t.Fatalf("claim: got %v (%v)", got, err)
			}
			fe := &archive.Fetch{URL: got[0].URL, Status: tt.status, FetchedAt: time.Now()}
			if err := f.Retry(ctx, got[0], fe, time.Now().Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			got, err = f.Claim(ctx, claim)
			if err != nil {
				t.Fatal(err)
			}
			if held := len(got) == 0; held != tt.held {
				t.Errorf("after HTTP %d, the host's other URL claimed: %v; want held %v", tt.status, got, tt.held)
			}
			n, next, err := f.Waiting(ctx, nil)
			if err != nil || n != 2 || time.Until(next) < 30*time.Minute == tt.held {
				t.Errorf("waiting: got %d, next in %v (%v); want 2, held %v", n, time.Until(next), err, tt.held)
			}
		})
	}
}

// BenchmarkRedisClaim measures one claim and its completion, the two
// round trips a shared crawl adds to each URL, with 50 hosts queued.
func BenchmarkRedisClaim(b *testing.B) {
	u := startRedis(b)
	ctx := context.Background()
	f := openRedis(b, u, openArchive(b))
	if err := f.Begin(ctx, 1); err != nil {
		b.Fatal(err)
	}
	var batch []archive.Item
	for i := range b.N {
		host := fmt.Sprintf("h%d.example.ma", i%50)
		batch = append(batch, archive.Item{URL: fmt.Sprintf("http://%s/article/%d", host, i), Host: host, Site: "s", Kind: archive.KindArticle})
		if len(batch) == 1000 || i == b.N-1 {
			if _, err := f.Enqueue(ctx, 0, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	claim := Claim{Query: archive.Query{Limit: 1}}
	b.ResetTimer()
	for range b.N {
		got, err := f.Claim(ctx, claim)
		if err != nil || len(got) != 1 {
			b.Fatalf("claim: got %v (%v)", got, err)
		}
		if err := f.Archived(ctx, got[0]); err != nil {
			b.Fatal(err)
		}
	}
}
