package bpbench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
)

// mainText is a stand-in extractor: the text of <main>, or an error when
// it says FAIL.
func mainText(b []byte) (string, error) {
	s := string(b)
	i, j := strings.Index(s, "<main>"), strings.Index(s, "</main>")
	if i < 0 || j < i {
		return "", errors.New("no main")
	}
	out := s[i+len("<main>") : j]
	if out == "FAIL" {
		return "", errors.New("extractor failed")
	}
	return out, nil
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestRunTrafilatura(t *testing.T) {
	r, err := Run(context.Background(), "testdata/trafilatura", mainText)
	if err != nil {
		t.Fatal(err)
	}
	if r.Layout != LayoutTrafilatura || r.Pages != 3 || r.Failed != 1 {
		t.Fatalf("Run() = layout %q, %d pages, %d failed; want trafilatura, 3, 1", r.Layout, r.Pages, r.Failed)
	}
	// a: 2 TP (white space normalised) + 1 FP; b: failed, 1 FN; c: 1 TP.
	want := Score{Pages: 3, TP: 3, FP: 1, FN: 1, Precision: 0.75, Recall: 0.75, F1: 0.75}
	if got := r.Overall; got != want {
		t.Errorf("Overall = %+v, want %+v", got, want)
	}
	if r.French == nil || r.French.Pages != 1 || r.French.F1 != 1 {
		t.Errorf("French = %+v, want one perfect page", r.French)
	}
	if got := r.ByLanguage["de"]; got.Pages != 1 || got.FP != 1 {
		t.Errorf("ByLanguage[de] = %+v, want 1 page with 1 FP", got)
	}
	if r.SecondsPer100 <= 0 || r.ParseSecondsPer100 <= 0 {
		t.Errorf("timings = %v, %v; want positive", r.SecondsPer100, r.ParseSecondsPer100)
	}
	var a PageResult
	for _, p := range r.PageResults {
		if p.ID == "a.html" {
			a = p
		}
	}
	if len(a.Included) != 1 || a.Included[0] != "menu item" {
		t.Errorf("page a included = %q, want [menu item]", a.Included)
	}
}

func TestRunAEB(t *testing.T) {
	r, err := Run(context.Background(), "testdata/aeb", mainText)
	if err != nil {
		t.Fatal(err)
	}
	// p1: shingles 2 TP, 1 FP → P 2/3, R 1; p2: one short shingle, exact.
	wantP, wantR := (2.0/3+1)/2, 1.0
	wantF := 2 * wantP * wantR / (wantP + wantR)
	if r.Layout != LayoutAEB || r.Pages != 2 || !near(r.Overall.Precision, wantP) || !near(r.Overall.Recall, wantR) || !near(r.Overall.F1, wantF) {
		t.Errorf("Run() = %s %d pages %+v, want P %.4f R %.4f F1 %.4f", r.Layout, r.Pages, r.Overall, wantP, wantR, wantF)
	}
	if r.French != nil {
		t.Errorf("French = %+v, want nil for the aeb layout", r.French)
	}
}

func TestRunErrors(t *testing.T) {
	if _, err := Run(context.Background(), "testdata", mainText); err == nil {
		t.Error("Run(dir without a benchmark) = nil error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, "testdata/aeb", mainText); !errors.Is(err, context.Canceled) {
		t.Errorf("Run(cancelled) error = %v, want context.Canceled", err)
	}
}

func TestShingleMatch(t *testing.T) {
	tests := []struct {
		truth, pred string
		tp, fp, fn  float64
	}{
		{"one two three four five", "one two three four five", 1, 0, 0},
		{"one two three four five", "", 0, 0, 1},
		{"", "one two three four", 0, 1, 0},
		{"", "", 0, 0, 0},
		{"a b c d e f", "x a b c d y", 0.2, 0.4, 0.4},
		{"Été, déjà: 5 000", "été déjà 5 000", 0, 0.5, 0.5}, // case counts
	}
	for _, tt := range tests {
		tp, fp, fn := shingleMatch(tt.truth, tt.pred, 4)
		if !near(tp, tt.tp) || !near(fp, tt.fp) || !near(fn, tt.fn) {
			t.Errorf("shingleMatch(%q, %q) = %v, %v, %v; want %v, %v, %v", tt.truth, tt.pred, tp, fp, fn, tt.tp, tt.fp, tt.fn)
		}
	}
}

func TestScoreSnippets(t *testing.T) {
	var pr PageResult
	scoreSnippets(&pr, "Un\u00a0texte\n\navec  des espaces", []string{"texte avec des", "manquant"}, []string{"Un texte", "absent"})
	if pr.TP != 1 || pr.FN != 1 || pr.FP != 1 {
		t.Errorf("scoreSnippets() = TP %v FN %v FP %v, want 1 1 1", pr.TP, pr.FN, pr.FP)
	}
}

func TestResultOutput(t *testing.T) {
	r, err := Run(context.Background(), "testdata/trafilatura", mainText)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"trafilatura set", "all", "0.750", "french", "seconds per 100 pages"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("WriteTable output lacks %q:\n%s", s, b.String())
		}
	}
	j, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Result
	if err := json.Unmarshal(j, &back); err != nil {
		t.Fatal(err)
	}
	if back.Overall != r.Overall || len(back.PageResults) != 3 {
		t.Errorf("JSON round trip = %+v, want %+v", back.Overall, r.Overall)
	}
}
