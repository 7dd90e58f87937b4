package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalGold is the gold of goodArticle (extract_test.go).
const evalGold = `{
  "published": "2025-03-13",
  "relevant": true,
  "signatories": [{"name": "Atlas Relation Client", "kind": "company", "role": null, "via": "party"}],
  "jobs": [{"count": 900, "kind": "pledged", "year": 2027, "company": "Atlas Relation Client", "city": "Oujda", "direct": true, "approx": null, "raw": "900 emplois directs d'ici 2027"}],
  "amounts": [{"mad": 120000000, "currency": "MAD", "value": 120000000, "kind": "investment", "approx": null, "raw": "120 millions de dirhams"}],
  "cities": ["Oujda", "Rabat"],
  "regions": [],
  "target_years": [2027],
  "signed_on": "2025-03-12",
  "agreement_types": ["convention d'investissement"]
}`

// evalDir writes goodArticle and its gold into a fresh directory.
func evalDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	sub := filepath.Join(dir, "site")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, sub, "oujda.html", []byte(goodArticle))
	writeFile(t, sub, "oujda.gold.json", []byte(evalGold))
	return dir
}

// predLine is a record line that matches evalGold exactly.
const predLine = `{"url":"https://quotidien.ma/eco/oujda.html","relevant":true,
"signatories":[{"name":"Atlas Relation Client","kind":"company","via":"party"}],
"jobs":[{"count":900,"kind":"pledged","year":2027,"company":"Atlas Relation Client"}],
"amounts":[{"value":120000000,"currency":"MAD","value_mad":120000000,"kind":"investment"}],
"places":[{"name":"Oujda","kind":"city"},{"name":"Rabat","kind":"city"}],
"target_years":[{"year":2027}],
"agreements":[{"type":"convention d'investissement","count":1,"signed_on":"2025-03-12"}]}`

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", "") }

func TestEvalPred(t *testing.T) {
	dir := evalDir(t)
	pred := writeFile(t, t.TempDir(), "pred.jsonl", []byte(oneLine(predLine)+"\n"))
	code, out, errs := runCLI(t, "", "eval", "--gold", dir, "--pred", pred, "--json", "--threshold", "0.99")
	if code != exitOK {
		t.Fatalf("exit = %d, want 0; stderr:\n%s", code, errs)
	}
	var rep struct {
		Articles int     `json:"articles"`
		Headline float64 `json:"headline"`
		Fields   []struct {
			Field string  `json:"field"`
			F1    float64 `json:"f1"`
		} `json:"fields"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if rep.Articles != 1 || rep.Headline != 1 || len(rep.Fields) != 9 {
		t.Errorf("report = %+v, want 1 article, headline 1, 9 fields", rep)
	}
}

func TestEvalPredStdinAndBadLines(t *testing.T) {
	dir := evalDir(t)
	in := "not json\n" + oneLine(predLine) + "\n" + `{"url":"https://x.ma/unknown.html"}` + "\n"
	code, out, errs := runCLI(t, in, "eval", "--gold", dir, "--pred", "-")
	if code != exitFailure {
		t.Errorf("exit = %d, want 1 for a bad line", code)
	}
	if !strings.Contains(out, "headline 1.000 over 1 articles") {
		t.Errorf("table lacks the headline of the good line:\n%s", out)
	}
	for _, want := range []string{"bad record line", "record matches no gold file"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}

func TestEvalThreshold(t *testing.T) {
	dir := evalDir(t)
	// Only the URL: every fact is missed.
	pred := writeFile(t, t.TempDir(), "pred.jsonl", []byte(`{"url":"site/oujda.html"}`+"\n"))
	code, out, _ := runCLI(t, "", "eval", "--gold", dir, "--pred", pred, "--threshold", "0.5")
	if code != exitFailure {
		t.Errorf("exit = %d, want 1 below the threshold", code)
	}
	for _, want := range []string{"- jobs", "900 pledged", "« 900 emplois directs d'ici 2027 »", "- signed_on"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	code, _, _ = runCLI(t, "", "eval", "--gold", dir, "--pred", pred, "--summary")
	if code != exitOK {
		t.Errorf("exit without --threshold = %d, want 0", code)
	}
}

func TestEvalExtracts(t *testing.T) {
	dir := evalDir(t)
	for _, args := range [][]string{
		{"eval", "--gold", dir, "--json", "--summary"},
		{"eval", "--gold", dir, "--json", "--summary", filepath.Join(dir, "site")},
	} {
		code, out, errs := runCLI(t, "", args...)
		if code != exitOK {
			t.Fatalf("%v: exit = %d, want 0; stderr:\n%s", args, code, errs)
		}
		var rep struct {
			Articles int     `json:"articles"`
			Headline float64 `json:"headline"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%v: output is not JSON: %v\n%s", args, err, out)
		}
		if rep.Articles != 1 || rep.Headline <= 0 {
			t.Errorf("%v: report = %+v, want 1 article scored above 0", args, rep)
		}
	}
}

func TestEvalUsage(t *testing.T) {
	dir := evalDir(t)
	tests := [][]string{
		{"eval"},
		{"eval", "--gold", t.TempDir()},
		{"eval", "--gold", filepath.Join(dir, "missing")},
		{"eval", "--gold", dir, "--pred", "x.jsonl", filepath.Join(dir, "site")},
		{"eval", "--boilerplate", dir, "--gold", dir},
		{"eval", "--gold", dir, "--threshold", "high"},
		{"eval", "--gold", dir, "--pred", filepath.Join(dir, "missing.jsonl")},
	}
	for _, args := range tests {
		if code, _, errs := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: exit = %d, want 2; stderr:\n%s", args, code, errs)
		}
	}
}

func TestEvalBadGold(t *testing.T) {
	dir := evalDir(t)
	writeFile(t, filepath.Join(dir, "site"), "broken.gold.json", []byte(`{"jobs": [`))
	code, _, errs := runCLI(t, "", "eval", "--gold", dir)
	if code != exitFailure || !strings.Contains(errs, "broken.gold.json") {
		t.Errorf("exit = %d, stderr %q; want 1 naming the bad gold file", code, errs)
	}
}
