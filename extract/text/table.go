package text

// flagTable maps strings to flags, exactly, on a KeyTable: the collector
// never scans it, where a map[string]int of the same keys holds a pointer
// per key, which every cycle reads.
type flagTable struct {
	keys  KeyTable
	flags []uint16 // the flags of key i
}

// newFlagTable returns the table of m.
func newFlagTable(m map[string]uint16) *flagTable {
	t := &flagTable{flags: make([]uint16, 0, len(m))}
	size := 0
	for k := range m {
		size += len(k)
	}
	t.keys.Grow(len(m), size)
	for k, f := range m {
		t.keys.Add(k)
		t.flags = append(t.flags, f)
	}
	return t
}

// get returns the flags of key, 0 if it is not in t.
func (t *flagTable) get(key []byte) uint16 {
	if e := t.keys.Find(KeyHash(key), string(key)); e >= 0 {
		return t.flags[e]
	}
	return 0
}
