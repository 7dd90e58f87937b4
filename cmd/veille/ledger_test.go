package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"veille/deals"
)

// readDeals parses the JSON Lines of the ledger command.
func readDeals(t *testing.T, out string) []*deals.Deal {
	t.Helper()
	var ds []*deals.Deal
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		d := new(deals.Deal)
		if err := json.Unmarshal(sc.Bytes(), d); err != nil {
			t.Fatalf("ledger line: %v\n%s", err, sc.Text())
		}
		ds = append(ds, d)
	}
	return ds
}

// fixtureLedger extracts the pages of fixtures/dir and returns their
// records (JSON Lines) and the deals of the ledger command.
func fixtureLedger(t *testing.T, dir string) (string, []*deals.Deal) {
	t.Helper()
	code, recs, errs := runCLI(t, "", "extract", filepath.Join("..", "..", "fixtures", dir))
	if code != exitOK {
		t.Fatalf("extract: exit %d\n%s", code, errs)
	}
	code, out, errs := runCLI(t, recs, "ledger")
	if code != exitOK {
		t.Fatalf("ledger: exit %d\n%s", code, errs)
	}
	return recs, readDeals(t, out)
}

// TestLedgerFixtures extracts fixtures/deals, four articles of four
// outlets about Orbis Digital: three report one deal in different words
// (a memorandum, then a "protocole d'accord", "1.200 postes" or "1 200
// emplois directs", "150 MDH" or "150 millions de dirhams", then the
// inauguration that raises the figure to 1 500), the fourth a second deal
// of the company, signed in Fès a year later. The ledger must count two.
func TestLedgerFixtures(t *testing.T) {
	recs, ds := fixtureLedger(t, "deals")
	if len(ds) != 2 {
		t.Fatalf("%d deals, want 2: %+v", len(ds), ds)
	}
	fes, oujda := ds[0], ds[1] // newest first
	outlets := map[string]bool{}
	for _, s := range oujda.Sources {
		outlets[s.Outlet] = true
	}
	var hist []int64
	for _, f := range oujda.JobsHistory {
		hist = append(hist, f.Value)
	}
	switch {
	case len(oujda.Sources) != 3 || len(outlets) != 3:
		t.Errorf("Oujda deal: %d sources from %d outlets, want 3 and 3", len(oujda.Sources), len(outlets))
	case oujda.City != "Oujda" || oujda.SignedOn != "2025-11-04" || *oujda.AmountMAD != 150_000_000:
		t.Errorf("Oujda deal: %s signed %s for %d MAD", oujda.City, oujda.SignedOn, *oujda.AmountMAD)
	case len(hist) != 2 || hist[0] != 1200 || hist[1] != 1500 || *oujda.Jobs != 1500:
		t.Errorf("Oujda deal: jobs %d, history %v, want 1 200 then 1 500", *oujda.Jobs, hist)
	}
	if fes.Region != "Fès-Meknès" || *fes.Jobs != 800 || len(fes.Sources) != 1 || fes.ID == oujda.ID {
		t.Errorf("Fès deal: %+v, want its own deal of 800 jobs", fes)
	}

	code, out, _ := runCLI(t, recs, "ledger", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(rows) != 3 || rows[1][0] != fes.ID || rows[2][5] != "1500" {
		t.Errorf("ledger --format csv: exit %d, %v, rows %q", code, err, rows)
	}
}

func TestLedgerUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"ledger", "--format", "xml"}, exitUsage, "bad --format"},
		{[]string{"ledger", "--db", "x.db", "records.jsonl"}, exitUsage, "exclude each other"},
		{[]string{"report", "--format", "pdf"}, exitUsage, "bad --format"},
		{[]string{"ledger", "/nonexistent.jsonl"}, exitFailure, "cannot read records"},
	}
	for _, tt := range tests {
		code, _, stderr := runCLI(t, "", tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("veille %s: exit %d, stderr %q; want exit %d and %q", strings.Join(tt.args, " "), code, stderr, tt.code, tt.want)
		}
	}
}
