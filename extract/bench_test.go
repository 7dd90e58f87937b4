package extract_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

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
	benchPages(b, [][]byte{largestFixture(b)}, parsePage)
}

// BenchmarkBareParse is the floor BenchmarkExtract is compared with: a bare
// golang.org/x/net/html parse of the same page.
func BenchmarkBareParse(b *testing.B) {
	benchPages(b, [][]byte{largestFixture(b)}, bareParse)
}

// frenchPages returns the HTML fixture pages: French articles from a dozen
// site layouts, the pages veille reads every night.
func frenchPages(b *testing.B) [][]byte {
	b.Helper()
	var pages [][]byte
	for _, p := range fixturePages(b) {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

// BenchmarkExtractFrench runs the whole of extraction over every French
// fixture page; compare it with BenchmarkBareParseFrench, its floor.
func BenchmarkExtractFrench(b *testing.B) {
	benchPages(b, frenchPages(b), parsePage)
}

// BenchmarkBareParseFrench is a bare golang.org/x/net/html parse of the
// pages of BenchmarkExtractFrench.
func BenchmarkBareParseFrench(b *testing.B) {
	benchPages(b, frenchPages(b), bareParse)
}

// benchDir is a directory of gzipped pages (*.gz), such as the html/ of
// the trafilatura evaluation set, for BenchmarkExtractDir and
// BenchmarkBareParseDir; without it they are skipped:
//
//	go test -run XXX -bench Dir -bench-dir DIR ./extract
var benchDir = flag.String("bench-dir", "", "directory of gzipped pages for the Dir benchmarks")

// dirPages returns the pages of benchDir, or skips the benchmark.
func dirPages(b *testing.B) [][]byte {
	b.Helper()
	if *benchDir == "" {
		b.Skip("no -bench-dir")
	}
	files, err := filepath.Glob(filepath.Join(*benchDir, "*.gz"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no gzipped pages in %s (%v)", *benchDir, err)
	}
	var pages [][]byte
	for _, f := range files {
		page, err := gunzipFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
	}
	return pages
}

// gunzipFile returns the content of the gzipped file f.
func gunzipFile(f string) ([]byte, error) {
	fh, err := os.Open(f)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	z, err := gzip.NewReader(fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f, err)
	}
	return io.ReadAll(z)
}

// BenchmarkExtractDir runs the whole of extraction over the pages of
// -bench-dir; compare it with BenchmarkBareParseDir. A page without text
// is extraction's answer too, not a failure.
func BenchmarkExtractDir(b *testing.B) {
	benchPages(b, dirPages(b), func(page []byte) error {
		_, err := extract.ParseBytes(context.Background(), page)
		if errors.Is(err, extract.ErrNoContent) || errors.Is(err, extract.ErrEmpty) || errors.Is(err, extract.ErrBinary) {
			err = nil
		}
		return err
	})
}

// BenchmarkBareParseDir is a bare golang.org/x/net/html parse of the pages
// of BenchmarkExtractDir.
func BenchmarkBareParseDir(b *testing.B) {
	benchPages(b, dirPages(b), bareParse)
}

// benchPages runs parse over every page in each iteration, reporting bytes,
// allocations and CPU time per operation. The pages are parsed once before
// the clock starts: the first extraction of a process builds the tables
// (about 50 ms, once), which would otherwise be spread over the iterations
// of the first run and make it read up to 10 % slower than the next.
func benchPages(b *testing.B, pages [][]byte, parse func([]byte) error) {
	for _, page := range pages {
		if err := parse(page); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(totalSize(pages))
	b.ReportAllocs()
	defer reportCPU(b)()
	for b.Loop() {
		for _, page := range pages {
			if err := parse(page); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// parsePage runs the whole of extraction on a page, which must yield text.
func parsePage(page []byte) error {
	rec, err := extract.ParseBytes(context.Background(), page)
	if err == nil && rec.Text == "" {
		err = errors.New("empty text")
	}
	return err
}

// bareParse is a bare golang.org/x/net/html parse of a page.
func bareParse(page []byte) error {
	_, err := html.Parse(bytes.NewReader(page))
	return err
}

// totalSize is the number of bytes of the pages.
func totalSize(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

// reportCPU reports the CPU time of the process per operation, from now to
// the call of the function it returns: on a shared machine it varies much
// less than the wall time of ns/op.
func reportCPU(b *testing.B) func() {
	start := cpuTime(b)
	return func() {
		b.ReportMetric(float64(cpuTime(b)-start)/float64(b.N), "cpu-ns/op")
	}
}

// cpuTime returns the user and system time of the process.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
