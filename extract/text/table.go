package text

import (
	"hash/maphash"
	"math/bits"
	"strings"
)

// flagTable maps strings to flags, exactly, in memory that holds no
// pointer but the one to its keys: the collector never scans it, where a
// map[string]int of the same keys holds a pointer per key, which every
// cycle reads.
type flagTable struct {
	seed  maphash.Seed
	keys  string   // the keys, end to end
	offs  []uint32 // key i is keys[offs[i]:offs[i+1]]
	flags []uint16 // the flags of key i
	slots []uint32 // open addressing by hash: 1 + a key, or 0 for none
}

// newFlagTable returns the table of m, whose keys must weigh less than
// 4 GB all told.
func newFlagTable(m map[string]uint16) *flagTable {
	t := &flagTable{
		seed:  maphash.MakeSeed(),
		offs:  make([]uint32, 1, len(m)+1),
		flags: make([]uint16, 0, len(m)),
		// Twice as many slots as keys, at least, keep the probes short.
		slots: make([]uint32, 1<<bits.Len(uint(2*len(m)))),
	}
	var keys strings.Builder
	mask := uint64(len(t.slots) - 1)
	for k, f := range m {
		i := maphash.String(t.seed, k) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = uint32(len(t.flags) + 1)
		keys.WriteString(k)
		t.offs = append(t.offs, uint32(keys.Len()))
		t.flags = append(t.flags, f)
	}
	t.keys = keys.String()
	return t
}

// get returns the flags of key, 0 if it is not in t.
func (t *flagTable) get(key []byte) uint16 {
	mask := uint64(len(t.slots) - 1)
	for i := maphash.Bytes(t.seed, key) & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if string(key) == t.keys[t.offs[s-1]:t.offs[s]] {
			return t.flags[s-1]
		}
	}
}
