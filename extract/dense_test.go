package extract_test

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"veille/extract"
)

// denseArticle returns a plain-text article of about size bytes in which
// every paragraph names a company, a job count, an amount and a deadline:
// the page that made extraction quadratic.
func denseArticle(size int) string {
	var b strings.Builder
	for k := 0; b.Len() < size; k++ {
		fmt.Fprintf(&b, "La société %s Câblage a signé une convention et s'engage à créer %d emplois, pour un investissement de %d millions de dirhams, d'ici %d à Tanger.\n\n",
			companyName(k), 100+k%900, 10+k%90, 2026+k%10)
	}
	return b.String()
}

// companyName spells k in letters ("Ab", "Ac"...), a name the rules read
// as a company's.
func companyName(k int) string {
	name := []byte{'N', 'o', 'v'}
	for k++; k > 0; k /= 26 {
		name = append(name, byte('a'+k%26))
	}
	return string(name)
}

// BenchmarkDense runs extraction on dense pages whose size doubles: the
// time per byte must stay flat (linear). Peak memory is BenchmarkDensePeak's.
func BenchmarkDense(b *testing.B) {
	for _, size := range []int{64 << 10, 128 << 10, 256 << 10, 512 << 10} {
		page := []byte(denseArticle(size))
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			benchPages(b, [][]byte{page}, parsePage)
		})
	}
}

// BenchmarkDensePeak reports the peak of the live heap while extraction
// reads a dense 512 KB page, as a multiple of the page size (peak-x).
func BenchmarkDensePeak(b *testing.B) {
	benchPeak(b, []byte(denseArticle(512<<10)))
}

// BenchmarkPeak is BenchmarkDensePeak on the realistic ~100 KB page of
// BenchmarkExtract.
func BenchmarkPeak(b *testing.B) {
	benchPeak(b, largestFixture(b))
}

// benchPeak reports the worst peak of the live heap while extraction reads
// page, over the runs, as a multiple of the page size (peak-x). The
// collector runs often meanwhile (GOGC 2), and the live heap it measures
// after each cycle is sampled. That count includes what was allocated
// during the cycle, dead or not: an upper estimate, the closer the slower
// the program allocates. Before each run two collections empty the pools
// of scratch buffers: a run pays for its own, as a first one does.
func benchPeak(b *testing.B, page []byte) {
	if _, err := extract.ParseBytes(context.Background(), page); err != nil { // the tables, loaded once
		b.Fatal(err)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(2))
	var worst float64
	for b.Loop() {
		runtime.GC()
		runtime.GC()
		base := liveHeap()
		var peak atomic.Uint64
		done := make(chan struct{})
		sampled := make(chan struct{})
		go func() {
			defer close(sampled)
			for {
				if l := liveHeap(); l > peak.Load() {
					peak.Store(l)
				}
				select {
				case <-done:
					return
				case <-time.After(20 * time.Microsecond):
				}
			}
		}()
		if _, err := extract.ParseBytes(context.Background(), page); err != nil {
			b.Fatal(err)
		}
		// A cycle that started during extraction may not have ended: on
		// a short page it is often the only one. GC ends it, and the
		// sampler reads it, while GC runs a cycle of its own.
		runtime.GC()
		close(done)
		<-sampled
		worst = max(worst, float64(peak.Load()-min(base, peak.Load()))/float64(len(page)))
	}
	b.ReportMetric(worst, "peak-x")
}

// liveHeap returns the live heap the last garbage collection measured.
func liveHeap() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}
