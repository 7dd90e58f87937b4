package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"veille/archive"
	"veille/extract"
	"veille/normalize"
)

// Extract extracts the record of an archived page. It returns the record
// (nil when extraction failed) and what to store in the archive; a record
// without any of the page's keywords is stored but not Matched.
func Extract(ctx context.Context, p *archive.Page) (*extract.Record, *archive.Extraction) {
	e := &archive.Extraction{VersionID: p.VersionID, ExtractorVersion: extract.Version(), At: time.Now().UTC()}
	rec, err := parse(ctx, p)
	if err == nil {
		e.Record, err = json.Marshal(rec)
	}
	if err != nil {
		e.Err = err.Error()
		return nil, e
	}
	e.Matched = hasKeyword(rec, p.Keywords)
	return rec, e
}

// parse runs the extractor, turning a panic on a hostile page into an
// error so that one page cannot stop a crawl.
func parse(ctx context.Context, p *archive.Page) (rec *extract.Record, err error) {
	defer func() {
		if v := recover(); v != nil {
			rec, err = nil, fmt.Errorf("extract: panic: %v", v)
		}
	}()
	return extract.Parse(ctx, bytes.NewReader(p.Body),
		extract.WithURL(p.URL),
		extract.WithFetchedAt(p.FetchedAt),
		extract.WithSite(p.Site),
		extract.WithContentType(p.ContentType),
		extract.WithBodySelector(p.Selector),
	)
}

// hasKeyword reports whether the title or text holds one of the keywords,
// ignoring case and accents (true when there are none).
func hasKeyword(rec *extract.Record, keywords []string) bool {
	if len(keywords) == 0 {
		return true
	}
	text := normalize.Fold(rec.Title + "\n" + rec.Text)
	for _, k := range keywords {
		if strings.Contains(text, normalize.Fold(k)) {
			return true
		}
	}
	return false
}
