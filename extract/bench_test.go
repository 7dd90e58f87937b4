package extract_test

import (
	"bytes"
	"context"
	"os"
	"testing"

	"golang.org/x/net/html"

	"veille/extract"
)

// largestFixture returns the biggest fixture page: the realistic ~100 KB
// article the benchmarks run on.
func largestFixture(b *testing.B) []byte {
	b.Helper()
	var best []byte
	for _, p := range fixturePages(b) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if len(data) > len(best) {
			best = data
		}
	}
	return best
}

// BenchmarkExtract runs the whole of extraction on one realistic page:
// decoding, parsing, boilerplate removal, metadata, sentences and facts.
func BenchmarkExtract(b *testing.B) {
	page := largestFixture(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		rec, err := extract.ParseBytes(context.Background(), page)
		if err != nil {
			b.Fatal(err)
		}
		if rec.Text == "" {
			b.Fatal("empty text")
		}
	}
}

// BenchmarkBareParse is the floor BenchmarkExtract is compared with: a bare
// golang.org/x/net/html parse of the same page.
func BenchmarkBareParse(b *testing.B) {
	page := largestFixture(b)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := html.Parse(bytes.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}
