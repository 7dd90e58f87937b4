package normalize

// shortKeys maps the keys of one or two lower-case ASCII letters ("de",
// "a", "la", "le"), the most frequent words of a text and so most of the
// lookups of a table's keys, to their values by an index (shortIndex),
// not a hash. The zero value holds nothing.
type shortKeys[V any] [27 * 27]V

// shortIndex returns the index of k in a shortKeys, and false if k is not
// one or two lower-case ASCII letters.
func shortIndex(k string) (int, bool) {
	switch len(k) {
	case 1:
		if c := k[0] - 'a'; c < 26 {
			return int(c+1) * 27, true
		}
	case 2:
		if c, d := k[0]-'a', k[1]-'a'; c < 26 && d < 26 {
			return int(c+1)*27 + int(d+1), true
		}
	}
	return 0, false
}

// fill sets the short keys of m, which hold no zero value.
func (t *shortKeys[V]) fill(m map[string]V) {
	for k, v := range m {
		if i, ok := shortIndex(k); ok {
			t[i] = v
		}
	}
}
