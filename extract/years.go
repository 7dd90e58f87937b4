package extract

import (
	"sync"

	"veille/normalize"
)

// deadlineMarkers open the target years that are deadlines or horizons.
// normalize also calls a bare future "en 2028" a target; the record does
// not ("les travaux doivent débuter en 2025" is a schedule, not an aim).
var deadlineMarkers = sync.OnceValue(func() cueList {
	return cues("d ici", "à l horizon", "horizon", "prévu(e)(s) pour", "programmé(e)(s) pour",
		"attendu(e)(s) pour", "à fin", "fin", "avant", "au plus tard", "jusqu à", "à l échéance",
		"échéance", "objectif", "cap", "vision")
})

// targetYears returns the years of the text that are deadlines, with the
// word index each starts at.
func targetYears(ws []word, years []normalize.Year) []normalize.Year {
	var out []normalize.Year
	for _, y := range years {
		if y.Kind != normalize.YearTarget {
			continue
		}
		i, j := wordsIn(ws, y.Start, y.End)
		if _, ok := matchAny(deadlineMarkers(), ws, i, j); ok {
			out = append(out, y)
		}
	}
	return out
}

// findTargetYears lists the deadlines and horizons of the body ("d'ici
// 2029", "à l'horizon de 2027"), once per year with its first mention.
// Past years ("depuis 2003"), as-of dates, plan periods and bare future
// years are not targets.
func findTargetYears(d *doc) []TargetYear {
	out := []TargetYear{}
	seen := map[int]bool{}
	for _, y := range targetYears(d.words(), d.years()) {
		if seen[y.Year] {
			continue
		}
		seen[y.Year] = true
		out = append(out, TargetYear{Year: y.Year, Evidence: d.evidence(y.Start, y.End)})
	}
	return out
}
