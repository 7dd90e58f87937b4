package parties

import (
	"unicode"
	"unicode/utf8"

	"veille/extract/text"
)

// The noun-phrase grammar shared by roles and the names of bodies: a head,
// then complements "de/du/des/d' X", joined by "et" or by a comma when a
// preposition follows ("chargé de l'Investissement, de la Convergence et de
// l'Évaluation des politiques publiques").

// maxNPWords bounds the words of one complement, so that a missing stop
// cannot swallow a paragraph.
const maxNPWords = 8

// prepEnd reads a complement preposition with its article at i ("de la",
// "de l'", "du", "des", "d'", "chargée de", "en charge du", "auprès du")
// and returns where the noun starts.
func (s *psent) prepEnd(i int) (int, bool) {
	switch {
	case s.is(i, lxContinuers) && !s.is(i, lxComplementPreps): // chargé(e)(s), auprès
		return s.prepEnd(i + 1)
	case s.at(i, phInCharge):
		return s.prepEnd(i + 2)
	case s.is(i, lxPrepDe):
		if s.in(i+1, articlesAfterDe) {
			return i + 2, true
		}
		return i + 1, true
	case s.is(i, lxContractedDe):
		return i + 1, true
	}
	return i, false
}

// npEnd reads the noun of a complement starting at i: words that are not
// stop words, an "(ACR)" group, "&". It returns the end (i if empty).
func (s *psent) npEnd(i int) int {
	j, words := i, 0
	for j < s.toks.Len() && words < maxNPWords {
		t := s.tok(j)
		switch {
		case t.Text() == "(":
			k := s.parenEnd(j)
			if k < 0 || j == i {
				return j
			}
			j = k
			continue
		case t.Text() == "&" && j > i && s.cap(j+1):
			j++
			continue
		case t.has(lxConjAnd) && j > i && s.coordinated(j):
			j++ // "sociale et solidaire", "Eaux et Forêts"
			continue
		case j > i && s.locutionAt(j-1) > j:
			j = s.locutionAt(j - 1) // "Office régional de mise en valeur agricole"
			continue
		case !t.IsWord(), t.has(lxStopWords), t.has(lxComplementPreps), t.has(lxConjAnd):
			return j
		case isDigitWord(t.Text()), j > i && !t.Cap() && (tensedVerb(t.Fold()) || s.in(j, agreementVerbs)):
			return j // "le Conseil de la région prendra en charge", "le Centre régional d'investissement prévoit"
		case j > i && t.Cap() && s.cap(j+1) && !isRomanNumeral(s.tok(j+1).Text()) && t.has(lxFirstNames):
			// "de l'AMDIE Ali Seddiki", "de l'Économie et des finances
			// Mohamed Boussaid": the name after the body is not the body's.
			return j
		}
		j++
		words++
	}
	return j
}

// locutionAt returns the end of a locution of nameLocutions at k, or k.
func (s *psent) locutionAt(k int) int {
	for _, p := range nameLocutions {
		if e, ok := text.MatchAt(p, s.toks, k); ok {
			return e
		}
	}
	return k
}

// tenseEndings end the verbs of the simple future ("prendra",
// "contribueront") and of the imperfect and conditional ("suivait",
// "devraient"), never a word of a body's name.
var tenseEndings = []string{"era", "eront", "ira", "iront", "dra", "dront", "ait", "aient"}

// tensedVerb reports whether a folded lower-case word looks like a verb
// in the simple future, the imperfect or the conditional.
func tensedVerb(f string) bool {
	return len(f) >= 6 && hasAnySuffix(f, tenseEndings)
}

// coordinated reports whether the "et" at j joins two words of one name
// ("Économie sociale et solidaire", "Eaux et Forêts") rather than two
// parties: the words on both sides have the same case, and the word after
// is not followed by another capitalised word (a person's name).
func (s *psent) coordinated(j int) bool {
	if j+1 >= s.toks.Len() || !s.tok(j-1).IsWord() || !s.tok(j+1).IsWord() {
		return false
	}
	prev, next := s.tok(j-1), s.tok(j+1)
	if prev.Cap() != next.Cap() || next.has(lxStopWords|lxVerbStops|lxDeterminers|lxComplementPreps) || isDigitWord(next.Text()) {
		return false
	}
	if next.Cap() {
		return !s.cap(j+2) && !next.has(lxFirstNames)
	}
	return !prev.Cap()
}

// parenEnd returns the token after the ")" closing a short parenthesis
// opened at i ("(AMDIE)", "(MNC)"), or -1.
func (s *psent) parenEnd(i int) int {
	for j := i + 1; j < s.toks.Len() && j <= i+4; j++ {
		if s.tok(j).Text() == ")" {
			if j == i+1 {
				return -1
			}
			return j + 1
		}
		if !s.tok(j).IsWord() && s.tok(j).Text() != "-" && s.tok(j).Text() != "&" {
			return -1
		}
	}
	return -1
}

// tailJoin is where a complement joined by "et", a comma or "ainsi que"
// starts (at its preposition).
type tailJoin struct {
	at    int
	ainsi bool
}

// tailEnd reads the complements that follow a head ending at i and returns
// where they end and where the joined complements start. With plural wordSet
// (for "les ministères"), "ainsi que de" also joins.
func (s *psent) tailEnd(i int, plural bool) (end int, joins []tailJoin) {
	end = i
	j := i
	for j < s.toks.Len() {
		// Joiners: ", de", "et de", ", et de", ", ainsi que de".
		k, ainsi := j, false
		if k > i {
			if s.f(k) == "," {
				k++
			}
			if s.is(k, lxConjAnd) {
				k++
			} else if plural && s.at(k, phAinsiQue) {
				k += 2
				ainsi = true
			}
		}
		joined := k > j
		n, ok := s.prepEnd(k)
		if !ok {
			if joined {
				break
			}
			// "à Paris", "au Maroc", "pour l'Afrique": a place-like complement.
			if k < s.toks.Len() && k > i && placePreps[s.tok(k).Text()] {
				m := k + 1
				if s.in(m, definiteArticles) {
					m++
				}
				if s.in(m, scopeNouns) && s.cap(m+1) {
					m++ // "pour la zone Europe-Afrique"
				}
				if s.cap(m) {
					e := m
					for s.cap(e) {
						e++
					}
					j, end = e, e
					continue
				}
			}
			break
		}
		if joined && (s.cap(n) && s.is(n, lxOrgHeads) || roleHead(s, n) != "" || s.namedWithRole(n)) {
			break // "... et de l'Office national ...": another body; "... et du directeur de ...", "... et de X Y, directeur de ...": another person
		}
		if joined && !s.cap(n) && s.is(n, lxCompanyListNouns|lxCompanyTriggers) {
			break // "le ministère de l'Industrie et des équipementiers étrangers": the other party
		}
		e := s.npEnd(n)
		if e == n {
			break
		}
		if joined {
			joins = append(joins, tailJoin{at: k, ainsi: ainsi})
		}
		j, end = e, e
	}
	return end, joins
}

// namedWithRole reports whether a person's name at n is followed by a
// comma and a role: "X Y, directeur général de Z".
func (s *psent) namedWithRole(n int) bool {
	e, ok := s.nameAt(n, 2)
	if !ok || s.f(e) != "," {
		return false
	}
	_, ok = roleHeadAt(s, e+1)
	return ok
}

// agreementVerbs are the present tense of the verbs an agreement or its
// parties take, which no name holds: "le Centre régional d'investissement
// prévoit une prime".
var agreementVerbs = wordSet("prevoit", "prevoient", "vise", "visent", "permet", "permettent", "concerne", "concernent")

// placePreps open a place-like complement of a role; "à" is matched as
// written since its folded form is the verb "a".
var placePreps = wordSet("à", "au", "aux", "pour")

// scopeNouns may open the territory a role covers, before its name ("pour
// la zone Europe-Afrique", "pour la région MENA").
var scopeNouns = wordSet("zone", "region")

// isDigitWord reports whether s is written with digits only (and separators).
func isDigitWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if r < '0' || r > '9' {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// compassPoints end company names ("Crédit du Nord", "Banque du Sud")
// though alone they name no party.
var compassPoints = wordSet("nord", "sud", "est", "ouest", "centre")

// companyRunAt reads a company-like name at i: capitalised words, acronyms,
// words led by a digit ("2T"), joined by "&" or "and", with lower-case
// company words ("bank") and dotted legal forms ("S.A."). It returns the
// end (i if none).
func (s *psent) companyRunAt(i int) int {
	if i < 0 || i >= s.toks.Len() {
		return i
	}
	if !s.nameish(i) {
		return i // the common case, before the role test below
	}
	if h, ok := roleHeadAt(s, i-1); ok && len(h.words) > 1 {
		return i // "Manager" of "Country Manager"
	}
	if s.locative(i-1) && s.isPlace(i, i+1) && s.is(i+1, lxComplementPreps) {
		return i // "l'implantation à Taza d'Orvance BPO": the place of the company named after it
	}
	j := i
	for j < s.toks.Len() && j-i < 8 {
		t := s.tok(j)
		switch e := s.gluedFormEnd(j); {
		case j > i && e > j:
			j = e // "Nordvind Energy A/S", "Fincantieri S.p.A"
		case s.nameish(j):
			if j == i && (t.has(lxNameStop) && !s.compassLed(j) || isDigitWord(t.Text())) || roleHead(s, j) != "" || t.has(lxSubsidiaryNouns) {
				return j
			}
			j++
		case j > i && (t.Text() == "&" || t.has(lxEnglishJoiners)) && s.cap(j+1):
			j++
		case j > i && t.has(lxForeignJoiners) && !t.Cap() && (s.cap(j+1) || s.is(j+1, lxForeignJoiners) && s.cap(j+2)):
			j++ // "Aguas del Estrecho", "Van der Berg", "Pinto dos Santos"
		case j > i && t.has(lxComplementPreps) && s.cap(j+1) && (!s.is(j+1, lxNameStop) || compassPoints[s.f(j+1)]) && !s.hasCompanyWord(i, j):
			j++ // "Tissages du Saïs", "Crédit Agricole du Maroc", "Crédit du Nord"
		case j > i && s.at(j, phDeL) && s.cap(j+2) && !s.tok(j+2).AllCaps() && (!s.is(j+2, lxNameStop) || compassPoints[s.f(j+2)]) && !s.hasCompanyWord(i, j):
			j += 2 // "Crédit de l'Ouest", "Tanneries de l'Atlas"
		case j > i && t.IsWord() && t.has(lxCompanyWords) && !t.has(lxStopWords):
			j++
		case j > i && t.Text() == "." && j+1 < s.toks.Len() && len([]rune(s.tok(j-1).Text())) == 1 && s.cap(j+1) && len([]rune(s.tok(j+1).Text())) == 1:
			j += 2 // "S.A"
		case j > i && t.Text() == "." && s.in(j-1, dottedForms) && s.toks.Span(j).Start == s.toks.Span(j-1).End:
			return j + 1 // "Cobalt Engines Inc.": the abbreviation keeps its dot
		default:
			return j
		}
	}
	return j
}

// gluedFormEnd returns the end of the legal form glued from letters,
// dots and slashes that starts at token i ("A/S", "S.p.A"), or i if none
// does: the longest one of gluedLegalForms.
func (s *psent) gluedFormEnd(i int) int {
	if i >= s.toks.Len() || len(s.f(i)) != 1 {
		return i // the common case: no single letter
	}
	end, form := i, s.f(i)
	for k := i + 1; k < s.toks.Len() && k-i < maxGluedForm && s.toks.Span(k).Start == s.toks.Span(k-1).End; k++ {
		if form += s.f(k); gluedLegalForms[form] {
			end = k + 1
		}
	}
	return end
}

// compassLed reports whether a compass point at i opens a capitalised
// name ("Nord Textiles", "Sud Logistique"): the name is a company's only
// with a company word, which its callers ask for.
func (s *psent) compassLed(i int) bool {
	return compassPoints[s.f(i)] && s.cap(i) && s.cap(i+1)
}

// hasTradeWord reports whether a token of [lo, hi) is a company word
// other than a country ("Nord Textiles", not "Nord Maroc").
func (s *psent) hasTradeWord(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.is(k, lxCompanyWords) && !s.in(k, countryTails) {
			return true
		}
	}
	return false
}

// nameish reports whether token i of toks may be part of a company-like
// name (companyRunAt): a capitalised word, an acronym, a word led by a
// digit or with a capital inside. Each token is tested once, by newReader.
func nameish(toks text.Tokens, i int) bool {
	// A word of ASCII without capitals folds to itself: it has no inner
	// capital either.
	sh := toks.Shape(i)
	return sh&text.Word != 0 && (sh&(text.Capital|text.DigitLed|text.Acronym) != 0 || !toks.SelfFolded(i) && innerCap(toks.Text(i)))
}

// nameish reports whether token i of the sentence may be part of a
// company-like name (nameish).
func (s *psent) nameish(i int) bool { return s.reader.names.has(s.lo + i) }

// innerCap reports whether a lower-case word holds a capital inside, as
// brand names do ("easyJet", "inwi" does not).
func innerCap(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	for i := n; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:]) // past ASCII, rune by rune
		if !inPunctuationBlock(r) && unicode.IsUpper(r) {
			return true
		}
		i += size
	}
	return false
}

// inPunctuationBlock reports whether r is in the General Punctuation
// block, which holds no letter: the apostrophe of "l’" and "d’", in most
// words innerCap reads, is told without a search of the Unicode tables.
func inPunctuationBlock(r rune) bool { return r >= 0x2000 && r <= 0x206f }

// lowerHead reports whether the noun phrase at k has no capitalised word
// before its complements: an aim ("et le développement économique des
// provinces du Sud"), not another party ("et le développeur espagnol
// Eólica Ibérica").
func (s *psent) lowerHead(k int) bool {
	for ; k < s.toks.Len() && s.tok(k).IsWord() && !s.is(k, lxComplementPreps); k++ {
		if s.cap(k) {
			return false
		}
	}
	return true
}
