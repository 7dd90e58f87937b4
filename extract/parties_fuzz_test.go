package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParties checks that findParties never panics and that every mention
// and every evidence lies inside the text, on rune boundaries.
func FuzzParties(f *testing.F) {
	for _, tt := range partiesTests {
		f.Add(tt.text)
	}
	f.Add("M. Mme. M  , la filiale ( ) (ABC) Les ministères de , ainsi que de")
	f.Add("le ministre délégué, , et par ,")
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD") // as normalize.Clean leaves it
		d := newDoc(text, "", time.Time{})
		sig, act, ms := findParties(d)
		for _, m := range ms {
			if m.start < 0 || m.end > len(text) || m.start >= m.end {
				t.Fatalf("mention %+v outside [0, %d)", m, len(text))
			}
			if !utf8.RuneStart(text[m.start]) || m.end < len(text) && !utf8.RuneStart(text[m.end]) {
				t.Fatalf("mention %+v not on rune boundaries of %q", m, text)
			}
			if m.name == "" {
				t.Fatalf("mention %+v has no name", m)
			}
		}
		n := utf8.RuneCountInString(text)
		for _, p := range append(sig, act...) {
			if p.Name == "" || p.Evidence.Start < 0 || p.Evidence.End > n || p.Evidence.Start >= p.Evidence.End {
				t.Fatalf("party %+v: bad name or evidence in a text of %d runes", p, n)
			}
		}
	})
}
