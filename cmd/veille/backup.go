package main

import (
	"github.com/spf13/cobra"

	"veille/archive"
)

func init() { extraCommands = append(extraCommands, newBackupCmd) }

func newBackupCmd(a *app) *cobra.Command {
	var db, to string
	cmd := &cobra.Command{
		Use:   "backup --db FILE --to FILE",
		Short: "Copy an archive safely, even while a crawl writes to it",
		Long: `Backup writes a consistent, compact copy of the archive to a new file
(SQLite VACUUM INTO): it reads one snapshot, so a crawl or 'veille serve'
may go on meanwhile. The copy is a plain SQLite file, usable as an archive.
--to must not exist.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if db == "" || to == "" {
				return usagef("backup: --db and --to are required")
			}
			arc, err := openExisting(cmd.Context(), archive.OpenRead, db)
			if err != nil {
				return err
			}
			defer arc.Close()
			return arc.Backup(cmd.Context(), to)
		},
	}
	cmd.Flags().StringVar(&db, "db", "", "archive database")
	cmd.Flags().StringVar(&to, "to", "", "file to write the copy to (must not exist)")
	return cmd
}
