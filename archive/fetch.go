package archive

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Fetch is one HTTP fetch: what was asked, what came back.
type Fetch struct {
	URL          string // the frontier URL
	FinalURL     string // after redirects
	Canonical    string // the key that versions an article (normalised final URL)
	Site         string
	Kind         Kind
	Status       int // 0 when no response came back
	ContentType  string
	ETag         string
	LastModified string
	FetchedAt    time.Time
	Body         []byte   // raw bytes, as received
	Truncated    bool     // the body reached the size limit
	Err          string   // why the fetch failed, if it did
	Selector     string   // the site's body_selector, kept for re-extraction
	Keywords     []string // the site's keywords, kept for re-extraction
}

// ErrNoVersion is returned by SaveArticle for a fetch without a body (304
// Not Modified) of an article that has no archived version.
var ErrNoVersion = errors.New("no body and no archived version")

// Outcome says what archiving an article fetch changed.
type Outcome int

// Outcomes of SaveArticle.
const (
	New       Outcome = iota // first version of the canonical URL
	Changed                  // content differs from the latest version
	Unchanged                // same content hash as the latest version
)

// String returns "new", "changed" or "unchanged".
func (o Outcome) String() string {
	switch o {
	case New:
		return "new"
	case Changed:
		return "changed"
	}
	return "unchanged"
}

// Saved is the result of SaveArticle.
type Saved struct {
	Outcome   Outcome
	VersionID int64 // the version the fetch belongs to
}

// Hash returns the content hash the archive uses: hex SHA-256.
func Hash(body []byte) string {
	s := sha256.Sum256(body)
	return hex.EncodeToString(s[:])
}

// SaveArticle archives an article fetch and marks its frontier URL done, in
// one transaction. Its body becomes a new version of f.Canonical unless the
// latest version has the same content hash; a fetch with a nil body (304
// Not Modified) confirms the latest version.
func (a *Archive) SaveArticle(ctx context.Context, run int64, f *Fetch) (Saved, error) {
	var s Saved
	err := a.inTx(ctx, func(tx *sql.Tx) error {
		var latestID int64
		var latestHash string
		s.Outcome = Unchanged
		err := tx.QueryRowContext(ctx, `SELECT id, hash FROM versions WHERE canonical_url = ? ORDER BY id DESC LIMIT 1`,
			f.Canonical).Scan(&latestID, &latestHash)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			s.Outcome = New
		case err != nil:
			return err
		}
		hash := latestHash
		var body []byte
		if f.Body != nil {
			hash = Hash(f.Body)
			if s.Outcome != New && hash != latestHash {
				s.Outcome = Changed
			}
			if s.Outcome != Unchanged {
				body = f.Body
			}
		}
		if s.Outcome == New && f.Body == nil {
			return ErrNoVersion
		}
		fetchID, err := insertFetch(ctx, tx, run, f, body)
		if err != nil {
			return err
		}
		at := f.FetchedAt.UnixMilli()
		if s.Outcome == Unchanged {
			s.VersionID = latestID
			if _, err := tx.ExecContext(ctx, `UPDATE versions SET last_seen = ? WHERE id = ?`, at, latestID); err != nil {
				return err
			}
		} else {
			res, err := tx.ExecContext(ctx, `INSERT INTO versions (canonical_url, hash, fetch_id, site, selector, keywords, first_seen, last_seen)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, f.Canonical, hash, fetchID, f.Site, f.Selector, strings.Join(f.Keywords, "\n"), at, at)
			if err != nil {
				return err
			}
			if s.VersionID, err = res.LastInsertId(); err != nil {
				return err
			}
		}
		return setState(ctx, tx, run, f.URL, stateChange{state: Done, at: f.FetchedAt})
	})
	if err != nil {
		return Saved{}, fmt.Errorf("archive: save %s: %w", f.URL, err)
	}
	return s, nil
}

// insertFetch logs f with the given body (nil: not kept) and returns its id.
func insertFetch(ctx context.Context, tx *sql.Tx, run int64, f *Fetch, body []byte) (int64, error) {
	var blob []byte
	hash := ""
	if f.Body != nil {
		hash = Hash(f.Body)
	}
	if body != nil {
		var err error
		if blob, err = compress(body); err != nil {
			return 0, err
		}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO fetches
(run, url, final_url, site, kind, status, content_type, etag, last_modified, fetched_at, hash, size, truncated, body, error)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		run, f.URL, f.FinalURL, f.Site, string(f.Kind), f.Status, f.ContentType, f.ETag, f.LastModified,
		f.FetchedAt.UnixMilli(), hash, len(f.Body), f.Truncated, blob, f.Err)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// Validators returns the ETag and Last-Modified of the latest archived
// version of the article at url, for a conditional request.
func (a *Archive) Validators(ctx context.Context, url string) (etag, lastModified string, err error) {
	err = a.db.QueryRowContext(ctx, `SELECT f.etag, f.last_modified FROM fetches f
WHERE f.url = ? AND f.body IS NOT NULL ORDER BY f.id DESC LIMIT 1`, url).Scan(&etag, &lastModified)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", nil
	}
	if err != nil {
		return "", "", fmt.Errorf("archive: validators %s: %w", url, err)
	}
	return etag, lastModified, nil
}

// FetchCount returns how many fetches of url the archive logged, and how
// many of them kept a body.
func (a *Archive) FetchCount(ctx context.Context, url string) (all, withBody int, err error) {
	err = a.db.QueryRowContext(ctx, `SELECT count(*), count(body) FROM fetches WHERE url = ?`, url).Scan(&all, &withBody)
	if err != nil {
		return 0, 0, fmt.Errorf("archive: fetch count %s: %w", url, err)
	}
	return all, withBody, nil
}

// gzipWriters recycles gzip writers, which allocate about 1 MB each.
var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // a valid level never fails
	return w
}}

func compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(w)
	w.Reset(&buf)
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decompress inflates a stored body; maxSize bounds the result so a corrupt
// or hostile blob cannot exhaust memory.
func decompress(b []byte, maxSize int64) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer r.Close()
	out, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(out)) > maxSize {
		return nil, fmt.Errorf("stored body larger than %d bytes", maxSize)
	}
	return out, nil
}
