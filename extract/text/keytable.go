package text

import (
	"math/bits"
	"slices"
	"strings"
)

// KeyTable numbers string keys, exactly, in memory that holds no pointer
// but the one to its keys: the garbage collector, which scans the
// permanent tables at each cycle, passes over it, where a map[string]T of
// the same keys holds a pointer per key. A key is found by its hash
// (KeyHash), then by its bytes. Keys are added once, while the table is
// built; a KeyTable is used by pointer and not copied after.
type KeyTable struct {
	slots []keySlot // open addressing; a power of two long, at most half full
	ends  []uint32  // key e is keys[ends[e-1]:ends[e]], from 0 for the first
	keys  string    // the keys end to end
	b     strings.Builder
}

// keySlot is a slot of a KeyTable: the hash of a key and the number of the
// key, from 1 on (0: the slot is empty).
type keySlot struct{ hash, key uint32 }

// KeyHash returns the hash of a key: of its length and of four of its
// bytes (all those of a short word), mixed, enough to tell most words
// apart at the cost of a few instructions, for each word of a text.
func KeyHash[K ~string | ~[]byte](k K) uint32 {
	n := len(k)
	if n == 0 {
		return 0
	}
	h := uint32(n) | uint32(k[0])<<8 | uint32(k[n/2])<<16 | uint32(k[n-1])<<24
	h ^= uint32(k[(n-1)/3]) * 0x9e3779b1
	h *= 0x85ebca6b
	return h ^ h>>15
}

// Len returns the number of keys.
func (t *KeyTable) Len() int { return len(t.ends) }

// Key returns key e.
func (t *KeyTable) Key(e int) string {
	var start uint32
	if e > 0 {
		start = t.ends[e-1]
	}
	return t.keys[start:t.ends[e]]
}

// Add adds the key k, which must not be in t, and returns its number.
func (t *KeyTable) Add(k string) int {
	t.b.WriteString(k)
	t.keys = t.b.String() // the bytes written before stay where they are
	t.ends = append(t.ends, uint32(len(t.keys)))
	e := len(t.ends) - 1
	if 2*len(t.ends) > len(t.slots) {
		t.rehash(max(8, 2*len(t.slots)))
	} else {
		t.slot(KeyHash(k), e)
	}
	return e
}

// Grow makes room for n more keys, of about size bytes in all, so that
// adding them moves nothing.
func (t *KeyTable) Grow(n, size int) {
	t.b.Grow(size)
	t.ends = slices.Grow(t.ends, n)
	if want := 1 << bits.Len(uint(2*(len(t.ends)+n))); want > len(t.slots) {
		t.rehash(want)
	}
}

// rehash files the keys in n slots.
func (t *KeyTable) rehash(n int) {
	t.slots = make([]keySlot, n)
	for f := range t.ends {
		t.slot(KeyHash(t.Key(f)), f)
	}
}

// slot puts key e, whose hash is h, in the first free slot.
func (t *KeyTable) slot(h uint32, e int) {
	mask := uint32(len(t.slots) - 1)
	s := h & mask
	for t.slots[s].key != 0 {
		s = (s + 1) & mask
	}
	t.slots[s] = keySlot{h, uint32(e + 1)}
}

// Find returns the number of the key k, whose hash is h, or -1. A nil
// table holds none.
func (t *KeyTable) Find(h uint32, k string) int {
	for s, e := t.next(h, h); e >= 0; s, e = t.next(h, s+1) {
		if t.Key(e) == k {
			return e
		}
	}
	return -1
}

// next returns the first slot from s on, before an empty one, that holds
// a key whose hash is h, and the number of that key (-1 if none).
func (t *KeyTable) next(h, s uint32) (uint32, int) {
	if t == nil || len(t.slots) == 0 {
		return s, -1
	}
	mask := uint32(len(t.slots) - 1)
	for s &= mask; t.slots[s].key != 0; s = (s + 1) & mask {
		if t.slots[s].hash == h {
			return s, int(t.slots[s].key - 1)
		}
	}
	return s, -1
}
