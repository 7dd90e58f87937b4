package normalize

import "testing"

// TestShortIndex checks that every key of one or two lower-case ASCII
// letters has an index of its own, and that no other key has one.
func TestShortIndex(t *testing.T) {
	seen := map[int]string{}
	var keys []string
	for c := 'a'; c <= 'z'; c++ {
		keys = append(keys, string(c))
		for d := 'a'; d <= 'z'; d++ {
			keys = append(keys, string(c)+string(d))
		}
	}
	for _, k := range keys {
		i, ok := shortIndex(k)
		if !ok || i < 0 || i >= len(shortKeys[bool]{}) {
			t.Fatalf("shortIndex(%q) = %d, %v", k, i, ok)
		}
		if o, dup := seen[i]; dup {
			t.Fatalf("shortIndex(%q) = shortIndex(%q) = %d", k, o, i)
		}
		seen[i] = k
	}
	for _, k := range []string{"", "A", "De", "é", "`", "a`", "{", "abc", "1", "a1"} {
		if i, ok := shortIndex(k); ok {
			t.Errorf("shortIndex(%q) = %d, true, want false", k, i)
		}
	}
}
