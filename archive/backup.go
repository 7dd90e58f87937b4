package archive

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// Backup writes a consistent copy of the archive to the new file dest with
// VACUUM INTO: it reads one snapshot of the database, so a crawl may go on
// writing meanwhile, and the copy is compact and needs no WAL file. dest
// must not exist.
func (a *Archive) Backup(ctx context.Context, dest string) error {
	if _, err := os.Stat(dest); !errors.Is(err, fs.ErrNotExist) {
		if err == nil {
			err = fs.ErrExist
		}
		return fmt.Errorf("archive: backup to %s: %w", dest, err)
	}
	if _, err := a.db.ExecContext(ctx, `VACUUM INTO ?`, dest); err != nil {
		return fmt.Errorf("archive: backup to %s: %w", dest, err)
	}
	return nil
}
