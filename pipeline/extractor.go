package pipeline

import (
	"context"
	"fmt"
	"maps"
	"sync"

	"go.uber.org/zap"

	"veille/archive"
	"veille/extract"
)

// Counts counts what an Extractor did.
type Counts struct {
	Records int // records handed on
	Failed  int // archived pages extraction could not read
	Skipped int // records without any of the site's keywords
}

func (c *Counts) add(o Counts) {
	c.Records += o.Records
	c.Failed += o.Failed
	c.Skipped += o.Skipped
}

// Extractor extracts archived pages, stores the extractions in the archive
// and hands the matched records on. It is safe for concurrent use: the
// crawler's workers call Page at the same time.
type Extractor struct {
	arc      *archive.Archive
	log      *zap.Logger
	onRecord func(*extract.Record) error

	mu    sync.Mutex // guards the counts and serialises onRecord
	sites map[string]Counts
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithRecords calls f with each matched record, one call at a time. An
// error from f is returned by Page.
func WithRecords(f func(*extract.Record) error) Option {
	return func(x *Extractor) { x.onRecord = f }
}

// WithLogger logs the pages that cannot be extracted to l (default: nowhere).
func WithLogger(l *zap.Logger) Option { return func(x *Extractor) { x.log = l } }

// New returns an Extractor storing its extractions in arc.
func New(arc *archive.Archive, opts ...Option) *Extractor {
	x := &Extractor{arc: arc, log: zap.NewNop(), sites: map[string]Counts{}}
	for _, o := range opts {
		o(x)
	}
	return x
}

// Page extracts the archived page p, stores the extraction and hands a
// matched record on. A page that cannot be read is logged and counted, not
// returned: only the archive and the record sink fail a Page. A page whose
// ctx is already done is left unextracted, for the next catch-up.
func (x *Extractor) Page(ctx context.Context, p *archive.Page) error {
	if ctx.Err() != nil {
		return nil
	}
	rec, e := Extract(ctx, p)
	if rec == nil && ctx.Err() != nil {
		return nil // cut short by the stop: left for the next catch-up
	}
	// What was extracted is stored even when the run is being stopped.
	if err := x.arc.SaveExtraction(context.WithoutCancel(ctx), e); err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	switch {
	case rec == nil:
		x.log.Warn("extraction failed", zap.String("url", p.URL), zap.String("site", p.Site), zap.String("error", e.Err))
		x.count(p.Site, Counts{Failed: 1})
		return nil
	case !e.Matched:
		x.count(p.Site, Counts{Skipped: 1})
		return nil
	}
	x.count(p.Site, Counts{Records: 1})
	if x.onRecord == nil {
		return nil
	}
	if err := x.onRecord(rec); err != nil {
		return fmt.Errorf("pipeline: write record: %w", err)
	}
	return nil
}

// count adds o to site's counts; x.mu is held.
func (x *Extractor) count(site string, o Counts) {
	k := x.sites[site]
	k.add(o)
	x.sites[site] = k
}

// Archive extracts the latest version of each archived article in sel:
// archive.Unextracted catches up with pages archived by a run killed before
// it extracted them, archive.Stale redoes the records of another extractor
// version, archive.All redoes every record.
func (x *Extractor) Archive(ctx context.Context, sel archive.Selection) error {
	err := x.arc.Pages(ctx, sel, extract.Version(), func(p *archive.Page) error {
		if err := x.Page(ctx, p); err != nil {
			return err
		}
		return ctx.Err()
	})
	if err != nil && ctx.Err() == nil {
		return err
	}
	return nil
}

// Counts returns what the Extractor did, in total and by site.
func (x *Extractor) Counts() (Counts, map[string]Counts) {
	x.mu.Lock()
	defer x.mu.Unlock()
	var total Counts
	for _, c := range x.sites {
		total.add(c)
	}
	return total, maps.Clone(x.sites)
}
