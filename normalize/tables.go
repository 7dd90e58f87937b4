package normalize

import (
	"sort"
	"sync"
)

// frTables is the compiled form of the fr_*.go tables, built on first use.
type frTables struct {
	numberWords   map[string]numberWord
	multipliers   map[string]multiplier // folded forms
	exactMults    map[string]multiplier // case-sensitive forms
	collectives   map[string]int64
	ordinals      map[string]bool
	determiners   map[string]bool
	percent       []phrase
	approx        map[string][]approxPhrase // by first word
	currencies    map[string][]currencyPhrase
	months        map[string]int
	weekdays      map[string]int
	relativeDays  []relativePhrase
	relativeWeeks []phrase
	dateStarts    map[string]bool // the words a date may start with
	// the words a quantity may start with: a figure in words, an
	// approximation marker, a range ("entre", "de") or a currency.
	quantityStarts map[string]bool
	yearMarkers    map[string][]yearPhrase // by last word
	participles    map[string]bool
	futureWords    map[string]bool
	notFuture      map[string]bool
}

type approxPhrase struct {
	p      phrase
	approx Approx
}

type currencyPhrase struct {
	p phrase
	currencyForm
}

type relativePhrase struct {
	p phrase
	relativeDay
}

type yearPhrase struct {
	p phrase
	yearMarker
}

// foldKey returns the key lex gives to the one-word form w.
func foldKey(w string) string {
	p := compilePhrase(w)
	if len(p) == 0 {
		return ""
	}
	return p[0]
}

// tables returns the compiled French tables.
var tables = sync.OnceValue(func() *frTables {
	t := &frTables{
		numberWords:    make(map[string]numberWord, len(frNumberWords)),
		multipliers:    make(map[string]multiplier),
		exactMults:     make(map[string]multiplier),
		collectives:    make(map[string]int64, len(frCollectives)),
		ordinals:       make(map[string]bool, len(frOrdinalSuffixes)),
		determiners:    make(map[string]bool, len(frNumberDeterminers)),
		approx:         make(map[string][]approxPhrase),
		currencies:     make(map[string][]currencyPhrase),
		months:         make(map[string]int, len(frMonths)),
		weekdays:       make(map[string]int, len(frWeekdays)),
		dateStarts:     map[string]bool{"ce": true, "premier": true},
		quantityStarts: map[string]bool{"entre": true, "de": true},
		yearMarkers:    make(map[string][]yearPhrase),
		participles:    make(map[string]bool, len(frPastParticiples)),
		futureWords:    make(map[string]bool, len(frFutureWords)),
		notFuture:      make(map[string]bool, len(frNotFuture)),
	}
	for _, w := range frNumberWords {
		t.numberWords[foldKey(w.word)] = w
		t.quantityStarts[foldKey(w.word)] = true
	}
	for _, m := range frMultipliers {
		if m.exact {
			t.exactMults[m.form] = m
		} else {
			t.multipliers[foldKey(m.form)] = m
		}
	}
	for _, c := range frCollectives {
		t.collectives[foldKey(c.form)] = c.value
	}
	for _, o := range frOrdinalSuffixes {
		t.ordinals[o] = true
	}
	for _, d := range frNumberDeterminers {
		t.determiners[foldKey(d)] = true
	}
	for _, p := range frPercentWords {
		t.percent = append(t.percent, compilePhrase(p))
	}
	for _, a := range frApproxMarkers {
		p := compilePhrase(a.form)
		t.approx[p[0]] = append(t.approx[p[0]], approxPhrase{p, a.approx})
		t.quantityStarts[p[0]] = true
	}
	for _, c := range frCurrencies {
		p := compilePhrase(c.form)
		t.currencies[p[0]] = append(t.currencies[p[0]], currencyPhrase{p, c})
		t.quantityStarts[p[0]] = true
	}
	for _, m := range frMonths {
		t.months[foldKey(m.form)] = m.month
		t.dateStarts[foldKey(m.form)] = true
	}
	for i, w := range frWeekdays {
		t.weekdays[foldKey(w)] = i
		t.dateStarts[foldKey(w)] = true
	}
	for _, r := range frRelativeDays {
		p := compilePhrase(r.form)
		t.relativeDays = append(t.relativeDays, relativePhrase{p, r})
		t.dateStarts[p[0]] = true
	}
	for _, w := range frRelativeWeeks {
		p := compilePhrase(w)
		t.relativeWeeks = append(t.relativeWeeks, p)
		t.dateStarts[p[0]] = true
	}
	for _, m := range frYearMarkers {
		p := compilePhrase(m.form)
		last := p[len(p)-1]
		t.yearMarkers[last] = append(t.yearMarkers[last], yearPhrase{p, m})
	}
	for _, w := range frPastParticiples {
		t.participles[foldKey(w)] = true
	}
	for _, w := range frFutureWords {
		t.futureWords[foldKey(w)] = true
	}
	for _, w := range frNotFuture {
		t.notFuture[foldKey(w)] = true
	}
	// Longest phrases first, so that "un peu plus de" beats "plus de".
	for _, l := range t.approx {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].p) > len(l[j].p) })
	}
	for _, l := range t.currencies {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].p) > len(l[j].p) })
	}
	for _, l := range t.yearMarkers {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].p) > len(l[j].p) })
	}
	sort.SliceStable(t.relativeDays, func(i, j int) bool { return len(t.relativeDays[i].p) > len(t.relativeDays[j].p) })
	return t
})
