package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

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

// endOf opens "(à) fin 2024": a deadline, or in the past tense the date
// of a state of affairs.
var endOf = sync.OnceValue(func() cueList { return cues("à fin", "fin") })

// classifyYears splits the years normalize calls targets into the
// deadlines of the article and the as-of dates: a year before the
// publication year ("à fin 2023" in 2025) and "fin 2024" in the past tense
// ("a réalisé ... à fin 2024") tell how things stood, not an aim. The
// deadlines are those a deadline marker opens.
func classifyYears(d *doc, ws []word, years []normalize.Year) (targets, asOf []normalize.Year) {
	for _, y := range years {
		if y.Kind == normalize.YearAsOf {
			asOf = append(asOf, y)
		}
		if y.Kind != normalize.YearTarget {
			continue
		}
		i, j := wordsIn(ws, y.Start, y.End)
		if _, ok := matchAny(deadlineMarkers(), ws, i, j); !ok {
			continue
		}
		_, isEnd := matchAny(endOf(), ws, i, j)
		if (!d.Ref.IsZero() && y.Year < d.Ref.Year()) || (isEnd && pastTenseBefore(d, ws, i)) {
			asOf = append(asOf, y)
			continue
		}
		targets = append(targets, y)
	}
	return targets, asOf
}

// pastTenseBefore reports a verb in the past tense in the clause before
// word i ("a réalisé", "ont dépassé", "comptait"), with no pledge after it
// ("a signé une convention pour créer..." still aims at a deadline).
func pastTenseBefore(d *doc, ws []word, i int) bool {
	from, to := d.sentenceWords(ws, ws[i].Start)
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
func pastVerbAt(d *doc, ws []word, k int) bool {
	w := ws[k]
	if w.Punct() || w.Cap() {
		return false
	}
	if pastAuxiliaries[d.Text[w.Start:w.End]] { // raw: "a" the verb, not "à"
		return k+1 < len(ws) && looksParticiple(d.Text[ws[k+1].Start:ws[k+1].End])
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
	for _, suf := range []string{"é", "ée", "és", "ées", "i", "is", "it", "int", "u", "us", "ert"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
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
