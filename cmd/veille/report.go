package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"veille/deals"
	"veille/report"
)

func init() { extraCommands = append(extraCommands, newReportCmd) }

func newReportCmd(a *app) *cobra.Command {
	var src dealSource
	var format, out, from, to string
	cmd := &cobra.Command{
		Use:   "report [--format text|markdown|csv|html] [-o FILE] [--from DATE] [--to DATE] [--db FILE | FILE.jsonl... | -]",
		Short: "Write the analyst's report of the deals: a terminal table or one HTML page",
		Long: `Report shows the deals (see 'veille ledger': one agreement counted once
across outlets), newest first, with the headline figures: deals, pledged
jobs, pledged investment in dirhams, partners, articles read, outlets.

--format html writes one self-contained page (no network needed to open
it): the headline figures, pledged jobs by region on a map of Morocco, by
target year and by month signed, and the table of deals, sortable and
filterable by text, region, city, target year, partner, period and
overdue target, each row opening its sources with the evidence sentences
highlighted. text and
markdown print the table, the totals and the jobs by region; csv prints
one row of raw values per deal.

--from and --to choose the period of the figures: the deals dated within
it (signing date, else first mention) and the articles published within
it; the HTML page keeps every deal and opens on the period.

The deals come from the ledger of an archive (--db) or from records read
from the files (JSON Lines or a JSON array; standard input when no FILE
is given or for -). -o writes to a file instead of standard output.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(report.Formats, format) {
				return usagef("report: bad --format %q: want %s", format, strings.Join(report.Formats, ", "))
			}
			for _, d := range []string{from, to} {
				if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
					return usagef("report: bad --from or --to %q: want YYYY-MM-DD", d)
				}
			}
			now := time.Now()
			l, failed, err := src.ledger(cmd.Context(), a, args, now)
			if err != nil {
				return err
			}
			in := dealsInput(l, now)
			in.From, in.To = from, to
			if err := writeReportFile(a, out, func(w io.Writer) error { return writeReport(w, format, in) }); err != nil {
				return err
			}
			if failed {
				return errFailed
			}
			return nil
		},
	}
	src.register(cmd)
	cmd.Flags().StringVar(&format, "format", "text", "output format: "+strings.Join(report.Formats, ", "))
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file (default: standard output)")
	cmd.Flags().StringVar(&from, "from", "", "period start, YYYY-MM-DD: deals dated (signed, else first seen) and articles published from then")
	cmd.Flags().StringVar(&to, "to", "", "period end, YYYY-MM-DD, included")
	return cmd
}

func writeReport(w io.Writer, format string, in *report.Input) error {
	switch format {
	case "html":
		return report.WriteHTML(w, in)
	case "markdown":
		return report.WriteMarkdown(w, in)
	case "csv":
		ds, _ := in.Period()
		return report.WriteCSV(w, ds)
	}
	return report.WriteText(w, in)
}

// writeReportFile calls write on standard output when path is "", else
// on a buffer then written to the file, replaced only once complete.
func writeReportFile(a *app, path string, write func(io.Writer) error) error {
	if path == "" {
		return write(a.stdout)
	}
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := writeFileAtomic(path, b.Bytes()); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// dealsInput returns the report input of a ledger at now.
func dealsInput(l *deals.Ledger, now time.Time) *report.Input {
	return &report.Input{Generated: now, Deals: l.Deals(), Articles: l.Articles()}
}
