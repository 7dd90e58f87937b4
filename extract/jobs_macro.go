package extract

// Macro subjects: the sector, the country, a plan or the staff of a whole
// sector, whose job figures are statistics.

// sectorTarget reports a target set for a whole sector: a target noun
// before the figure in its clause, the sector right after its noun ("s'est
// fixé l'objectif de 40.000 emplois dans la filière").
func sectorTarget(ws words, cs *jobCueSet, w window) bool {
	a, b := clauseOf(ws, w.from, w.to, w.i, w.j)
	if lastCue(cs.targetNoun, ws, a, w.i) < 0 {
		return false
	}
	_, ok := matchAny(cs.sectorAfter, ws, w.j, b)
	return ok
}

// publicTarget reports a target the state or its policy set, named
// before the figure at word i: "L'objectif fixé par les pouvoirs publics,
// 40.000 emplois à l'horizon 2030", "L'objectif affiché par la stratégie
// sectorielle reste de créer 100.000 postes".
func publicTarget(ws words, cs *jobCueSet, from, i int) bool {
	k := lastCue(cs.targetSetBy, ws, from, i)
	if k < 0 {
		return false
	}
	e, _ := matchAny(cs.targetSetBy, ws, k, i)
	_, ok := matchAny(cs.country, ws, e, i)
	_, policy := matchAny(cs.policies, ws, e, i)
	return ok || policy
}

// sectorStaffReach is how many words before a figure the staff of a
// sector may be named: "l'emploi dans la filière automobile atteindra".
const sectorStaffReach = 8

// sectorStaffOf reports a figure that counts the staff of a whole sector,
// named just before it in its clause: "porter les effectifs du secteur à
// 270.000 emplois", not a company's ("les effectifs du secteur ... la
// société en emploie 300").
func sectorStaffOf(ws words, cs *jobCueSet, w window) bool {
	a, _ := clauseOf(ws, w.from, w.to, w.i, w.j)
	k := lastCue(cs.sectorStaff, ws, max(a, w.i-sectorStaffReach), w.i)
	return k >= 0 && lastCue(cs.actor, ws, k+1, w.i) < 0
}

// macroSubject reports whether the figure at word i of the sentence
// starting at word from has a macro subject: "le secteur emploie", not
// followed by one actor ("le secteur... la société emploie"), or a pronoun
// opening the sentence after a sentence about the sector ("Celui-ci
// emploie"), unless a company named in the sentence opens the relative
// clause of the figure ("Il intervient alors que X, qui emploie...").
func macroSubject(d *doc, ws words, cs *jobCueSet, from, i int) bool {
	if m := lastMacro(ws, cs, from, i); m >= 0 {
		if _, body := matchAny(cs.committingBodies, ws, m, i); body && findCue(cs.commits, ws, m+1, i) >= 0 {
			return false // "la fédération s'engage à créer 25.000 emplois": a pledge of the agreement
		}
		return actorOutsideIncise(ws, cs, m+1, i) < 0 && !namedRelative(d, ws, cs, m+1, i)
	}
	if sectorRelative(ws, cs, from, i) {
		return true // "les opérateurs du secteur, qui emploie...", "la filière textile-habillement, qui emploie"
	}
	if q, ok := planRelative(ws, cs, from, i); ok && lastCue(cs.actor, ws, q, i) < 0 {
		return true // "la stratégie «Maroc Digital 2030», qui vise 270.000 emplois"
	}
	if namedPlanSubject(ws, cs, from, i) {
		return true // "Le Plan Emergence, lui, table sur 100.000 emplois"
	}
	for _, s := range []int{from, completiveStart(ws, cs, from, i)} {
		if e, ok := matchAny(cs.country, ws, s, i); ok && lastCue(cs.actor, ws, e, i) < 0 && !properNoun(ws, e, i) {
			return true // "Le Maroc ambitionne de créer un million d'emplois": a national target
		}
	}
	e, ok := matchAny(cs.pronouns, ws, from, i)
	if !ok {
		// "Selon la fédération, il emploie 130.000 personnes": the pronoun
		// opens the clause after an opening adverbial.
		e, ok = matchAny(cs.pronouns, ws, afterLastComma(ws, from, i), i)
	}
	if !ok || lastCue(cs.actor, ws, from, i) >= 0 {
		return false
	}
	for k := e; k < i; k++ {
		if _, who := cs.who.Match(ws, k, i); who && namedSubject(d, ws, e, k) {
			return false // "Il intervient alors que X, qui emploie...": X's staff
		}
	}
	si := d.SentenceAt(ws.Span(from).Start)
	if si <= 0 {
		return false
	}
	pf, pt := d.sentWords(si - 1)
	return lastMacro(ws, cs, pf, pt) >= 0
}

// namedPlanSubject reports a sentence that opens on a public plan named
// with a capital ("Le Plan Emergence", "Le Programme Intelaka"), no
// company named after it before the figure at word i.
func namedPlanSubject(ws words, cs *jobCueSet, from, i int) bool {
	k := from
	if k < i && definiteArticles[ws.Fold(k)] {
		k++
	}
	if k >= i || !ws.At(k).Cap() {
		return false
	}
	e, ok := matchAny(cs.plans, ws, k, i)
	return ok && lastCue(cs.actor, ws, e, i) < 0
}

// namedRelative reports a relative clause among words [from, i) whose
// antecedent is a name: "La convention lie la Région à AgroNova, qui
// investira 320 MDH, créant 400 postes" (AgroNova's jobs, not the
// region's).
func namedRelative(d *doc, ws words, cs *jobCueSet, from, i int) bool {
	for k := from + 1; k < i; k++ {
		if _, who := cs.who.Match(ws, k, i); !who {
			continue
		}
		a := k - 1
		if ws.Fold(a) == "," && a > from {
			a-- // "AgroNova, qui"
		}
		if ws.At(a).Cap() && !d.inPlace(ws.At(a)) {
			return true
		}
	}
	return false
}

// afterLastComma returns the word after the last comma among words
// [from, i), or from if there is none.
func afterLastComma(ws words, from, i int) int {
	for k := i - 1; k > from; k-- {
		if ws.Fold(k) == "," {
			return k + 1
		}
	}
	return from
}

// planNameWords is how many words the name of a plan may hold between
// its noun and the relative clause about it.
const planNameWords = 10

// planRelative returns the "qui" before word i of a relative clause
// whose antecedent is a plan, its name between them: "la stratégie «Maroc
// Digital 2030», qui vise...".
func planRelative(ws words, cs *jobCueSet, from, i int) (int, bool) {
	for q := i - 1; q > from; q-- {
		if _, ok := cs.who.Match(ws, q, i); ok {
			p := lastCue(cs.plans, ws, max(from, q-planNameWords), q)
			// "un programme d'extension, qui doit lui permettre de
			// recruter": a company's own plan, not a policy.
			_, own := matchAny(cs.ownPlan, ws, p-1, p)
			return q, p >= 0 && !own
		}
	}
	return -1, false
}

// completiveStart returns the word after the last "que" among words
// [from, i), where a reported clause opens with its own subject ("la
// Banque mondiale estime que le Maroc devrait créer..."), or i if none.
func completiveStart(ws words, cs *jobCueSet, from, i int) int {
	for q := i - 1; q > from; q-- {
		if _, ok := cs.relative.Match(ws, q, i); ok {
			return q + 1
		}
	}
	return i
}

// actorOutsideIncise returns the last actor among words [from, i) that is
// not inside an incise between commas ("le secteur minier, dominé par le
// groupe OCP, emploie...": the sector's staff), or -1.
func actorOutsideIncise(ws words, cs *jobCueSet, from, i int) int {
	for k := lastCue(cs.actor, ws, from, i); k >= 0; k = lastCue(cs.actor, ws, from, k) {
		if !betweenCommas(ws, from, k, i) {
			return k
		}
	}
	return -1
}

// betweenCommas reports whether word k lies in an incise among words
// [from, i): between two commas, with no other clause break between them,
// opened by a participle or a relative pronoun ("dominé par", "qui
// compte"), not the object of a verb after a dated incise ("a enregistré,
// vendredi dernier, la signature de deux conventions, qui...").
func betweenCommas(ws words, from, k, i int) bool {
	before, after := false, false
	for q := k - 1; q >= from && !before; q-- {
		if ws.Fold(q) == "," {
			before = true
			if !inciseOpener(ws, q+1) {
				return false
			}
		} else if clauseBreak(ws, q) {
			return false
		}
	}
	for q := k + 1; q < i && !after; q++ {
		if ws.Fold(q) == "," {
			after = true
		} else if clauseBreak(ws, q) {
			return false
		}
	}
	return before && after
}

// inciseOpener reports whether word k can open an incise: a past
// participle or a relative pronoun.
func inciseOpener(ws words, k int) bool {
	if _, ok := jobCues().who.Match(ws, k, k+1); ok {
		return true
	}
	return hasSuffix(ws.Text(k), participleEndings)
}

// properNoun reports a capitalised word among words [from, to): a
// company named beside the country ("Le Maroc et Renault vont créer...").
func properNoun(ws words, from, to int) bool {
	return lastCap(ws, from, to) >= from
}

// sectorRelative reports the relative clause of the figure at word i
// opening after a sector noun and the words that name it: "la filière
// textile-habillement, qui emploie près de 190.000 personnes"; not when an
// actor comes between ("le secteur, qui compte la société X, qui emploie").
func sectorRelative(ws words, cs *jobCueSet, from, i int) bool {
	for q := i - 1; q > from; q-- {
		if _, ok := cs.who.Match(ws, q, i); !ok {
			continue
		}
		if lastCue(cs.actor, ws, q+1, i) >= 0 {
			return false
		}
		for m := q - 1; m >= max(from, q-sectorNameWords-1); m-- {
			if _, ok := matchAny(cs.sectorNouns, ws, m, q); ok {
				return true
			}
		}
		return false
	}
	return false
}

// sectorNameWords is how many words may name a sector between its noun
// and the relative clause: "la filière textile-habillement, qui".
const sectorNameWords = 3

// lastMacro returns the last macro subject among words [from, to): "le
// secteur", not a complement such as "dans le secteur" (-1 if none).
func lastMacro(ws words, cs *jobCueSet, from, to int) int {
	for m := lastCue(cs.macro, ws, from, to); m >= 0; m = lastCue(cs.macro, ws, from, m) {
		if _, prep := matchAny(cs.macroPreps, ws, m-1, m); m == from || !prep && (!listAfterPrep(ws, cs, from, m) || countsStaff(ws, cs, m, to)) {
			return m
		}
	}
	return -1
}

// countsStaff reports whether the macro noun at word m is the subject of
// a verb of employing said right after it: "..., par an et le secteur
// emploie 220.000 personnes" is a clause of its own, not an item of a
// list that "par" opens.
func countsStaff(ws words, cs *jobCueSet, m, to int) bool {
	e, ok := matchAny(cs.macro, ws, m, to)
	if !ok {
		return false
	}
	_, ok = matchAny(cs.existingBefore, ws, e, to)
	return ok
}

// listItemWords is how many words an item of a list of sectors may hold:
// "l'agro-industrie", "les énergies renouvelables".
const listItemWords = 4

// listAfterPrep reports whether the macro noun at word m is an item of a
// list that a preposition opens, a complement too: "répartis entre
// l'agro-industrie, la chimie et le tourisme". A list needs an "et" or two
// commas: in "Au Maroc, le secteur emploie..." the sector is the subject;
// ", et" joins clauses, not the items of a list ("Le marché pèse 20
// milliards de dirhams, et l'industrie emploie...").
func listAfterPrep(ws words, cs *jobCueSet, from, m int) bool {
	commas, and := 0, false
	for k := m - 1; k > from; {
		switch {
		case ws.Fold(k) == ",":
			commas++
		case listAndAt(ws, cs, k) && ws.Fold(k-1) != ",":
			and = true
		default:
			return false
		}
		n := 0
		for k--; k >= from && n < listItemWords && ws.Fold(k) != "," && !listAndAt(ws, cs, k); k-- {
			if _, prep := matchAny(cs.macroPreps, ws, k, k+1); prep && n > 0 {
				return and || commas >= 2 || commas == 1 && listClosesAfter(ws, cs, m)
			}
			if ws.At(k).Punct() {
				return false
			}
			n++
		}
	}
	return false
}

// listClosesAfter reports whether the list whose item is the macro noun
// at word m goes on after it, past another comma, to an "et" closing it:
// "entre l'agro-industrie, la chimie, le tourisme et la logistique", not
// "Au Maroc, le tourisme et l'artisanat emploient".
func listClosesAfter(ws words, cs *jobCueSet, m int) bool {
	n, comma := 0, false
	for k := m + 1; k < ws.Len() && n < 2*listItemWords; k++ {
		switch {
		case ws.Fold(k) == ",":
			n, comma = 0, true
		case listAndAt(ws, cs, k):
			return comma
		case ws.At(k).Punct():
			return false
		default:
			n++
		}
	}
	return false
}

// listAndAt reports whether word k is a conjunction that closes a list:
// unaccented, for "où" folds as "ou" ("au moment où le secteur emploie").
func listAndAt(ws words, cs *jobCueSet, k int) bool {
	_, ok := matchAny(cs.listAnd, ws, k, k+1)
	return ok && len(ws.Text(k)) == len(ws.Fold(k))
}
