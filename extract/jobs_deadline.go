package extract

import (
	"sync"

	"veille/normalize"
)

// commissioning opens a sentence's date for the start of what the
// sentence before pledged, named by a demonstrative: "La mise en service
// de ces unités est prévue pour 2026", "l'ouverture de cet hôtel".
var commissioning = sync.OnceValue(func() cueList {
	return cues("mise en service|production|exploitation|activité|œuvre de|d ces|ce|cet|cette",
		"entrée en service|production|exploitation|activité de|d ces|ce|cet|cette",
		"démarrage|ouverture|livraison|lancement|achèvement de|d ces|ce|cet|cette")
})

// datePrevious gives the one future year of a sentence with no job
// figure that dates the commissioning of what the sentence before named
// ("Une usine de la société A à Taza (1 200 emplois)... La mise en
// service de ces unités est prévue pour 2026") to that sentence's pledges
// that have no year of their own.
func datePrevious(d *doc, ws words, hits *pile[jobHit], future []normalize.Year) {
	withJobs := sentenceSet(len(d.Sents), hits.all(), func(h *jobHit) int { return h.sent })
	at, year, ok := -1, 0, false // the sentence of the hits last read, and the year the next one gives them
	for _, h := range hits.all() {
		if h.sent != at {
			at = h.sent
			year, ok = commissioningYear(d, ws, withJobs, future, h.sent+1)
		}
		if ok && h.job.Kind == JobPledged && h.job.Year == nil {
			y := year
			h.job.Year = &y
		}
	}
}

// commissioningYear returns the one future year of sentence si, when it
// follows a sentence with job figures, has none and dates a commissioning.
func commissioningYear(d *doc, ws words, withJobs sentSet, future []normalize.Year, si int) (int, bool) {
	if si < 1 || si >= len(d.Sents) || withJobs.has(si) || !withJobs.has(si-1) {
		return 0, false
	}
	s := d.Sents[si]
	from, to := d.sentWords(si)
	ys := within(future, s.Start, s.End)
	if len(ys) != 1 || findCue(commissioning(), ws, from, to) < 0 {
		return 0, false
	}
	return ys[0].Year, true
}

// thatDeadline refers back to a deadline said before: "À cette échéance,
// l'usine devrait générer 2.300 emplois", "d'ici là", "À son ouverture"
// (dated in the sentence before).
var thatDeadline = sync.OnceValue(func() cueList {
	return cues("à|a cette échéance|date", "à|a cet horizon", "à|a ce terme|stade", "d ici là", "d ici à cette date",
		"à|a|dès son|sa|leur ouverture|achèvement|livraison|inauguration",
		"à|a|dès son|sa|leur mise|entrée en service|production|exploitation")
})

// dateBack gives the pledges of a sentence that refers back to a deadline
// ("À cette échéance, l'usine devrait générer 2.300 emplois") the last
// future year of the sentence before, when they have no year of their own.
func dateBack(d *doc, ws words, hits *pile[jobHit], future, targets []normalize.Year) {
	for _, h := range hits.all() {
		if h.sent < 1 || h.job.Kind != JobPledged || h.job.Year != nil {
			continue
		}
		from, _ := d.sentWords(h.sent)
		if lastCue(thatDeadline(), ws, from, wordAt(ws, h.span.Start)) < 0 {
			continue
		}
		prev := d.Sents[h.sent-1]
		for _, years := range [][]normalize.Year{future, targets} { // "prévue pour 2026", "pour le premier trimestre 2026"
			if ys := within(years, prev.Start, prev.End); len(ys) > 0 && h.job.Year == nil {
				y := ys[len(ys)-1].Year
				h.job.Year = &y
			}
		}
	}
}

// dateTotals gives a pledge the deadline said after a comma at the end of
// its sentence, past the parts it is split into: "3.500 emplois, dont
// 1.200 emplois directs dans l'installation, à l'horizon 2027" dates the
// whole, not "2.000 emplois, dont 600 dès fin 2026", a part's own date.
func dateTotals(d *doc, ws words, hits *pile[jobHit], future []normalize.Year) {
	var total *jobHit
	for _, h := range hits.all() {
		if !h.partOfPrev {
			total = h
			continue
		}
		if total == nil || total.sent != h.sent || total.job.Year != nil || total.job.Kind != JobPledged || h.job.Year == nil {
			continue
		}
		s := d.Sents[h.sent]
		ys := within(future, h.span.End, s.End)
		if len(ys) != 1 || ys[0].Year != *h.job.Year {
			continue
		}
		k, e := wordsIn(ws, ys[0].Start, ys[0].End)
		_, to := d.sentWords(h.sent)
		if k > 0 && ws.Fold(k-1) == "," && (e >= to || ws.At(e).Punct()) {
			y := ys[0].Year
			total.job.Year = &y
		}
	}
}

// temporary follows a figure that counts the jobs of a period of its own:
// "2 500 emplois pendant la phase de construction".
var temporary = sync.OnceValue(func() cueList {
	return cues("pendant|durant la|les phase(s)|période(s) de construction|réalisation|travaux",
		"lors de la|les phase(s)|période(s) de construction|réalisation|travaux",
		"au cours de la|les phase(s)|période(s) de construction|réalisation|travaux",
		"pendant|durant les travaux", "lors des travaux", "au cours des travaux",
		"pendant|durant le chantier", "lors du chantier", "au cours du chantier",
		"sur le|les chantier(s)", "au pic|plus fort des travaux", "au pic|plus fort du chantier",
		"pendant|durant la construction", "lors de la construction")
})

// datedWindow returns the words of the sentence that may date the figure
// at words [w.i, w.j) whose phrase ends at byte e: the sentence, or, when
// the figure counts the jobs of a period of its own, its clause up to its
// own end ("2 500 emplois pendant la phase de construction et 400 emplois
// permanents d'ici 2030": 2030 is the deadline of the 400; "1 200 emplois
// à fin 2028, et 400 emplois pendant les travaux": 2028 is not the
// deadline of the 400; "2.000 emplois sur le chantier, pour une livraison
// prévue pour 2029": the works end then, the jobs with them).
func datedWindow(ws words, w window, e int) window {
	k := wordAt(ws, e)
	if _, ok := matchAny(temporary(), ws, k, w.to); ok {
		a, _ := clauseOf(ws, w.from, w.to, w.i, w.j)
		return window{a, k, w.i, w.j}
	}
	return w
}

// dateIndirects gives the indirect jobs of a pledge the deadline of its
// direct jobs said before them in the sentence: "1.800 emplois directs
// d'ici 2028, ..., ainsi que 3.000 emplois indirects" are one pledge, and
// its deadline is said once; not those with a horizon of their own ("et
// 1.100 emplois indirects à terme").
func dateIndirects(ws words, hits *pile[jobHit]) {
	for n, h := range hits.all() {
		if h.job.Kind != JobPledged || h.job.Year != nil || h.job.Direct == nil || *h.job.Direct {
			continue
		}
		if k := wordAt(ws, h.span.End); findCue(ownHorizon(), ws, k, min(ws.Len(), k+2)) >= 0 {
			continue
		}
		for k := n - 1; k >= 0 && hits.at(k).sent == h.sent; k-- {
			if p := hits.at(k).job; p.Kind == JobPledged && p.Year != nil && (p.Direct == nil || *p.Direct) {
				y := *p.Year
				h.job.Year = &y
				break
			}
		}
	}
}

// dateDirects gives the direct jobs of a pledge the deadline of the
// indirect jobs joined to them after ("1.500 emplois directs, dont 30%
// pour les jeunes, et 4.000 emplois indirects d'ici 2031"): one pledge,
// its deadline said once, at its end.
func dateDirects(ws words, hits *pile[jobHit]) {
	for n := hits.len() - 2; n >= 0; n-- {
		h, next := hits.at(n), hits.at(n+1)
		if h.job.Kind != JobPledged || h.job.Year != nil || h.job.Direct == nil || !*h.job.Direct ||
			next.sent != h.sent || next.job.Kind != JobPledged || next.job.Year == nil ||
			next.job.Direct == nil || *next.job.Direct {
			continue
		}
		k := wordAt(ws, next.span.End)
		if _, ok := matchAny(deadlineAfter(), ws, k, ws.Len()); !ok {
			continue // "..., la mise en service étant annoncée pour 2027": not said of the jobs
		}
		if findCue(jointPledge(), ws, wordAt(ws, h.span.End), wordAt(ws, next.span.Start)) >= 0 {
			y := *next.job.Year
			h.job.Year = &y
		}
	}
}

// jointPledge joins the indirect jobs to the direct ones of one pledge.
var jointPledge = sync.OnceValue(func() cueList {
	return cues("et", "ainsi que")
})

// deadlineAfter opens the deadline said right after a pledge.
var deadlineAfter = sync.OnceValue(func() cueList {
	return cues("d ici", "à l horizon", "horizon", "à fin", "fin", "avant", "au plus tard")
})

// ownHorizon follows a figure that has a horizon of its own, with no year.
var ownHorizon = sync.OnceValue(func() cueList {
	return cues("à terme", "à long|moyen terme")
})

// firstStage follows a part that comes before the whole's deadline: "1.000
// emplois à l'horizon 2027, dont 300 dès la première année" (300 have no
// year of their own, and not 2027).
var firstStage = sync.OnceValue(func() cueList {
	return cues("dès la|sa|leur première année", "la|sa|leur première année", "dans un premier temps",
		"dès le démarrage", "dès l ouverture", "dès le lancement", "en première phase")
})

// earlyPart reports whether the pledge that ends at byte end is followed
// by a first stage of its own (firstStage).
func earlyPart(ws words, end int) bool {
	_, ok := matchAny(firstStage(), ws, wordAt(ws, end), ws.Len())
	return ok
}

// partYear returns the deadline of its own clause that a part of the
// figure before has ("1 000 emplois d'ici 2028, dont 600 dès 2026": 2026,
// not the whole's 2028), or nil.
func partYear(ws words, future, targets []normalize.Year, figs figures, w window) *int {
	a, b := clauseOf(ws, w.from, w.to, w.i, w.j)
	return yearFor(ws, future, targets, figs, window{a, b, w.i, w.j})
}

// dateRaised gives the total a pledge raises the staff to the deadline of
// that pledge, said before it in the sentence: "la création de 1.100
// emplois d'ici fin 2026, portant l'effectif à 4.500 salariés".
func dateRaised(ws words, cs *jobCueSet, hits *pile[jobHit]) {
	for n := 1; n < hits.len(); n++ {
		h, prev := hits.at(n), hits.at(n-1)
		if h.job.Kind != JobPledged || h.job.Year != nil || prev.sent != h.sent || prev.job.Kind != JobPledged || prev.job.Year == nil {
			continue
		}
		i := wordAt(ws, h.span.Start)
		if k := lastCue(cs.growth, ws, max(0, i-raiseReach), i); k < 0 || lastCue(cs.staffTotal, ws, k, i) < 0 {
			continue
		}
		y := *prev.job.Year
		h.job.Year = &y
	}
}

// raiseReach is how many words before a total the verb raising the staff
// to it may stand: "portant l'effectif total du site à".
const raiseReach = 8

// dateJoined gives a pledge joined by "et" to the pledge before it in its
// sentence the deadline said before both: "permettra de créer, à
// l'horizon 2030, quelque 2.000 emplois en phase de construction et 350
// emplois permanents" dates the 350 too. A deadline said between the two
// is left to the rules that read the clause of each.
func dateJoined(d *doc, ws words, hits *pile[jobHit], future []normalize.Year) {
	for n := 1; n < hits.len(); n++ {
		h, prev := hits.at(n), hits.at(n-1)
		if h.job.Kind != JobPledged || h.job.Year != nil || prev.sent != h.sent || prev.job.Kind != JobPledged || prev.job.Year == nil {
			continue
		}
		s := d.Sents[h.sent]
		before := within(future, s.Start, prev.span.Start)
		if len(before) == 0 || before[len(before)-1].Year != *prev.job.Year || len(within(future, prev.span.Start, h.span.Start)) > 0 {
			continue // the first pledge's deadline is not said before both
		}
		if findCue(jointPledge(), ws, wordAt(ws, prev.span.End), wordAt(ws, h.span.Start)) >= 0 {
			y := *prev.job.Year
			h.job.Year = &y
		}
	}
}
