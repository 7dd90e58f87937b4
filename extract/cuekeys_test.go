package extract

import (
	"fmt"
	"slices"
	"testing"

	"veille/extract/text"
)

// TestKeyIndex checks what a keyIndex files under each key, in the order
// put, on the words of a text (hashed) and of a string, and by key.
func TestKeyIndex(t *testing.T) {
	var x keyIndex[int]
	x.put([]string{"accord", "accords"}, 1)
	x.put([]string{"lire"}, 2)
	x.put([]string{"accord"}, 3)
	x.put([]string{"lire", "l"}, 4)
	x.put([]string{"accords"}, 5)
	for i := range 100 { // past several growths of the table
		x.put([]string{fmt.Sprint("k", i)}, 100+i)
	}
	x.put([]string{"lire"}, 6)
	x.put([]string{"abcdefg"}, 7) // two keys of one hash: their bytes tell them apart
	x.put([]string{"axcdyzg"}, 8)
	for _, tt := range []struct {
		key  string
		want []int
	}{
		{"accord", []int{1, 3}},
		{"accords", []int{1, 5}},
		{"lire", []int{2, 4, 6}},
		{"l", []int{4}},
		{"k0", []int{100}},
		{"k99", []int{199}},
		{"k100", nil},
		{"accordé", nil},
		{"abcdefg", []int{7}},
		{"axcdyzg", []int{8}},
		{"abcdyzg", nil},
		{"", nil},
	} {
		if got := x.atKey(tt.key); !slices.Equal(got, tt.want) {
			t.Errorf("atKey(%q) = %v, want %v", tt.key, got, tt.want)
		}
		for _, ws := range []words{text.Words(tt.key), text.Words(tt.key)} {
			if ws.Len() == 1 && ws.Fold(0) == tt.key {
				if got := x.at(ws, 0); !slices.Equal(got, tt.want) {
					t.Errorf("at(%q) = %v, want %v", tt.key, got, tt.want)
				}
			}
		}
	}
	if text.KeyHash("abcdefg") != text.KeyHash("axcdyzg") || text.KeyHash("abcdefg") != text.KeyHash("abcdyzg") {
		t.Error("the keys of the collision rows no longer share a hash")
	}
	var none *keyIndex[int]
	if none.atKey("lire") != nil || none.at(text.Words("lire"), 0) != nil {
		t.Error("a nil index holds a key")
	}
}

// TestCueListKeys checks that a cue list finds its cues under every key
// of their first and last words.
func TestCueListKeys(t *testing.T) {
	l := teaserCues()
	for _, p := range l.all {
		for _, k := range p[0] {
			if !slices.ContainsFunc(l.first.atKey(k), func(q phrase) bool { return &q[0] == &p[0] }) {
				t.Errorf("first word %q of a cue not filed", k)
			}
		}
		for _, k := range p[len(p)-1] {
			if !slices.ContainsFunc(l.last.atKey(k), func(q phrase) bool { return &q[0] == &p[0] }) {
				t.Errorf("last word %q of a cue not filed", k)
			}
		}
	}
	var empty cueList
	if empty.first.atKey("lire") != nil || empty.last.atKey("lire") != nil {
		t.Error("an empty cue list lets a word through")
	}
}
