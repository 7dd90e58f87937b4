package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Archive is an open archive database. It is safe for concurrent use.
type Archive struct {
	db *sql.DB
	// wmu serialises this process's write transactions: SQLite has one
	// writer, and waiting on a Go mutex is cheaper than its busy handler,
	// which sleeps and retries. busy_timeout still covers other processes.
	wmu sync.Mutex

	ledgerReady atomic.Bool // the ledger's tables exist (see ledgerTables)
}

// schema creates the tables; every statement is idempotent.
const schema = `
CREATE TABLE IF NOT EXISTS runs (
	id          INTEGER PRIMARY KEY,
	started_at  INTEGER NOT NULL,
	finished_at INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS frontier (
	id       INTEGER PRIMARY KEY,
	url      TEXT NOT NULL UNIQUE,
	host     TEXT NOT NULL,
	site     TEXT NOT NULL,
	kind     TEXT NOT NULL,
	depth    INTEGER NOT NULL,
	state    INTEGER NOT NULL DEFAULT 0,
	attempts INTEGER NOT NULL DEFAULT 0,
	next_at  INTEGER NOT NULL DEFAULT 0,
	run      INTEGER NOT NULL DEFAULT 0,
	done_at  INTEGER NOT NULL DEFAULT 0,
	error    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS frontier_pending ON frontier (state, next_at, id);
CREATE INDEX IF NOT EXISTS frontier_pending_kind ON frontier (state, kind, next_at, id);
CREATE TABLE IF NOT EXISTS fetches (
	id            INTEGER PRIMARY KEY,
	run           INTEGER NOT NULL,
	url           TEXT NOT NULL,
	final_url     TEXT NOT NULL,
	site          TEXT NOT NULL,
	kind          TEXT NOT NULL,
	status        INTEGER NOT NULL,
	content_type  TEXT NOT NULL,
	etag          TEXT NOT NULL,
	last_modified TEXT NOT NULL,
	fetched_at    INTEGER NOT NULL,
	hash          TEXT NOT NULL,
	size          INTEGER NOT NULL,
	truncated     INTEGER NOT NULL,
	body          BLOB,
	error         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS fetches_url ON fetches (url);
CREATE TABLE IF NOT EXISTS versions (
	id            INTEGER PRIMARY KEY,
	canonical_url TEXT NOT NULL,
	hash          TEXT NOT NULL,
	fetch_id      INTEGER NOT NULL REFERENCES fetches (id),
	site          TEXT NOT NULL,
	selector      TEXT NOT NULL,
	keywords      TEXT NOT NULL,
	first_seen    INTEGER NOT NULL,
	last_seen     INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_canonical ON versions (canonical_url, id);
CREATE TABLE IF NOT EXISTS extractions (
	version_id        INTEGER PRIMARY KEY REFERENCES versions (id),
	extractor_version TEXT NOT NULL,
	extracted_at      INTEGER NOT NULL,
	matched           INTEGER NOT NULL,
	record            TEXT,
	error             TEXT NOT NULL
);
`

// ErrNotExist is returned when opening for reading an archive that does
// not exist: only a crawl creates one.
var ErrNotExist = errors.New("no such archive")

// mode says how an archive is opened.
type mode int

const (
	create   mode = iota // read-write, created if missing (a crawl)
	existing             // read-write, must exist (re-extraction)
	readOnly             // read-only, must exist (export, reports)
)

// Open opens the archive database at path, creating it if needed, for a
// crawl. It uses write-ahead logging and waits for locks held by other
// connections or processes instead of failing at once.
func Open(ctx context.Context, path string) (*Archive, error) { return openMode(ctx, path, create) }

// OpenExisting opens the archive at path for reading and writing (to store
// extractions); a missing archive is ErrNotExist, never created.
func OpenExisting(ctx context.Context, path string) (*Archive, error) {
	return openMode(ctx, path, existing)
}

// OpenRead opens the archive at path for reading only; a missing archive
// is ErrNotExist, never created.
func OpenRead(ctx context.Context, path string) (*Archive, error) {
	return openMode(ctx, path, readOnly)
}

func openMode(ctx context.Context, path string, m mode) (*Archive, error) {
	if m != create {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("archive: %s: %w (run a crawl first, or check --db)", path, ErrNotExist)
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("archive: open %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", dsn(abs, m))
	if err != nil {
		return nil, fmt.Errorf("archive: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	check := schema
	if m == readOnly {
		check = `SELECT 1 FROM runs, frontier, fetches, versions, extractions LIMIT 0`
	}
	if _, err := db.ExecContext(ctx, check); err != nil {
		db.Close()
		return nil, fmt.Errorf("archive: open %s: %w", path, err)
	}
	return &Archive{db: db}, nil
}

// dsn returns the SQLite URI of the database at the absolute path: the
// path escaped, so that any file name works and none can add parameters.
func dsn(path string, m mode) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	switch m {
	case readOnly:
		q.Set("mode", "ro")
	case existing:
		q.Set("mode", "rw")
	}
	if m != readOnly {
		for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)"} {
			q.Add("_pragma", p)
		}
		q.Set("_txlock", "immediate")
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path), RawQuery: q.Encode()}
	return u.String()
}

// Close closes the database.
func (a *Archive) Close() error {
	if err := a.db.Close(); err != nil {
		return fmt.Errorf("archive: close: %w", err)
	}
	return nil
}

// BeginRun records the start of a crawl run and returns its number. Runs
// number the frontier's generations: feeds, sitemaps and listings are
// fetched again once per run.
func (a *Archive) BeginRun(ctx context.Context, at time.Time) (int64, error) {
	res, err := a.exec(ctx, `INSERT INTO runs (started_at) VALUES (?)`, at.UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("archive: begin run: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("archive: begin run: %w", err)
	}
	return id, nil
}

// EndRun records the end of a crawl run.
func (a *Archive) EndRun(ctx context.Context, run int64, at time.Time) error {
	if _, err := a.exec(ctx, `UPDATE runs SET finished_at = ? WHERE id = ?`, at.UnixMilli(), run); err != nil {
		return fmt.Errorf("archive: end run %d: %w", run, err)
	}
	return nil
}

// exec runs one write statement.
func (a *Archive) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	a.wmu.Lock()
	defer a.wmu.Unlock()
	return a.db.ExecContext(ctx, q, args...)
}

// inTx runs f in a write transaction, committing when f succeeds.
func (a *Archive) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	a.wmu.Lock()
	defer a.wmu.Unlock()
	tx, err := a.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func millis(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMillis(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}
