package parties

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"veille/extract/text"
)

// Recognisers of acronyms: a long form with its acronym in brackets
// ("Maroc Numeric Cluster (MNC)") and bare acronyms; and the folding of a
// party named by an acronym into the body whose initials it spells.

// acronymForms reads "Maroc Numeric Cluster (MNC)": one body, named by the
// long form, with its acronym.
func (s *psent) acronymForms() {
	if strings.IndexByte(s.span(0, s.toks.Len()), '(') < 0 {
		return // most sentences have no parentheses: one fast scan of the text
	}
	for i := range s.toks.Len() {
		if s.toks.Text(i) != "(" || s.parenEnd(i) != i+3 || s.isClaimed(i+1) {
			continue
		}
		acr := s.tok(i + 1)
		alias := !isAcronym(acr)
		if alias && !s.isAlias(i+1) {
			continue
		}
		start := s.longFormStart(i, acr.Fold())
		if start < 0 || !s.free(start, i+3) || s.is(start, lxEventWords) || alias && !s.is(start, lxOrgHeads) {
			continue
		}
		o := occ{kind: s.bodyKind(start, i), name: s.span(start, i), acronym: acr.Text()}
		lo := start
		if t := start - 1; t > 0 && s.is(t, lxCompanyTriggers) && !s.cap(t) && s.free(t, start) && o.kind == kindCompany {
			// "et le groupe Aciéries du Nord-Est (ANE)": the trigger noun
			// is part of the extent, as companyTriggers reads it.
			lo, o.group, o.noun = t, groupNouns[s.f(t)], s.word(t)
		}
		s.add(o, lo, i+3, start, i+3)
	}
}

// isAlias reports whether token i, in parentheses after a body's name,
// can be its short name though not in capitals: one capitalised word
// that is no place ("Agence ... (Masen)", "Fédération ... (Interprolive)").
func (s *psent) isAlias(i int) bool {
	t := s.tok(i)
	return t.IsWord() && t.Cap() && !t.has(lxNotOrgs|lxNameStop|lxStopWords) && !s.isPlace(i, i+1)
}

// isAcronym reports whether a token can be the acronym of a body.
func isAcronym(t ptok) bool {
	return t.AllCaps() && len(t.Text()) <= 12 && !t.has(lxNotOrgs)
}

// longFormStart finds where the long form before the "(" at i starts: the
// farthest word from which the initials spell the acronym, else the
// nearest capitalised head word ("Fédération des ... (APEBI)"), else -1.
func (s *psent) longFormStart(i int, acr string) int {
	lo := i
	for k := i - 1; k >= 0 && i-k <= 20; k-- {
		t := s.tok(k)
		if t.IsWord() && (!t.has(lxStopWords) || t.has(lxMinorWords) || t.Cap() && s.is(k-1, lxForeignJoiners)) || t.Text() == "&" || t.Text() == "," && s.is(k+1, lxContinuers) {
			lo = k
			continue
		}
		break
	}
	letters, repeated := acronymLetters(acr)
	for k := lo; k < i; k++ {
		if !s.cap(k) || s.is(k, lxMinorWords) {
			continue
		}
		all, caps := s.initials(k, i, false), s.initials(k, i, true)
		if all == letters || all == repeated || caps == letters || caps == repeated {
			return s.headBefore(k)
		}
	}
	if k := s.capRunStart(i); k < i && spells(letters, s.toks.Slice(k, i)) {
		return s.headBefore(k) // "Kabelwerk Nordhausen (KWN)": letters from inside words
	}
	for k := i - 1; k >= lo; k-- {
		if s.is(k, lxConjAnd) && s.is(k+1, lxDeterminers) {
			break // "la Région de l'Oriental et le groupe X (Y)": another party
		}
		if s.cap(k) && s.is(k, lxOrgHeads) {
			return k
		}
	}
	return -1
}

// acronymLetters returns the letters of a folded acronym, and the same
// letters with each one a digit follows written that many times: "C2CM"
// spells "Cluster Cuir et Chaussure de Marrakech", two C then a C and an M.
func acronymLetters(acr string) (letters, repeated string) {
	var l, r strings.Builder
	for k := 0; k < len(acr); k++ {
		c := acr[k]
		switch {
		case c >= 'a' && c <= 'z':
			l.WriteByte(c)
			r.WriteByte(c)
		case c >= '2' && c <= '9' && k > 0 && acr[k-1] >= 'a' && acr[k-1] <= 'z':
			r.WriteString(strings.Repeat(string(acr[k-1]), int(c-'1')))
		}
	}
	return l.String(), r.String()
}

// maxHeadAdjectives bounds the adjectives between a body's head and the
// name its acronym spells ("l'Agence spéciale Nador West Med (NWM)").
const maxHeadAdjectives = 2

// headBefore returns where the name spelled from k starts: at the
// capitalised head of a public body and its adjectives right before it
// ("Agence spéciale" of "l'Agence spéciale Nador West Med (NWM)"), else k.
func (s *psent) headBefore(k int) int {
	for h := k - 1; h >= 0 && k-h <= maxHeadAdjectives+1; h-- {
		if s.cap(h) {
			if kind := orgHeads[s.f(h)]; kind != noKind && kind != kindCompany && h < k-1 {
				return h
			}
			return k
		}
		if !s.tok(h).IsWord() || s.is(h, lxStopWords|lxVerbStops|lxComplementPreps|lxDeterminers) {
			return k
		}
	}
	return k
}

// maxRunWords bounds the capitalised run an acronym is spelled from.
const maxRunWords = 4

// capRunStart returns where the run of capitalised words right before
// token i starts (i if none).
func (s *psent) capRunStart(i int) int {
	k := i
	for k > 0 && i-k < maxRunWords && s.cap(k-1) && !s.is(k-1, lxMinorWords) {
		k--
	}
	return k
}

// spells reports whether an acronym's letters are the initials of the
// words, each maybe followed by letters from inside its word, in order:
// acronyms also take letters from inside compound words ("Kabelwerk
// Nordhausen" is KWN).
func spells(letters string, words text.Tokens) bool {
	if words.Len() == 0 {
		return letters == ""
	}
	w := words.Fold(0)
	if letters == "" || w == "" || w[0] != letters[0] {
		return false
	}
	rest := words.Slice(1, words.Len())
	// Letters [1, n) of the acronym come from inside w, the others from
	// the words after it.
	for n, j := 1, 1; ; n++ {
		if spells(letters[n:], rest) {
			return true
		}
		if n == len(letters) {
			return false
		}
		for j < len(w) && w[j] != letters[n] {
			j++
		}
		if j == len(w) {
			return false
		}
		j++
	}
}

// minorWords are left out of the initials of a name.
var minorWords = wordSet("de", "du", "des", "d'", "l'", "la", "le", "les", "et", "and", "of", "the", "en", "pour", "a", "au", "aux", "for", "&", ",")

// initials spells the first letters of the words of tokens [lo, hi), of
// capitalised words only when capsOnly is set.
func (s *psent) initials(lo, hi int, capsOnly bool) string {
	var b strings.Builder
	for k := lo; k < hi; k++ {
		t := s.tok(k)
		if !t.IsWord() || t.has(lxMinorWords) || capsOnly && !t.Cap() {
			continue
		}
		b.WriteByte(t.Fold()[0])
		writeInnerInitials(&b, t.Text(), t.Fold())
	}
	return b.String()
}

// writeInnerInitials writes the initials of the capitalised parts after
// the first of a hyphenated word ("Nord-Est": e): "Aciéries du Nord-Est"
// is ANE.
func writeInnerInitials(b *strings.Builder, word, folded string) {
	if strings.IndexByte(word, '-') < 0 {
		return // one part: most words
	}
	parts, fparts := strings.Split(word, "-"), strings.Split(folded, "-")
	if len(parts) != len(fparts) {
		return
	}
	for k := 1; k < len(parts); k++ {
		if r, _ := utf8.DecodeRuneInString(parts[k]); unicode.IsUpper(r) && fparts[k] != "" {
			b.WriteByte(fparts[k][0])
		}
	}
}

// acronyms reads bare acronyms: known bodies ("CDG"), and unknown ones
// kept only where they sign. In a sentence written in capitals (a
// headline), only known acronyms count.
func (s *psent) acronyms() {
	if s.caps == 0 {
		return
	}
	shouting := s.caps*2 > s.words
	for i := range s.toks.Len() {
		t := s.tok(i)
		if s.isClaimed(i) || !isAcronym(t) || isRomanNumeral(t.Text()) {
			continue
		}
		if kind, ok := knownAcronyms[t.Fold()]; ok {
			if e := s.acronymLedEnd(i); e > i+1 {
				s.add(occ{kind: kindCompany}, i, e, i, e) // "OCP Nutricrops"
				i = e - 1
				continue
			}
			e := s.placeComplementEnd(i + 1)
			s.add(occ{kind: kind, acronym: t.Text()}, i, e, i, e)
			continue
		}
		if len(t.Text()) >= 3 && !shouting {
			s.add(occ{kind: kindCompany, weak: true}, i, i+1, i, i+1)
		}
	}
}

// acronymLedEnd returns the end of a company name that a known acronym at
// i leads, its parent's ("OCP Nutricrops", "CDG Invest"), or i+1 when the
// acronym stands alone: not before a first name or a place ("le CRI
// Souss-Massa").
func (s *psent) acronymLedEnd(i int) int {
	e := s.companyRunAt(i + 1)
	if e == i+1 || s.is(i+1, lxFirstNames) || !s.free(i+1, e) || !s.validCompany(i+1, e) || s.isPlace(i+1, i+2) {
		return i + 1
	}
	return e
}

// foldAcronyms gives the party position of a party named by an acronym
// alone to the body whose initials it spells ("OCP" for "Office chérifien
// des phosphates"), named in full elsewhere: one party, not two. Only
// parties are folded: an acronym elsewhere may name a place ("l'aéropôle
// de l'ONDA"). The initials are spelt once per body: linear in the page.
func (r *partyResolver) foldAcronyms() {
	var byInitials map[string]*partyEntity
	for _, e := range r.ents {
		if e.kind == kindPerson || e.via == noVia || e.via == viaMention {
			continue // most entities: their name is not folded
		}
		key := e.foldedName()
		long, alias := knownAliases[key]
		if !isAcronymName(e.name) && !alias {
			continue
		}
		if byInitials == nil {
			byInitials = r.initialsOfBodies()
		}
		if alias {
			key = long
		}
		if b := byInitials[key]; b != nil && b != e {
			if e.via.rank() > b.via.rank() {
				b.via = e.via
			}
			e.via = noVia
		}
	}
}

// knownAliases are the short names the press gives public bodies that
// their initials do not spell, with their folded long names: "Masen" for
// the Agence marocaine pour l'énergie durable.
var knownAliases = map[string]string{
	"masen":     "agence marocaine pour l'energie durable",
	"onee":      "office national de l'electricite et de l'eau potable",
	"tamwilcom": "societe nationale de garantie et du financement de l'entreprise",
}

// isAcronymName reports whether a name is one word written in capitals.
func isAcronymName(name string) bool {
	if strings.IndexFunc(strings.TrimSpace(name), unicode.IsSpace) >= 0 {
		return false // white space parts tokens: two words at least
	}
	toks := text.Tokenize(name)
	return toks.Len() == 1 && toks.Shape(0)&text.Acronym != 0
}

// initialsOfBodies maps the initials of the bodies named in several words
// and without an acronym to the first such body: both spellings, "ocp"
// for "Office chérifien des phosphates" and "onda" for "Office national
// des aéroports" (the initial of "des" kept), and its folded name, which
// knownAliases give.
func (r *partyResolver) initialsOfBodies() map[string]*partyEntity {
	out := map[string]*partyEntity{}
	for _, e := range r.ents {
		if e.kind == kindPerson || e.acronym != "" || !strings.Contains(e.name, " ") {
			continue
		}
		var all, major strings.Builder
		for _, t := range text.Tokenize(e.name).All() {
			if !t.IsWord() || articles[t.Fold] {
				continue
			}
			all.WriteByte(t.Fold[0])
			if !minorWords[t.Fold] {
				major.WriteByte(t.Fold[0])
			}
		}
		for _, k := range []string{all.String(), major.String(), e.foldedName()} {
			if out[k] == nil {
				out[k] = e
			}
		}
	}
	return out
}

// articles are left out of every spelling of initials.
var articles = wordSet("l'", "la", "le", "les", "et")
