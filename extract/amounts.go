package extract

import (
	"sort"
	"strings"
	"sync"

	"veille/extract/text"
	"veille/normalize"
)

// amountCues tell what a sum of money is by the words around it; the
// nearest cue wins. Budgets of the State are "budget"; a project's budget
// or envelope is an investment, as the gold format counts it.
var amountCues = sync.OnceValue(func() *taggedCues[AmountKind] {
	c := new(taggedCues[AmountKind])
	c.add(AmountBudget, 0,
		"budget(s) de l'état", "budget général", "budget annuel", "budget de fonctionnement",
		"loi(s) de finances", "budget sectoriel", "dépenses publiques")
	c.add(AmountInvestment, 0,
		"investissement(s)", "investir", "investira", "investiront", "investi(e)(s)",
		"investit", "enveloppe(s)", "budget(s)", "mobiliser", "mobilisera", "mobilisé(e)(s)",
		"coût(s)", "coûtera", "montant global", "montant total", "montant", "financement(s)",
		"financer", "financé(e)(s)", "levée(s) de fonds", "injecter", "injectera", "capital",
		"consacrer", "consacrera", "consacré(e)(s)", "programme(s)", "projet(s)")
	c.add(AmountRevenue, 0,
		"chiffre(s) d'affaires", "exportation(s)", "export(s)", "recette(s)", "revenu(s)",
		"vente(s)", "produit net bancaire")
	c.add(AmountOther, 0,
		"prime(s)", "subvention(s)", "aide(s)", "par emploi", "par poste", "indemnité(s)", "plafonné(e)(s) à", "plafond",
		"salaire(s)", "prix", "tarif(s)", "transfert(s)", "don(s)", "amende(s)",
		"bénéfice(s)", "résultat(s) net(s)", "dette(s)", "rémunération(s)", "bourse(s)", "dividende(s)")
	return c
})

// rateUnits follow a sum that is a price per unit: "2 dollars le
// kilogramme", "300 DH la tonne".
var rateUnits = sync.OnceValue(func() cueList {
	return cues("le|la|l|par kilogramme|kilo|kg|gramme|litre|tonne|mètre|m2|m3|baril|mégawattheure|mwh|kwh|action|titre|nuitée|unité")
})

// isRate reports whether the words from j on make the sum before them a
// rate.
func isRate(ws words, j, to int) bool {
	_, ok := matchAny(rateUnits(), ws, j, to)
	return ok
}

// perJobUnits end a sum given for each job: "15.000 dirhams par emploi
// créé", a premium.
var perJobUnits = sync.OnceValue(func() cueList {
	return cues("par emploi(s)|poste(s)|salarié(s)|recrue(s)|recrutement(s)")
})

// perJob reports a rate per job among words [i, j) of a sum.
func perJob(ws words, i, j int) bool {
	return findCue(perJobUnits(), ws, i, j) >= 0
}

// perYear reports a sum by the year ("500 MDH par an"): a yearly revenue
// or budget is a figure of its own, not a rate to skip.
func perYear(text string) bool {
	return hasSuffix(normalize.Fold(text), perYearEndings)
}

// clausePenalty is the distance a clause break adds between a figure and a
// cue: a cue in the same clause beats a nearer one across a comma.
const clausePenalty = 8

// nearestKind returns the kind of the cue nearest to the figure at words
// [i, j) within [from, to), and whether there is one.
func nearestKind(cs *taggedCues[AmountKind], ws words, w window) (AmountKind, bool) {
	from, to, i, j := w.from, w.to, w.i, w.j
	best, kind := -1, AmountKind("")
	for k := from; k < to; k++ {
		if !cs.mayHold(text.KeyHash(ws.Fold(k))) {
			continue // most words: a bit read
		}
		for _, c := range cs.at(ws, k) {
			e, ok := matchFiled(c.p, ws, k, to)
			if !ok {
				continue
			}
			var dist int
			switch {
			case e <= i:
				dist = i - e + clausePenalty*breaksBetween(ws, e, i)
			case k >= j:
				dist = k - j + clausePenalty*breaksBetween(ws, j, k)
			default:
				continue // overlaps the figure itself
			}
			if best < 0 || dist < best {
				best, kind = dist, c.tag
			}
		}
	}
	return kind, best >= 0
}

// breaksBetween counts clause breaks among words [a, b).
func breaksBetween(ws words, a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if clauseBreak(ws, k) {
			n++
		}
	}
	return n
}

// clauseOf returns the word range of the clause around words [i, j),
// bounded by clause breaks and by the sentence [from, to).
func clauseOf(ws words, from, to, i, j int) (int, int) {
	a := i
	for a > from && !clauseBreak(ws, a-1) {
		a--
	}
	b := j
	for b < to && !clauseBreak(ws, b) {
		b++
	}
	return a, b
}

// findAmounts lists the sums of money of the body, once per (value,
// currency, kind). Rates ("6.000 DH par emploi", "2 dollars le kilo") are
// kept only when a cue makes them "other" figures such as per-job premiums
// or salaries.
func findAmounts(d *doc) []Amount {
	out := []Amount{}
	ws := d.words()
	years := d.years()
	targets := d.targets()
	figs := figures{all: figureStarts(ws, d.numbers()), kind: make([]int, 0, len(d.amounts()))} // one a sum at most
	type key struct {
		value    int64
		currency string
		kind     AmountKind
	}
	index := map[key]int{}
	for _, m := range d.amounts() {
		if m.Value <= 0 || centsLost(m) {
			continue
		}
		from, to := d.sentenceWords(ws, m.Start)
		i, j := wordsIn(ws, m.Start, m.End)
		kind, ok := nearestKind(amountCues(), ws, window{from, to, i, j})
		if (m.PerUnit && !perYear(m.Text)) || isRate(ws, j, to) {
			if !ok && perJob(ws, i, j) {
				kind = AmountOther // "versera 15.000 dirhams par emploi créé": a per-job premium, not "un coût de 100.000 DH par poste"
			} else if !ok || kind != AmountOther {
				continue // a price or a rate, not a sum the article is about
			}
		} else if !ok {
			kind = AmountOther
		}
		year := yearFor(ws, years, targets, figs, window{from, to, i, j})
		figs.kind = append(figs.kind, i)
		ends, n := rangeEnds(ws, m, i, j)
		for _, end := range ends[:n] {
			ev := d.evidence(end.start, end.end)
			k := key{end.value, m.Currency, kind}
			if at, ok := index[k]; ok {
				out[at].Also = append(out[at].Also, ev)
				continue
			}
			a := Amount{
				Value:    end.value,
				Currency: m.Currency,
				Approx:   approxOf(m.Approx),
				Kind:     kind,
				Year:     year,
				Evidence: ev,
				Also:     []Evidence{},
			}
			if end.value == m.Value && m.Max > m.Value {
				upper := m.Max // not &m.Max: m would be allocated for every sum
				a.Max = &upper
			}
			if m.Currency == "MAD" {
				a.ValueMAD = &a.Value
			}
			index[k] = len(out)
			out = append(out, a)
		}
	}
	return out
}

// centsLost reports a sum written with cents ("4,80 DH le mètre cube"):
// amounts are whole units, and the price rounded would be a wrong one.
func centsLost(m normalize.Money) bool {
	i := strings.IndexAny(m.Text, "0123456789")
	if i < 0 {
		return false
	}
	j := i
	for j < len(m.Text) && strings.IndexByte("0123456789,. ", m.Text[j]) >= 0 {
		j++
	}
	digits := strings.TrimRight(m.Text[i:j], ",. ")
	if !strings.ContainsAny(digits, ",.") {
		return false // whole: no need to parse it
	}
	n, err := normalize.ParseNumber(digits)
	if err != nil || n.IsInt {
		return false
	}
	diff := n.Value - float64(m.Value)
	return diff > -1 && diff < 1
}

// rangeEnd is one end of a sum of money and the bytes that say it.
type rangeEnd struct {
	value      int64
	start, end int
}

// rangeEnds splits a range of money at words [i, j) ("entre 50 et 300
// dirhams", "de 2 à 40 millions de DH") into its two ends, each a sum of
// its own with its evidence, the scale and currency shared (normalize
// gives both values in full); any other sum is one end.
func rangeEnds(ws words, m normalize.Money, i, j int) ([2]rangeEnd, int) {
	whole := [2]rangeEnd{{m.Value, m.Start, m.End}} // an array: a sum a page, no allocation
	if m.Max <= m.Value {
		return whole, 1
	}
	for k := i + 2; k < j-1; k++ {
		if rangeJoiners[ws.Fold(k)] && !ws.At(k+1).Punct() {
			return [2]rangeEnd{{m.Value, m.Start, ws.Span(k - 1).End}, {m.Max, ws.Span(k + 1).Start, m.End}}, 2
		}
	}
	return whole, 1
}

// yearFor returns the year a figure at words [i, j) of the sentence
// [from, to) is dated by: the nearest year of near in its clause (not a
// period, not "depuis 2014"), else the nearest year of far that opens the
// sentence ("D'ici 2027, ...") or has no other figure between it and the
// figure, nor in its clause before it ("1 800 emplois pendant le chantier,
// puis 350 emplois d'ici 2030": 2030 is not the year of 1 800;
// "opérationnel d'ici 2026, il aura 150 postes de maintenance et emploiera
// 600 personnes": nor of 600).
// figs are the start words of the figures of the text.
func yearFor(ws words, near, far []normalize.Year, figs figures, w window) *int {
	from, to, i, j := w.from, w.to, w.i, w.j
	a, b := clauseOf(ws, from, to, i, j)
	lo, hi := ws.Span(from).Start, ws.Span(to-1).End
	near, far = within(near, lo, hi), within(far, lo, hi)
	best, dist := 0, -1
	consider := func(y normalize.Year, ok func(k int) bool) {
		k, _ := wordsIn(ws, y.Start, y.End)
		if k < from || k >= to || (k >= i && k < j) || !ok(k) {
			return
		}
		dk := k - j
		if k < i {
			dk = i - k
		}
		if dist < 0 || dk < dist {
			best, dist = y.Year, dk
		}
	}
	for _, y := range near {
		if y.Kind != normalize.YearPeriod && !startsSincePeriod(ws, y) {
			consider(y, func(k int) bool { return k >= a && k < b })
		}
	}
	if dist < 0 {
		for _, y := range far {
			consider(y, func(k int) bool {
				if k == from {
					return true // "D'ici 2027, ...": the deadline of the sentence
				}
				// Else no other figure between the deadline and this one,
				// nor in the deadline's clause: "700 emplois à l'horizon
				// 2027, ... et 300 emplois directs".
				if k < i {
					c, _ := clauseOf(ws, from, to, k, k+1)
					if n := sort.SearchInts(figs.kind, c); n < len(figs.kind) && figs.kind[n] < k {
						return false
					}
				}
				lo, hi := min(k, j), max(k, i)
				n := sort.SearchInts(figs.all, lo+1)
				return n == len(figs.all) || figs.all[n] >= hi
			})
		}
	}
	if dist < 0 {
		return nil
	}
	year := best // allocated here only: not for a figure without a year
	return &year
}

// figures are the start words of the figures of the text, in order: all
// of them, and those of the kind being dated (jobs, sums) found so far.
type figures struct{ all, kind []int }

// figureStarts returns the start word of every number of the text that
// is a figure (not a year, not a measure), in order.
func figureStarts(ws words, nums []normalize.Number) []int {
	n := 0
	for _, num := range nums {
		if !num.Year {
			n++
		}
	}
	out := make([]int, 0, n) // one allocation: a dense page has thousands
	units := measureUnits()
	for _, n := range nums {
		if n.Year {
			continue
		}
		i, j := wordsIn(ws, n.Start, n.End)
		if _, ok := matchAny(units, ws, j, ws.Len()); !ok {
			out = append(out, i)
		}
	}
	return out
}

// measureUnits follow a number that measures a plant or a site, which
// dates nothing and parts no deadline from its figures: "prévue pour
// 2028, portera sur 40.000 tonnes par an et devrait générer 2.300
// emplois".
var measureUnits = sync.OnceValue(func() cueList {
	return cues("tonne(s)", "hectare(s)", "ha", "m²", "m2", "m3", "mètre(s) carré(s)", "km", "kilomètre(s)",
		"mw", "mégawatt(s)", "gw", "gigawatt(s)", "kw", "mwh", "gwh", "litre(s)", "véhicule(s)", "lit(s)", "chambre(s)")
})

// approxOf maps normalize's approximation marker to the record's: "less
// than" is an upper bound.
func approxOf(a normalize.Approx) *Approx {
	var s Approx
	switch a {
	case normalize.MoreThan:
		s = ApproxMoreThan
	case normalize.AtLeast:
		s = ApproxAtLeast
	case normalize.About:
		s = ApproxAbout
	case normalize.UpTo, normalize.LessThan:
		s = ApproxUpTo
	default:
		return nil
	}
	out := s // allocated here only: not for a figure without a marker
	return &out
}
