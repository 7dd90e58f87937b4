package extract

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestDebugParties(t *testing.T) {
	p := os.Getenv("PARTIES_FILE")
	if p == "" {
		t.Skip("PARTIES_FILE not set")
	}
	b, _ := os.ReadFile(p)
	rec, err := ParseBytes(b, WithPublished(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	d := newDoc(rec.Text, rec.Title, time.Time{})
	for i, sp := range d.sents {
		toks := ptokenize(d.text, sp.start, sp.end)
		s := &psent{d: d, toks: toks, claimed: make([]bool, len(toks))}
		s.recognise()
		s.positions(true, false)
		for _, o := range s.occs {
			fmt.Printf("s%d [%d,%d) ref=%d kind=%s via=%s commit=%v inRole=%v parent=%v weak=%v name=%q role=%q\n", i, o.lo, o.hi, o.ref, o.kind, o.via, o.commit, o.inRole, o.parentOf, o.weak, d.text[o.start:o.end], o.role)
		}
	}
	_, _, ms := findParties(d)
	for _, m := range ms {
		fmt.Printf("mention %q -> %s (%s)\n", d.text[m.start:m.end], m.name, m.kind)
	}
}
