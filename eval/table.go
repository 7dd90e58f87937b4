package eval

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteTable prints the report for a terminal: one line per field, the
// headline, then, when detail is set, each article's misses (-) and false
// alarms (+) with their evidence.
func WriteTable(w io.Writer, r *Report, detail bool) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "field\ttp\tfp\tfn\tprecision\trecall\tf1\t")
	for _, f := range r.Fields {
		writeField(tw, f)
	}
	if r.Relevance.TP+r.Relevance.FN > 0 {
		writeField(tw, r.Relevance)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: write table: %w", err)
	}
	fmt.Fprintf(w, "\nheadline %.3f over %d articles (mean F1 of %d fields; signed_on and relevant are accuracies)\n",
		r.Headline, r.Articles, len(r.Fields))
	if !detail {
		return nil
	}
	for _, a := range r.PerArticle {
		if a.Error == "" && len(a.Misses) == 0 && len(a.FalseAlarms) == 0 {
			continue
		}
		name := a.Article
		if name == "" {
			name = a.Gold
		}
		fmt.Fprintf(w, "\n%s\n", name)
		if a.Error != "" {
			fmt.Fprintf(w, "  ! %s\n", a.Error)
		}
		for _, m := range a.Misses {
			writeIssue(w, "-", m)
		}
		for _, m := range a.FalseAlarms {
			writeIssue(w, "+", m)
		}
	}
	_, err := fmt.Fprintln(w)
	return err
}

func writeField(w io.Writer, f FieldScore) {
	fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", f.Field, f.TP, f.FP, f.FN, f.Precision, f.Recall, f.F1)
}

func writeIssue(w io.Writer, mark string, m Issue) {
	if m.Evidence == "" {
		fmt.Fprintf(w, "  %s %-16s %s\n", mark, m.Field, m.Fact)
		return
	}
	fmt.Fprintf(w, "  %s %-16s %s  « %s »\n", mark, m.Field, m.Fact, m.Evidence)
}
