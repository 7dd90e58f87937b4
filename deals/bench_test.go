package deals

import (
	"fmt"
	"testing"

	"veille/extract"
)

// benchRecords returns n articles about n/2 deals: each deal reported by
// two outlets, a day apart.
func benchRecords(b *testing.B, n int) []*extract.Record {
	recs := make([]*extract.Record, 0, n)
	for i := 0; len(recs) < n; i++ {
		for _, site := range []string{"A", "B"} {
			recs = append(recs, art{url: fmt.Sprintf("https://%s.ma/%d", site, i), site: site,
				published: fmt.Sprintf("20%02d-%02d-%02d", 20+i%6, 1+i%12, 10+len(site)), partner: "Société " + word(i) + " " + word(i*7+3) + " Maroc",
				jobs: int64(100 + i), year: 2030}.record(b))
		}
	}
	return recs
}

// BenchmarkFromRecords measures the ledger of 2 000 articles (1 000 deals).
func BenchmarkFromRecords(b *testing.B) {
	recs := benchRecords(b, 2000)
	b.ResetTimer()
	for b.Loop() {
		if l := FromRecords(recs, now); len(l.Deals()) != 1000 {
			b.Fatalf("%d deals, want 1000", len(l.Deals()))
		}
	}
}

// word spells i in letters: "Bac", "Dof"...
func word(i int) string {
	const cons, vows = "bcdfghjklmnprstvz", "aeiou"
	w := []byte{cons[i%len(cons)] - 32}
	for i /= len(cons); i > 0; i /= len(vows) * len(cons) {
		w = append(w, vows[i%len(vows)], cons[(i/len(vows))%len(cons)])
	}
	return string(w) + "a"
}
