package report

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"veille/deals"
)

// WriteDigestMarkdown writes the short summary of a digest: how many deals
// are new or changed, then one line each.
func WriteDigestMarkdown(w io.Writer, dg *deals.Digest) error {
	fmt.Fprintf(w, "# Veille : %s, %s\n\n", Count(int64(dg.New), "nouvel accord", "nouveaux accords"), Count(int64(dg.Changed), "modifié", "modifiés"))
	if len(dg.Deals) == 0 {
		_, err := fmt.Fprintln(w, "Rien de nouveau depuis le dernier envoi.")
		return err
	}
	for _, e := range dg.Deals {
		status := "Nouveau"
		if e.Status == deals.StatusChanged {
			status = "Modifié"
		}
		parts := []string{Date(e.Date()), cmp.Or(partners(e.Deal), "partenaire non nommé")}
		for _, s := range []string{e.Agreement, jobsCell(e.Deal), amountCell(e.Deal), placeCell(e.Deal)} {
			if s != "" {
				parts = append(parts, s)
			}
		}
		var hist []string
		for _, f := range e.JobsHistory {
			hist = append(hist, Int(f.Value))
		}
		if len(hist) > 0 {
			parts = append(parts, "emplois : "+strings.Join(hist, " → "))
		}
		src := ""
		if n := len(e.Sources); n > 0 {
			last := e.Sources[n-1]
			src = fmt.Sprintf(" ([%s](%s)", mdCell.Replace(cmp.Or(last.Outlet, "source")), last.URL)
			if n > 1 {
				src += " et " + Count(int64(n-1), "autre source", "autres sources")
			}
			src += ")"
		}
		fmt.Fprintf(w, "- **%s** · %s%s\n", status, mdCell.Replace(strings.Join(parts, " · ")), src)
	}
	_, err := fmt.Fprintln(w)
	return err
}
