package report

import (
	"fmt"
	"io"
	"testing"
	"time"

	"veille/deals"
	"veille/normalize"
)

// BenchmarkWriteHTML measures the page of 1 000 deals of two sources each.
func BenchmarkWriteHTML(b *testing.B) {
	in := &Input{Generated: time.Now()}
	regions := normalize.Regions()
	for i := range 1000 {
		jobs, year := int64(100+i), 2026+i%5
		src := deals.Source{URL: fmt.Sprintf("https://a.ma/%d", i), Outlet: "A", Published: "2025-03-12",
			Evidence: []deals.Evidence{{Sentence: "La société créera 1 000 emplois d'ici 2030 à Fès.", Marks: []deals.Span{{Start: 18, End: 32}}}}}
		in.Deals = append(in.Deals, &deals.Deal{ID: fmt.Sprintf("d%d", i), Partners: []string{fmt.Sprintf("Société %d", i)},
			SignedOn: fmt.Sprintf("2025-%02d-10", 1+i%12), Jobs: &jobs, Year: &year, Region: regions[i%len(regions)].Name,
			Sources: []deals.Source{src, src}})
		in.Articles = append(in.Articles, deals.Article{URL: src.URL, Outlet: "A", Published: src.Published})
	}
	var n int
	for b.Loop() {
		w := &countWriter{}
		if err := WriteHTML(w, in); err != nil {
			b.Fatal(err)
		}
		n = w.n
	}
	b.ReportMetric(float64(n), "bytes/page")
}

type countWriter struct{ n int }

func (w *countWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
