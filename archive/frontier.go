package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Kind says what a frontier URL is: where links come from (feeds,
// sitemaps, listing pages, fetched again on every run) or an article
// (fetched once, archived and extracted).
type Kind string

// Kinds of frontier URLs.
const (
	KindFeed    Kind = "feed"
	KindSitemap Kind = "sitemap"
	KindListing Kind = "listing"
	KindArticle Kind = "article"
)

// State is where a frontier URL stands.
type State int

// Frontier states. Pending URLs wait to be fetched; Failed ones (timeouts,
// 5xx after the retries) and Robots ones are tried again on the next run;
// Gone ones (404, 410, other client errors) never are, unless they are
// feeds, sitemaps or listings.
const (
	Pending State = iota
	Done
	Failed
	Gone
	Robots
)

// Item is a URL of the frontier.
type Item struct {
	URL      string
	Host     string
	Site     string
	Kind     Kind
	Depth    int
	Attempts int
	// Lastmod, when set on enqueue, is the modification time announced by
	// a sitemap or feed: an article fetched before it is fetched again.
	Lastmod time.Time
}

// Enqueue adds items to the frontier for run and returns how many became
// pending. A URL already known is queued again only when it is a feed,
// sitemap or listing not yet queued in this run (unless its Lastmod says it
// has not changed since it was fetched: the old child sitemaps of an index),
// when it failed or was blocked by robots.txt in an earlier run, or when it
// is an article fetched before its Lastmod or more than revisit ago
// (revisit 0: never).
func (a *Archive) Enqueue(ctx context.Context, run int64, now time.Time, revisit time.Duration, items []Item) (int, error) {
	if len(items) == 0 {
		return 0, nil
	}
	var revisitBefore int64
	if revisit > 0 {
		revisitBefore = now.Add(-revisit).UnixMilli()
	}
	n := 0
	err := a.inTx(ctx, func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `
INSERT INTO frontier (url, host, site, kind, depth, run) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
ON CONFLICT (url) DO UPDATE SET state = 0, attempts = 0, next_at = 0, error = '',
	run = excluded.run, depth = min(depth, excluded.depth)
WHERE frontier.state != 0 AND frontier.run < excluded.run AND (
	(frontier.kind != 'article' AND (?7 = 0 OR frontier.done_at < ?7))
	OR frontier.state IN (2, 4)
	OR (frontier.state = 1 AND (frontier.done_at < ?7 OR frontier.done_at < ?8)))`)
		if err != nil {
			return err
		}
		defer st.Close()
		for _, it := range items {
			res, err := st.ExecContext(ctx, it.URL, it.Host, it.Site, string(it.Kind), it.Depth, run, millis(it.Lastmod), revisitBefore)
			if err != nil {
				return fmt.Errorf("%s: %w", it.URL, err)
			}
			k, err := res.RowsAffected()
			if err != nil {
				return err
			}
			n += int(k)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("archive: enqueue: %w", err)
	}
	return n, nil
}

// Query selects frontier items for Next.
type Query struct {
	Now   time.Time       // only items due at Now
	Sites []string        // only these sites (all when empty)
	Busy  []string        // not these hosts
	Skip  map[string]bool // not these URLs (being fetched)
	Limit int
}

// Next returns up to q.Limit pending items matching q: articles first, so
// that a run cut short by a limit still archives some, then feeds,
// sitemaps and listings; oldest first within each.
func (a *Archive) Next(ctx context.Context, q Query) ([]Item, error) {
	var items []Item
	for _, kind := range []string{`kind = 'article'`, `kind != 'article'`} {
		more, err := a.next(ctx, q, kind)
		if err != nil {
			return nil, fmt.Errorf("archive: next: %w", err)
		}
		items = append(items, more...)
		if q.Limit -= len(more); q.Limit <= 0 {
			break
		}
	}
	return items, nil
}

// next returns up to q.Limit pending items matching q and the condition
// on their kind, oldest first.
func (a *Archive) next(ctx context.Context, q Query, kind string) ([]Item, error) {
	sql := `SELECT url, host, site, kind, depth, attempts FROM frontier WHERE state = 0 AND ` + kind + ` AND next_at <= ?`
	args := []any{q.Now.UnixMilli()}
	in := func(col string, vals []string) {
		if len(vals) == 0 {
			return
		}
		sql += ` AND ` + col + ` (?` + strings.Repeat(`, ?`, len(vals)-1) + `)`
		for _, v := range vals {
			args = append(args, v)
		}
	}
	in("site IN", q.Sites)
	in("host NOT IN", q.Busy)
	sql += ` ORDER BY next_at, id LIMIT ?`
	args = append(args, q.Limit+len(q.Skip))
	rows, err := a.db.QueryContext(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var items []Item
	for rows.Next() {
		var it Item
		var kind string
		if err := rows.Scan(&it.URL, &it.Host, &it.Site, &kind, &it.Depth, &it.Attempts); err != nil {
			return nil, err
		}
		it.Kind = Kind(kind)
		if !q.Skip[it.URL] && len(items) < q.Limit {
			items = append(items, it)
		}
	}
	return items, rows.Err()
}

// Waiting returns how many frontier items of the sites (all when empty)
// are pending and when the earliest of them is due.
func (a *Archive) Waiting(ctx context.Context, sites []string) (int, time.Time, error) {
	var n int
	var next sql.NullInt64
	q := `SELECT count(*), min(next_at) FROM frontier WHERE state = 0`
	args := []any{}
	if len(sites) > 0 {
		q += ` AND site IN (?` + strings.Repeat(`, ?`, len(sites)-1) + `)`
		for _, s := range sites {
			args = append(args, s)
		}
	}
	err := a.db.QueryRowContext(ctx, q, args...).Scan(&n, &next)
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("archive: waiting: %w", err)
	}
	return n, fromMillis(next.Int64), nil
}

// Retry logs a failed attempt at fetching f.URL and schedules another at
// the given time.
func (a *Archive) Retry(ctx context.Context, run int64, f *Fetch, at time.Time) error {
	err := a.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := insertFetch(ctx, tx, run, f, nil); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `UPDATE frontier SET attempts = attempts + 1, next_at = ?, error = ? WHERE url = ?`,
			at.UnixMilli(), f.Err, f.URL)
		return err
	})
	if err != nil {
		return fmt.Errorf("archive: retry %s: %w", f.URL, err)
	}
	return nil
}

// LogFetch logs the fetch f (without its body) and leaves the frontier
// alone, for a frontier kept elsewhere.
func (a *Archive) LogFetch(ctx context.Context, run int64, f *Fetch) error {
	err := a.inTx(ctx, func(tx *sql.Tx) error {
		_, err := insertFetch(ctx, tx, run, f, nil)
		return err
	})
	if err != nil {
		return fmt.Errorf("archive: log fetch %s: %w", f.URL, err)
	}
	return nil
}

// Finish logs the fetch f (without its body) and leaves its URL in state.
// A nil f only sets the state, for URLs never fetched (robots.txt).
func (a *Archive) Finish(ctx context.Context, run int64, url string, state State, f *Fetch) error {
	err := a.inTx(ctx, func(tx *sql.Tx) error {
		msg := ""
		at := time.Now()
		if f != nil {
			if _, err := insertFetch(ctx, tx, run, f, nil); err != nil {
				return err
			}
			msg, at = f.Err, f.FetchedAt
		}
		return setState(ctx, tx, run, url, stateChange{state, at, msg})
	})
	if err != nil {
		return fmt.Errorf("archive: finish %s: %w", url, err)
	}
	return nil
}

// stateChange is where a frontier URL ends up after a fetch: its state,
// when, and the error that put it there.
type stateChange struct {
	state State
	at    time.Time
	msg   string
}

// setState records the state change c of url in run.
func setState(ctx context.Context, tx *sql.Tx, run int64, url string, c stateChange) error {
	_, err := tx.ExecContext(ctx, `UPDATE frontier SET state = ?, run = max(run, ?), done_at = ?, error = ? WHERE url = ?`,
		int(c.state), run, c.at.UnixMilli(), c.msg, url)
	return err
}

// Counts returns how many frontier URLs are in each state.
func (a *Archive) Counts(ctx context.Context) (map[State]int, error) {
	rows, err := a.db.QueryContext(ctx, `SELECT state, count(*) FROM frontier GROUP BY state`)
	if err != nil {
		return nil, fmt.Errorf("archive: counts: %w", err)
	}
	defer rows.Close()
	m := map[State]int{}
	for rows.Next() {
		var s State
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, fmt.Errorf("archive: counts: %w", err)
		}
		m[s] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("archive: counts: %w", err)
	}
	return m, nil
}

// Status is where a frontier URL stands.
type Status struct {
	State    State
	Kind     Kind
	Attempts int
	Err      string // the last error
}

// Status returns the frontier status of url; ok is false for a URL never
// queued.
func (a *Archive) Status(ctx context.Context, url string) (s Status, ok bool, err error) {
	var kind string
	err = a.db.QueryRowContext(ctx, `SELECT state, kind, attempts, error FROM frontier WHERE url = ?`, url).
		Scan(&s.State, &kind, &s.Attempts, &s.Err)
	if errors.Is(err, sql.ErrNoRows) {
		return Status{}, false, nil
	}
	if err != nil {
		return Status{}, false, fmt.Errorf("archive: status of %s: %w", url, err)
	}
	s.Kind = Kind(kind)
	return s, true, nil
}
