package content

import (
	"testing"
	"unicode/utf8"
)

// textByRunes is blockWriter.text without its runs: every rune goes
// through runeAction alone.
func textByRunes(s string) string {
	var b []byte
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch runeAction(r, size) {
		case runeSpace:
			space = true
		case runeKept:
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			b = append(b, s[i:i+size]...)
			space = false
		}
		i += size
	}
	return string(b)
}

// writeText returns what blockWriter.text writes of s into a new block.
func writeText(s string) string {
	var w blockWriter
	w.text(s)
	return string(w.buf)
}

// TestAsIs checks that the runes text copies by runs are those
// runeAction keeps, whole.
func TestAsIs(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if n := asIs(s, 0); n != 0 && (n != len(s) || runeAction(r, len(s)) != runeKept) {
			t.Errorf("asIs(%q) = %d, runeAction = %d", s, n, runeAction(r, len(s)))
		}
	}
	for _, s := range []string{"\xc3", "\xc2\x20", "\xe2\x80", "\xe2\x80\x20", "\xc3\xc3"} {
		if n := asIs(s, 0); n != 0 {
			t.Errorf("asIs(%q) = %d, want 0", s, n)
		}
	}
}

// TestText checks text's runs against textByRunes, each rune of the
// first planes between and beside others.
func TestText(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		c := string(r)
		for _, s := range []string{"a" + c + "b", c + " " + c, " " + c + " ", "é" + c + "’", "l’" + c + "\u00a0é", c + "\u0085" + c} {
			if got, want := writeText(s), textByRunes(s); got != want {
				t.Errorf("text(%q) wrote %q, want %q", s, got, want)
			}
		}
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"", "Le groupe a signé l’accord « cadre » – 1\u00a0500 emplois…", " a\t\nb\u200b c\u00ad\u2028d\xc3", "\u0085x \u202fy\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := writeText(s), textByRunes(s); got != want {
			t.Errorf("text(%q) wrote %q, want %q", s, got, want)
		}
	})
}
