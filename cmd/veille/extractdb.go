package main

import (
	"context"
	"errors"

	"go.uber.org/zap"

	"veille/archive"
	"veille/extract"
	"veille/pipeline"
)

// extractArchive re-runs extraction over the archive at dbPath: the latest
// version of each article whose stored extraction is missing or was made by
// another extractor version (every one with all). It stores the new
// extractions and prints the records as JSON Lines. A missing archive is
// an error, never created.
func extractArchive(ctx context.Context, a *app, dbPath string, all bool) error {
	arc, err := openExisting(ctx, archive.OpenExisting, dbPath)
	if err != nil {
		return err
	}
	defer arc.Close()
	sel := archive.Stale
	if all {
		sel = archive.All
	}
	rw := newRecordWriter(a.stdout, "jsonl", false)
	x := pipeline.New(arc, pipeline.WithLogger(a.log), pipeline.WithRecords(rw.write))
	err = x.Archive(ctx, sel)
	n, _ := x.Counts()
	a.log.Info("re-extracted the archive", zap.String("extractor_version", extract.Version()),
		zap.Int("records", n.Records), zap.Int("failed", n.Failed), zap.Int("without_keywords", n.Skipped))
	switch {
	case err != nil:
		return err
	case ctx.Err() != nil:
		return errInterrupted
	case n.Failed > 0:
		return errFailed
	}
	return nil
}

// openExisting opens the archive at path with open (archive.OpenRead or
// archive.OpenExisting); a missing archive is a usage error.
func openExisting(ctx context.Context, open func(context.Context, string) (*archive.Archive, error), path string) (*archive.Archive, error) {
	arc, err := open(ctx, path)
	if errors.Is(err, archive.ErrNotExist) {
		return nil, configError{err}
	}
	return arc, err
}
