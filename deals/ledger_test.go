package deals

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"veille/extract"
)

var now = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// art is a record of one commitment: an outlet's article about a deal.
type art struct {
	url, site, published, partner, signed, place string
	jobs, mad                                    int64
	year                                         int
}

func (a art) record(t testing.TB) *extract.Record {
	opt := func(v int64) string {
		if v == 0 {
			return "null"
		}
		return fmt.Sprint(v)
	}
	optS := func(v string) string {
		if v == "" {
			return "null"
		}
		return fmt.Sprintf("%q", v)
	}
	year := "null"
	if a.year != 0 {
		year = fmt.Sprint(a.year)
	}
	return record(t, fmt.Sprintf(`{"url":%q,"site":%q,"published":%q,"relevant":true,
"agreements":[{"type":"protocole d'accord","signed_on":%s}],
"commitments":[{"partner":%q,"jobs":%s,"amount_mad":%s,"place":%s,"year":%s}]}`,
		a.url, a.site, a.published, optS(a.signed), a.partner, opt(a.jobs), opt(a.mad), optS(a.place), year))
}

func TestMatching(t *testing.T) {
	base := art{url: "https://a.ma/1", site: "A", published: "2024-04-30", partner: "Inetum", signed: "2024-04-29",
		place: "Rabat", jobs: 1500, mad: 50000000, year: 2027}
	tests := []struct {
		name string
		edit func(a *art)
		same bool
	}{
		{"another outlet, the same words", func(a *art) {}, true},
		{"the name with its generic head", func(a *art) { a.partner = "le groupe Inetum" }, true},
		{"the date resolved a day apart", func(a *art) { a.signed = "2024-04-30" }, true},
		{"no signing date, no place", func(a *art) { a.signed, a.place = "", "" }, true},
		{"the amount rounded", func(a *art) { a.mad = 52000000 }, true},
		{"another city of the region", func(a *art) { a.place = "Kénitra" }, true},
		{"the figure raised two years later", func(a *art) { a.published, a.signed, a.jobs = "2026-03-01", "", 2000 }, true},
		{"another partner", func(a *art) { a.partner = "Capgemini" }, false},
		{"signed two weeks apart", func(a *art) { a.signed = "2024-05-14" }, false},
		{"in another region", func(a *art) { a.place = "Fès" }, false},
		{"two figures differ", func(a *art) { a.signed, a.jobs, a.year = "", 800, 2030 }, false},
	}
	for _, tt := range tests {
		other := base
		other.url, other.site = "https://b.ma/2", "B"
		tt.edit(&other)
		l := FromRecords([]*extract.Record{base.record(t), other.record(t)}, now)
		if got := len(l.Deals()) == 1; got != tt.same {
			t.Errorf("%s: one deal = %v, want %v", tt.name, got, tt.same)
		}
	}
}

// TestDealFigures checks a deal's figures across its sources: the latest
// known, the history of its jobs, first and last seen, the earliest
// signing date, and the overdue mark.
func TestDealFigures(t *testing.T) {
	recs := []*extract.Record{
		art{url: "https://c.ma/3", site: "C", published: "2026-06-10", partner: "Orbis Digital", jobs: 1500}.record(t),
		art{url: "https://a.ma/1", site: "A", published: "2025-11-05", partner: "Orbis Digital", signed: "2025-11-04", place: "Oujda", jobs: 1200, mad: 150000000, year: 2025}.record(t),
		art{url: "https://b.ma/2", site: "B", published: "2025-11-04", partner: "ORBIS DIGITAL", signed: "2025-11-03", place: "Oujda", jobs: 1200}.record(t),
	}
	ds := FromRecords(recs, now).Deals()
	if len(ds) != 1 {
		t.Fatalf("%d deals, want 1", len(ds))
	}
	d := ds[0]
	var hist []int64
	for _, f := range d.JobsHistory {
		hist = append(hist, f.Value)
	}
	switch {
	case *d.Jobs != 1500 || !slices.Equal(hist, []int64{1200, 1500}):
		t.Errorf("jobs %d, history %v; want 1500 after 1200", *d.Jobs, hist)
	case *d.AmountMAD != 150000000 || d.City != "Oujda" || d.Region != "Oriental" || *d.Year != 2025:
		t.Errorf("amount %d, place %s (%s), year %d; want the figures the sources give", *d.AmountMAD, d.City, d.Region, *d.Year)
	case d.SignedOn != "2025-11-03" || d.FirstSeen != "2025-11-04" || d.LastSeen != "2026-06-10":
		t.Errorf("signed %s, seen %s to %s", d.SignedOn, d.FirstSeen, d.LastSeen)
	case len(d.Sources) != 3 || d.Sources[0].URL != "https://b.ma/2":
		t.Errorf("sources %+v, want three, oldest first", d.Sources)
	case d.Overdue:
		t.Error("overdue, but a source published after 2025 mentions it")
	}
	// Without the 2026 article, the target year 2025 passed in silence.
	ds = FromRecords(recs[1:], now).Deals()
	if len(ds) != 1 || !ds[0].Overdue {
		t.Errorf("want one deal, overdue, got %+v", ds)
	}
}

// TestLedgerStable checks that deal ids do not depend on the order of the
// records, and that folding a new version of an article replaces the old.
func TestLedgerStable(t *testing.T) {
	var recs []*extract.Record
	for i, p := range []string{"Inetum", "Capgemini", "Cnexia", "Phoneo"} {
		recs = append(recs, art{url: fmt.Sprintf("https://a.ma/%d", i), site: "A", published: fmt.Sprintf("2025-0%d-10", i+1), partner: p, jobs: int64(100 * (i + 1))}.record(t),
			art{url: fmt.Sprintf("https://b.ma/%d", i), site: "B", published: fmt.Sprintf("2025-0%d-11", i+1), partner: p, jobs: int64(100 * (i + 1))}.record(t))
	}
	ids := func(ds []*Deal) string {
		var s []string
		for _, d := range ds {
			s = append(s, d.ID)
		}
		return strings.Join(s, " ")
	}
	want := ids(FromRecords(recs, now).Deals())
	rev := slices.Clone(recs)
	slices.Reverse(rev)
	if got := ids(FromRecords(rev, now).Deals()); got != want || len(strings.Fields(want)) != 4 {
		t.Errorf("ids %q, then %q in reverse order; want the same four", want, got)
	}

	l := FromRecords(recs, now)
	v2 := art{url: "https://a.ma/0", site: "A", published: "2025-01-10", partner: "Inetum", jobs: 900}.record(t)
	l.Add(v2)
	ds := l.Deals()
	if got := ids(ds); len(ds) != 4 {
		t.Fatalf("after a new version: deals %s, want four", got)
	}
	for _, d := range ds {
		if d.Partners[0] == "Inetum" && (len(d.Sources) != 2 || *d.Jobs != 900 && *d.Jobs != 100) {
			t.Errorf("Inetum: %d sources, want the new version in place of the old", len(d.Sources))
		}
	}
	l.Remove("https://a.ma/0")
	l.Remove("https://b.ma/0")
	if got := len(l.Deals()); got != 3 {
		t.Errorf("after removing both sources of a deal: %d deals, want 3", got)
	}
}

func TestSum(t *testing.T) {
	recs := []*extract.Record{
		art{url: "https://a.ma/1", site: "A", published: "2025-01-10", partner: "Inetum", jobs: 1500, mad: 50000000}.record(t),
		art{url: "https://b.ma/1", site: "B", published: "2025-01-11", partner: "groupe Inetum", jobs: 1500, mad: 50000000}.record(t),
		art{url: "https://b.ma/2", site: "B", published: "2025-02-11", partner: "Cnexia", jobs: 1750}.record(t),
		record(t, `{"url":"https://c.ma/foot","site":"C","relevant":false}`),
		record(t, `{"url":"file.html","relevant":false}`),
	}
	l := FromRecords(recs, now)
	got := Sum(l.Deals(), l.Articles())
	want := Totals{Deals: 2, Jobs: 3250, AmountMAD: 50000000, Partners: 2, Articles: 5, Outlets: 3}
	if got != want {
		t.Errorf("Sum = %+v, want %+v; articles %+v", got, want, l.Articles())
	}
}
