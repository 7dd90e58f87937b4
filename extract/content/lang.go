package content

import (
	"iter"
	"strings"
	"sync"
	"unicode/utf8"
)

// stopWords are frequent words that tell the languages a page may be in
// apart. Words common to several of them ("la", "de", "que", "en", "a",
// "un") tell nothing and are left out; "à" is French and Portuguese.
var stopWords = []struct {
	lang  string
	words []string
}{
	{"fr", []string{"le", "les", "des", "est", "et", "une", "du", "dans", "pour", "qui", "sur", "au", "avec", "aux", "ont", "sont", "pas", "cette", "à", "par", "il", "elle", "ses", "ce", "été", "leur", "plus", "nous"}},
	{"en", []string{"the", "and", "of", "to", "is", "in", "that", "for", "with", "on", "was", "are", "it", "as", "by", "this", "have", "from", "be", "has", "would", "will", "said", "its", "which", "at"}},
	{"es", []string{"el", "los", "las", "del", "y", "con", "para", "una", "es", "al", "lo", "como", "más", "pero", "sus", "ha", "fue", "este", "esta", "entre", "según", "también", "está", "han", "muy"}},
	{"pt", []string{"o", "os", "do", "da", "dos", "das", "e", "em", "no", "na", "nos", "com", "para", "uma", "é", "ao", "à", "foi", "pelo", "pela", "mais", "não", "são", "também", "seu", "sua", "está"}},
}

// stopWordLangs holds the languages (bit i for stopWords[i]) whose
// lists hold each stop word, by its key (stopWordKey).
var stopWordLangs = sync.OnceValue(func() map[uint64]uint8 {
	m := make(map[uint64]uint8)
	for i, l := range stopWords {
		for _, w := range l.words {
			k, _ := stopWordKey(w) // a test checks that every stop word has one
			m[k] |= 1 << i
		}
	}
	return m
})

// stopWordKey packs the word w, its letters lowered, into a number: w
// has no key (ok is false) when it is longer than 8 bytes or holds a NUL
// byte, as no stop word does. The capitals of ASCII and Latin-1 are
// lowered here as strings.ToLower does; others must be lowered already.
func stopWordKey(w string) (key uint64, ok bool) {
	if len(w) > 8 {
		return 0, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == 0:
			return 0, false
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case i > 0 && w[i-1] == 0xc3 && c >= 0x80 && c <= 0x9e && c != 0x97: // À to Þ but ×
			c += 0x20
		}
		key |= uint64(c) << (8 * i)
	}
	return key, true
}

// latin1 tells whether s is valid UTF-8 of runes below U+0100.
func latin1(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
		case (c == 0xc2 || c == 0xc3) && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
			i++
		default:
			return false
		}
	}
	return true
}

// guessLanguage tells French, English, Spanish and Portuguese apart ("fr",
// "en", "es", "pt") by counting the stop words of each in the first words
// of s; "" when none clearly wins.
func guessLanguage(s string) string {
	counts := make([]int, len(stopWords))
	langs := stopWordLangs()
	for w := range firstWords(s, 400) {
		if !latin1(w) {
			w = strings.ToLower(w)
		}
		k, ok := stopWordKey(w)
		if !ok {
			continue
		}
		for i, in := 0, langs[k]; in != 0; i, in = i+1, in>>1 {
			counts[i] += int(in & 1)
		}
	}
	best, second := 0, 0
	for i, n := range counts {
		switch {
		case n > counts[best]:
			best, second = i, counts[best]
		case i != best && n > second:
			second = n
		}
	}
	if counts[best] >= 3 && counts[best]*2 > second*3 {
		return stopWords[best].lang
	}
	return ""
}

// firstWords yields the first n words of s, split at spaces, newlines,
// commas, full stops, apostrophes and brackets.
func firstWords(s string, n int) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i < len(s); i++ {
			size := 1
			if s[i] == 0xe2 && strings.HasPrefix(s[i:], "’") {
				size = len("’")
			} else if !wordBreak[s[i]] {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if n--; n < 0 || !yield(s[start:i]) {
					return
				}
				start = -1
			}
			i += size - 1
		}
		if start >= 0 && n > 0 {
			yield(s[start:])
		}
	}
}

// wordBreak holds the ASCII bytes firstWords splits at: no byte of
// another rune is ASCII, and ’ is looked for apart.
var wordBreak = [256]bool{' ': true, '\n': true, ',': true, '.': true, '\'': true, '(': true, ')': true}

// langTag returns the lower-case primary subtag of a language tag or locale
// ("fr-FR", "fr_MA" → "fr").
func langTag(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}
