package text

import (
	"strconv"
	"testing"
)

// TestFlagTable checks that a flagTable finds each of its keys with its
// flags, and nothing else, on keys that share prefixes, bytes and lengths.
func TestFlagTable(t *testing.T) {
	m := map[string]uint16{"": 7, "a": 1, "ab": 2, "ba": 3, "m.": 4, "état": 5, "s.a.r.l": 6, "zero": 0}
	for i := range 1000 { // enough keys for probes to run past taken slots
		m["k"+strconv.Itoa(i)] = uint16(i)
	}
	tab := newFlagTable(m)
	for k, want := range m {
		if got := tab.get([]byte(k)); got != want {
			t.Errorf("get(%q) = %d, want %d", k, got, want)
		}
	}
	for _, k := range []string{"b", "abc", "A", "etat", "k1000", "k-1", "m", "s.a.r.l.", "\x00"} {
		if got := tab.get([]byte(k)); got != 0 {
			t.Errorf("get(%q) = %d, want 0 (not a key)", k, got)
		}
	}
	if got := newFlagTable(nil).get([]byte("a")); got != 0 {
		t.Errorf("get on an empty table = %d, want 0", got)
	}
}
