package extract

import "iter"

// pile is an append-only list that never moves what it holds: past its
// first pileBlock items it grows by blocks of that size. A dense page
// makes thousands of figures; a growing slice would copy them at each
// growth (by a quarter, for a long slice) and hold the old and new copies
// at once.
type pile[T any] struct {
	head   []T   // the first pileBlock items, an ordinary slice
	blocks [][]T // the items after, pileBlock a block
	n      int
}

// pileBlock is the size of the blocks of a pile.
const pileBlock = 256

// add appends v.
func (p *pile[T]) add(v T) {
	switch {
	case p.n < pileBlock:
		p.head = append(p.head, v)
	case (p.n-pileBlock)%pileBlock == 0:
		b := make([]T, 1, pileBlock)
		b[0] = v
		p.blocks = append(p.blocks, b)
	default:
		b := &p.blocks[len(p.blocks)-1]
		*b = append(*b, v)
	}
	p.n++
}

// len returns the number of items.
func (p *pile[T]) len() int { return p.n }

// at returns item i.
func (p *pile[T]) at(i int) *T {
	if i < pileBlock {
		return &p.head[i]
	}
	i -= pileBlock
	return &p.blocks[i/pileBlock][i%pileBlock]
}

// tail returns the last item, in a slice of one that shares p's storage,
// or none when p is empty.
func (p *pile[T]) tail() []T {
	switch {
	case p.n == 0:
		return nil
	case p.n <= pileBlock:
		return p.head[p.n-1 : p.n : p.n]
	}
	b := p.blocks[len(p.blocks)-1]
	return b[len(b)-1 : len(b) : len(b)]
}

// all yields the items with their index, by pointer.
func (p *pile[T]) all() iter.Seq2[int, *T] {
	return func(yield func(int, *T) bool) {
		for i := range p.n {
			if !yield(i, p.at(i)) {
				return
			}
		}
	}
}
