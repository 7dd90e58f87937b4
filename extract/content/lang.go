package content

import (
	"slices"
	"strings"
)

// Stop words that tell French from English text.
var (
	frStop = []string{"le", "la", "les", "de", "des", "est", "et", "un", "une", "du", "dans", "pour", "qui", "que", "sur", "au", "avec", "aux", "ont", "sont", "pas", "cette", "à", "par", "son", "sa", "ses", "il", "elle"}
	enStop = []string{"the", "and", "of", "to", "is", "in", "that", "for", "with", "on", "was", "are", "it", "as", "by", "this", "have", "from", "be", "has", "would", "will", "said", "its", "which", "at"}
)

// guessLanguage tells French ("fr") from English ("en") by counting stop
// words in the first words of s; "" when neither clearly wins.
func guessLanguage(s string) string {
	fr, en := 0, 0
	words := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == ',' || r == '.' || r == '\'' || r == '’' || r == '(' || r == ')'
	}) {
		words++
		if words > 400 {
			break
		}
		w = strings.ToLower(w)
		if slices.Contains(frStop, w) {
			fr++
		}
		if slices.Contains(enStop, w) {
			en++
		}
	}
	switch {
	case fr >= 3 && fr*2 > en*3:
		return "fr"
	case en >= 3 && en*2 > fr*3:
		return "en"
	}
	return ""
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
