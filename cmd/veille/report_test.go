package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"veille/report"
)

// reportRecords are three records: one with commitments (a total of 2 400
// jobs and its two parts), one relevant without commitments, and one not
// relevant.
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

func nb(s string) string { return strings.ReplaceAll(s, "_", "\u00a0") }

func TestReportText(t *testing.T) {
	code, out, errs := runCLI(t, reportLines(), "report")
	if code != exitOK {
		t.Fatalf("exit = %d, want 0; stderr:\n%s", code, errs)
	}
	lines := strings.Split(out, "\n")
	// Newest first: Kaizen (30 April 2024), then the two textile deals
	// signed on 8 November 2023; the total of 2 400 counts through its parts.
	if len(lines) < 4 || !strings.HasPrefix(lines[1], nb("30_avril_2024")) || !strings.Contains(lines[1], "Kaizen Wiring Systems") ||
		!strings.Contains(lines[1], nb("2,5_milliards de dirhams")) || !strings.Contains(lines[1], "Tanger (Tanger-Tétouan-Al Hoceïma)") {
		t.Errorf("first row %q, want Kaizen's, in French", lines[1])
	}
	for _, want := range []string{
		nb("8_novembre_2023"), nb("1_400_emplois d’ici 2026"), nb("180_millions de dirhams"), "Meknès (Fès-Meknès)",
		nb("3_accords, 3_600_emplois promis, 2,68_milliards de dirhams d’investissements promis ; 3_partenaires, 3_articles lus, 3_médias"),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, nb("2_400_emplois")) {
		t.Errorf("the total of 2 400 is counted besides its parts:\n%s", out)
	}
}

func TestReportMarkdownCSV(t *testing.T) {
	code, out, _ := runCLI(t, reportLines(), "report", "--format", "markdown")
	if code != exitOK || !strings.HasPrefix(out, "| date | partenaires |") || strings.Count(out, "\n| ") < 3 ||
		!strings.Contains(out, "| Fès-Meknès | 2 | "+nb("2_400")+" |") {
		t.Errorf("markdown: exit %d:\n%s", code, out)
	}
	code, out, _ = runCLI(t, reportLines(), "report", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(rows) != 4 {
		t.Fatalf("csv: exit %d, %v, %d rows, want a header and 3 deals", code, err, len(rows))
	}
	if strings.Join(rows[0], ",") != strings.Join(report.CSVHeader, ",") || rows[1][1] != "2024-04-30" || rows[1][5] != "1200" || rows[1][7] != "2500000000" {
		t.Errorf("csv rows %q, want raw values, newest first", rows[:2])
	}
}

func TestReportHTMLFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.html")
	code, stdout, errs := runCLI(t, reportLines(), "report", "--format", "html", "-o", out)
	if code != exitOK || stdout != "" {
		t.Fatalf("exit %d, stdout %q\n%s", code, stdout, errs)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{`<html lang="fr">`, "Kaizen Wiring Systems", nb("2,68_milliards de dirhams"), "<svg id=\"map\""} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, bad := range []string{"src=\"http", "href=\"http://fonts", "<link rel=\"stylesheet\"", "@import"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page refers to an outside resource: %q", bad)
		}
	}
}

// TestReportPeriod keeps the deals dated within --from and --to, and the
// articles published within them.
func TestReportPeriod(t *testing.T) {
	code, out, errs := runCLI(t, reportLines(), "report", "--from", "2024-01-01", "--to", "2024-12-31")
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if !strings.Contains(out, "Kaizen Wiring Systems") || strings.Contains(out, "Denim Atlas") ||
		!strings.Contains(out, nb("1_accord, 1_200_emplois promis")) || !strings.Contains(out, nb("2_articles lus")) {
		t.Errorf("report of 2024:\n%s", out)
	}
	page := filepath.Join(t.TempDir(), "2024.html")
	if code, _, errs := runCLI(t, reportLines(), "report", "--format", "html", "--from", "2024-01-01", "-o", page); code != exitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	b, _ := os.ReadFile(page)
	if !strings.Contains(string(b), `id="f-from" type="date" value="2024-01-01"`) || strings.Count(string(b), `<tr class="deal"`) != 3 {
		t.Errorf("the page does not open on the period with every deal")
	}
	if code, _, _ := runCLI(t, "", "report", "--to", "31/12/2024"); code != exitUsage {
		t.Errorf("--to 31/12/2024: exit %d, want %d", code, exitUsage)
	}
}
