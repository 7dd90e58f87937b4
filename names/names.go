package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"veille/normalize"
)

// Key folds s for comparison: lower case, no accents, apostrophes unified,
// dashes read as spaces, white space collapsed.
func Key(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(normalize.Fold(s), "-", " ")), " ")
}

// genericHeads are the words that may open a name without being part of
// it ("groupe Inetum" = "Inetum"), folded; longer heads first.
var genericHeads = []string{
	"le groupe ", "la societe ", "l'entreprise ", "le cabinet ", "la firme ", "l'operateur ",
	"l'equipementier ", "le consortium ", "la filiale ", "l'editeur ", "la compagnie ",
	"groupe ", "societe ", "entreprise ", "cabinet ", "firme ", "operateur ",
	"equipementier ", "consortium ", "filiale ", "editeur ", "compagnie ", "le ", "la ", "les ", "l'",
}

// acronymStop are the folded words an acronym skips ("Caisse de Dépôt et
// de Gestion" → CDG).
var acronymStop = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "et": true,
	"a": true, "au": true, "aux": true, "en": true, "pour": true, "sur": true,
}

// foreignParticles, the particles of Spanish, Portuguese and Italian
// names, are skipped too ("Eólica Ibérica del Sur" → EIS); a word after
// them is a name's, even one French skips ("del Sur").
var foreignParticles = map[string]bool{
	"del": true, "y": true, "di": true, "della": true, "do": true, "dos": true, "das": true, "da": true,
}

// nameForm is one way a name may be written: its key, and whether it is an
// acronym as written (one word in capitals: "AMDIE", "CDG").
type nameForm struct {
	key     string
	acronym bool
	headed  bool // it opens with a generic head; the next form is without it
}

// nameForms returns the forms of a name: the whole of it, and, when it
// carries a parenthesised part, the name without it and the part alone
// ("Maroc Numeric Cluster (MNC)" → the name, "Maroc Numeric Cluster",
// "MNC"); each also without a generic head.
func nameForms(name string) []nameForm {
	raws := []string{name}
	if i := strings.IndexByte(name, '('); i > 0 {
		if j := strings.LastIndexByte(name, ')'); j > i {
			raws = append(raws, name[:i]+name[j+1:], name[i+1:j])
		}
	}
	var forms []nameForm
	for _, raw := range raws {
		k := Key(raw)
		if k == "" {
			continue
		}
		forms = append(forms, nameForm{key: k, acronym: isAcronym(strings.TrimSpace(raw))})
		for _, h := range genericHeads {
			if rest, ok := strings.CutPrefix(k, h); ok && rest != "" {
				forms[len(forms)-1].headed = true
				forms = append(forms, nameForm{key: rest})
				break
			}
		}
	}
	return forms
}

// isAcronym reports whether s is one word of at least two letters, all of
// them capitals.
func isAcronym(s string) bool {
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// initials returns the acronym of a folded name of several words, "" for
// a single word.
func initials(k string) string {
	words := strings.Fields(k)
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	prev := ""
	for _, w := range words {
		if i := strings.IndexByte(w, '\''); i >= 0 {
			w = w[i+1:] // l'investissement, d'entente
		}
		after := prev
		prev = w
		if w == "" || foreignParticles[w] || acronymStop[w] && !foreignParticles[after] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// leadingPart reports whether short is the first words, at least two, of
// long ("Arrow ECS" of "Arrow ECS Support Center Morocco"). Words keep
// their punctuation, so junk such as "Cnexia. En" matches nothing.
func leadingPart(short, long string) bool {
	ws, wl := strings.Fields(short), strings.Fields(long)
	if len(ws) < 2 || len(ws) >= len(wl) {
		return false
	}
	for i, w := range ws {
		if wl[i] != w {
			return false
		}
	}
	return true
}

// Same reports whether two names designate the same party under the
// gold format's rules: equal after folding; one the acronym or the
// parenthesised alias of the other; equal after dropping a generic head;
// or one the leading part, of at least two words, of the other. A lone
// family name does not match a full name.
func Same(a, b string) bool { return sameForms(nameForms(a), nameForms(b)) }

// sameForms is Same on the forms of the two names.
func sameForms(fa, fb []nameForm) bool {
	for _, x := range fa {
		for _, y := range fb {
			switch {
			case x.key == y.key,
				leadingPart(x.key, y.key), leadingPart(y.key, x.key),
				x.acronym && x.key == initials(y.key),
				y.acronym && y.key == initials(x.key):
				return true
			}
		}
	}
	return false
}

// Keys returns the blocking keys of a name, for a caller that compares
// many names and wants to compare only those that may be the same: index
// keys to file the name under, lookup keys to find the names it may be.
// When Same(a, b), a lookup key of a is an index key of b. The keys are
// the first words of the forms of the name that do not open with a
// generic head such as "société", and the acronyms as written matched
// with the initials of the longer forms.
func Keys(name string) (index, lookup []string) { return keys(nameForms(name)) }

// keys is Keys on the forms of a name.
func keys(forms []nameForm) (index, lookup []string) {
	for _, f := range forms {
		if !f.headed { // else the form without the head gives its first word
			first, _, _ := strings.Cut(f.key, " ")
			index, lookup = append(index, first), append(lookup, first)
		}
		if f.acronym {
			index, lookup = append(index, "acronym:"+f.key), append(lookup, "initials:"+f.key)
		}
		if in := initials(f.key); in != "" {
			index, lookup = append(index, "initials:"+in), append(lookup, "acronym:"+in)
		}
	}
	slices.Sort(index)
	slices.Sort(lookup)
	return slices.Compact(index), slices.Compact(lookup)
}
