package extract

import (
	"slices"

	"veille/extract/text"
)

// words are the words of the text (text.Doc.Words), or of a string, with
// the hash of the key of each (keyHash), read at every word of the many
// windows the cue rules scan.
type words struct {
	text.Tokens
	hashes []uint32 // of each word's key
}

// hashedWords returns the words ts with the hashes of their keys.
func hashedWords(ts text.Tokens) words {
	hs := make([]uint32, ts.Len())
	for i := range hs {
		hs[i] = keyHash(ts.Fold(i))
	}
	return words{ts, hs}
}

// wordsOf returns the words of s (text.Words).
func wordsOf(s string) words { return hashedWords(text.Words(s)) }

// Slice returns the words [i, j).
func (ws words) Slice(i, j int) words { return words{ws.Tokens.Slice(i, j), ws.hashes[i:j:j]} }

// keyHash returns the hash of the key of word i.
func (ws words) keyHash(i int) uint32 { return ws.hashes[i] }

// keyHash returns the hash of a folded key: of its length and of four of
// its bytes (all those of a short word), mixed, enough to tell most words
// apart at the cost of a few instructions, for each word of the text.
func keyHash(k string) uint32 {
	n := len(k)
	if n == 0 {
		return 0
	}
	h := uint32(n) | uint32(k[0])<<8 | uint32(k[n/2])<<16 | uint32(k[n-1])<<24
	h ^= uint32(k[(n-1)/3]) * 0x9e3779b1
	h *= 0x85ebca6b
	return h ^ h>>15
}

// keyIndex holds items by the keys of a word. Its table holds no pointers
// but those of the items: the garbage collector, which scans the permanent
// tables at each cycle, passes over the keys and the slots. A word is
// found by the hash of its key, then by the key itself.
type keyIndex[T any] struct {
	bits    [filterWords]uint64 // a bit for each hash of a key (filterBit): most words miss them
	slots   []keySlot           // open addressing; a power of two long, at most a quarter full
	entries []keyEntry          // in the order of their first item
	keys    string              // the keys end to end
	items   []T                 // grouped by key, each group in the order put
}

// keySlot is a slot of a keyIndex: the hash of a key and the number of
// its entry, from 1 on (0: the slot is empty).
type keySlot struct{ hash, entry uint32 }

// keyEntry locates a key in keyIndex.keys and its items in keyIndex.items.
type keyEntry struct{ key, end, lo, hi uint32 }

// put files v under each key of a word: those a phrase accepts there.
func (x *keyIndex[T]) put(keys []string, v T) {
	for _, k := range keys {
		e := x.find(keyHash(k), k)
		if e < 0 {
			e = x.add(k)
		}
		at := x.entries[e].hi
		x.items = slices.Insert(x.items, int(at), v)
		x.entries[e].hi++
		for f := e + 1; f < len(x.entries); f++ { // the groups filed after it move up
			x.entries[f].lo++
			x.entries[f].hi++
		}
	}
}

// add files the key k, with no items yet, and returns its entry.
func (x *keyIndex[T]) add(k string) int {
	n := len(x.items)
	x.entries = append(x.entries, keyEntry{uint32(len(x.keys)), uint32(len(x.keys) + len(k)), uint32(n), uint32(n)})
	x.keys += k
	if 4*len(x.entries) > len(x.slots) {
		x.slots = make([]keySlot, max(8, 2*len(x.slots)))
		for e := range x.entries {
			x.slot(x.entries[e].hash(x.keys), e)
		}
	} else {
		x.slot(keyHash(k), len(x.entries)-1)
	}
	return len(x.entries) - 1
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

// hash returns the hash of the key of e, whose text is in keys.
func (e keyEntry) hash(keys string) uint32 { return keyHash(keys[e.key:e.end]) }

// slot puts the entry e, whose key hashes to h, in the first free slot.
func (x *keyIndex[T]) slot(h uint32, e int) {
	mask := uint32(len(x.slots) - 1)
	s := h & mask
	for x.slots[s].entry != 0 {
		s = (s + 1) & mask
	}
	x.slots[s] = keySlot{h, uint32(e + 1)}
	w, b := filterBit(h)
	x.bits[w] |= b
}

// find returns the entry of the key k, whose hash is h, or -1.
func (x *keyIndex[T]) find(h uint32, k string) int {
	for s, e := x.next(h, h); e >= 0; s, e = x.next(h, s+1) {
		if x.key(e) == k {
			return e
		}
	}
	return -1
}

// next returns the first slot from s on, before an empty one, that holds
// a key whose hash is h, and the entry of that key (-1 if none). A nil
// index holds none.
func (x *keyIndex[T]) next(h, s uint32) (uint32, int) {
	if x == nil || len(x.slots) == 0 {
		return s, -1
	}
	mask := uint32(len(x.slots) - 1)
	for s &= mask; x.slots[s].entry != 0; s = (s + 1) & mask {
		if x.slots[s].hash == h {
			return s, int(x.slots[s].entry - 1)
		}
	}
	return s, -1
}

// key returns the key of entry e.
func (x *keyIndex[T]) key(e int) string { return x.keys[x.entries[e].key:x.entries[e].end] }

// group returns the items of entry e.
func (x *keyIndex[T]) group(e int) []T {
	g := x.entries[e]
	return x.items[g.lo:g.hi:g.hi]
}

// at returns the items filed under the key of word i; a nil index has
// none. Most words miss it on their hash: their key is not read.
func (x *keyIndex[T]) at(ws words, i int) []T {
	if h := ws.keyHash(i); x.mayHold(h) {
		return x.lookup(h, ws, i)
	}
	return nil
}

// lookup returns the items filed under the key of word i, whose hash is h.
func (x *keyIndex[T]) lookup(h uint32, ws words, i int) []T {
	for s, e := x.next(h, h); e >= 0; s, e = x.next(h, s+1) {
		if x.key(e) == ws.Fold(i) {
			return x.group(e)
		}
	}
	return nil
}

// atKey returns the items filed under the key k.
func (x *keyIndex[T]) atKey(k string) []T {
	if e := x.find(keyHash(k), k); e >= 0 {
		return x.group(e)
	}
	return nil
}
