package content

import (
	"iter"
	"strings"
	"sync"
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

// stopWordLangs maps each stop word to the set of languages (bit i for
// stopWords[i]) whose lists hold it.
var stopWordLangs = sync.OnceValue(func() map[string]uint8 {
	m := map[string]uint8{}
	for i, l := range stopWords {
		for _, w := range l.words {
			m[w] |= 1 << i
		}
	}
	return m
})

// longestStopWord is the length of the longest stop word, in bytes.
var longestStopWord = sync.OnceValue(func() int {
	n := 0
	for _, l := range stopWords {
		for _, w := range l.words {
			n = max(n, len(w))
		}
	}
	return n
})

// guessLanguage tells French, English, Spanish and Portuguese apart ("fr",
// "en", "es", "pt") by counting the stop words of each in the first words
// of s; "" when none clearly wins.
func guessLanguage(s string) string {
	counts := make([]int, len(stopWords))
	var lower [16]byte // ASCII words are lower-cased here, without an allocation
	for w := range firstWords(s, 400) {
		var langs uint8
		switch {
		case !isASCII(w):
			langs = stopWordLangs()[strings.ToLower(w)]
		case len(w) <= longestStopWord(): // lower case keeps the length of ASCII
			langs = stopWordLangs()[string(lowerASCII(lower[:0], w))]
		}
		for i := range stopWords {
			if langs&(1<<i) != 0 {
				counts[i]++
			}
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
		for i, r := range s {
			if r != ' ' && r != '\n' && r != ',' && r != '.' && r != '\'' && r != '’' && r != '(' && r != ')' {
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
		}
		if start >= 0 && n > 0 {
			yield(s[start:])
		}
	}
}

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
