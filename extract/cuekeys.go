package extract

import (
	"slices"

	"veille/extract/text"
)

// keyIndex holds items by the keys of a word, on a text.KeyTable: the
// garbage collector passes over the keys and the slots. A word is found by
// the hash of its key, then by the key itself.
type keyIndex[T any] struct {
	bits   [filterWords]uint64 // a bit for each hash of a key (filterBit): most words miss them
	keys   text.KeyTable
	groups []keyGroup // of each key, in the order of their first item
	items  []T        // grouped by key, each group in the order put
}

// keyGroup locates the items of a key in keyIndex.items.
type keyGroup struct{ lo, hi uint32 }

// put files v under each key of a word: those a phrase accepts there.
func (x *keyIndex[T]) put(keys []string, v T) {
	for _, k := range keys {
		h := text.KeyHash(k)
		e := x.keys.Find(h, k)
		if e < 0 {
			e = x.keys.Add(k)
			n := uint32(len(x.items))
			x.groups = append(x.groups, keyGroup{n, n})
			w, b := filterBit(h)
			x.bits[w] |= b
		}
		at := x.groups[e].hi
		x.items = slices.Insert(x.items, int(at), v)
		x.groups[e].hi++
		for f := e + 1; f < len(x.groups); f++ { // the groups filed after it move up
			x.groups[f].lo++
			x.groups[f].hi++
		}
	}
}

// filterWords is the size of a keyIndex's filter: a thousand bits, for
// lists of some tens of keys.
const filterWords = 16

// filterBit returns the word and the bit of the hash h in a filter: from
// its high bits, the slots being chosen by the low ones.
func filterBit(h uint32) (uint32, uint64) { return h >> 22 % filterWords, 1 << (h >> 16 % 64) }

// mayHold reports whether a key of hash h may be in x; a nil index holds
// none.
func (x *keyIndex[T]) mayHold(h uint32) bool {
	w, b := filterBit(h)
	return x != nil && x.bits[w]&b != 0
}

// group returns the items of key e.
func (x *keyIndex[T]) group(e int) []T {
	g := x.groups[e]
	return x.items[g.lo:g.hi:g.hi]
}

// at returns the items filed under the key of word i; a nil index has
// none. Most words miss it on their hash: their key is not read.
func (x *keyIndex[T]) at(ws words, i int) []T {
	if h := text.KeyHash(ws.Fold(i)); x.mayHold(h) {
		return x.lookup(h, ws, i)
	}
	return nil
}

// lookup returns the items filed under the key of word i, whose hash is h.
func (x *keyIndex[T]) lookup(h uint32, ws words, i int) []T {
	if e := x.keys.Find(h, ws.Fold(i)); e >= 0 {
		return x.group(e)
	}
	return nil
}

// atKey returns the items filed under the key k.
func (x *keyIndex[T]) atKey(k string) []T {
	if x == nil {
		return nil
	}
	if e := x.keys.Find(text.KeyHash(k), k); e >= 0 {
		return x.group(e)
	}
	return nil
}
