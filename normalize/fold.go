package normalize

import (
	"unicode"
	"unicode/utf8"
)

// Fold returns s reduced to a key for matching: lower case, accents and
// other diacritics removed ("é" → "e", "œ" → "oe", "ß" → "ss"), every
// apostrophe (’ ‘ ʼ ´ `) turned into ', every dash (‐ ‑ ‒ – — ― −) into -,
// zero-width characters and soft hyphens dropped, and runs of white space
// (NBSP and U+202F included) collapsed into one space, trimmed at both ends.
// Fold is idempotent: Fold(Fold(s)) == Fold(s).
func Fold(s string) string {
	k := foldedPrefix(s)
	if k == len(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s, k))
}

// AppendFold appends Fold(s) to dst and returns the extended buffer: a
// caller that folds many short strings reuses one buffer.
func AppendFold(dst []byte, s string) []byte {
	return appendFold(dst, s, foldedPrefix(s))
}

// appendFold appends Fold(s) to dst, s[:k] being known to fold to itself.
func appendFold(dst []byte, s string, k int) []byte {
	start := len(dst)
	b := append(dst, s[:k]...)
	space := false
	for i := k; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, as classifyRune and appendFolded read it
			i++
			f := asciiFold[c]
			if f == ' ' {
				space = len(b) > start
				continue
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, f)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if base, ok := latinBase(r); ok { // an accented Latin letter, the usual non-ASCII rune of French
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, base...)
			continue
		}
		b, space = foldRune(b, r, space, start)
	}
	return b
}

// asciiFold holds the fold of each ASCII byte, a space for white space.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c == '`':
			t[c] = '\''
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = ' '
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// foldRune appends r to b as Fold folds it, b[start:] being the fold so
// far and space saying whether a space is pending before the next kept
// rune; it returns b and the new pending state. It is the definition
// Fold's fast paths must agree with.
func foldRune(b []byte, r rune, space bool, start int) ([]byte, bool) {
	switch c := classifyRune(r); c {
	case runeIgnored, runeMark:
		return b, space
	case runeSpace:
		return b, len(b) > start
	default:
		if space {
			b = append(b, ' ')
		}
		switch c {
		case runeApostrophe:
			b = append(b, '\'')
		case runeDash:
			b = append(b, '-')
		default:
			b = appendFolded(b, r)
		}
		return b, false
	}
}

// foldedPrefix returns the length of the longest prefix of s that Fold
// keeps as it is: ASCII without capitals, backquotes or white space but
// single spaces between two such bytes. Many keys fold to themselves.
func foldedPrefix(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' {
			if i == 0 || i+1 == len(s) || !foldsToItself(s[i+1]) {
				return i
			}
		} else if !foldsToItself(c) {
			return i
		}
	}
	return len(s)
}

// foldsToItself reports an ASCII byte that Fold keeps as it is: neither a
// capital, a backquote nor white space.
func foldsToItself(c byte) bool {
	return c < utf8.RuneSelf && (c < 'A' || c > 'Z') && c != '`' && c != ' ' && (c < '\t' || c > '\r')
}

// runeClass sorts runes for folding and for splitting text into words.
type runeClass uint8

const (
	runeOther      runeClass = iota // punctuation and symbols: kept, and they break names
	runeWord                        // letters and digits
	runeMark                        // combining marks: part of the word, dropped when folded
	runeIgnored                     // zero-width characters and soft hyphens
	runeSpace                       //
	runeApostrophe                  //
	runeDash                        //
)

func classifyRune(r rune) runeClass {
	if r < utf8.RuneSelf {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
			return runeWord
		case r == ' ', '\t' <= r && r <= '\r':
			return runeSpace
		case r == '\'' || r == '`':
			return runeApostrophe
		case r == '-':
			return runeDash
		}
		return runeOther
	}
	// Fold also takes the turned comma (ʻ) and the prime (′) for apostrophes
	// and the horizontal bar (―) for a dash; the tokenizer does not.
	switch {
	case IsApostrophe(r), r == '\u02bb', r == '\u2032':
		return runeApostrophe
	case isDash(r), r == '\u2015':
		return runeDash
	case isInvisible(r):
		return runeIgnored
	}
	switch {
	case r < 0x0250: // Latin-1 and Latin Extended: no marks, and one space
		if unicode.IsLetter(r) {
			return runeWord
		}
		if r == '\u00a0' || r == '\u0085' {
			return runeSpace
		}
		return runeOther
	case unicode.IsSpace(r):
		return runeSpace
	case unicode.Is(unicode.Mn, r):
		return runeMark
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return runeWord
	}
	return runeOther
}

// appendFolded appends the folded form of r (see Fold) to dst.
func appendFolded(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	if base, ok := latinBase(r); ok {
		return append(dst, base...)
	}
	if unicode.Is(unicode.Mn, r) {
		return dst
	}
	r = unicode.ToLower(r)
	if base, ok := latinBase(r); ok { // "Å" (U+212B) lowers to "å"
		return append(dst, base...)
	}
	return utf8.AppendRune(dst, r)
}

// latinRange maps a block of accented Latin letters to their base letters.
type latinRange struct {
	lo, hi rune
	base   string
}

// latinBases covers the letters of Latin-1 and Latin Extended-A, upper and
// lower case: every letter of French, Spanish, Portuguese, German, Turkish
// and the common transliterations of Arabic names (ā, ī, ū).
var latinBases = [...]latinRange{
	{0x00c0, 0x00c5, "a"}, {0x00c6, 0x00c6, "ae"}, {0x00c7, 0x00c7, "c"},
	{0x00c8, 0x00cb, "e"}, {0x00cc, 0x00cf, "i"}, {0x00d0, 0x00d0, "d"},
	{0x00d1, 0x00d1, "n"}, {0x00d2, 0x00d6, "o"}, {0x00d8, 0x00d8, "o"},
	{0x00d9, 0x00dc, "u"}, {0x00dd, 0x00dd, "y"}, {0x00de, 0x00de, "th"},
	{0x00df, 0x00df, "ss"},
	{0x00e0, 0x00e5, "a"}, {0x00e6, 0x00e6, "ae"}, {0x00e7, 0x00e7, "c"},
	{0x00e8, 0x00eb, "e"}, {0x00ec, 0x00ef, "i"}, {0x00f0, 0x00f0, "d"},
	{0x00f1, 0x00f1, "n"}, {0x00f2, 0x00f6, "o"}, {0x00f8, 0x00f8, "o"},
	{0x00f9, 0x00fc, "u"}, {0x00fd, 0x00fd, "y"}, {0x00fe, 0x00fe, "th"},
	{0x00ff, 0x00ff, "y"},
	{0x0100, 0x0105, "a"}, {0x0106, 0x010d, "c"}, {0x010e, 0x0111, "d"},
	{0x0112, 0x011b, "e"}, {0x011c, 0x0123, "g"}, {0x0124, 0x0127, "h"},
	{0x0128, 0x0131, "i"}, {0x0132, 0x0133, "ij"}, {0x0134, 0x0135, "j"},
	{0x0136, 0x0138, "k"}, {0x0139, 0x0142, "l"}, {0x0143, 0x014b, "n"},
	{0x014c, 0x0151, "o"}, {0x0152, 0x0153, "oe"}, {0x0154, 0x0159, "r"},
	{0x015a, 0x0161, "s"}, {0x0162, 0x0167, "t"}, {0x0168, 0x0173, "u"},
	{0x0174, 0x0175, "w"}, {0x0176, 0x0178, "y"}, {0x0179, 0x017e, "z"},
	{0x017f, 0x017f, "s"},
}

// latinBase returns the lower-case base letters of an accented Latin letter.
func latinBase(r rune) (string, bool) {
	if r < 0x00c0 || r > 0x017f {
		return "", false
	}
	b := latinBaseOf[r-0x00c0]
	return b, b != ""
}

// latinBaseOf is latinBases by rune, from U+00C0 on: French text is full
// of accented letters, each folded by one index.
var latinBaseOf = func() (t [0x017f - 0x00c0 + 1]string) {
	for _, l := range latinBases {
		for r := l.lo; r <= l.hi; r++ {
			t[r-0x00c0] = l.base
		}
	}
	return t
}()
