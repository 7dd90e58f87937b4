package bpbench

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// loadTrafilatura reads evaldata.json and the pages it names.
func loadTrafilatura(dir string) ([]page, error) {
	var data map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := readJSON(filepath.Join(dir, "evaldata.json"), &data); err != nil {
		return nil, err
	}
	french, err := readLines(filepath.Join(dir, "french-urls.txt"))
	if err != nil {
		return nil, err
	}
	urls := sortedKeys(data)
	pages := make([]page, 0, len(urls))
	for _, u := range urls {
		d := data[u]
		b, err := loadPage(filepath.Join(dir, "html", d.File))
		if err != nil {
			return nil, err
		}
		pages = append(pages, page{id: d.File, url: u, html: b, with: d.With, without: d.Without, french: french[u]})
	}
	return pages, nil
}

// readLines returns the set of non-empty lines of path; a missing file is
// an empty set.
func readLines(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return map[string]bool{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("bpbench: %w", err)
	}
	defer f.Close()
	set := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			set[l] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("bpbench: %s: %w", path, err)
	}
	return set, nil
}

// normSpace replaces every run of Unicode white space with one space, as
// trafilatura's evaluation does.
func normSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// scoreSnippets scores the output of one page: each 'with' snippet found is
// a true positive, else a false negative; each 'without' snippet found is a
// false positive.
func scoreSnippets(pr *PageResult, out string, with, without []string) {
	out = normSpace(out)
	for _, s := range with {
		if strings.Contains(out, normSpace(s)) {
			pr.TP++
		} else {
			pr.FN++
			pr.Missed = append(pr.Missed, s)
		}
	}
	for _, s := range without {
		if strings.Contains(out, normSpace(s)) {
			pr.FP++
			pr.Included = append(pr.Included, s)
		}
	}
}

// aggregateSnippets sums the snippet counts of the selected pages.
func aggregateSnippets(prs []PageResult, keep func(int) bool) Score {
	var s Score
	for i, p := range prs {
		if !keep(i) {
			continue
		}
		s.Pages++
		s.TP += p.TP
		s.FP += p.FP
		s.FN += p.FN
	}
	if s.TP+s.FP > 0 {
		s.Precision = s.TP / (s.TP + s.FP)
	}
	if s.TP+s.FN > 0 {
		s.Recall = s.TP / (s.TP + s.FN)
	}
	if d := 2*s.TP + s.FP + s.FN; d > 0 {
		s.F1 = 2 * s.TP / d
	}
	return s
}
