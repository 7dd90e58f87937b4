package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"veille/archive"
	"veille/deals"
	"veille/extract"
	"veille/report"
)

func init() { extraCommands = append(extraCommands, newLedgerCmd) }

// dealSource is where report and ledger take their deals from: an
// archive's ledger, or records read from files or standard input.
type dealSource struct {
	db string
}

func (s *dealSource) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&s.db, "db", "", "take the deals from the ledger of this archive, brought up to date first")
}

// ledger returns the ledger of the archive (--db), else of the records
// in the named files ("-" or none: standard input). failed reports inputs
// or lines that could not be read; they were logged.
func (s *dealSource) ledger(ctx context.Context, a *app, args []string, now time.Time) (l *deals.Ledger, failed bool, err error) {
	if s.db != "" {
		if len(args) > 0 {
			return nil, false, usagef("--db and record files exclude each other")
		}
		arc, err := openExisting(ctx, archive.OpenExisting, s.db)
		if err != nil {
			return nil, false, err
		}
		defer arc.Close()
		l, err := deals.Sync(ctx, arc, now)
		return l, false, err
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	var recs []*extract.Record
	for _, name := range args {
		rs, bad, err := openRecords(a, name)
		if err != nil {
			failed = true
			a.log.Error("cannot read records", zap.String("input", name), zap.Error(err))
			continue
		}
		failed = failed || bad > 0
		recs = append(recs, rs...)
	}
	return deals.FromRecords(recs, now), failed, nil
}

func newLedgerCmd(a *app) *cobra.Command {
	var src dealSource
	var format string
	cmd := &cobra.Command{
		Use:   "ledger [--db FILE | FILE.jsonl... | -] [--format jsonl|csv]",
		Short: "Print the deals: one agreement a line, counted once across outlets",
		Long: `Ledger groups the commitments of records into deals (one agreement,
however many outlets report it and however often) and prints them, newest
first: as JSON Lines (id, partners, agreement, signing date, jobs and their
history, amount in dirhams, place, city, region, target year, first and
last seen, overdue, sources with their evidence sentences) or as CSV.

With --db the deals are the archive's ledger, kept up to date after each
crawl and brought up to date first (records extracted since are folded in).
Otherwise records are read from the files (JSON Lines or a JSON array;
standard input when no FILE is given or for -). A deal is overdue when its
target year has passed and no source mentions it after that year.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" && format != "csv" {
				return usagef("ledger: bad --format %q: want jsonl or csv", format)
			}
			l, failed, err := src.ledger(cmd.Context(), a, args, time.Now())
			if err != nil {
				return err
			}
			if format == "csv" {
				err = report.WriteCSV(a.stdout, l.Deals())
			} else {
				err = writeDeals(a, l.Deals())
			}
			if err != nil {
				return err
			}
			if failed {
				return errFailed
			}
			return nil
		},
	}
	src.register(cmd)
	cmd.Flags().StringVar(&format, "format", "jsonl", "output format: jsonl or csv")
	return cmd
}

// writeDeals prints deals as JSON Lines.
func writeDeals(a *app, ds []*deals.Deal) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	for _, d := range ds {
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("ledger: write: %w", err)
		}
	}
	return nil
}
