package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// ledgerSchema holds the deal ledger kept beside the records (see package
// deals): the deals as JSON with the ledger updates that created and last
// changed them, the article versions already folded in, and counters.
const ledgerSchema = `
CREATE TABLE IF NOT EXISTS ledger_deals (
	id      TEXT PRIMARY KEY,
	deal    TEXT NOT NULL,
	created INTEGER NOT NULL,
	changed INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger_articles (
	canonical_url TEXT PRIMARY KEY,
	version_id    INTEGER NOT NULL,
	outlet        TEXT NOT NULL,
	published     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger_meta (
	key   TEXT PRIMARY KEY,
	value INTEGER NOT NULL
);
`

// Ledger counters (ledger_meta keys).
const (
	metaSeq       = "seq"       // the last ledger update
	metaDelivered = "delivered" // the last update whose changes a digest delivered
)

// LedgerDeal is a deal of the ledger as stored.
type LedgerDeal struct {
	ID      string
	Deal    []byte // JSON
	Created int64  // the ledger update that created it
	Changed int64  // the ledger update that last changed its substance
}

// LedgerArticle is an article version folded into the ledger.
type LedgerArticle struct {
	Canonical string
	VersionID int64
	Outlet    string
	Published string
}

// Unfolded is the latest version of an article that the ledger has not
// folded in yet.
type Unfolded struct {
	Canonical string
	VersionID int64
	Record    []byte // nil when the version has no record to fold (failed, or without the site's keywords)
}

// LedgerUpdate is what one ledger update writes, in one transaction.
type LedgerUpdate struct {
	Seq      int64 // the update's number: LedgerState's seq + 1
	Deals    []LedgerDeal
	Removed  []string // ids of deals left without sources
	Articles []LedgerArticle
}

// ledgerTables creates the ledger's tables when they are missing, once
// per Archive: every ledger call needs them, and the schema goes through
// the write lock.
func (a *Archive) ledgerTables(ctx context.Context) error {
	if a.ledgerReady.Load() {
		return nil
	}
	if _, err := a.exec(ctx, ledgerSchema); err != nil {
		return fmt.Errorf("archive: ledger tables: %w", err)
	}
	a.ledgerReady.Store(true)
	return nil
}

// LedgerState returns the number of the last ledger update and of the last
// one delivered by a digest (0 before any).
func (a *Archive) LedgerState(ctx context.Context) (seq, delivered int64, err error) {
	if err := a.ledgerTables(ctx); err != nil {
		return 0, 0, err
	}
	for key, v := range map[string]*int64{metaSeq: &seq, metaDelivered: &delivered} {
		err := a.db.QueryRowContext(ctx, `SELECT value FROM ledger_meta WHERE key = ?`, key).Scan(v)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return 0, 0, fmt.Errorf("archive: ledger state: %w", err)
		}
	}
	return seq, delivered, nil
}

// LedgerDeals calls f with every deal of the ledger.
func (a *Archive) LedgerDeals(ctx context.Context, f func(*LedgerDeal) error) error {
	if err := a.ledgerTables(ctx); err != nil {
		return err
	}
	rows, err := a.db.QueryContext(ctx, `SELECT id, deal, created, changed FROM ledger_deals ORDER BY id`)
	if err != nil {
		return fmt.Errorf("archive: ledger deals: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var d LedgerDeal
		if err := rows.Scan(&d.ID, &d.Deal, &d.Created, &d.Changed); err != nil {
			return fmt.Errorf("archive: ledger deals: %w", err)
		}
		if err := f(&d); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("archive: ledger deals: %w", err)
	}
	return nil
}

// LedgerArticles returns the article versions folded into the ledger.
func (a *Archive) LedgerArticles(ctx context.Context) ([]LedgerArticle, error) {
	if err := a.ledgerTables(ctx); err != nil {
		return nil, err
	}
	rows, err := a.db.QueryContext(ctx, `SELECT canonical_url, version_id, outlet, published FROM ledger_articles ORDER BY canonical_url`)
	if err != nil {
		return nil, fmt.Errorf("archive: ledger articles: %w", err)
	}
	defer rows.Close()
	var out []LedgerArticle
	for rows.Next() {
		var l LedgerArticle
		if err := rows.Scan(&l.Canonical, &l.VersionID, &l.Outlet, &l.Published); err != nil {
			return nil, fmt.Errorf("archive: ledger articles: %w", err)
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("archive: ledger articles: %w", err)
	}
	return out, nil
}

// Unfolded calls f with each latest article version the ledger has not
// folded in (new articles, new versions of folded ones), oldest first.
// f must not write to the archive: the versions are read as it goes.
func (a *Archive) Unfolded(ctx context.Context, f func(*Unfolded) error) error {
	if err := a.ledgerTables(ctx); err != nil {
		return err
	}
	rows, err := a.db.QueryContext(ctx, `SELECT v.canonical_url, v.id, CASE WHEN e.matched THEN e.record END
FROM versions v JOIN extractions e ON e.version_id = v.id
LEFT JOIN ledger_articles l ON l.canonical_url = v.canonical_url
WHERE v.id = (SELECT max(id) FROM versions w WHERE w.canonical_url = v.canonical_url)
AND (l.version_id IS NULL OR l.version_id != v.id) ORDER BY v.id`)
	if err != nil {
		return fmt.Errorf("archive: unfolded records: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var u Unfolded
		var rec sql.NullString
		if err := rows.Scan(&u.Canonical, &u.VersionID, &rec); err != nil {
			return fmt.Errorf("archive: unfolded records: %w", err)
		}
		if rec.Valid {
			u.Record = []byte(rec.String)
		}
		if err := f(&u); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("archive: unfolded records: %w", err)
	}
	return nil
}

// SaveLedger writes a ledger update. It fails, writing nothing, when
// another update was saved since LedgerState gave u.Seq-1.
func (a *Archive) SaveLedger(ctx context.Context, u *LedgerUpdate) error {
	if err := a.ledgerTables(ctx); err != nil {
		return err
	}
	err := a.inTx(ctx, func(tx *sql.Tx) error {
		var seq int64
		if err := tx.QueryRowContext(ctx, `SELECT value FROM ledger_meta WHERE key = ?`, metaSeq).Scan(&seq); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if seq != u.Seq-1 {
			return fmt.Errorf("the ledger was updated meanwhile (update %d, not %d)", seq, u.Seq-1)
		}
		for _, d := range u.Deals {
			if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO ledger_deals (id, deal, created, changed) VALUES (?, ?, ?, ?)`,
				d.ID, string(d.Deal), d.Created, d.Changed); err != nil {
				return err
			}
		}
		for _, id := range u.Removed {
			if _, err := tx.ExecContext(ctx, `DELETE FROM ledger_deals WHERE id = ?`, id); err != nil {
				return err
			}
		}
		for _, l := range u.Articles {
			if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO ledger_articles (canonical_url, version_id, outlet, published) VALUES (?, ?, ?, ?)`,
				l.Canonical, l.VersionID, l.Outlet, l.Published); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO ledger_meta (key, value) VALUES (?, ?)`, metaSeq, u.Seq)
		return err
	})
	if err != nil {
		return fmt.Errorf("archive: save ledger update %d: %w", u.Seq, err)
	}
	return nil
}

// MarkDelivered records that a digest delivered the changes of the ledger
// updates up to seq.
func (a *Archive) MarkDelivered(ctx context.Context, seq int64) error {
	if err := a.ledgerTables(ctx); err != nil {
		return err
	}
	if _, err := a.exec(ctx, `INSERT OR REPLACE INTO ledger_meta (key, value) VALUES (?, ?)`, metaDelivered, seq); err != nil {
		return fmt.Errorf("archive: mark digest delivered: %w", err)
	}
	return nil
}
