package parties

// subsidiaries reads "X, filiale de Y" and "X, filiale du groupe Y": X is
// the company, Y its parent; in "X, filiale d'un groupe casablancais" the
// parent is not named.
func (s *psent) subsidiaries() {
	if !s.hasWord(lxSubsidiaryNouns) {
		return
	}
	for i := 1; i < s.toks.Len(); i++ {
		if !s.is(i, lxSubsidiaryNouns) {
			continue
		}
		c := s.appositionAt(i)
		if c < 0 {
			continue
		}
		j := i + 1
		for s.is(j, lxRoleAdjectives) {
			j++
		}
		if s.in(j, prepA) && isDigitWord(s.f(j+1)) { // "filiale à 100 % de"
			j += 2
			if s.f(j) == "%" {
				j++
			}
		}
		n, ok := s.prepEnd(j)
		if !ok {
			continue
		}
		// "du groupe belge X" was read by companyTriggers, "de la Caisse
		// ... (CDG)" by acronymForms.
		parent := s.occAt(n)
		if parent != nil && parent.kind == kindPerson {
			continue
		}
		if parent == nil {
			generic := s.is(n, lxCompanyTriggers) || s.is(n, lxDeterminers) && s.is(n+1, lxCompanyTriggers)
			m := s.descriptionEnd(n)
			e := s.companyRunAt(m)
			switch {
			case e > m && s.validCompany(m, e) && s.free(m, e):
				parent = s.add(occ{kind: kindCompany}, m, e, m, e)
			case !generic:
				continue
			}
		}
		child := s.occEndingAt(c)
		if child == nil {
			k := c
			for k > 0 && !s.isClaimed(k-1) && (s.cap(k-1) || s.tok(k-1).AllCaps() || s.tok(k-1).DigitLed()) && !s.is(k-1, lxNameStop) {
				k--
			}
			if k == c || !s.validCompany(k, c) {
				continue
			}
			child = s.add(occ{kind: kindCompany}, k, c, k, c)
		}
		if parent == nil {
			continue // "X, filiale d'un groupe casablancais": X is a company
		}
		parent.parentOf, parent.apposed = true, true
		ri := child.own()
		ri.org, ri.orgRole = parent.name, s.span(i, int(parent.hi))
	}
}

// ventures reads "X, coentreprise entre A et B": A and B hold X, as a
// parent holds its subsidiary; they are not the subject that signs.
func (s *psent) ventures() {
	if !s.hasWord(lxPositionCues) {
		return
	}
	for k := 2; k+1 < s.toks.Len(); k++ {
		if !s.is(k, lxPositionCues) || positionCues[s.f(k)] != cueWith || !s.in(k-1, ventureNouns) || s.appositionAt(k-1) < 0 {
			continue // a bit read for most words
		}
		for _, o := range s.enumerate(k+1, false) {
			o.parentOf, o.apposed = true, true
		}
	}
}

// ventureNouns name a company its shareholders hold together.
var ventureNouns = wordSet("coentreprise", "co-entreprise", "joint-venture")

// appositionAt returns the comma or parenthesis that opens an apposition
// whose noun is at i ("A, filiale de B", "A (filiale de B)", "A, une
// filiale de B"), or -1.
func (s *psent) appositionAt(i int) int {
	if s.in(i-1, singularDets) {
		i--
	}
	if f := s.f(i - 1); f == "," || f == "(" {
		return i - 1
	}
	return -1
}

// promoterAt reports "porté par" at j, which ends a description: "un
// hôtelier porté par le groupe X" does not describe X, its promoter.
func (s *psent) promoterAt(j int) bool {
	return s.in(j, promotingParticiples) && positionCues[s.f(j+1)] == cueAgent
}

// maxDescriptionWords bounds the lower-case words between a trigger noun
// and the company it introduces ("le spécialiste européen des services
// numériques X"), so that a missing name cannot swallow a paragraph.
const maxDescriptionWords = 12

// descriptionEnd skips the lower-case words from i that describe a
// company before its name ("groupe émirien", "pétrolier italien") and
// returns where the name may start. "pour" before a name ends it: the
// name is the client's ("fabricant de panneaux pour Airbus" describes the
// company named before; "spécialiste pour l'aéronautique X" describes X).
func (s *psent) descriptionEnd(i int) int {
	j := i
	for j < s.toks.Len() && j-i < maxDescriptionWords {
		t := s.tok(j)
		if t.has(lxConjAnd) && j > i && s.is(j+1, lxPrepDe|lxContractedDe) {
			j++ // "de systèmes de freinage et de composants de châssis": one description
			continue
		}
		if !t.IsWord() || t.Cap() || t.AllCaps() || t.DigitLed() || t.has(lxVerbStops) || isDigitWord(t.Text()) || s.promoterAt(j) || s.in(j, prepFor) && s.cap(j+1) {
			break
		}
		j++
	}
	return j
}
