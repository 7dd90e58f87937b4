package extract

import (
	"strings"

	"veille/normalize"
)

// classifyJob tells an aggregate (aggregateOf) from the kinds jobKind
// tells.
func classifyJob(d *doc, ws words, cs *jobCueSet, w window, noun int) JobKind {
	kind := jobKind(d, ws, cs, w, noun)
	if kind != JobStatistic && aggregateOf(d, ws, cs, w, kind) || kind == JobExisting && (zoneSubject(ws, cs, w) || livelihoods(ws, cs, w) || placeSubject(d, ws, cs, w)) {
		return JobStatistic
	}
	return kind
}

// placeSubject reports a head-count whose subject is a place, named right
// before its verb: "l'Oriental compte à peine 4.000 emplois dans
// l'offshoring", "Tanger compte 50.000 emplois industriels"; not a company
// named after its city ("Renault Tanger compte") nor the place of a site
// ("une huilerie à Khénifra employant 140 salariés").
func placeSubject(d *doc, ws words, cs *jobCueSet, w window) bool {
	k, ok := matchEndingAny(cs.existingBefore, ws, w.i, w.from)
	if !ok || k-1 < w.from {
		return false
	}
	p := ws.At(k - 1)
	return p.Cap() && d.inPlace(p) && (k-2 < w.from || ws.At(k-2).Punct() || definiteArticles[ws.Fold(k-2)])
}

// livelihoods reports the people an activity makes a living for, no
// company named before in the clause: "la construction et la réparation
// navales font vivre environ 2 000 personnes", not "l'usine fait vivre".
func livelihoods(ws words, cs *jobCueSet, w window) bool {
	a, _ := clauseOf(ws, w.from, w.to, w.i, w.j)
	k := lastCue(cs.livelihood, ws, max(a, w.i-livelihoodReach), w.i)
	return k >= 0 && lastCue(cs.actor, ws, a, k) < 0
}

// livelihoodReach is how many words before its figure the verb of the
// livelihoods may stand: "font vivre directement environ".
const livelihoodReach = 5

// zoneSubject reports a head-count whose subject is a business zone, a
// park or a technopole, with no company before it: the staff of all the
// companies there ("les zones d'activités de Tanger Med emploient 130.000
// personnes"), not "l'usine, dans la zone franche, emploie 900 personnes".
func zoneSubject(ws words, cs *jobCueSet, w window) bool {
	m := lastCue(cs.zones, ws, w.from, w.i)
	if m < 0 || lastCue(cs.actor, ws, w.from, w.i) >= 0 {
		return false
	}
	_, prep := matchAny(cs.macroPreps, ws, m-1, m)
	return m == w.from || !prep
}

// aggregateOf reports the jobs of many companies or projects: a count of
// them before the figure in its sentence, when the sentence looks back ("À
// fin 2023, 640 entreprises employant 52 000 personnes", "depuis 2021, 85
// projets appelés à générer 40.000 emplois"), when a zone hosts them
// ("abrite 17 entreprises totalisant 2 000 emplois") or they have settled
// ("20 projets ont été installés, engendrant 3.000 emplois") or, for a
// head-count, when they are many; or the projects a commission approved
// in a past year; or a cumulative total of many of them told in the past
// ("au total", "depuis le lancement du programme").
func aggregateOf(d *doc, ws words, cs *jobCueSet, w window, kind JobKind) bool {
	from, to, i := w.from, w.to, w.i
	if k := lastCue(cs.approved, ws, from, i); k >= 0 && (pastYearBefore(d, ws, from, i) || lastCue(cs.lastYear, ws, k, i) >= 0) {
		return true // "les projets approuvés en 2024"
	}
	n, at := entityAt(d, ws, cs, from, i)
	if n == 0 && kind == JobExisting && pluralSubject(ws, cs, from, i) {
		return true // "Ces équipementiers emploient au total près de 45.000 personnes"
	}
	if n < 2 {
		return false
	}
	if lastCue(cs.hosting, ws, max(from, at-hostingReach), at) >= 0 || findCue(cs.settled, ws, at, i) >= 0 {
		return true
	}
	if n >= manyEntities && lastCue(cs.cumulative, ws, from, i) >= 0 && !futureBefore(ws, from, to) &&
		(pastVerbIn(d, ws, from, to) || findCue(cs.pastPassive, ws, from, to) >= 0 ||
			findCue(cs.approved, ws, at, i) >= 0 && lastCue(cs.since, ws, at, i) >= 0) {
		// "au total, 73 projets ont reçu l'aval", "depuis le lancement du
		// programme, ... a validé 140 projets", "porte à 63 le nombre de
		// projets approuvés depuis janvier".
		return true
	}
	if n >= manyEntities && kind == JobPledged && findCue(cs.firms, ws, at, min(i, at+entityWords)) >= 0 &&
		lastCue(cs.pledgeBefore, ws, from, w.j) < 0 && findCue(cs.pledgeAfter, ws, w.j, to) < 0 {
		return true // "plus de 150 entreprises, près de 26.000 emplois et un chiffre d'affaires de..."
	}
	return retrospective(d, ws, from, to) || (kind == JobExisting && n >= manyEntities)
}

// hostingReach is how many words before a count of companies the verb of
// the zone that hosts them may stand: "abrite déjà plus de 35 entreprises".
const hostingReach = 4

// entityCount returns the count of the last "N entreprises", "N projets"
// among words [from, i) (0 if none).
func entityCount(d *doc, ws words, cs *jobCueSet, from, i int) int64 {
	n, _ := entityAt(d, ws, cs, from, i)
	return n
}

// entityAt returns the count of the last "N entreprises", "N projets"
// among words [from, i) and the word where it starts (0 and -1 if none).
func entityAt(d *doc, ws words, cs *jobCueSet, from, i int) (int64, int) {
	var n int64
	at := -1
	if i <= from {
		return 0, at
	}
	for _, num := range within(d.numbers(), ws.Span(from).Start, ws.Span(i-1).End) {
		a, b := wordsIn(ws, num.Start, num.End)
		if a < from || b > i || !num.IsInt || num.Percent || num.Year {
			continue
		}
		if e, ok := cs.complementOf.Match(ws, b, i); ok {
			b = e // "une quarantaine d'entreprises"
		} else if e, ok := matchAny(cs.numberOf, ws, b, i); ok {
			b = e // "portent à 1.400 le nombre d'entreprises"
		}
		if _, ok := matchAny(cs.entities, ws, b, i); ok {
			n, at = num.Int, a
		}
	}
	return n, at
}

// entityWords is how many words a count of companies may take from its
// number to its noun: "plus de 150 entreprises".
const entityWords = 5

// pluralSubject reports a sentence opening on companies in the plural,
// uncounted, whose head-count before word i it adds up: "Ces
// équipementiers emploient au total...".
func pluralSubject(ws words, cs *jobCueSet, from, i int) bool {
	if _, ok := matchAny(cs.pluralCompanies, ws, from, i); !ok {
		return false
	}
	return lastCue(cs.cumulative, ws, from, i) >= 0
}

// pastYearBefore reports a year among words [from, i) that is not a
// deadline: "approuvés en 2024".
func pastYearBefore(d *doc, ws words, from, i int) bool {
	for _, y := range within(d.years(), ws.Span(from).Start, ws.Span(i).Start) {
		if y.Kind != normalize.YearTarget && y.End <= ws.Span(i).Start {
			return true
		}
	}
	return false
}

// retrospective reports a sentence that states a past period or the date
// of a state of affairs: "depuis 2022", "à fin 2023" (in 2025), "au titre
// de 2022".
func retrospective(d *doc, ws words, from, to int) bool {
	start, end := ws.Span(from).Start, ws.Span(to-1).End
	for _, y := range within(d.asOf(), start, end) {
		if y.End <= end {
			return true
		}
	}
	for _, y := range within(d.years(), start, end) {
		if y.Kind == normalize.YearPast && y.End <= end && startsSincePeriod(ws, y) {
			return true
		}
	}
	return false
}

// jobKind tells a pledge from a head-count and a statistic by the cues
// of the sentence [from, to) around the figure at words [i, j), in this
// order: a statistic when the sentence has a plan period (not the phases
// of a project), a budget post, a past target ("ambitionnait"), a past
// creation ("a créé", "ont été créés", "5 000 emplois créés en 2023") not
// made by one company to date, a loss, or a macro subject (the sector, the
// country's target); a head-count after "emploie", before "actuellement"
// or added to ("s'ajouteront aux 140 emplois"); a pledge after a pledge
// cue, a workforce target or a verb in the future; else by the noun:
// "emplois" are pledged, "salariés" counted.
func jobKind(d *doc, ws words, cs *jobCueSet, w window, noun int) JobKind {
	from, to, i, j := w.from, w.to, w.i, w.j
	a, b := clauseOf(ws, from, to, i, j)
	if k, ok := settledKind(d, ws, cs, w); ok {
		return k
	}
	pledgeFrom := from
	if k := lastCue(cs.pastBefore, ws, from, i); k >= 0 {
		e, _ := matchAny(cs.pastBefore, ws, k, i)
		if lastCue(cs.pledgeBefore, ws, e, j) < 0 {
			return doneBy(d, ws, cs, w, k)
		}
		pledgeFrom = e
	}
	if k := enabledAt(ws, cs, from, a, i); k >= 0 && !futureBefore(ws, k, i) {
		return doneBy(d, ws, cs, w, k) // "a permis de financer 900 projets et de créer 2.100 emplois"
	}
	if findCue(cs.pastAfter, ws, j, b) >= 0 || lastCue(cs.change, ws, max(a, i-changeReach), i) >= 0 {
		return JobStatistic // "en recul de 9.000 postes sur un an"
	}
	if k := lastCue(cs.loss, ws, max(a, i-4), i); k >= 0 && !createdToo(ws, cs, a, k, i) || findCue(cs.lossAfter, ws, j, min(b, j+lossAfterReach)) >= 0 {
		return JobStatistic
	}
	if e, ok := matchAny(cs.pastParticiple, ws, j, to); ok &&
		lastCue(cs.pledgeBefore, ws, a, j) < 0 && findCue(cs.pledgeAfter, ws, e, b) < 0 {
		if _, by := cs.agent.Match(ws, e, b); by && doneBy(d, ws, cs, window{e, b, b, b}, b) == JobExisting {
			return JobExisting // "5000 emplois créés par Renault"
		}
		if datedPast(d, ws, cs, from, to) {
			return JobStatistic // "5 000 emplois créés en 2023"
		}
	}
	if macroSubject(d, ws, cs, from, i) || sectorTarget(ws, cs, w) || sectorStaffOf(ws, cs, w) || publicTarget(ws, cs, from, i) {
		return JobStatistic
	}
	// "les 650 salariés que l'entreprise emploie déjà".
	if e, ok := headCountAfter(ws, cs, j, to); ok {
		if _, ok := matchAny(cs.pledgeBefore, ws, e, to); !ok {
			return JobExisting
		}
	}
	if k := lastCue(cs.creations, ws, pledgeFrom, i); k >= 0 && lastCue(cs.pledgeBefore, ws, k+1, i) < 0 &&
		pastVerbIn(d, ws, k+1, i) && findCue(cs.pledgeAfter, ws, j, to) < 0 {
		return JobStatistic // "les nouvelles créations d'emplois ont concerné les services (243.000 postes)"
	}
	if lastCue(cs.lastYear, ws, from, to) >= 0 && pastVerbIn(d, ws, from, i) && !futureBefore(ws, from, to) &&
		lastCue(cs.pledgeBefore, ws, from, j) < 0 && findCue(cs.pledgeAfter, ws, j, to) < 0 {
		return JobStatistic // "Laâyoune a accueilli l'an dernier son premier plateau, avec quelque 200 postes"
	}
	return presentKind(ws, cs, w, noun, pledgeFrom)
}

// enabledAt returns where a past action that made the figure at word i
// possible is said in its clause, which starts at word a of the sentence
// starting at from: "a permis de créer", or an auxiliary parted from its
// participle by an incise ("a, à lui seul, permis de créer"); -1 if none.
func enabledAt(ws words, cs *jobCueSet, from, a, i int) int {
	if k := lastCue(cs.enabled, ws, a, i); k >= 0 {
		return k
	}
	p := lastCue(cs.enabledPart, ws, a, i)
	if p < 0 {
		return -1
	}
	if c := beforeIncise(ws, from, p); c < p {
		if _, ok := matchAny(cs.enabledAux, ws, c-1, c); ok {
			return c - 1
		}
	}
	return -1
}

// pastVerbIn reports a verb in a past tense among words [from, to).
func pastVerbIn(d *doc, ws words, from, to int) bool {
	for k := from; k < to; k++ {
		if pastVerbAt(d, ws, k) {
			return true
		}
	}
	return false
}

// presentKind tells a head-count from a pledge by the words next to the
// figure, once no past or macro cue has made it a statistic.
func presentKind(ws words, cs *jobCueSet, w window, noun, pledgeFrom int) JobKind {
	from, to, i, j := w.from, w.to, w.i, w.j
	a, b := clauseOf(ws, from, to, i, j)
	if _, ok := matchEndingAny(cs.staffTarget, ws, i, from); ok {
		return JobPledged // "devra atteindre l'effectif de 5000 personnes"
	}
	if _, ok := matchEndingAny(cs.employing, ws, i, from); ok && futureBefore(ws, a, i) {
		return JobPledged // "installera une unité de 350 MDH employant 1.600 personnes"
	}
	// A head-count: "emploie 900 personnes", "800 salariés actuellement",
	// "une PME de 180 salariés".
	if _, ok := matchEndingAny(cs.existingBefore, ws, i, from); ok && findCue(cs.pledgeAfter, ws, j, min(b, j+2)) < 0 {
		return JobExisting // not "un site employant 500 personnes d'ici fin 2026"
	}
	if _, ok := matchEndingAny(cs.sizedBy, ws, i, from); ok && noun == nounStaff {
		return JobExisting
	}
	if _, ok := matchEndingAny(cs.floorOf, ws, i, from); ok && lastCue(cs.pledgeBefore, ws, pledgeFrom, j) < 0 &&
		findCue(cs.pledgeAfter, ws, j, to) < 0 && !futureBefore(ws, from, i) {
		return JobExisting // "dispose également d'un plateau de 900 postes à Agadir"
	}
	if findCue(cs.existingAfter, ws, j, min(b, j+3)) >= 0 || atWork(ws, cs, w, j) {
		return JobExisting // "les 35 ouvriers qui travaillent actuellement à l'abattoir", whatever pledge takes them on
	}
	if k := lastCue(cs.existingSubject, ws, from, i); k >= 0 &&
		lastCue(cs.pledgeBefore, ws, k, j) < 0 && findCue(cs.pledgeAfter, ws, j, b) < 0 && !futureBefore(ws, k, i) {
		return JobExisting // "le site existant ... 260 salariés"
	}
	if lastCue(cs.pledgeBefore, ws, pledgeFrom, j) >= 0 || findCue(cs.pledgeAfter, ws, j, to) >= 0 {
		return JobPledged
	}
	if noun == nounJob || futureBefore(ws, max(a, i-4), i) {
		return JobPledged // "accueillera 1 000 employés"
	}
	return JobExisting
}

// lossAfterReach is how many words after its figure the participle of a
// loss may stand: "3.000 postes auraient été supprimés".
const lossAfterReach = 4

// changeReach is how many words before its figure a change may be said:
// "en hausse de près de".
const changeReach = 5

// createdToo reports a verb of creating joined to the verb of keeping at
// word k before the figure at word i: "créer ou préserver 6.000 emplois",
// "maintenir et créer 500 emplois" pledge.
func createdToo(ws words, cs *jobCueSet, a, k, i int) bool {
	return lastCue(cs.creates, ws, max(a, k-keptJoinReach), i) >= 0
}

// keptJoinReach is how many words before a verb of keeping the verb of
// creating it is joined to may stand: "créer ou de préserver".
const keptJoinReach = 3

// settledKind reads the cues that settle a figure's kind before any other: a
// plan period in the sentence that is not a phase of the project, a budget
// post or a survey's paid jobs, a target stated in the imperfect (all
// statistics), jobs a pledge adds to (existing).
func settledKind(d *doc, ws words, cs *jobCueSet, w window) (JobKind, bool) {
	from, to, i, j := w.from, w.to, w.i, w.j
	if _, ok := matchAny(cs.statNoun, ws, j, to); ok {
		return JobStatistic, true
	}
	if e, ok := matchAny(cs.pastParticiple, ws, j, to); ok {
		if _, ok := matchAny(cs.statNoun, ws, e, to); ok {
			return JobStatistic, true // "214.000 postes créés en milieu urbain"
		}
	}
	if k := lastCue(cs.pastPlan, ws, from, i); k >= 0 && lastCue(cs.agreements, ws, from, k) < 0 {
		return JobStatistic, true // not "la convention initiale prévoyait 500 emplois": a pledge still running
	}
	if _, ok := matchEndingAny(cs.addedTo, ws, i, from); ok && findCue(cs.pledgeAfter, ws, j, to) < 0 {
		return JobExisting, true
	}
	if findCue(cs.phases, ws, from, to) >= 0 {
		return "", false
	}
	// A present head-count keeps its kind beside a period said after its
	// clause: "le groupe, qui emploie 21.000 collaborateurs, poursuit son
	// programme sur la période 2023-2027".
	after := headCountEnd(ws, cs, w)
	for _, y := range within(d.years(), ws.Span(from).Start, ws.Span(to-1).End) {
		if y.Kind == normalize.YearPeriod && y.End <= ws.Span(to-1).End && y.Start < after {
			return JobStatistic, true
		}
	}
	return "", false
}

// headCountEnd returns the byte where the clause of a head-count said
// right after a verb of employing ends ("qui emploie 900 salariés, ..."),
// or past the sentence's end for any other figure.
func headCountEnd(ws words, cs *jobCueSet, w window) int {
	if _, ok := matchEndingAny(cs.existingBefore, ws, w.i, w.from); ok {
		if _, b := clauseOf(ws, w.from, w.to, w.i, w.j); b < w.to {
			return ws.Span(b).Start
		}
	}
	return ws.Span(w.to-1).End + 1
}

// doneBy tells what the jobs a past creation made count, the creation
// said before word k of the sentence w.from..w.to: a statistic when the
// sentence dates it, when a sector, a public programme or many companies
// made them, or when no company is the subject of its clause (after a
// "que", not the speaker before it); else the
// staff that one company has built up to now ("l'entreprise a créé 140
// emplois", "jusqu'ici, l'installation de Renault a permis la création de
// 5000 postes", not "au Maroc, les services ont créé 243.000 postes").
func doneBy(d *doc, ws words, cs *jobCueSet, w window, k int) JobKind {
	from, to, i := w.from, w.to, w.i
	if datedPast(d, ws, cs, from, to) || macroSubject(d, ws, cs, from, i) || entityCount(d, ws, cs, from, i) >= 2 {
		return JobStatistic
	}
	a, _ := clauseOf(ws, from, to, k, k+1)
	if _, ok := cs.who.Match(ws, a, k); ok && a > from+1 {
		a, _ = clauseOf(ws, from, to, a-2, a-1) // "Renault, qui a créé...": the subject before
	}
	if q := completiveStart(ws, cs, a, k); q < k {
		a = q // "la ministre a rappelé que le secteur a permis de créer...": the subject after
	}
	if lastCue(cs.programmes, ws, a, k) >= 0 {
		return JobStatistic
	}
	if lastCue(cs.actor, ws, a, k) >= 0 || namedSubject(d, ws, max(a, from+1), k) {
		return JobExisting
	}
	return JobStatistic
}

// namedSubject reports a name among words [from, to) that is not a place:
// "l'installation de Renault", not "au Maroc".
func namedSubject(d *doc, ws words, from, to int) bool {
	for k := from; k < to; k++ {
		if ws.At(k).Cap() && !d.inPlace(ws.At(k)) {
			return true
		}
	}
	return false
}

// inPlace reports a word inside the name of a place.
func (d *doc) inPlace(w word) bool {
	for _, p := range within(d.places(), max(0, w.Start-placeReach), w.End) {
		if p.Start <= w.Start && w.End <= p.End {
			return true
		}
	}
	return false
}

// placeReach is how many bytes before a word a place that holds it may
// start: "Casablanca-Settat", "Tanger Med".
const placeReach = 64

// datedPast reports a sentence that dates what it says in the past: a
// past year or period, "l'an dernier", a date of a state of affairs; not
// "depuis 2014", which counts up to now.
func datedPast(d *doc, ws words, cs *jobCueSet, from, to int) bool {
	for _, y := range within(d.years(), ws.Span(from).Start, ws.Span(to-1).End) {
		if y.Kind != normalize.YearTarget && !startsSincePeriod(ws, y) {
			return true
		}
	}
	return len(within(d.asOf(), ws.Span(from).Start, ws.Span(to-1).End)) > 0 || lastCue(cs.lastYear, ws, from, to) >= 0
}

// futureSuffixes end the forms of the simple future ("créera",
// "accueilleront", "offrira").
var futureSuffixes = []string{"era", "eront", "ira", "iront", "dra", "dront"}

// futureBefore reports a verb in the simple future among words [from, to).
func futureBefore(ws words, from, to int) bool {
	for k := from; k < to; k++ {
		w := ws.At(k)
		if w.Punct() || w.Cap() || len(w.Fold) < 5 {
			continue
		}
		for _, suf := range futureSuffixes {
			if strings.HasSuffix(w.Fold, suf) {
				return true
			}
		}
	}
	return false
}
