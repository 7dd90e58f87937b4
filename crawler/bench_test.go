package crawler

import (
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"veille/crawler/newssite"
	"veille/pipeline"
)

// BenchmarkCrawl crawls a local site through its sitemaps, politeness off,
// and reports pages per second and the peak heap in use (sampled), which
// must not grow with the size of the site.
func BenchmarkCrawl(b *testing.B) {
	for _, bc := range []struct {
		pages   int
		extract bool
	}{{1000, false}, {10000, false}, {1000, true}} {
		name := fmt.Sprintf("pages=%d", bc.pages)
		if bc.extract {
			name += "/extract"
		}
		b.Run(name, func(b *testing.B) {
			srv := serve(b, newssite.New(newssite.WithArticles(bc.pages)))
			cfg, err := ParseConfig(strings.NewReader(fmt.Sprintf(`user_agent: "veille-bench/1.0 (+mailto:test@example.org)"
allow_private: true
parallelism: 8
sites:
  - name: bench
    sitemaps: ["%s/sitemap.xml"]
    article_pattern: '/article/'
    delay: 0s
    parallelism: 8
`, srv.URL)))
			if err != nil {
				b.Fatal(err)
			}
			var peak atomic.Uint64
			stop := make(chan struct{})
			go sampleHeap(&peak, stop)
			defer close(stop)
			start := time.Now()
			pages := 0
			for b.Loop() {
				arc := openArchive(b)
				var opts []Option
				if bc.extract {
					opts = append(opts, WithArchived(pipeline.New(arc).Page))
				}
				st := crawl(b, cfg, arc, opts...)
				if st.New != bc.pages {
					b.Fatalf("archived %d pages, want %d", st.New, bc.pages)
				}
				pages += st.New
			}
			b.ReportMetric(float64(pages)/time.Since(start).Seconds(), "pages/s")
			b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
		})
	}
}

// sampleHeap records the largest HeapInuse seen until stop is closed.
func sampleHeap(peak *atomic.Uint64, stop <-chan struct{}) {
	var m runtime.MemStats
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
		}
	}
}
