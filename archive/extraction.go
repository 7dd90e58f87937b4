package archive

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// maxBody bounds the size of a stored body once inflated.
const maxBody = 256 << 20

// Page is an archived article version, ready to be extracted again.
type Page struct {
	VersionID   int64
	URL         string // the final URL it was fetched from
	Canonical   string
	Site        string
	ContentType string
	Selector    string
	Keywords    []string
	FetchedAt   time.Time
	Body        []byte
}

// Selection chooses which article versions Pages visits.
type Selection int

// Selections for Pages. Only the latest version of each article counts.
const (
	Unextracted Selection = iota // never extracted
	Stale                        // never extracted, or by another extractor version
	All                          // every latest version
)

// Pages calls f with each latest article version in sel, relative to the
// extractor version. It stops at the first error f returns.
func (a *Archive) Pages(ctx context.Context, sel Selection, version string, f func(*Page) error) error {
	q := `SELECT v.id FROM versions v LEFT JOIN extractions e ON e.version_id = v.id
WHERE v.id = (SELECT max(id) FROM versions w WHERE w.canonical_url = v.canonical_url)`
	args := []any{}
	switch sel {
	case Unextracted:
		q += ` AND e.version_id IS NULL`
	case Stale:
		q += ` AND (e.version_id IS NULL OR e.extractor_version != ?)`
		args = append(args, version)
	}
	q += ` ORDER BY v.id`
	// Collect the ids first: f writes to the database while we iterate.
	var ids []int64
	rows, err := a.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("archive: pages: %w", err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("archive: pages: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("archive: pages: %w", err)
	}
	for _, id := range ids {
		p, err := a.page(ctx, id)
		if err != nil {
			return err
		}
		if err := f(p); err != nil {
			return err
		}
	}
	return nil
}

// page loads the article version id with its inflated body.
func (a *Archive) page(ctx context.Context, id int64) (*Page, error) {
	p := &Page{VersionID: id}
	var at int64
	var blob []byte
	var keywords string
	err := a.db.QueryRowContext(ctx, `SELECT f.final_url, v.canonical_url, v.site, f.content_type, v.selector, v.keywords, f.fetched_at, f.body
FROM versions v JOIN fetches f ON f.id = v.fetch_id WHERE v.id = ?`, id).
		Scan(&p.URL, &p.Canonical, &p.Site, &p.ContentType, &p.Selector, &keywords, &at, &blob)
	if err != nil {
		return nil, fmt.Errorf("archive: version %d: %w", id, err)
	}
	p.FetchedAt = fromMillis(at)
	if keywords != "" {
		p.Keywords = strings.Split(keywords, "\n")
	}
	if p.Body, err = decompress(blob, maxBody); err != nil {
		return nil, fmt.Errorf("archive: version %d: %w", id, err)
	}
	return p, nil
}

// Extraction is the result of extracting an article version.
type Extraction struct {
	VersionID        int64
	ExtractorVersion string
	At               time.Time
	// Matched is false when the site's keywords were not found: the record
	// is kept but not exported.
	Matched bool
	Record  []byte // the record as JSON, nil when extraction failed
	Err     string
}

// SaveExtraction stores (or replaces) the extraction of a version.
func (a *Archive) SaveExtraction(ctx context.Context, e *Extraction) error {
	var rec any
	if e.Record != nil {
		rec = string(e.Record)
	}
	_, err := a.exec(ctx, `INSERT OR REPLACE INTO extractions
(version_id, extractor_version, extracted_at, matched, record, error) VALUES (?, ?, ?, ?, ?, ?)`,
		e.VersionID, e.ExtractorVersion, e.At.UnixMilli(), e.Matched, rec, e.Err)
	if err != nil {
		return fmt.Errorf("archive: save extraction of version %d: %w", e.VersionID, err)
	}
	return nil
}

// Records calls f with the stored record (JSON) of the latest version of
// each article first seen at or after since, oldest first, skipping failed
// extractions and pages without the site's keywords.
func (a *Archive) Records(ctx context.Context, since time.Time, f func(rec []byte) error) error {
	rows, err := a.db.QueryContext(ctx, `SELECT e.record FROM versions v JOIN extractions e ON e.version_id = v.id
WHERE v.id = (SELECT max(id) FROM versions w WHERE w.canonical_url = v.canonical_url)
AND e.matched AND e.record IS NOT NULL AND v.first_seen >= ? ORDER BY v.id`, millis(since))
	if err != nil {
		return fmt.Errorf("archive: records: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rec sql.RawBytes
		if err := rows.Scan(&rec); err != nil {
			return fmt.Errorf("archive: records: %w", err)
		}
		if err := f(rec); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("archive: records: %w", err)
	}
	return nil
}

// Versions returns how many versions the archive holds for the canonical
// URL.
func (a *Archive) Versions(ctx context.Context, canonical string) (int, error) {
	var n int
	if err := a.db.QueryRowContext(ctx, `SELECT count(*) FROM versions WHERE canonical_url = ?`, canonical).Scan(&n); err != nil {
		return 0, fmt.Errorf("archive: versions of %s: %w", canonical, err)
	}
	return n, nil
}
