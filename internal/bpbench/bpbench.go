// Package bpbench scores a main-content extractor on the public
// boilerplate-removal benchmark sets, the way the field scores them.
//
// Two layouts are read. The trafilatura layout (evaldata.json and
// html/FILE[.gz]) is scored with 'with' and 'without' snippets after white
// space normalisation (trafilatura.go); its French pages, listed in
// french-urls.txt, are also scored apart. The article-extraction-benchmark
// layout (ground-truth.json and html/ID.html.gz) is scored with 4-gram
// shingles of \w+ tokens (aeb.go). Both time the extractor in process.
package bpbench

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Layout names.
const (
	LayoutTrafilatura = "trafilatura"
	LayoutAEB         = "aeb"
)

// Score is a precision, recall and F1 triple with its counts (counts are
// snippets for the trafilatura layout, normalised shingles for aeb).
type Score struct {
	Pages     int     `json:"pages"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        float64 `json:"tp"`
	FP        float64 `json:"fp"`
	FN        float64 `json:"fn"`
}

// PageResult is the score of one page.
type PageResult struct {
	ID       string   `json:"id"`
	URL      string   `json:"url"`
	Language string   `json:"language,omitempty"`
	Error    string   `json:"error,omitempty"`
	TP       float64  `json:"tp"`
	FP       float64  `json:"fp"`
	FN       float64  `json:"fn"`
	Missed   []string `json:"missed,omitempty"`   // 'with' snippets not found
	Included []string `json:"included,omitempty"` // 'without' snippets found
}

// Result is the score of an extractor on a benchmark set.
type Result struct {
	Layout  string `json:"layout"`
	Dir     string `json:"dir"`
	Pages   int    `json:"pages"`
	Failed  int    `json:"failed"`
	Overall Score  `json:"overall"`
	// French is the score on the French pages (trafilatura layout).
	French *Score `json:"french,omitempty"`
	// ByLanguage scores the pages by their declared language (<html lang>).
	ByLanguage map[string]Score `json:"by_language,omitempty"`
	// SecondsPer100 is the extraction time of 100 pages on one goroutine,
	// reading and decompression excluded.
	SecondsPer100 float64 `json:"seconds_per_100_pages"`
	// ParseSecondsPer100 is the time of a bare x/net/html.Parse of the same
	// pages, the speed floor.
	ParseSecondsPer100 float64      `json:"html_parse_seconds_per_100_pages"`
	PageResults        []PageResult `json:"page_results"`
}

// page is one benchmark page in memory.
type page struct {
	id, url string
	html    []byte
	with    []string // trafilatura
	without []string
	truth   string // aeb
	french  bool
}

// Run scores extract on the benchmark set in dir, whichever its layout.
// extract returns the main text of an HTML page; an error counts as an
// empty output.
func Run(ctx context.Context, dir string, extract func([]byte) (string, error)) (*Result, error) {
	var (
		pages  []page
		layout string
		err    error
	)
	switch {
	case exists(filepath.Join(dir, "evaldata.json")):
		layout = LayoutTrafilatura
		pages, err = loadTrafilatura(dir)
	case exists(filepath.Join(dir, "ground-truth.json")):
		layout = LayoutAEB
		pages, err = loadAEB(dir)
	default:
		return nil, fmt.Errorf("bpbench: %s holds neither evaldata.json nor ground-truth.json", dir)
	}
	if err != nil {
		return nil, err
	}
	if len(pages) == 0 {
		return nil, fmt.Errorf("bpbench: no pages in %s", dir)
	}
	outs := make([]string, len(pages))
	errs := make([]error, len(pages))
	// Extraction and the bare parse alternate page by page, so that the
	// load of a shared machine weighs on both alike.
	var elapsed, parseElapsed time.Duration
	for i := range pages {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("bpbench: %w", err)
		}
		start := time.Now()
		outs[i], errs[i] = extract(pages[i].html)
		mid := time.Now()
		_, _ = html.Parse(bytes.NewReader(pages[i].html)) // timing only: errors are the extractor's business
		parseElapsed += time.Since(mid)
		elapsed += mid.Sub(start)
	}

	r := &Result{
		Layout:             layout,
		Dir:                dir,
		Pages:              len(pages),
		SecondsPer100:      elapsed.Seconds() * 100 / float64(len(pages)),
		ParseSecondsPer100: parseElapsed.Seconds() * 100 / float64(len(pages)),
		ByLanguage:         map[string]Score{},
	}
	for i := range pages {
		out := outs[i]
		pr := PageResult{ID: pages[i].id, URL: pages[i].url, Language: declaredLanguage(pages[i].html)}
		if errs[i] != nil {
			r.Failed++
			pr.Error = errs[i].Error()
			out = ""
		}
		if layout == LayoutTrafilatura {
			scoreSnippets(&pr, out, pages[i].with, pages[i].without)
		} else {
			pr.TP, pr.FP, pr.FN = shingleMatch(pages[i].truth, out, 4)
		}
		r.PageResults = append(r.PageResults, pr)
	}
	agg := aggregateSnippets
	if layout == LayoutAEB {
		agg = aggregateShingles
	}
	r.Overall = agg(r.PageResults, func(int) bool { return true })
	if layout == LayoutTrafilatura {
		fr := agg(r.PageResults, func(i int) bool { return pages[i].french })
		r.French = &fr
	}
	langs := map[string]bool{}
	for _, p := range r.PageResults {
		langs[p.Language] = true
	}
	for l := range langs {
		r.ByLanguage[l] = agg(r.PageResults, func(i int) bool { return r.PageResults[i].Language == l })
	}
	return r, nil
}

// WriteTable writes the scores as an aligned text table.
func (r *Result) WriteTable(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s set, %s: %d pages, %d failed\n", r.Layout, r.Dir, r.Pages, r.Failed)
	fmt.Fprintf(&b, "%-14s %6s %9s %7s %7s\n", "subset", "pages", "precision", "recall", "f1")
	row := func(name string, s Score) {
		fmt.Fprintf(&b, "%-14s %6d %9.3f %7.3f %7.3f\n", name, s.Pages, s.Precision, s.Recall, s.F1)
	}
	row("all", r.Overall)
	if r.French != nil {
		row("french", *r.French)
	}
	for _, l := range sortedKeys(r.ByLanguage) {
		if r.ByLanguage[l].Pages < 10 {
			continue
		}
		name := "lang=" + l
		if l == "" {
			name = "lang=?"
		}
		row(name, r.ByLanguage[l])
	}
	fmt.Fprintf(&b, "seconds per 100 pages: extraction %.3f, bare html.Parse %.3f (x%.2f)\n",
		r.SecondsPer100, r.ParseSecondsPer100, r.SecondsPer100/max(r.ParseSecondsPer100, 1e-9))
	_, err := io.WriteString(w, b.String())
	return err
}

// declaredLanguage returns the primary subtag of <html lang> in the first
// bytes of a page.
func declaredLanguage(b []byte) string {
	head := b[:min(len(b), 4096)]
	i := bytes.Index(bytes.ToLower(head), []byte("<html"))
	if i < 0 {
		return ""
	}
	tag := head[i:]
	if j := bytes.IndexByte(tag, '>'); j >= 0 {
		tag = tag[:j]
	}
	k := bytes.Index(bytes.ToLower(tag), []byte(" lang="))
	if k < 0 {
		return ""
	}
	v := bytes.Trim(tag[k+len(" lang="):], `"' `)
	end := bytes.IndexAny(v, "\"' -_")
	if end >= 0 {
		v = v[:end]
	}
	return strings.ToLower(string(v))
}

// readPage reads an HTML page, gzipped or not.
func readPage(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("bpbench: %w", err)
	}
	if !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("bpbench: %s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("bpbench: %s: %w", path, err)
	}
	return out, nil
}

// loadPage reads the page base.gz, or base when there is no gzipped copy.
func loadPage(base string) ([]byte, error) {
	if exists(base + ".gz") {
		return readPage(base + ".gz")
	}
	if !exists(base) {
		return nil, fmt.Errorf("bpbench: page not found: %s(.gz)", base)
	}
	return readPage(base)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// sortedKeys returns the keys of m in order, so that runs are repeatable.
func sortedKeys[V any](m map[string]V) []string {
	return slices.Sorted(maps.Keys(m))
}

// readJSON decodes the JSON file path into v.
func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("bpbench: %w", err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("bpbench: %s: %w", path, err)
	}
	return nil
}
