package extract_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"veille/extract"
)

var update = flag.Bool("update", false, "rewrite the golden records under fixtures/golden")

// fixturePages lists the fixture article pages, relative to fixtures/.
func fixturePages(t testing.TB) []string {
	t.Helper()
	var pages []string
	err := filepath.WalkDir("../fixtures/pages", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch filepath.Ext(p) {
		case ".html", ".htm", ".txt":
			pages = append(pages, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) == 0 {
		t.Fatal("no fixture pages under fixtures/pages")
	}
	return pages
}

// goldPublished reads the "published" date of the gold file beside a page,
// the reference date the page is extracted with when it carries none.
func goldPublished(t *testing.T, page string) (time.Time, bool) {
	t.Helper()
	b, err := os.ReadFile(strings.TrimSuffix(page, filepath.Ext(page)) + ".gold.json")
	if err != nil {
		return time.Time{}, false
	}
	var g struct {
		Published *string `json:"published"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: bad gold file: %v", page, err)
	}
	if g.Published == nil {
		return time.Time{}, false
	}
	p, err := time.Parse(time.DateOnly, *g.Published)
	if err != nil {
		t.Fatalf("%s: bad gold published %q: %v", page, *g.Published, err)
	}
	return p, true
}

func extractPage(t *testing.T, page string) *extract.Record {
	t.Helper()
	f, err := os.Open(page)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	url := filepath.ToSlash(strings.TrimPrefix(page, "../"))
	opts := []extract.Option{extract.WithURL(url)}
	if p, ok := goldPublished(t, page); ok {
		opts = append(opts, extract.WithPublished(p))
	}
	rec, err := extract.Parse(context.Background(), f, opts...)
	if err != nil {
		t.Fatalf("Parse(%s): %v", page, err)
	}
	return rec
}

// TestGolden extracts every fixture page and compares the record, field by
// field, with its golden file fixtures/golden/<site>/<slug>.json. Run with
// -update to rewrite the golden files, then review their diff like code.
func TestGolden(t *testing.T) {
	for _, page := range fixturePages(t) {
		rel, _ := filepath.Rel("../fixtures/pages", page)
		golden := filepath.Join("../fixtures/golden", strings.TrimSuffix(rel, filepath.Ext(rel))+".json")
		t.Run(rel, func(t *testing.T) {
			rec := extractPage(t, page)
			// The extractor version is a hash of the code: it changes with
			// every rule, so golden files hold a fixed word instead.
			rec.ExtractorVersion = "golden"
			got, err := json.MarshalIndent(rec, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wantBytes, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden record (run go test ./extract -run TestGolden -update): %v", err)
			}
			var want, have any
			if err := json.Unmarshal(wantBytes, &want); err != nil {
				t.Fatalf("%s: %v", golden, err)
			}
			if err := json.Unmarshal(got, &have); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, have); diff != "" {
				t.Errorf("record of %s differs from %s (-want +got):\n%s", page, golden, diff)
			}
		})
	}
}

// TestGoldenIdempotent checks that extraction is a pure function of its
// input: two runs over the same page give the same record.
func TestGoldenIdempotent(t *testing.T) {
	for _, page := range fixturePages(t) {
		a, b := extractPage(t, page), extractPage(t, page)
		if diff := cmp.Diff(a, b); diff != "" {
			t.Errorf("two extractions of %s differ:\n%s", page, diff)
		}
	}
}
