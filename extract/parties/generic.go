package parties

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"veille/extract/text"
)

// Names that stand for a party named more precisely elsewhere in the
// article: the head of a body named in full, the government a minister
// signs for.

// mergeShortNames folds a body named by its head alone ("le Conseil
// régional") into the one body of its kind named in full with a
// complement ("Conseil régional de Souss-Massa"), wherever either comes
// first: the press drops the complement once the body is known.
func (r *partyResolver) mergeShortNames(all []*occ) {
	if !slices.ContainsFunc(r.ents, isBody) {
		return // no short name to merge: a dense page names thousands of companies
	}
	into := map[*partyEntity]*partyEntity{}
	for _, short := range r.ents {
		if !isBody(short) {
			continue
		}
		prefix := short.foldedName() + " "
		spelled := territoryOf(short.foldedName()) // "conseil regional": "conseil de la region "
		var long *partyEntity
		for _, e := range r.ents {
			if e == short || e.kind != short.kind {
				continue
			}
			if spelled != "" && strings.HasPrefix(e.foldedName(), spelled) {
				if long != nil {
					long = nil
					break
				}
				long = e
				continue
			}
			if !strings.HasPrefix(e.foldedName(), prefix) {
				continue
			}
			// The complement goes on after a preposition, or after "région"
			// with the region's name ("Conseil de la région Drâa-Tafilalet").
			if rest := text.Tokenize(e.foldedName()[len(prefix):]); rest.Len() == 0 || !complementPreps[rest.Text(0)] && !regionNouns[lastWord(short.foldedName())] {
				continue
			}
			if long != nil {
				long = nil // two bodies fit: the short name is ambiguous
				break
			}
			long = e
		}
		if long != nil {
			into[short] = long
		}
	}
	if len(into) == 0 {
		return
	}
	for _, o := range all {
		if e, ok := into[o.ent]; ok {
			o.ent = e
		}
	}
	r.ents = slices.DeleteFunc(r.ents, func(e *partyEntity) bool { return into[e] != nil })
}

// territoryOf returns the beginning of the full name that a local
// council named by its head and a territorial adjective stands for
// ("conseil regional": "conseil de la region "), or "".
func territoryOf(folded string) string {
	head, adj, ok := strings.Cut(folded, " ")
	if !ok || strings.Contains(adj, " ") || !councilNouns[head] {
		return ""
	}
	if of := territorialAdjectives[adj]; of != "" {
		return head + " " + of + " "
	}
	return ""
}

// isBody reports an entity that is neither a person nor a company: a
// government body or an institution.
func isBody(e *partyEntity) bool { return e.kind != kindPerson && e.kind != kindCompany }

// yieldGovernment drops the bare "gouvernement" from the parties when a
// minister or a ministry signs in the same article: "Le gouvernement a
// conclu deux accords ... signé par la ministre de X" names one party
// twice, the summary first, and a minister signs for the government.
// "L'État" and "le gouvernement marocain" are the formal party of a
// convention and stay, and so does the government first named as the
// counterpart ("a signé un protocole avec le gouvernement").
func (r *partyResolver) yieldGovernment(d *text.Doc) {
	if r.state == nil || r.state.via == noVia || !genericGovernment[r.state.foldedName()] {
		return
	}
	before := text.Tokenize(d.Text[max(0, r.state.start-maxCounterpartBytes):r.state.start])
	if n := before.Len(); n >= 2 && counterpartPreps[before.Fold(n-2)] && stateArticles[before.Fold(n-1)] {
		return
	}
	for _, e := range r.ents {
		if e.via != viaSigned && e.via != viaParty {
			continue
		}
		minister := e.kind == kindPerson && strings.HasPrefix(e.info().roleHead, ministerPrefix)
		if minister || e.isMinistry() {
			r.state.via = noVia
			return
		}
	}
}

// counterpartPreps name the counterpart of an agreement before it.
var counterpartPreps = wordSet("avec", "entre")

// maxCounterpartBytes is how far before a name its preposition and
// article are read: "entre le ".
const maxCounterpartBytes = 12

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// A company named in full by capitalised words ("Kabelwerk Nordmann
// Automotive") is named again by its first words ("l'allemand Kabelwerk
// Nordmann"), at least two of them, or by its first word alone once it
// is known ("Atlas" after "Atlas Nearshore Services"). The resolver keeps
// the leading parts of the full names in its index, in namespaces of
// their own ('l', and 'f' for the first word), so that a name is looked
// up once, never against every entity of a page.

// ambiguousPart is the entity of a leading part that two companies share
// ("Atlas Cable Systems", "Atlas Cable Logistics"): it names neither.
var ambiguousPart = new(partyEntity)

// minLeadingWords is the fewest words of a leading part that names a
// company: "Kabelwerk" alone may name a group, a family, a brand.
const minLeadingWords = 2

// nameParts returns the folded first word of a company name of more
// than one word, all capitalised, and its leading parts of at least
// minLeadingWords words, longest first; "" and none for other names
// ("Banque populaire du Centre" has a word in lower case).
func nameParts(name, folded string) (head string, parts []string) {
	head, _, ok := strings.Cut(folded, " ")
	n := strings.Count(folded, " ")
	if !ok || !capitalWords(name, n+1) {
		return "", nil
	}
	if n < minLeadingWords {
		return head, nil
	}
	parts = make([]string, 0, n+1-minLeadingWords)
	for k := len(folded) - 1; k > 0; k-- {
		if folded[k] == ' ' && strings.Count(folded[:k], " ") >= minLeadingWords-1 {
			parts = append(parts, folded[:k])
		}
	}
	return head, parts
}

// capitalWords reports whether name is n words, as many as its folded
// form has, that each start with a capital.
func capitalWords(name string, n int) bool {
	words := strings.Fields(name)
	if len(words) != n {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// byLeadingPart returns the company an occurrence names by a leading
// part of its full name, or by its full name when the leading part came
// first; nil if none, or if two companies share the part. A name of one
// word stands for the one company named before whose full name it opens
// ("Le DG d'Atlas" after "Atlas Nearshore Services"), unless named as a
// parent or a group ("filiale du groupe Atlas"): a group is not its
// subsidiary.
func (r *partyResolver) byLeadingPart(o *occ, folded string) *partyEntity {
	if e := r.byKey[partyKey{'l', folded}]; e != nil && e != ambiguousPart {
		return e
	}
	if !strings.Contains(folded, " ") && !o.parentOf && !o.group {
		if e := r.byKey[partyKey{'f', folded}]; e != nil && e != ambiguousPart {
			return e
		}
	}
	_, parts := nameParts(o.name, folded)
	for _, p := range parts {
		if e := r.byKey[partyKey{'o', p}]; e != nil && e.kind == kindCompany && e.foldedName() == p {
			return e
		}
	}
	return nil
}

// addLeadingParts indexes the first word and the leading parts of the
// company name of o as names of e, or of no company when another has one
// of them.
func (r *partyResolver) addLeadingParts(o *occ, folded string, e *partyEntity) {
	head, parts := nameParts(o.name, folded)
	if head == "" {
		return
	}
	r.addPart(partyKey{'f', head}, e)
	for _, p := range parts {
		r.addPart(partyKey{'l', p}, e)
	}
}

// addPart indexes k as a name of e, or of no company when it names
// another already.
func (r *partyResolver) addPart(k partyKey, e *partyEntity) {
	switch old := r.byKey[k]; {
	case old == nil:
		r.byKey[k] = e
	case old != e:
		r.byKey[k] = ambiguousPart
	}
}
