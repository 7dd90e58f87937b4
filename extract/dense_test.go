package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

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
// time per byte must stay flat (linear), and B/op under 10× the size.
func BenchmarkDense(b *testing.B) {
	for _, size := range []int{64 << 10, 128 << 10, 256 << 10, 512 << 10} {
		page := []byte(denseArticle(size))
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			defer reportCPU(b)()
			for b.Loop() {
				if _, err := extract.ParseBytes(context.Background(), page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
