package bpbench

import (
	"path/filepath"
	"strings"
	"unicode"
)

// loadAEB reads ground-truth.json and the pages it names.
func loadAEB(dir string) ([]page, error) {
	var data map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &data); err != nil {
		return nil, err
	}
	ids := sortedKeys(data)
	pages := make([]page, 0, len(ids))
	for _, id := range ids {
		b, err := loadPage(filepath.Join(dir, "html", id+".html"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, page{id: id, url: data[id].URL, html: b, truth: data[id].ArticleBody})
	}
	return pages, nil
}

// tokens returns the \w+ tokens of s (letters, numbers and underscore).
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '_'
	})
}

// shingles counts the n-grams of tokens of s; a text shorter than n words
// is one shingle.
func shingles(s string, n int) map[string]int {
	toks := tokens(s)
	m := map[string]int{}
	for i := 0; i < max(1, len(toks)-n+1); i++ {
		sh := toks[i:min(len(toks), i+n)]
		if len(sh) > 0 {
			m[strings.Join(sh, "\x00")]++
		}
	}
	return m
}

// shingleMatch compares the shingles of the truth and the prediction and
// returns TP, FP and FN normalised to sum to 1 (evaluate.py).
func shingleMatch(truth, pred string, n int) (tp, fp, fn float64) {
	ts, ps := shingles(truth, n), shingles(pred, n)
	for k, t := range ts {
		p := ps[k]
		tp += float64(min(t, p))
		fn += float64(max(0, t-p))
	}
	for k, p := range ps {
		fp += float64(max(0, p-ts[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return tp, fp, fn
}

// precision follows evaluate.py: a page with nothing to find and nothing
// found is perfect, one with nothing right is zero.
func precision(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fp == 0:
		return 0
	}
	return tp / (tp + fp)
}

// recall is precision's counterpart.
func recall(tp, fp, fn float64) float64 {
	switch {
	case fp == 0 && fn == 0:
		return 1
	case tp == 0 && fn == 0:
		return 0
	}
	return tp / (tp + fn)
}

// aggregateShingles averages per-page precision and recall over the
// selected pages; F1 is the harmonic mean of the two means.
func aggregateShingles(prs []PageResult, keep func(int) bool) Score {
	var s Score
	var sp, sr float64
	for i, p := range prs {
		if !keep(i) {
			continue
		}
		s.Pages++
		s.TP += p.TP
		s.FP += p.FP
		s.FN += p.FN
		sp += precision(p.TP, p.FP, p.FN)
		sr += recall(p.TP, p.FP, p.FN)
	}
	if s.Pages == 0 {
		return s
	}
	s.Precision = sp / float64(s.Pages)
	s.Recall = sr / float64(s.Pages)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
