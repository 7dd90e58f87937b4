package names

import "strings"

// typeAliases maps the keys of other names of agreement types to the key
// of the type.
var typeAliases = map[string]string{
	"mou":                         "memorandum d'entente",
	"memorandum of understanding": "memorandum d'entente",
}

// AgreementKey returns the comparison key of an agreement type: folded, dashes
// as spaces, every word singular, aliases resolved ("Conventions-cadres"
// → "convention cadre", "MoU" → "memorandum d'entente").
func AgreementKey(t string) string {
	words := strings.Fields(Key(t))
	for i, w := range words {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			words[i] = w[:len(w)-1]
		}
	}
	k := strings.Join(words, " ")
	if a, ok := typeAliases[k]; ok {
		return a
	}
	return k
}
