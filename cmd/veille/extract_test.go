package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs veille with args and returns its exit code, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

const goodArticle = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Un centre d'appels à Oujda | Le Quotidien</title>
<meta property="article:published_time" content="2025-03-12T09:00:00+01:00"></head>
<body><nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>
<article><h1>Un centre d'appels à Oujda</h1>
<p>La société Atlas Relation Client a signé, hier à Rabat, une convention d'investissement avec le ministère de l'Industrie et du Commerce pour ouvrir un centre à Oujda.</p>
<p>Le projet, d'un montant de 120 millions de dirhams, vise à créer 900 emplois directs d'ici 2027, a précisé le directeur général de la société lors de la cérémonie de signature.</p>
</article><footer>© 2025 Le Quotidien</footer></body></html>`

func writeFile(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtractGoodInput(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "article.html", []byte(goodArticle))
	code, out, errs := runCLI(t, "", "extract", "--log-format", "json", p)
	if code != exitOK {
		t.Fatalf("exit code = %d, want 0; stderr:\n%s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("got %d output lines, want 1 record:\n%s", len(lines), out)
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, lines[0])
	}
	for _, key := range []string{"url", "canonical_url", "site", "fetched_at", "title", "published",
		"language", "text", "relevant", "extractor_version", "agreements", "signatories", "actors",
		"jobs", "amounts", "places", "target_years", "commitments"} {
		if _, ok := rec[key]; !ok {
			t.Errorf("record has no %q key", key)
		}
	}
	if !strings.Contains(rec["text"].(string), "900 emplois directs") {
		t.Errorf("text lacks the body: %q", rec["text"])
	}
	if strings.Contains(rec["text"].(string), "Accueil") {
		t.Errorf("text keeps the navigation: %q", rec["text"])
	}
}

func TestExtractStdinAndJSONArray(t *testing.T) {
	code, out, errs := runCLI(t, goodArticle, "extract", "--format", "json", "--url", "https://example.ma/a/1", "-")
	if code != exitOK {
		t.Fatalf("exit code = %d, want 0; stderr:\n%s", code, errs)
	}
	var recs []map[string]any
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatalf("--format json output is not a JSON array: %v\n%s", err, out)
	}
	if len(recs) != 1 || recs[0]["url"] != "https://example.ma/a/1" {
		t.Fatalf("got %v, want one record with the --url", recs)
	}
}

func TestExtractTextOnly(t *testing.T) {
	code, out, _ := runCLI(t, goodArticle, "extract", "--text-only", "-")
	if code != exitOK {
		t.Fatalf("exit code = %d, want 0", code)
	}
	if strings.HasPrefix(strings.TrimSpace(out), "{") || !strings.Contains(out, "Atlas Relation Client") {
		t.Fatalf("--text-only printed %q, want the bare body text", out)
	}
}

// TestExtractBadInputs feeds one bad input at a time next to a good one:
// each bad input gets a one-line error naming it, the good one still gets
// its record, and the exit code is 1.
func TestExtractBadInputs(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(goodArticle))
	zw.Close()
	huge := bytes.Repeat([]byte("<p>Le projet vise à créer des emplois à Tanger. </p>\n"), 50<<20/52)
	nested := strings.Repeat("<div>", 100000) + "<p>Texte profond mais bien réel, avec des mots et une phrase complète.</p>"
	cases := []struct {
		name string
		body []byte
	}{
		{"empty.html", nil},
		{"blank.txt", []byte(" \n\t\n ")},
		{"image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00")},
		{"doc.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n\x00\x01\x02\x03\xff\xfe\nendstream\n")},
		{"page.html.gz", gz.Bytes()},
		{"huge.html", huge},
		{"nobody.html", []byte("<html><head><title>Rien</title></head><body></body></html>")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			bad := writeFile(t, dir, c.name, c.body)
			good := writeFile(t, dir, "good.html", []byte(goodArticle))
			code, out, errs := runCLI(t, "", "extract", "--log-format", "json", bad, good)
			if code != exitFailure {
				t.Errorf("exit code = %d, want %d", code, exitFailure)
			}
			if n := strings.Count(strings.TrimSpace(out), "\n") + 1; strings.TrimSpace(out) == "" || n != 1 {
				t.Errorf("got %d records, want exactly the good one:\n%.300s", n, out)
			}
			var errLines []string
			for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
				if strings.Contains(l, `"level":"error"`) {
					errLines = append(errLines, l)
				}
			}
			if len(errLines) != 1 || !strings.Contains(errLines[0], bad) {
				t.Errorf("want one error line naming %s, got:\n%s", bad, errs)
			}
		})
	}
	// Markup that is deep, unclosed or not valid UTF-8 is still an article.
	for name, body := range map[string][]byte{
		"nested.html":   []byte(nested),
		"unclosed.html": []byte("<html><body><div><p>Le groupe a signé une convention à Fès pour créer 300 emplois.<p>Deuxième paragraphe <b>sans fin"),
		"latin1.txt":    []byte("La soci\xe9t\xe9 a sign\xe9 un protocole d'accord \xe0 T\xe9touan pour cr\xe9er 400 emplois."),
	} {
		t.Run(name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), name, body)
			code, out, errs := runCLI(t, "", "extract", "--log-format", "json", p)
			if code != exitOK {
				t.Fatalf("exit code = %d, want 0; stderr:\n%s", code, errs)
			}
			var rec struct{ Text string }
			if err := json.Unmarshal([]byte(out), &rec); err != nil || rec.Text == "" {
				t.Fatalf("no record with text (%v):\n%.300s", err, out)
			}
			if name == "latin1.txt" && !strings.Contains(rec.Text, "société a signé") {
				t.Errorf("windows-1252 text decoded as %q", rec.Text)
			}
		})
	}
}

func TestExtractUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"extract"},
		{"extract", "--format", "xml", "-"},
		{"extract", "--published", "hier", "-"},
		{"extract", "--no-such-flag", "-"},
		{"no-such-command"},
	} {
		code, _, errs := runCLI(t, "", args...)
		if code != exitUsage {
			t.Errorf("veille %v: exit code = %d, want %d; stderr: %s", args, code, exitUsage, errs)
		}
	}
}

func TestExtractMissingFile(t *testing.T) {
	code, _, errs := runCLI(t, "", "extract", "--log-format", "json", filepath.Join(t.TempDir(), "absent.html"))
	if code != exitFailure || !strings.Contains(errs, "absent.html") {
		t.Fatalf("exit code = %d, stderr = %s; want 1 and an error naming the file", code, errs)
	}
}

func TestExtractDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "b"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "b/2.html", []byte(goodArticle))
	writeFile(t, dir, "a.html", []byte(goodArticle))
	writeFile(t, dir, "a.gold.json", []byte(`{}`))
	writeFile(t, dir, "notes.md", []byte("# not an article"))
	code, out, errs := runCLI(t, "", "extract", dir)
	if code != exitOK {
		t.Fatalf("exit code = %d; stderr:\n%s", code, errs)
	}
	var urls []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var rec struct{ URL string }
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		urls = append(urls, filepath.Base(rec.URL))
	}
	if strings.Join(urls, ",") != "a.html,2.html" {
		t.Fatalf("walked %v, want [a.html 2.html] in name order", urls)
	}
}
