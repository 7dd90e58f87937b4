package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"veille/normalize"
)

// yearCueSet holds the cues that tell a deadline from the other future
// years normalize calls targets.
type yearCueSet struct {
	// deadline open the target years that are deadlines or horizons.
	// normalize also calls a bare future "en 2028" a target; the record
	// does not ("les travaux doivent débuter en 2025" is a schedule, not an
	// aim) unless one of the rules below says what is reached then.
	deadline cueList
	// scheduled open a year planned for something, and planned come
	// before its "en" ("programmée en 2027"): a deadline, unless the thing
	// is a budget line or a start.
	scheduled, planned cueList
	// endOf opens "(à) fin 2024": a deadline, or in the past tense the
	// date of a state of affairs.
	endOf cueList
	// budget name the lines of a budget: "postes budgétaires prévus pour
	// 2018" is the budget year of a statistic, not an aim.
	budget cueList
	// start name the start of works or operations: "le lancement est
	// prévu pour 2026" is a schedule.
	start cueList
	// en is the plain "en" of "en 2026", which counts as a deadline only
	// after a state reached (ready) or in a workforce target.
	en cueList
	// ready name a state reached by a date: "soit prête en 2026",
	// "sera opérationnel en 2027".
	ready cueList
	// once opens the completion a year goes with: "En 2029, une fois
	// l'ensemble achevé, ...".
	once phrase
	// reach and workforce make a workforce target: "atteindre un effectif
	// de 5 000 personnes en 2026", "porter ses effectifs à 900 en 2027".
	reach, workforce cueList
	// aim name the aim of the clause: "l'objectif est d'accueillir 2
	// millions de touristes en 2030" (a forecast, "devrait atteindre 3 %
	// en 2026", is no aim).
	aim cueList
	// event and byEvent make a deadline of an event's year: "d'ici le
	// Mondial 2030", "à l'horizon de la Coupe du monde 2030".
	event, byEvent cueList
	// season and scheduledFor make a deadline of a part of a year a
	// schedule aims at: "l'ouverture est prévue pour la rentrée 2027",
	// "attendue pour le premier semestre 2028" (not a start: "le lancement
	// est programmé pour l'été 2026").
	season, scheduledFor cueList
	// partOf opens the part of a figure ("dont 600", "parmi lesquels 300")
	// and partWhen its own time ("dès 2026", "en 2026", "dès la fin de
	// l'année 2026"): after a deadline in the same sentence, the part's
	// time is a deadline too ("1 000 emplois d'ici 2028, dont 600 dès
	// 2026").
	partOf, partWhen cueList
	// newSubject opens a coordinated clause with a subject of its own:
	// "les travaux doivent démarrer ... et la mise en service est prévue
	// pour 2027" (a start before it is not the year's).
	newSubject cueList
	// plural participles of a schedule, whose subject may be two nouns.
	plural cueList
}

var yearCues = sync.OnceValue(func() *yearCueSet {
	return &yearCueSet{
		deadline: cues("d ici", "à l horizon", "horizon", "à fin", "fin", "avant", "au plus tard",
			"jusqu à", "à l échéance", "échéance", "objectif", "cap", "vision"),
		scheduled: cues("prévu(e)(s) pour", "programmé(e)(s) pour", "attendu(e)(s) pour", "prévu(e)(s) en",
			"attendu(e)(s) en"),
		planned: cues("prévu(e)(s)", "programmé(e)(s)", "planifié(e)(s)", "attendu(e)(s)"),
		endOf:   cues("à fin", "fin"),
		budget: cues("budget(s)", "budgétaire(s)", "loi(s) de finances", "PLF", "LF", "exercice(s)",
			"crédit(s)", "dépense(s)", "recette(s)"),
		start: cues("démarrage", "début", "lancement", "démarrer", "débuter", "commencer",
			"commencement", "coup d envoi", "première pierre"),
		en:   cues("en", "dès"),
		once: cue("une fois"),
		ready: cues("prêt(e)(s)", "opérationnel(le)(s)", "fonctionnel(le)(s)", "achevé(e)(s)",
			"terminé(e)(s)", "finalisé(e)(s)", "livré(e)(s)", "en service", "en exploitation",
			"à|en pleine capacité", "en vitesse|régime de croisière"),
		reach:     cues("atteindre", "atteindra", "atteindront", "porter", "portera", "porteront", "passer à"),
		workforce: cues("effectif(s)", "salarié(e)(s)", "collaborateur(s)", "employé(e)(s)"),
		aim: cues("objectif(s)", "vise(nt)", "visant", "ambitionne(nt)", "ambition", "cible(s)",
			"s engage(nt) à", "s est|se sont engagé(e)(s) à"),
		event: cues("mondial", "coupe du monde", "coupe du monde de football", "coupe du monde de la fifa",
			"coupe d afrique des nations", "CAN", "jeux olympiques", "exposition universelle"),
		byEvent: cues("d ici le|la|au", "d ici à la", "à l horizon du", "à l horizon de la", "horizon du",
			"avant le|la", "en vue du", "en vue de la", "en perspective du", "en perspective de la",
			"en prévision du", "en prévision de la"),
		season: cues("rentrée", "rentrée scolaire|universitaire", "été", "printemps", "automne", "hiver",
			"premier|second|deuxième semestre", "premier|deuxième|troisième|quatrième trimestre", "courant"),
		scheduledFor: cues("prévu(e)(s)|programmé(e)(s)|attendu(e)(s)|annoncé(e)(s) pour le|la|l",
			"prévu(e)(s)|programmé(e)(s)|attendu(e)(s)|annoncé(e)(s) au|courant",
			"prévu(e)(s)|programmé(e)(s)|attendu(e)(s)|annoncé(e)(s) à la|l", "prévu(e)(s)|programmé(e)(s)|attendu(e)(s)|annoncé(e)(s) durant le",
			"entrer|entrera|entreront en production|service|exploitation|activité"),
		partOf: cues("dont", "parmi lesquels|lesquelles"),
		partWhen: cues("dès", "en", "dès|avant fin", "dès|avant la fin de", "dès|avant la fin de l année",
			"dès|avant le début de", "dès|avant le début de l année"),
		newSubject: cues("et le|la|les|l|son|sa|ses|leur|leurs|ce|cet|cette|ces"),
		plural:     cues("prévu(e)s", "programmé(e)s", "attendu(e)s", "planifié(e)s"),
	}
})

// classifyYears splits the years normalize calls targets into the
// deadlines of the article and the as-of dates: a year before the
// publication year ("à fin 2023" in 2025) and "fin 2024" in the past tense
// ("a réalisé ... à fin 2024") tell how things stood, not an aim, and a
// budget year dates a budget line. The deadlines are those a deadline
// marker opens (isDeadline), and the years of an event a deadline
// marker opens (eventDeadline).
func classifyYears(d *doc, ws words, years []normalize.Year) (targets, asOf []normalize.Year) {
	cs := yearCues()
	targets = make([]normalize.Year, 0, len(years)) // at most: one allocation, not a growing list
	for _, y := range years {
		if y.Kind == normalize.YearAsOf {
			asOf = append(asOf, y)
		}
		i, j := wordsIn(ws, y.Start, y.End)
		if i >= j {
			continue
		}
		deadline, budget := false, false
		switch y.Kind {
		case normalize.YearTarget:
			from, to := d.sentenceWords(ws, ws.Span(i).Start)
			a, _ := clauseOf(ws, from, to, i, j)
			deadline, budget = isDeadline(cs, ws, a, i, j)
			deadline = deadline || partDeadline(d, cs, ws, j-1, targets) || onceReady(d, cs, ws, i)
		case normalize.YearPlain:
			deadline = eventDeadline(cs, ws, i) || scheduledSeason(d, cs, ws, i) || partDeadline(d, cs, ws, j-1, targets) ||
				onceReady(d, cs, ws, i)
		case normalize.YearPast:
			// A verbless "dont 600 en 2026" or "En 2029, une fois
			// l'ensemble achevé, ..." has no tense: normalize reads it as
			// past.
			deadline = partDeadline(d, cs, ws, j-1, targets) || onceReady(d, cs, ws, i)
		}
		if budget {
			asOf = append(asOf, y)
		}
		if !deadline {
			continue
		}
		_, isEnd := matchAny(cs.endOf, ws, i, j)
		if (!d.Ref.IsZero() && y.Year < d.Ref.Year()) || (isEnd && pastTenseBefore(d, ws, i)) {
			asOf = append(asOf, y)
			continue
		}
		targets = append(targets, y)
	}
	if len(targets) == len(years) {
		return years[:len(years):len(years)], asOf // every one, as on a page dense with deadlines: the copy is let go
	}
	return targets, asOf
}

// afterDateline returns the years after the dateline that opens the text
// (datelineEnd): its date is the dispatch's, no deadline, no state of
// affairs, no past ("Agadir, 17 juil. 2024 (MAP) - La commission a
// approuvé 27 projets" reports no projects approved in 2024).
func afterDateline(d *doc, ws words, years []normalize.Year) []normalize.Year {
	e := datelineEnd(d, ws, years)
	for len(years) > 0 && years[0].End <= e {
		years = years[1:]
	}
	return years
}

// datelineEnd returns the byte where the text after the dateline that
// opens it starts, when the dateline holds a date ("Agadir, 17 juil. 2024
// (MAP) - La commission...", "Casablanca, le 7 novembre 2023 – X
// annonce..."), else 0: a place, a comma within its first words, a year,
// then a dash between two words.
func datelineEnd(d *doc, ws words, years []normalize.Year) int {
	if len(d.Sents) == 0 || len(years) == 0 {
		return 0
	}
	from, to := d.sentenceWords(ws, d.Sents[0].Start)
	comma, words := -1, 0 // the comma after the place, and the words of the date after it
	for k := from + 1; k+1 < min(to, from+datelineWords); k++ {
		switch {
		case comma < 0 && ws.Fold(k) == "," && k <= from+datelinePlaceWords:
			comma = k
		case comma >= 0 && !ws.At(k).Punct():
			words++
		}
		end, next := ws.Span(k).End, ws.Span(k+1).Start
		if strings.ContainsAny(d.Text[end:next], datelineDashes) {
			if comma >= 0 && words <= datelineDateWords && years[0].End <= end && years[0].Start > ws.Span(comma).End {
				return next
			}
			return 0
		}
	}
	return 0
}

// A dateline is a place of a few words, a comma, a date and the dash:
// "Béni Mellal, le 12 mars 2024 (MAP) –".
const (
	datelineWords      = 12
	datelinePlaceWords = 3
	datelineDateWords  = 5 // "mercredi 12 mars 2025 (MAP)"
)

// datelineDashes end a dateline.
const datelineDashes = "-–—"

// isDeadline reports whether the future year at words [i, j), whose
// clause starts at word a, is a deadline: after a deadline marker; after
// "prévu pour" or "programmé en" unless the clause speaks of a budget line (then budget is
// true: the year dates a statistic) or of a start; after "en" when a
// state reached comes right before ("prête en 2026"), or the clause states
// an aim or sets a workforce target.
func isDeadline(cs *yearCueSet, ws words, a, i, j int) (deadline, budget bool) {
	if _, ok := matchAny(cs.deadline, ws, i, j); ok {
		return true, false
	}
	_, en := matchAny(cs.en, ws, i, j)
	if _, ok := matchAny(cs.scheduled, ws, i, j); ok || (en && cueEndingAt(cs.planned, ws, max(a, i-1), i) >= 0) {
		if lastCue(cs.budget, ws, a, i) >= 0 {
			return false, true
		}
		return lastCue(cs.start, ws, coordinateStart(cs, ws, a, i), i) < 0, false
	}
	if !en {
		return false, false
	}
	if cueEndingAt(cs.ready, ws, max(a, i-3), i) >= 0 || lastCue(cs.aim, ws, a, i) >= 0 {
		return true, false
	}
	return lastCue(cs.reach, ws, a, i) >= 0 && lastCue(cs.workforce, ws, a, i) >= 0, false
}

// coordinateStart returns where the clause of the scheduled year at word
// i begins, from a: at the last coordinated clause with a subject of its
// own. A plural participle ("Le lancement et la commercialisation sont
// prévus pour 2026") may have both nouns for subject: the clause is whole.
func coordinateStart(cs *yearCueSet, ws words, a, i int) int {
	if findCue(cs.plural, ws, max(a, i-1), i+1) >= 0 {
		return a
	}
	if k := lastCue(cs.newSubject, ws, a, i); k >= 0 {
		return k
	}
	return a
}

// onceReach is how many words from a year the completion it goes with
// may be told.
const onceReach = 12

// onceReady reports the year at word i said beside the completion of the
// project ("En 2029, une fois l'ensemble achevé, le site devrait
// employer...", "une fois les sites en service, au premier semestre 2027,
// l'effectif sera porté à..."): the outcome's date.
func onceReady(d *doc, cs *yearCueSet, ws words, i int) bool {
	from, to := d.sentenceWords(ws, ws.Span(i).Start)
	for k := max(from, i-onceReach); k < min(to, i+onceReach); k++ {
		if e, ok := cs.once.Match(ws, k, to); ok && findCue(cs.ready, ws, e, min(to, e+onceReach)) >= 0 {
			return true
		}
	}
	return false
}

// eventDeadline reports the year at word i of an event that a deadline
// marker opens: "d'ici le Mondial 2030".
func eventDeadline(cs *yearCueSet, ws words, i int) bool {
	k := cueEndingAt(cs.event, ws, max(0, i-6), i)
	return k >= 0 && cueEndingAt(cs.byEvent, ws, max(0, k-6), k) >= 0
}

// scheduledSeason reports the year at word i of a part of a year that a
// schedule aims at, in a clause that speaks of no start: "prévue pour la
// rentrée 2027".
func scheduledSeason(d *doc, cs *yearCueSet, ws words, i int) bool {
	from, to := d.sentenceWords(ws, ws.Span(i).Start)
	a, _ := clauseOf(ws, from, to, i, i+1)
	k := cueEndingAt(cs.season, ws, max(a, i-3), i)
	return k >= 0 && cueEndingAt(cs.scheduledFor, ws, max(a, k-4), k) >= 0 && lastCue(cs.start, ws, a, i) < 0
}

// partDeadline reports the year (its digits at word i) that times the part of a figure
// ("dont 600 dès la fin de l'année 2026") after a deadline of the same
// sentence, found among targets.
func partDeadline(d *doc, cs *yearCueSet, ws words, i int, targets []normalize.Year) bool {
	from, to := d.sentenceWords(ws, ws.Span(i).Start)
	a, _ := clauseOf(ws, from, to, i, i+1)
	if _, ok := matchAny(cs.partOf, ws, a, i); !ok || cueEndingAt(cs.partWhen, ws, max(a, i-7), i) < 0 {
		return false
	}
	for _, y := range targets {
		if k := wordAt(ws, y.Start); k >= from && k < a {
			return true
		}
	}
	return false
}

// cueEndingAt returns the first word of a cue of list that starts at or
// after word from and ends right before word i, or -1.
func cueEndingAt(list cueList, ws words, from, i int) int {
	for k := i - 1; k >= from; k-- {
		if end, ok := matchAny(list, ws, k, i); ok && end == i {
			return k
		}
	}
	return -1
}

// pastTenseBefore reports a verb in the past tense in the clause before
// word i ("a réalisé", "ont dépassé", "comptait"), with no pledge after it
// ("a signé une convention pour créer..." still aims at a deadline).
func pastTenseBefore(d *doc, ws words, i int) bool {
	from, to := d.sentenceWords(ws, ws.Span(i).Start)
	a, _ := clauseOf(ws, from, to, i, i+1)
	for k := i - 1; k >= a; k-- {
		if pastVerbAt(d, ws, k) {
			return lastCue(jobCues().pledgeBefore, ws, k+1, i) < 0
		}
	}
	return false
}

// pastVerbAt reports a compound past ("a réalisé", "ont atteint", "avait
// dépassé") or an imperfect ("comptait", "employaient") at word k.
func pastVerbAt(d *doc, ws words, k int) bool {
	w := ws.At(k)
	if w.Punct() || w.Cap() {
		return false
	}
	if pastAuxiliaries[d.Text[w.Start:w.End]] { // raw: "a" the verb, not "à"
		return k+1 < ws.Len() && looksParticiple(d.Text[ws.Span(k+1).Start:ws.Span(k+1).End])
	}
	if notImperfect[w.Fold] || hasSuffix(w.Fold, conditionalEndings) {
		return false // a conditional speaks of the future
	}
	return len(w.Fold) >= 6 && hasSuffix(w.Fold, imperfectEndings)
}

// looksParticiple reports the look of a past participle: "réalisé(e)(s)",
// "atteint", "franchi", "conclu", "permis".
func looksParticiple(s string) bool {
	if utf8.RuneCountInString(s) < 4 {
		return false
	}
	return hasSuffix(s, participleEndings)
}

// findTargetYears lists the deadlines and horizons of the body ("d'ici
// 2029", "à l'horizon de 2027"), once per year with its first mention.
// Past years ("depuis 2003"), as-of dates, plan periods and bare future
// years are not targets.
func findTargetYears(d *doc) []TargetYear {
	out := []TargetYear{}
	seen := map[int]bool{}
	for _, y := range d.targets() {
		if seen[y.Year] {
			continue
		}
		seen[y.Year] = true
		out = append(out, TargetYear{Year: y.Year, Evidence: d.evidence(y.Start, y.End)})
	}
	return out
}
