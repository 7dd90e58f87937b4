package normalize

import (
	"strings"
	"testing"
)

// wantSpan returns the byte span of the first occurrence of text in s at
// or after from, failing the test when there is none.
func wantSpan(t *testing.T, s, text string, from int) Span {
	t.Helper()
	if from > len(s) {
		from = len(s)
	}
	i := strings.Index(s[from:], text)
	if i < 0 {
		t.Fatalf("test bug: %q not in %q after %d", text, s, from)
	}
	return Span{Start: from + i, End: from + i + len(text)}
}

// checkSpans checks that spans are inside s, on rune boundaries, sorted and
// not overlapping. An invalid byte counts as one rune, as in a range loop.
func checkSpans(t *testing.T, s string, spans []Span) {
	t.Helper()
	starts := make(map[int]bool, len(s)+1)
	for i := range s {
		starts[i] = true
	}
	starts[len(s)] = true
	last := 0
	for _, sp := range spans {
		if sp.Start < last || sp.End < sp.Start || sp.End > len(s) {
			t.Fatalf("span %+v out of order or outside %q (previous end %d)", sp, s, last)
		}
		if !starts[sp.Start] || !starts[sp.End] {
			t.Fatalf("span %+v not on rune boundaries of %q", sp, s)
		}
		last = sp.End
	}
}
