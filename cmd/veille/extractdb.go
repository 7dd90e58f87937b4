package main

import "context"

// extractArchive re-runs extraction over the archive at dbPath (placeholder
// until the archive lands).
func extractArchive(ctx context.Context, a *app, dbPath string, all bool) error {
	return usagef("extract --db: the archive is not built yet")
}
