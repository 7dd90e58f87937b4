package main

import (
	"encoding/csv"
	"strings"
	"testing"
)

// reportRecords are three records, one a string: one with commitments (a
// total of 2 400 jobs and its two parts), one relevant without
// commitments, and one not relevant.
var reportRecords = []string{
	`{"url":"https://a.ma/textile","published":"2023-11-09","relevant":true,
"jobs":[{"count":2400,"kind":"pledged","year":2026},{"count":1400,"kind":"pledged","part_of":2400},{"count":1000,"kind":"pledged","part_of":2400}],
"agreements":[{"type":"convention d'investissement","count":2,"signed_on":"2023-11-08"}],
"commitments":[{"partner":null,"jobs":2400,"year":2026,"place":"Fès-Meknès","agreement":"convention d'investissement"},
{"partner":"Tissages du Saïs","jobs":1400,"amount_mad":180000000,"place":"Fès","year":2026,"agreement":"convention d'investissement"},
{"partner":"Denim Atlas","jobs":1000,"place":"Meknès","year":2026}]}`,
	`{"url":"https://b.ma/kaizen","published":"2024-04-30T10:12:00+01:00","relevant":true,
"signatories":[{"name":"Kaizen Wiring Systems","kind":"company"},{"name":"Samir Ouahbi","kind":"person"}],
"jobs":[{"count":1200,"kind":"pledged"},{"count":4000,"kind":"existing"}],
"amounts":[{"value":2500000000,"currency":"MAD","value_mad":2500000000,"kind":"investment"}],
"places":[{"name":"Tanger","kind":"city"}],"target_years":[{"year":2027}],"agreements":[{"type":"protocole d'accord"}]}`,
	`{"url":"https://c.ma/foot","published":"2024-04-15","relevant":false,"places":[{"name":"Casablanca","kind":"city"}]}`,
}

// reportLines returns reportRecords as JSON Lines.
func reportLines() string {
	var b strings.Builder
	for _, r := range reportRecords {
		b.WriteString(oneLine(r) + "\n")
	}
	return b.String()
}

func TestReportCSV(t *testing.T) {
	code, out, errs := runCLI(t, reportLines(), "report", "--format", "csv")
	if code != exitOK {
		t.Fatalf("exit = %d, want 0; stderr:\n%s", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, out)
	}
	want := [][]string{
		{"date", "partner", "jobs", "amount_mad", "place", "year", "agreement", "url"},
		{"2023-11-08", "", "2400", "", "Fès-Meknès", "2026", "convention d'investissement", "https://a.ma/textile"},
		{"2023-11-08", "Tissages du Saïs", "1400", "180000000", "Fès", "2026", "convention d'investissement", "https://a.ma/textile"},
		{"2023-11-08", "Denim Atlas", "1000", "", "Meknès", "2026", "convention d'investissement", "https://a.ma/textile"},
		{"2024-04-30", "Kaizen Wiring Systems", "1200", "2500000000", "Tanger", "2027", "protocole d'accord", "https://b.ma/kaizen"},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %d rows, want %d:\n%s", len(rows), len(want), out)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %q, want %q", i, rows[i], want[i])
		}
	}
}

func TestReportTextTotals(t *testing.T) {
	path := writeFile(t, t.TempDir(), "recs.jsonl", []byte(reportLines()))
	code, out, errs := runCLI(t, "", "report", path)
	if code != exitOK {
		t.Fatalf("exit = %d, want 0; stderr:\n%s", code, errs)
	}
	// The 2 400 total counts through its parts: 1400 + 1000 + 1200.
	for _, want := range []string{"4 commitments, 3600 jobs pledged, 2680000000 MAD", "Fès-Meknès", "Tanger-Tétouan-Al Hoceïma", "Tissages du Saïs"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "https://c.ma/foot") {
		t.Errorf("report lists an irrelevant record:\n%s", out)
	}
}

func TestReportMarkdown(t *testing.T) {
	code, out, _ := runCLI(t, reportLines(), "report", "--format", "markdown", "-")
	if code != exitOK {
		t.Fatalf("exit = %d, want 0", code)
	}
	lines := strings.Split(out, "\n")
	if lines[0] != "| date | partner | jobs | amount_mad | place | year | agreement | url |" || lines[1] != "| --- | --- | --- | --- | --- | --- | --- | --- |" {
		t.Errorf("markdown header = %q / %q", lines[0], lines[1])
	}
	if !strings.Contains(out, "**Totals:** 4 commitments") || !strings.Contains(out, "| Fès-Meknès | 3 |") {
		t.Errorf("markdown lacks totals or regions:\n%s", out)
	}
}

func TestReportJSONArrayAndErrors(t *testing.T) {
	code, out, _ := runCLI(t, ` [{"url":"u","relevant":true,"commitments":[{"partner":"X","jobs":5}]}]`, "report", "--format", "csv")
	if code != exitOK || !strings.Contains(out, ",X,5,,,,,u") {
		t.Errorf("JSON array input: exit %d, output:\n%s", code, out)
	}
	code, out, errs := runCLI(t, "{bad\n"+`{"url":"u","relevant":true,"commitments":[{"partner":"X","jobs":5}]}`+"\n", "report", "--format", "csv")
	if code != exitFailure || !strings.Contains(out, ",X,5,") || !strings.Contains(errs, "bad record line") {
		t.Errorf("bad line: exit %d, want 1 with the good record kept; out:\n%s\nerr:\n%s", code, out, errs)
	}
	if code, _, _ := runCLI(t, "", "report", "--format", "xml"); code != exitUsage {
		t.Errorf("bad format: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, "", "report", "/no/such/file.jsonl"); code != exitFailure {
		t.Errorf("missing file: exit %d, want 1", code)
	}
}
