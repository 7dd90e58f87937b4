package main

import (
	"context"

	"go.uber.org/zap"

	"veille/archive"
	"veille/crawler"
	"veille/extract"
)

// extractArchive re-runs extraction over the archive at dbPath: the latest
// version of each article whose stored extraction is missing or was made by
// another extractor version (every one with all). It stores the new
// extractions and prints the records as JSON Lines.
func extractArchive(ctx context.Context, a *app, dbPath string, all bool) error {
	arc, err := archive.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer arc.Close()
	sel := archive.Stale
	if all {
		sel = archive.All
	}
	rw := newRecordWriter(a.stdout, "jsonl", false)
	var done, failed, skipped int
	err = arc.Pages(ctx, sel, extract.Version, func(p *archive.Page) error {
		rec, e := crawler.ExtractPage(p)
		if err := arc.SaveExtraction(ctx, e); err != nil {
			return err
		}
		switch {
		case rec == nil:
			failed++
			a.log.Error("extraction failed", zap.String("url", p.URL), zap.String("error", e.Err))
			return nil
		case !e.Matched:
			skipped++
			return nil
		}
		done++
		return rw.write(rec)
	})
	a.log.Info("re-extracted the archive", zap.String("extractor_version", extract.Version),
		zap.Int("records", done), zap.Int("failed", failed), zap.Int("without_keywords", skipped))
	if err != nil {
		return err
	}
	if failed > 0 {
		return errFailed
	}
	return nil
}
