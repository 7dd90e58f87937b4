package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"veille/archive"
	"veille/extract"
)

func init() { extraCommands = append(extraCommands, newExportCmd) }

func newExportCmd(a *app) *cobra.Command {
	var db, format, since string
	cmd := &cobra.Command{
		Use:   "export --db FILE --format jsonl|csv [--since DATE]",
		Short: "Export the records of an archive as JSON Lines or CSV",
		Long: `Export prints the records stored in a crawl archive: the latest version
of each article, skipping pages whose extraction failed or that lack the
site's keywords.

--format jsonl prints one record a line. --format csv prints one row per
article with the main columns: url, canonical_url, site, published,
fetched_at, title, relevant, agreements (types, "; "-separated), signatories
(names), jobs_pledged (sum of pledged jobs), investment_mad (sum of
investments in dirhams), places, target_years, commitments (count).

--since DATE (YYYY-MM-DD or RFC 3339) keeps the articles whose version was
first archived at or after DATE.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("export: unexpected argument %q", args[0])
			}
			if db == "" {
				return usagef("export: --db is required")
			}
			var t time.Time
			if since != "" {
				var err error
				if t, err = parseDateFlag(since); err != nil {
					return usagef("export: bad --since: %v", err)
				}
			}
			switch format {
			case "jsonl":
				return exportJSONL(cmd.Context(), a.stdout, db, t)
			case "csv":
				return exportCSV(cmd.Context(), a.stdout, db, t)
			}
			return usagef("export: bad --format %q: want jsonl or csv", format)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&db, "db", "", "archive database")
	fl.StringVar(&format, "format", "jsonl", "output format: jsonl or csv")
	fl.StringVar(&since, "since", "", "only articles first archived at or after this date (YYYY-MM-DD or RFC 3339)")
	return cmd
}

func exportJSONL(ctx context.Context, w io.Writer, db string, since time.Time) error {
	arc, err := openExisting(ctx, archive.OpenRead, db)
	if err != nil {
		return err
	}
	defer arc.Close()
	return arc.Records(ctx, since, func(rec []byte) error {
		if _, err := w.Write(rec); err != nil {
			return err
		}
		_, err := io.WriteString(w, "\n")
		return err
	})
}

// csvHeader names the CSV columns; csvRow fills them.
var csvHeader = []string{"url", "canonical_url", "site", "published", "fetched_at", "title", "relevant",
	"agreements", "signatories", "jobs_pledged", "investment_mad", "places", "target_years", "commitments"}

func exportCSV(ctx context.Context, w io.Writer, db string, since time.Time) error {
	arc, err := openExisting(ctx, archive.OpenRead, db)
	if err != nil {
		return err
	}
	defer arc.Close()
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	err = arc.Records(ctx, since, func(b []byte) error {
		var rec extract.Record
		if err := json.Unmarshal(b, &rec); err != nil {
			return fmt.Errorf("export: stored record: %w", err)
		}
		return cw.Write(csvRow(&rec))
	})
	cw.Flush()
	if err != nil {
		return err
	}
	return cw.Error()
}

func csvRow(r *extract.Record) []string {
	var agreements, signatories, places, years []string
	for _, a := range r.Agreements {
		agreements = append(agreements, a.Type)
	}
	for _, s := range r.Signatories {
		signatories = append(signatories, s.Name)
	}
	for _, p := range r.Places {
		places = append(places, p.Name)
	}
	for _, y := range r.TargetYears {
		years = append(years, strconv.Itoa(y.Year))
	}
	var jobs, mad int64
	for _, j := range r.Jobs {
		if j.Kind == extract.JobPledged {
			jobs += j.Count
		}
	}
	for _, a := range r.Amounts {
		if a.Kind == extract.AmountInvestment && a.ValueMAD != nil {
			mad += *a.ValueMAD
		}
	}
	return []string{r.URL, r.CanonicalURL, r.Site, deref(r.Published), deref(r.FetchedAt), r.Title,
		strconv.FormatBool(r.Relevant), strings.Join(agreements, "; "), strings.Join(signatories, "; "),
		strconv.FormatInt(jobs, 10), strconv.FormatInt(mad, 10), strings.Join(places, "; "),
		strings.Join(years, "; "), strconv.Itoa(len(r.Commitments))}
}
