package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"veille/extract"
	"veille/normalize"
)

func init() { extraCommands = append(extraCommands, newReportCmd) }

func newReportCmd(a *app) *cobra.Command {
	var format string
	var all bool
	cmd := &cobra.Command{
		Use:   "report [--format text|markdown|csv] [FILE.jsonl ... | -]",
		Short: "Print the table of commitments found in extracted records",
		Long: `Report reads records (JSON Lines as written by extract or export, or one
JSON array; standard input when no FILE is given or for -) and prints the
analyst's table of commitments: date, partner, jobs, amount in dirhams,
place, target year, agreement and source URL, one row per commitment of
the relevant records (of every record with --all). The date is the signing
date of the commitment's agreement, else the publication date.

A relevant record without commitments gives one row built from its
signatories, pledged jobs, investment amounts, first city and last target
year. The text and markdown formats end with the totals (jobs pledged,
dirhams; a total whose parts are listed counts through its parts only) and
the count of commitments per region (the region of the row's place, else
of the record's first place that has one); csv prints the rows only.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "text", "markdown", "csv":
			default:
				return usagef("report: bad --format %q: want text, markdown or csv", format)
			}
			if len(args) == 0 {
				args = []string{"-"}
			}
			var recs []*extract.Record
			failed := false
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
			rows := reportRows(recs, all)
			if err := writeReport(a.stdout, format, rows); err != nil {
				return fmt.Errorf("report: write: %w", err)
			}
			if failed {
				return errFailed
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, markdown or csv")
	cmd.Flags().BoolVar(&all, "all", false, "also list the commitments of records not judged relevant")
	return cmd
}

// openRecords reads the records of the named input ("-" is standard input).
func openRecords(a *app, name string) ([]*extract.Record, int, error) {
	r, err := a.openInput(name)
	if err != nil {
		return nil, 0, err
	}
	defer r.Close()
	return readRecords(a, r, name)
}

// readRecords reads records from JSON Lines, or from one JSON array when
// the input starts with "[". A line that is not a record is logged and
// counted in bad; the others are still read.
func readRecords(a *app, r io.Reader, name string) (recs []*extract.Record, bad int, err error) {
	br := bufio.NewReader(r)
	for {
		b, err := br.Peek(1)
		if err != nil || !isJSONSpace(b[0]) {
			break
		}
		br.ReadByte()
	}
	if b, err := br.Peek(1); err == nil && b[0] == '[' {
		if err := json.NewDecoder(br).Decode(&recs); err != nil {
			return nil, 0, fmt.Errorf("%s: not a JSON array of records: %w", name, err)
		}
		return recs, 0, nil
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 0, 64<<10), 64<<20)
	for line := 1; sc.Scan(); line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		rec := new(extract.Record)
		if err := json.Unmarshal(text, rec); err != nil {
			bad++
			a.log.Error("bad record line", zap.String("input", name), zap.Int("line", line), zap.Error(err))
			continue
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		return recs, bad, fmt.Errorf("%s: %w", name, err)
	}
	return recs, bad, nil
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// reportRow is one commitment of the analyst's table.
type reportRow struct {
	date, partner, place, agreement, url string
	region                               string // for the per-region counts
	jobs, mad                            *int64
	year                                 *int
	countJobs                            bool // false for a total whose parts have rows of their own
}

// reportRows turns records into rows: their commitments, or one summary
// row for a relevant record without any. Records not judged relevant are
// skipped unless all is set.
func reportRows(recs []*extract.Record, all bool) []reportRow {
	var rows []reportRow
	for _, r := range recs {
		if !r.Relevant && !all {
			continue
		}
		first := len(rows)
		totals := map[int64]bool{} // job counts that have parts in the record
		for _, j := range r.Jobs {
			if j.PartOf != nil {
				totals[*j.PartOf] = true
			}
		}
		published := ""
		if r.Published != nil {
			published, _, _ = strings.Cut(*r.Published, "T")
		}
		for _, c := range r.Commitments {
			row := reportRow{date: signedOn(r, c.Agreement, published), partner: deref(c.Partner), place: deref(c.Place),
				agreement: deref(c.Agreement), url: r.URL, jobs: c.Jobs, mad: c.AmountMAD, year: c.Year, countJobs: true}
			if row.agreement == "" && len(r.Agreements) > 0 {
				row.agreement = r.Agreements[0].Type
			}
			if c.Jobs != nil && totals[*c.Jobs] {
				row.countJobs = false
			}
			rows = append(rows, row)
		}
		if len(r.Commitments) == 0 && r.Relevant {
			rows = append(rows, summaryRow(r, published, totals))
		}
		for i := first; i < len(rows); i++ {
			if rows[i].region = regionOf(rows[i].place); rows[i].region == "" {
				rows[i].region = recordRegion(r)
			}
		}
	}
	return rows
}

// recordRegion returns the region of the record's first place that has one.
func recordRegion(r *extract.Record) string {
	for _, p := range r.Places {
		switch {
		case p.Kind == normalize.PlaceRegion:
			return p.Name
		case p.Region != nil && *p.Region != "":
			return *p.Region
		}
	}
	return ""
}

// summaryRow sums up a relevant record that has no commitments.
func summaryRow(r *extract.Record, published string, totals map[int64]bool) reportRow {
	row := reportRow{date: signedOn(r, nil, published), url: r.URL, countJobs: true}
	var names []string
	for _, p := range r.Signatories {
		if p.Kind == extract.KindCompany || p.Kind == extract.KindInstitution {
			names = append(names, p.Name)
		}
	}
	row.partner = strings.Join(names, ", ")
	var jobs int64
	for _, j := range r.Jobs {
		if j.Kind == extract.JobPledged && !totals[j.Count] {
			jobs += j.Count
		}
	}
	if jobs > 0 {
		row.jobs = &jobs
	}
	var mad int64
	for _, m := range r.Amounts {
		if m.Kind == extract.AmountInvestment && m.ValueMAD != nil {
			mad += *m.ValueMAD
		}
	}
	if mad > 0 {
		row.mad = &mad
	}
	for _, p := range r.Places {
		if p.Kind == "city" {
			row.place = p.Name
			break
		}
	}
	for _, y := range r.TargetYears {
		if row.year == nil || y.Year > *row.year {
			row.year = &y.Year
		}
	}
	if len(r.Agreements) > 0 {
		row.agreement = r.Agreements[0].Type
	}
	return row
}

// signedOn returns the signing date of the record's agreement of the given
// type (any agreement when typ is nil), else the publication date.
func signedOn(r *extract.Record, typ *string, published string) string {
	for _, a := range r.Agreements {
		if a.SignedOn != nil && (typ == nil || a.Type == *typ) {
			return *a.SignedOn
		}
	}
	return published
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func fmtInt(n *int64) string {
	if n == nil {
		return ""
	}
	return strconv.FormatInt(*n, 10)
}

func fmtYear(y *int) string {
	if y == nil {
		return ""
	}
	return strconv.Itoa(*y)
}

// regionOf returns the region of a place name: the place itself when it is
// a region, its region when the gazetteer knows it, else "".
func regionOf(place string) string {
	p, ok := normalize.LookupPlace(place)
	switch {
	case !ok:
		return ""
	case p.Kind == normalize.PlaceRegion:
		return p.Name
	default:
		return p.Region
	}
}

var reportHeader = []string{"date", "partner", "jobs", "amount_mad", "place", "year", "agreement", "url"}

func (r reportRow) cells() []string {
	return []string{r.date, r.partner, fmtInt(r.jobs), fmtInt(r.mad), r.place, fmtYear(r.year), r.agreement, r.url}
}

// reportTotals are the sums under the table.
type reportTotals struct {
	jobs, mad int64
	regions   map[string]int
}

func totalsOf(rows []reportRow) reportTotals {
	t := reportTotals{regions: map[string]int{}}
	for _, r := range rows {
		if r.jobs != nil && r.countJobs {
			t.jobs += *r.jobs
		}
		if r.mad != nil {
			t.mad += *r.mad
		}
		region := r.region
		if region == "" {
			region = "(unknown)"
		}
		t.regions[region]++
	}
	return t
}

func (t reportTotals) sortedRegions() []string {
	names := make([]string, 0, len(t.regions))
	for n := range t.regions {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if t.regions[names[i]] != t.regions[names[j]] {
			return t.regions[names[i]] > t.regions[names[j]]
		}
		return names[i] < names[j]
	})
	return names
}

func writeReport(w io.Writer, format string, rows []reportRow) error {
	switch format {
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(reportHeader)
		for _, r := range rows {
			cw.Write(r.cells())
		}
		cw.Flush()
		return cw.Error()
	case "markdown":
		return writeMarkdownReport(w, rows)
	default:
		return writeTextReport(w, rows)
	}
}

func writeTextReport(w io.Writer, rows []reportRow) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(reportHeader, "\t"))
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r.cells(), "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	t := totalsOf(rows)
	fmt.Fprintf(w, "\n%d commitments, %d jobs pledged, %d MAD\n", len(rows), t.jobs, t.mad)
	for _, n := range t.sortedRegions() {
		fmt.Fprintf(w, "  %-28s %d\n", n, t.regions[n])
	}
	return nil
}

func writeMarkdownReport(w io.Writer, rows []reportRow) error {
	cell := strings.NewReplacer("|", `\|`, "\n", " ")
	fmt.Fprintf(w, "| %s |\n|%s\n", strings.Join(reportHeader, " | "), strings.Repeat(" --- |", len(reportHeader)))
	for _, r := range rows {
		cs := r.cells()
		for i := range cs {
			cs[i] = cell.Replace(cs[i])
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cs, " | "))
	}
	t := totalsOf(rows)
	fmt.Fprintf(w, "\n**Totals:** %d commitments, %d jobs pledged, %d MAD\n\n| region | commitments |\n| --- | --- |\n", len(rows), t.jobs, t.mad)
	for _, n := range t.sortedRegions() {
		fmt.Fprintf(w, "| %s | %d |\n", cell.Replace(n), t.regions[n])
	}
	_, err := fmt.Fprintln(w)
	return err
}
