package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"veille/deals"
)

var textHeader = []string{"date", "partenaires", "accord", "emplois", "montant", "lieu", "sources"}

func textCells(d *deals.Deal) []string {
	return []string{Date(d.Date()), partners(d), d.Agreement, jobsCell(d), amountCell(d), placeCell(d), strconv.Itoa(len(d.Sources))}
}

// WriteText writes the deals of the period as an aligned table followed
// by the totals and the pledged jobs by region.
func WriteText(w io.Writer, in *Input) error {
	ds, as := in.Period()
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(textHeader, "\t"))
	for _, d := range ds {
		fmt.Fprintln(tw, strings.Join(textCells(d), "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%s\n", summary(ds, as))
	names, jobs, count := regionJobs(ds)
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "région\t%7s\t%9s\n", "accords", "emplois")
	for _, n := range names {
		fmt.Fprintf(tw, "%s\t%7d\t%9s\n", regionName(n), count[n], Int(jobs[n]))
	}
	return tw.Flush()
}

// summary is the totals line: "17 accords, 19 600 emplois promis, …".
func summary(ds []*deals.Deal, as []deals.Article) string {
	t := deals.Sum(ds, as)
	return fmt.Sprintf("%s, %s promis, %s d’investissements promis ; %s, %s, %s",
		Count(int64(t.Deals), "accord", "accords"), Jobs(t.Jobs), Dirhams(t.AmountMAD), Count(int64(t.Partners), "partenaire", "partenaires"),
		Count(int64(t.Articles), "article lu", "articles lus"), Count(int64(t.Outlets), "média", "médias"))
}

func regionName(n string) string {
	if n == "" {
		return "(région inconnue)"
	}
	return n
}

// WriteMarkdown writes the deals of the period as a Markdown table
// followed by the totals and the pledged jobs by region.
func WriteMarkdown(w io.Writer, in *Input) error {
	ds, as := in.Period()
	fmt.Fprintf(w, "| %s |\n|%s\n", strings.Join(textHeader, " | "), strings.Repeat(" --- |", len(textHeader)))
	for _, d := range ds {
		fmt.Fprintf(w, "| %s |\n", strings.Join(mdCells(textCells(d)), " | "))
	}
	fmt.Fprintf(w, "\n**Total :** %s\n\n| région | accords | emplois |\n| --- | ---: | ---: |\n", summary(ds, as))
	names, jobs, count := regionJobs(ds)
	for _, n := range names {
		fmt.Fprintf(w, "| %s | %d | %s |\n", mdCells([]string{regionName(n)})[0], count[n], Int(jobs[n]))
	}
	_, err := fmt.Fprintln(w)
	return err
}

var mdCell = strings.NewReplacer("|", `\|`, "\n", " ")

func mdCells(cs []string) []string {
	for i := range cs {
		cs[i] = mdCell.Replace(cs[i])
	}
	return cs
}

// CSVHeader is the header of WriteCSV: raw values, for spreadsheets and
// scripts.
var CSVHeader = []string{"id", "date", "signed_on", "partners", "agreement", "jobs", "year", "amount_mad",
	"place", "city", "region", "first_seen", "last_seen", "overdue", "sources", "urls"}

// WriteCSV writes one row per deal with raw values: integers, ISO dates,
// partners and source URLs separated by "; ".
func WriteCSV(w io.Writer, ds []*deals.Deal) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	for _, d := range ds {
		urls := make([]string, len(d.Sources))
		for i, s := range d.Sources {
			urls[i] = s.URL
		}
		cw.Write([]string{d.ID, d.Date(), d.SignedOn, strings.Join(d.Partners, "; "), d.Agreement,
			optInt(d.Jobs), optYear(d.Year), optInt(d.AmountMAD), d.Place, d.City, d.Region,
			d.FirstSeen, d.LastSeen, strconv.FormatBool(d.Overdue), strconv.Itoa(len(d.Sources)), strings.Join(urls, "; ")})
	}
	cw.Flush()
	return cw.Error()
}

func optInt(p *int64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatInt(*p, 10)
}

func optYear(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}
