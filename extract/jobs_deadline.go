package extract

import (
	"sort"
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
func datePrevious(d *doc, ws []word, hits []jobHit, future []normalize.Year) {
	withJobs := map[int]bool{}
	for _, h := range hits {
		withJobs[h.sent] = true
	}
	for si := 1; si < len(d.Sents); si++ {
		s := d.Sents[si]
		if withJobs[si] || !withJobs[si-1] {
			continue
		}
		from, to := d.sentWords(si)
		ys := within(future, s.Start, s.End)
		if len(ys) != 1 || findCue(commissioning(), ws, from, to) < 0 {
			continue
		}
		for n := range hits {
			if h := &hits[n]; h.sent == si-1 && h.job.Kind == JobPledged && h.job.Year == nil {
				y := ys[0].Year
				h.job.Year = &y
			}
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
		"pendant|durant le chantier", "lors du chantier", "au cours du chantier")
})

// datedUpTo returns where the sentence ending at word to may date the
// figure whose phrase ends at byte e: before the next figure when the
// figure counts the jobs of a period of its own ("2 500 emplois pendant
// la phase de construction et 400 emplois permanents d'ici 2030": 2030 is
// the deadline of the 400), else the sentence's end.
func datedUpTo(ws []word, figs figures, e, to int) int {
	k := wordAt(ws, e)
	if _, ok := matchAny(temporary(), ws, k, to); !ok {
		return to
	}
	if n := sort.SearchInts(figs.all, k); n < len(figs.all) && figs.all[n] < to {
		return figs.all[n]
	}
	return to
}
