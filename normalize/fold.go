package normalize

import (
	"sort"
	"strings"
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
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch c := classify(r); c {
		case runeIgnored:
		case runeSpace:
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			switch c {
			case runeApostrophe:
				b.WriteByte('\'')
			case runeDash:
				b.WriteByte('-')
			default:
				writeFolded(&b, r)
			}
		}
	}
	return b.String()
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

func classify(r rune) runeClass {
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
	switch r {
	case '\u2019', '\u2018', '\u02bc', '\u02bb', '\u00b4', '\u2032':
		return runeApostrophe
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return runeDash
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return runeIgnored
	}
	switch {
	case unicode.IsSpace(r):
		return runeSpace
	case unicode.Is(unicode.Mn, r):
		return runeMark
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return runeWord
	}
	return runeOther
}

// writeFolded writes the folded form of a word rune or a rune of class
// runeOther: lower case without diacritics; combining marks vanish.
func writeFolded(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
		return
	}
	if unicode.Is(unicode.Mn, r) {
		return
	}
	r = unicode.ToLower(r)
	if base, ok := latinBase(r); ok {
		b.WriteString(base)
		return
	}
	b.WriteRune(r)
}

// latinRange maps a block of accented Latin letters to their base letters.
type latinRange struct {
	lo, hi rune
	base   string
}

// latinBases covers Latin-1 and Latin Extended-A after lower-casing: every
// letter of French, Spanish, Portuguese, German, Turkish and the common
// transliterations of Arabic names (ā, ī, ū). Sorted by lo.
var latinBases = [...]latinRange{
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

// latinBase returns the base letters of a lower-case accented Latin letter.
func latinBase(r rune) (string, bool) {
	if r == 'ß' {
		return "ss", true
	}
	if r < 0x00e0 || r > 0x017f {
		return "", false
	}
	i := sort.Search(len(latinBases), func(i int) bool { return latinBases[i].hi >= r })
	if i < len(latinBases) && latinBases[i].lo <= r {
		return latinBases[i].base, true
	}
	return "", false
}
