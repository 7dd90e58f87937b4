package parties

import "strings"

// Recognisers of bodies: ministries, headed names ("Caisse de Dépôt et de
// Gestion"), companies after a trigger noun or with a company word,
// subsidiaries and the State (acronyms are in acronyms.go).

// ministries reads "le ministère de ..." and "les ministères de A, ainsi
// que de B" (two ministries), and the back-references "le ministère", "les
// deux ministères".
func (s *psent) ministries() {
	if !s.hasWord(lxMinistryNouns) {
		return
	}
	for i := 0; i < s.toks.Len(); i++ {
		f := s.f(i)
		if !s.is(i, lxMinistryNouns) || s.isClaimed(i) {
			continue
		}
		plural := ministryPlurals[f]
		j := i + 1
		for s.is(j, lxRoleAdjectives) {
			j++
		}
		end, joins := s.tailEnd(j, plural)
		if n, ok := s.prepEnd(j); ok && s.in(n, ministryStandIns) && end == n+1 {
			end = j // "le ministère de tutelle" names no ministry: a reference
		}
		if end == j {
			lo := i
			if s.is(i-1, lxNumberWords) {
				lo = i - 1
			}
			if !s.is(lo-1, lxDeterminers) && !s.in(lo-1, contractedAu) {
				continue
			}
			ref := occRefMinistry
			if plural {
				ref = occRefMinistries
			}
			s.add(occ{ref: ref, kind: kindGovernment}, lo, i+1, lo-1, i+1)
			continue
		}
		nameEnd, acr := end, ""
		if s.tok(end-1).Text() == ")" && end-3 > j && s.tok(end-3).Text() == "(" {
			nameEnd, acr = end-3, s.tok(end-2).Text()
		}
		if !plural {
			s.add(occ{kind: kindGovernment, name: s.span(i, nameEnd), acronym: acr}, i, end, i, nameEnd)
			continue
		}
		for k, part := range splitParts(s, j, nameEnd, joins) {
			name := "ministère " + s.span(part[0], part[1])
			o := s.add(occ{kind: kindGovernment, name: name}, i, end, part[0], part[1])
			if k == len(joins) {
				o.acronym = acr
			}
		}
	}
}

// splitParts cuts the complements of "les ministères" into one part per
// ministry: at "ainsi que" when the text uses it, else at every joiner.
func splitParts(s *psent, lo, hi int, joins []tailJoin) [][2]int {
	var cuts []int
	for _, j := range joins {
		if j.ainsi {
			cuts = append(cuts, j.at)
		}
	}
	if len(cuts) == 0 {
		for _, j := range joins {
			cuts = append(cuts, j.at)
		}
	}
	var parts [][2]int
	start := lo
	for _, c := range cuts {
		if c >= hi {
			break
		}
		e := c
		for e > start && s.in(e-1, trailingJoiners) {
			e--
		}
		if e > start {
			parts = append(parts, [2]int{start, e})
		}
		start = c
	}
	return append(parts, [2]int{start, hi})
}

// bodyKind classifies the body named by tokens [lo, hi) by its head word:
// the first word of a French name, any word of an English one.
func (s *psent) bodyKind(lo, hi int) partyKind {
	if k := orgHeads[s.f(lo)]; k != noKind {
		if s.in(lo, councilNouns) && (s.is(lo+1, lxRegionalAdjectives) || s.is(lo+2, lxLocalHeads) || s.is(lo+3, lxLocalHeads)) {
			return kindGovernment
		}
		return k
	}
	for k := lo + 1; k < hi; k++ {
		if s.is(k, lxEnglishHeads) && s.cap(k) {
			return kindInstitution
		}
	}
	return kindCompany
}

// companyNameHeads head company names written like those of public
// bodies ("Société nationale des autoroutes", "Compagnie générale
// immobilière").
var companyNameHeads = wordSet("societe", "compagnie")

// regionalAdjectives make a "conseil" a local government.
var regionalAdjectives = wordSet("regional", "communal", "provincial", "prefectoral", "municipal")

// headedBodies reads names that start with a capitalised head word
// ("Caisse de Dépôt et de Gestion", "Bank Al-Maghrib", "Conseil régional
// de l'Oriental") and local councils written in lower case.
func (s *psent) headedBodies() {
	if !s.hasWord(lxOrgHeads) {
		return
	}
	for i := 0; i < s.toks.Len(); i++ {
		if !s.is(i, lxOrgHeads) || s.isClaimed(i) || !s.cap(i) && !s.is(i+1, lxRegionalAdjectives) {
			continue // no head word, the common case; or one the tests below reject
		}
		f := s.f(i)
		kind := orgHeads[f]
		council := councilNouns[f] && s.is(i+1, lxRegionalAdjectives)
		// A company head heads a name only before lower-case words ("Société
		// marocaine d'ingénierie touristique"); "Groupe Renault" is read by
		// companyTriggers.
		companyHead := kind == kindCompany && companyNameHeads[f] && s.tok(min(i+1, s.toks.Len()-1)).IsWord() && !s.cap(i+1) && !s.is(i+1, lxComplementPreps)
		if s.isClaimed(i) || kind == noKind || kind == kindCompany && !companyHead || ministryNouns[f] && !ministryPlurals[f] || !s.cap(i) && !council {
			continue
		}
		if i > 0 && (s.cap(i-1) || s.tok(i-1).AllCaps()) && !s.is(i-1, lxNameStop) {
			continue // "BMCE Bank of Africa": the head of an English name is not its start
		}
		// Capitalised words and adjectives before the complements:
		// "Bank Al-Maghrib", "Fédération royale marocaine de football".
		j, lower := i+1, 0
		for j < s.toks.Len() && j-i <= 5 && !s.isClaimed(j) && s.tok(j).IsWord() {
			t := s.tok(j)
			switch {
			case t.Cap() && !t.has(lxNameStop), isRomanNumeral(t.Text()):
			case !t.Cap() && lower < 3 && !t.has(lxStopWords|lxVerbStops|lxComplementPreps) && !isParticiple(t) && !isDigitWord(t.Text()) && !tensedVerb(t.Fold()):
				lower++
			default:
				lower = -1
			}
			if lower < 0 {
				break
			}
			j++
		}
		end, _ := s.tailEnd(j, false)
		// "Fonds Mohammed VI pour l'investissement"; a name that has its
		// complements ends before "pour" ("Office chérifien des phosphates
		// pour la mise en place").
		if end == j && s.in(end, prepFor) && (s.in(end+1, definiteArticles) || s.in(end+1, articlesAfterDe)) && !s.in(end+2, projectActions) && !s.in(end+2, periodNouns) {
			if e := s.npEnd(end + 2); e > end+2 {
				// "Agence pour la promotion et le développement économique
				// des provinces du Sud": aims joined by "et", each with its
				// article.
				for s.is(e, lxConjAnd) && s.is(e+1, lxDeterminers) && s.lowerHead(e+2) && s.npEnd(e+2) > e+2 {
					e = s.npEnd(e + 2)
				}
				// "Agence nationale pour le développement des zones
				// oasiennes et de l'arganier": the complements go on.
				end, _ = s.tailEnd(e, false)
			}
		}
		for k := i; k < end; k++ {
			if s.isClaimed(k) {
				end = k
				break
			}
		}
		if end <= i+1 || i == 0 && !council && !s.hasCap(i+1, end) {
			continue
		}
		s.add(occ{kind: s.bodyKind(i, end)}, i, end, i, end)
		i = end - 1
	}
}

// projectActions after "pour la" tell what a project is for, never the
// aim a body's name states: "avec le Groupement Chtouka Primeurs pour la
// construction d'une station", not "Agence pour l'aménagement du site".
var projectActions = wordSet("construction", "realisation", "creation", "extension", "installation",
	"implantation", "mise", "fourniture", "livraison", "acquisition", "modernisation", "renovation")

// periodNouns after "pour la" tell the period an agreement covers, never a
// body's aim: "conclu entre l'État et la Région pour la période 2020-2026".
var periodNouns = wordSet("periode", "annee", "exercice", "duree", "campagne", "saison")

// hasCap reports whether a token of [lo, hi) is capitalised.
func (s *psent) hasCap(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.cap(k) {
			return true
		}
	}
	return false
}

// isRomanNumeral reports whether w is written in Roman numerals ("VI").
func isRomanNumeral(w string) bool {
	return w != "" && strings.Trim(w, "IVX") == ""
}

// verbStops end the description between a trigger noun and a company name.
var verbStops = wordSet(
	"a", "ont", "est", "sont", "etait", "sera", "seront", "serait", "avait", "avaient", "va",
	"vont", "qui", "que", "qu'", "dont", "doit", "doivent", "peut", "peuvent", "devrait",
	"devraient", "vient", "viennent", "s'", "se", "n'", "ne", "il", "elle", "ils", "elles",
	"on", "y", "lui", "et", "ou", "mais",
)

// placeBefore are the prepositions after which a capitalised word is a
// place ("implanté à", "présent au", "actif en").
var placeBefore = wordSet("à", "au", "aux", "en", "vers", "depuis", "sur", "près")

// refDeterminers introduce a back-reference ("la filiale", "du groupe").
var refDeterminers = wordSet("le", "la", "l'", "du", "au", "cette", "ce", "cet")

// companyTriggers reads "la société X", "le spécialiste européen des
// services numériques X", "avec sa filiale X", "les entreprises A, B et C",
// and the back-references "la société", "le groupe", "la filiale".
func (s *psent) companyTriggers() {
	if !s.hasWord(lxCompanyTriggers | lxNationalityNouns | lxCompanyListNouns) {
		return
	}
	for i := 0; i < s.toks.Len(); i++ {
		if !s.is(i, lxSubsidiaryNouns|lxNationalityNouns|lxCompanyTriggers|lxCompanyListNouns) || s.isClaimed(i) {
			continue // a word no case below starts from: most words
		}
		if s.sideEnd(i-1) == i+1 {
			continue // "Signé côté entreprise par ...": a side, not a company
		}
		f := s.f(i)
		switch {
		case s.is(i, lxSubsidiaryNouns) && (s.appositionAt(i) >= 0 || s.is(i+1, lxComplementPreps)):
			// "X, filiale de Y": read by subsidiaries.
		case s.is(i, lxNationalityNouns) && s.is(i-1, lxRefDeterminers):
			// "le chinois BYD", "l'américain Microsoft".
			if e := s.companyRunAt(i + 1); e > i+1 && s.free(i+1, e) && s.validCompany(i+1, e) {
				s.add(occ{kind: kindCompany}, i, e, i+1, e)
				i = e - 1
			}
		case s.is(i, lxCompanyTriggers) && s.cap(i) && s.is(i+1, lxComplementPreps) && s.namedHead(i):
			// "Société de Thérapeutique Marocaine (Sothema)": the head is the name's.
			i = int(s.occs[len(s.occs)-1].hi) - 1
		case s.is(i, lxCompanyTriggers) && s.apposedName(i) >= 0:
			// "celui de Siegecor, fabricant de coiffes de sièges, qui table
			// sur 1.100 emplois": the name the trigger describes after it.
			lo := s.apposedName(i)
			s.add(occ{kind: kindCompany, noun: s.word(i)}, lo, i-1, lo, i-1)
		case s.is(i, lxCompanyTriggers):
			j := s.descriptionEnd(i + 1)
			// "le groupe implanté à Dakhla Atlantique": a place, not the name;
			// nor "un investisseur du Golfe", where it comes from.
			atPlace := j > i+1 && placeBefore[strings.ToLower(s.tok(j-1).Text())] ||
				j == i+2 && s.in(i-1, indefiniteArticles) && s.is(i+1, lxComplementPreps)
			q := s.quotedAt(j) // "le groupe « Leoni »"
			if e := s.companyRunAt(j + q); e > j+q && !atPlace && s.quoteCloses(e, q) && s.free(j, e+q) && s.validCompany(j+q, e) {
				o := s.add(occ{kind: kindCompany, group: groupNouns[f], noun: s.word(i)}, i, e+q, j+q, e)
				e += q
				if s.is(i, lxSubsidiaryNouns) && s.in(i-1, singularPoss) {
					s.subsidiaryOf(o, i)
				}
				i = e - 1
				continue
			}
			end := i + 1
			if s.at(end, phOfTheProject) {
				end += 2 // "le porteur du projet", "l'investisseur du projet"
			}
			if s.is(i, lxBackRefNouns) && s.is(i-1, lxRefDeterminers) && !s.is(end, lxComplementPreps) {
				ref := occRefCompany
				switch {
				case s.is(i, lxSubsidiaryNouns):
					ref = occRefSubsidiary
				case groupNouns[f]:
					ref = occRefGroup
				}
				s.add(occ{ref: ref, kind: kindCompany, noun: s.word(i)}, i, end, i-1, end)
				i = end - 1
			}
		case s.is(i, lxCompanyListNouns) && (s.is(i-1, lxDeterminers|lxNumberWords) || s.in(i-1, contractedAux)):
			i = s.companyList(i)
		}
	}
}

// maxApposedName bounds the words of a name a trigger describes after it.
const maxApposedName = 4

// apposedName returns the start of the name that the trigger noun at i
// describes in an apposition ("Siegecor, fabricant de coiffes de
// sièges"): a free run of capitalised words right before its comma, one
// word or with a company word, no person's (no first name) nor place's,
// the trigger followed by its complement; -1 if none.
func (s *psent) apposedName(i int) int {
	if s.f(i-1) != "," || !s.is(i+1, lxComplementPreps) {
		return -1
	}
	lo := i - 1
	for lo > 0 && i-1-lo < maxApposedName && s.nameish(lo-1) && !s.isClaimed(lo-1) {
		lo--
	}
	if lo == i-1 || s.is(lo, lxFirstNames) || s.cap(lo-1) || !s.validCompany(lo, i-1) || s.isPlace(lo, i-1) {
		return -1
	}
	if i-1-lo > 1 && !s.hasCompanyWord(lo+1, i-1) {
		return -1 // "Jorge Alcaraz, spécialiste de l'automobile": a person, maybe
	}
	return lo
}

// companyList reads the companies a list noun at i introduces: "les
// entreprises A, B et C", "deux industriels du textile, A et B". A name
// right after a complement of the noun is none of them ("les coopératives
// de la plaine de Triffa"). It returns the last token it read.
func (s *psent) companyList(i int) int {
	j := i + 1
	for j < s.toks.Len() && j-i <= 6 && s.tok(j).IsWord() && !s.tok(j).Cap() && !s.is(j, lxVerbStops) && !isDigitWord(s.tok(j).Text()) {
		j++
	}
	if s.f(j) == "," || s.f(j) == ":" {
		j++
	} else if j > i+1 && s.is(j-1, lxComplementPreps) {
		return i
	}
	for list := i; ; {
		e := s.companyRunAt(j)
		if e == j || !s.free(j, e) || !s.validCompany(j, e) {
			return i
		}
		s.add(occ{kind: s.bodyKind(j, e)}, list, e, j, e)
		i, j = e-1, e
		if s.f(j) == "," {
			j++
		}
		if s.is(j, lxConjAnd) {
			j++
		}
		if j == e {
			return i
		}
	}
}

// subsidiaryOf ties a subsidiary introduced by "sa filiale" at i to the
// last company named before it in the sentence.
func (s *psent) subsidiaryOf(o *occ, i int) {
	for k := len(s.occs) - 2; k >= 0; k-- {
		p := s.occs[k]
		if p.ref == occName && p.kind == kindCompany && int(p.hi) <= i {
			p.parentOf = true
			ri := o.own()
			ri.org = p.name
			ri.orgRole = "filiale de " + p.name
			if p.group {
				ri.orgRole = "filiale du groupe " + p.name
			}
			return
		}
	}
}

// validCompany reports whether tokens [lo, hi) can name a company: not a
// place, not a first name with a family name.
func (s *psent) validCompany(lo, hi int) bool {
	if s.is(lo, lxCivilities|lxNotOrgs|lxEventWords|lxNumberWords) || s.is(lo, lxNameStop) && !(s.compassLed(lo) && s.hasTradeWord(lo+1, hi)) {
		return false
	}
	if hi-lo == 1 && s.is(lo, lxOrgHeads|lxCompanyWords) {
		return false // "du Conseil", "le Groupe": a head alone names nothing
	}
	k := lo - 1
	if k >= 0 && !s.tok(k).IsWord() && s.tok(k).Text() != "," {
		k-- // a quote: la stratégie « Maroc Digital 2030 »
	}
	if s.is(k, lxEventWords) && !s.is(k-1, lxPrepDe) {
		return false // "le projet Noor", not "la société de projet X"
	}
	if hi-lo >= 2 && s.is(lo, lxFirstNames) && !s.hasCompanyWord(lo+1, hi) {
		return false
	}
	return !s.isPlace(lo, hi) // last: the dearest test
}

// hasCompanyWord reports whether a token of [lo, hi) is a company word or
// a head word of an English-style body name ("Cluster").
func (s *psent) hasCompanyWord(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.is(k, lxCompanyWords) || s.is(k, lxOrgHeads) && s.cap(k) && !s.is(k-1, lxComplementPreps) && !s.in(k-1, articlesAfterDe) {
			return true // not a head after "de": "Réforme de l'Administration"
		}
	}
	return false
}

// occAt returns the naming occurrence whose extent starts at token i.
func (s *psent) occAt(i int) *occ {
	for o := range s.startingAt(i) {
		if o.ref == occName {
			return o
		}
	}
	return nil
}

// occEndingAt returns the naming occurrence whose extent ends at token i.
func (s *psent) occEndingAt(i int) *occ {
	for o := range s.endingAt(i) {
		if o.ref == occName {
			return o
		}
	}
	return nil
}

// siteNouns head the name of an industrial site, which a company word
// inside it does not make a company: "la Cité Mohammed VI Tanger Tech",
// "le Parc Atlas Green Tech".
var siteNouns = wordSet("cite", "parc", "zone", "technopole", "pole", "plateforme")

// planNouns head the name of a public plan or strategy, which a company
// word inside it does not make a company: "la feuille de route Maroc
// Digital 2030", "le plan Maroc Vert".
var planNouns = wordSet("strategie", "plan", "programme", "vision", "pacte", "route", "initiative")

// companyRuns reads capitalised names with a company word ("KPMG SASU",
// "NTT Data Morocco", "Eids Maroc"), an English head ("Maroc Numeric
// Cluster") or a trade head ("Laiterie Al Khair").
func (s *psent) companyRuns() {
	if !s.hasWord(lxCompanyWords | lxOrgHeads | lxTradeHeads) {
		return // a run is a company's by one of these words (below)
	}
	for i := 0; i < s.toks.Len(); i++ {
		if !s.nameish(i) || s.isClaimed(i) {
			continue // no run starts here (companyRunAt)
		}
		e := s.companyRunAt(i)
		for k := i; k < e; k++ {
			if s.isClaimed(k) {
				e = k
				break
			}
		}
		if e-i < 2 || !s.hasCompanyWord(i+1, e) && !s.is(i, lxTradeHeads) || !s.validCompany(i, e) || s.onlyPlaces(i, e) {
			continue
		}
		if s.in(i-1, siteNouns) || s.in(i, siteNouns) || s.in(i-1, planNouns) {
			i = e - 1 // a site's name: "la Cité Mohammed VI Tanger Tech"
			continue
		}
		s.add(occ{kind: s.bodyKind(i, e)}, i, e, i, e)
		i = e - 1
	}
}

// onlyPlaces reports whether [lo, hi) is a place followed by geographic
// words only ("Casablanca Maroc"). Its callers ask validCompany first,
// which rejects a lone place: one word is not asked about again.
func (s *psent) onlyPlaces(lo, hi int) bool {
	if hi-lo < 2 || !s.isPlace(lo, lo+1) {
		return false
	}
	for k := lo + 1; k < hi; k++ {
		if !s.in(k, countryTails) && !s.isPlace(k, k+1) {
			return false
		}
	}
	return true
}

// pronouns reads "celle-ci", "celui-ci": the last company.
func (s *psent) pronouns() {
	if !s.hasWord(lxBackRefPronouns) {
		return
	}
	for i := range s.toks.Len() {
		if !s.isClaimed(i) && s.is(i, lxBackRefPronouns) {
			s.add(occ{ref: occRefCompany, kind: kindCompany}, i, i+1, i, i+1)
		}
	}
}

// stateNames name the Moroccan State; it is a party only where it signs.
var stateNames = wordSet("maroc", "royaume", "etat", "gouvernement", "autorites")

// state reads "le Maroc", "le Royaume (du Maroc)", "l'État (marocain)",
// "le gouvernement (marocain)".
func (s *psent) state() {
	if !s.hasWord(lxStateNames) {
		return
	}
	for i := 1; i < s.toks.Len(); i++ {
		f := s.f(i)
		if s.isClaimed(i) || !s.is(i, lxStateNames) || !s.in(i-1, stateArticles) {
			continue
		}
		end := i + 1
		switch {
		case s.at(i, phAuthorities):
			end = i + len(phAuthorities)
		case authorityNouns[f]:
			continue // "les autorités locales": not the State
		case s.at(i, phKingdom):
			end = i + len(phKingdom)
		case s.at(i, phMoroccanGov):
			end = i + len(phMoroccanGov)
		}
		// The name as written: "le Royaume" is "Royaume", not "Maroc".
		s.add(occ{ref: occState, kind: kindGovernment, name: s.span(i, end)}, i, end, i, end)
	}
}

// openQuotes and closeQuotes may frame a company name after its trigger
// noun ("le groupe « Leoni »").
var (
	openQuotes  = wordSet("«", "\"", "“")
	closeQuotes = wordSet("»", "\"", "”")
)

// quotedAt returns 1 when an opening quote stands at i, else 0.
func (s *psent) quotedAt(i int) int {
	if s.in(i, openQuotes) {
		return 1
	}
	return 0
}

// quoteCloses reports whether a name ending at e is closed by a quote
// when it was opened by one (q == 1).
func (s *psent) quoteCloses(e, q int) bool {
	return q == 0 || s.in(e, closeQuotes)
}

// namedHead reads a company name that starts with its capitalised head
// and a complement ("Société de Thérapeutique Marocaine"), with an alias
// in parentheses after it ("(Sothema)").
func (s *psent) namedHead(i int) bool {
	e := s.companyRunAt(i + 2)
	if e == i+2 || !s.free(i, e) || !s.validCompany(i+2, e) {
		return false
	}
	hi, alias := e, ""
	if s.f(e) == "(" && s.cap(e+1) && s.f(e+2) == ")" {
		hi, alias = e+3, s.tok(e+1).Text()
	}
	s.add(occ{kind: kindCompany, name: s.span(i, e), acronym: alias}, i, hi, i, e)
	return true
}
