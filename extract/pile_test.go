package extract

import "testing"

// TestPile adds n items and reads them back by index, in order and as
// the tail, across the head and the blocks.
func TestPile(t *testing.T) {
	for _, n := range []int{0, 1, pileBlock - 1, pileBlock, pileBlock + 1, 3*pileBlock + 7} {
		var p pile[int]
		for i := range n {
			p.add(i * 3)
			if tail := p.tail(); len(tail) != 1 || tail[0] != i*3 {
				t.Fatalf("n=%d: tail after %d adds = %v", n, i+1, tail)
			}
		}
		if p.len() != n {
			t.Errorf("n=%d: len = %d", n, p.len())
		}
		seen := 0
		for i, v := range p.all() {
			if i != seen || *v != i*3 || *p.at(i) != i*3 {
				t.Fatalf("n=%d: item %d = %d, at = %d, want %d", n, i, *v, *p.at(i), i*3)
			}
			seen++
		}
		if seen != n {
			t.Errorf("n=%d: all yields %d items", n, seen)
		}
		if n == 0 && p.tail() != nil {
			t.Errorf("empty pile has a tail")
		}
	}
}

// TestPileWritesInPlace checks that an item changed through at stays
// changed: the job stages date the hits in place.
func TestPileWritesInPlace(t *testing.T) {
	var p pile[int]
	for i := range 2*pileBlock + 1 {
		p.add(i)
	}
	for _, v := range p.all() {
		*v = -*v
	}
	for _, i := range []int{0, pileBlock - 1, pileBlock, 2 * pileBlock} {
		if *p.at(i) != -i {
			t.Errorf("at(%d) = %d, want %d", i, *p.at(i), -i)
		}
	}
}
