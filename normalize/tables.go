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
	halves        map[string]bool
	ordinals      map[string]bool
	determiners   map[string]bool
	percent       map[string][]Phrase       // by first word
	approx        map[string][]approxPhrase // by first word
	currencies    map[string][]currencyPhrase
	baseCurrency  map[string]*currencyForm // the unscaled form of each code: "dirhams" for MAD
	slipCurrency  []*currencyForm          // the forms read with a slip of one letter (slipForm)
	amountLinks   map[string]bool          // folded keys of frAmountLinks
	listJoins     map[string]bool          // folded keys of frListJoins
	months        map[string]int
	weekdays      map[string]int
	relativeDays  map[string][]relativePhrase // by first word
	relativeWeeks map[string][]Phrase         // by first word
	lastNext      map[string]int
	ago           Phrase
	agoUnits      map[string]agoUnit
	shortLeads    map[string]bool
	bareLeads     map[string]bool
	bareFollowers map[string]bool
	// what the scanners need to know of a word, looked up once per token
	// (scanner.flags): most words start no date and no figure.
	wordFlags map[string]wordFlag
	// valueReach is the most tokens but joiners from the start of a
	// figure to its value: an approximation marker, a range word and a
	// currency before the value, and the value's first token.
	valueReach  int
	yearMarkers map[string][]yearPhrase // by last word
	participles map[string]bool
	grammarWords
	keySets
}

// keySets are the KeySets of the keys of the tables the scanners look up
// at most tokens, tested first (lookup).
type keySets struct {
	numberKeys, multKeys, exactMultKeys, percentKeys KeySet
	approxKeys, currencyKeys, monthKeys, weekdayKeys KeySet

	flagKeys   KeySet              // of wordFlags
	shortFlags shortKeys[wordFlag] // the short keys of wordFlags
}

// setKeys sets the KeySets of t's tables.
func (t *frTables) setKeys() {
	addKeys(&t.numberKeys, t.numberWords)
	addKeys(&t.multKeys, t.multipliers)
	addKeys(&t.multKeys, t.collectives)
	addKeys(&t.exactMultKeys, t.exactMults)
	addKeys(&t.percentKeys, t.percent)
	addKeys(&t.approxKeys, t.approx)
	addKeys(&t.currencyKeys, t.currencies)
	addKeys(&t.monthKeys, t.months)
	addKeys(&t.weekdayKeys, t.weekdays)
	addKeys(&t.flagKeys, t.wordFlags)
	t.shortFlags.fill(t.wordFlags)
}

// addKeys adds the keys of m to set.
func addKeys[V any](set *KeySet, m map[string]V) {
	for k := range m {
		set.Add(k)
	}
}

// lookup returns m[k], testing set, the KeySet of m's keys, first: most
// words of a text are in no table, and a miss in the set costs less than
// one in the map.
func lookup[V any](m map[string]V, set *KeySet, k string) (V, bool) {
	if !set.Has(k) {
		var zero V
		return zero, false
	}
	v, ok := m[k]
	return v, ok
}

// grammarWords are the function words of fr_grammar.go, folded.
type grammarWords struct {
	numberAnd, nineOrNew, halfAnd      string
	numberAndUnits                     []string
	articleNumbers, percentLowerOnly   map[string]bool
	ranges                             []rangeWords
	rangeTo, unitOf, ratePer           string
	agentDeterminers                   map[string]bool
	thisWeekday, firstDay, bareDayLast string
	dayOfMonth                         []monthPhrase
	firstDaySuffixes                   []string
	yearIn, fromYear                   string
	fromYearPhrases, aroundYear        []Phrase
}

// compileGrammar folds the function words of fr_grammar.go.
func compileGrammar() grammarWords {
	g := grammarWords{
		numberAnd:        foldKey(frNumberAnd),
		nineOrNew:        foldKey(frNineOrNew),
		halfAnd:          foldKey(frHalfAnd),
		numberAndUnits:   foldKeys(frNumberAndUnits),
		articleNumbers:   wordSet(frArticleNumbers),
		percentLowerOnly: wordSet(frPercentLowerOnly),
		rangeTo:          foldKey(frRangeTo),
		unitOf:           foldKey(frUnitOf),
		ratePer:          foldKey(frRatePer),
		agentDeterminers: wordSet(frAgentDeterminers),
		thisWeekday:      foldKey(frThisWeekday),
		firstDay:         foldKey(frFirstDay),
		bareDayLast:      foldKey(frBareDayLast),
		firstDaySuffixes: foldKeys(frFirstDaySuffixes),
		yearIn:           foldKey(frYearIn),
		fromYear:         foldKey(frFromYear),
		fromYearPhrases:  compilePhrases(frFromYearPhrases),
		aroundYear:       compilePhrases(frAroundYear),
	}
	for _, r := range frRanges {
		g.ranges = append(g.ranges, rangeWords{open: foldKey(r.open), to: foldKey(r.to), exactOnly: r.exactOnly})
	}
	for _, m := range frDayOfMonth {
		g.dayOfMonth = append(g.dayOfMonth, monthPhrase{compilePhrase(m.form), m.months})
	}
	return g
}

// monthPhrase names the month of a bare day, months from the reference
// month.
type monthPhrase struct {
	p      Phrase
	months int
}

type approxPhrase struct {
	p      Phrase
	approx Approx
}

type currencyPhrase struct {
	p Phrase
	currencyForm
}

type relativePhrase struct {
	p Phrase
	relativeDay
}

type yearPhrase struct {
	p Phrase
	yearMarker
}

// compilePhrase reads a phrase of the tables on the tokens of Lex.
func compilePhrase(pattern string) Phrase { return MustCompilePhrase(pattern, Lex) }

// compilePhrases reads each phrase of a table (compilePhrase).
func compilePhrases(patterns []string) []Phrase {
	ps := make([]Phrase, len(patterns))
	for i, p := range patterns {
		ps[i] = compilePhrase(p)
	}
	return ps
}

// foldKey returns the key Lex gives to the one-word form w, read as it is
// written (not as a pattern: "(" is a word of frAmountLinks).
func foldKey(w string) string {
	for _, t := range Lex(w) {
		if k := t.Key(); k != "" {
			return k
		}
	}
	return ""
}

// fileUnder files v in m under each of keys.
func fileUnder[V any](m map[string][]V, keys []string, v V) {
	for _, k := range keys {
		m[k] = append(m[k], v)
	}
}

// addFlag flags every word a phrase may start with.
func addFlag(flags map[string]wordFlag, p Phrase, f wordFlag) {
	for _, k := range p[0] {
		flags[k] |= f
	}
}

// wordSet returns the folded keys of words.
func wordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[foldKey(w)] = true
	}
	return m
}

// foldKeys returns the folded keys of words, in order.
func foldKeys(words []string) []string {
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = foldKey(w)
	}
	return keys
}

// wordFlag tells what a word may do for the scanners.
type wordFlag uint8

const (
	flagDateStart     wordFlag = 1 << iota // may start a date: a month, a weekday, "hier"
	flagQuantityStart                      // may start a figure: "trois", "plus", "entre", a currency
	flagFuture                             // a word of intent or a future form ("prévu", "devra")
	flagNotFuture                          // ends like a future but is not a verb ("extrait", "sahara")
	flagNumberWord                         // a number word ("trois", "cent"), where a figure's value may start
)

// tables returns the compiled French tables.
var tables = sync.OnceValue(func() *frTables {
	t := &frTables{
		numberWords:  make(map[string]numberWord, len(frNumberWords)),
		multipliers:  make(map[string]multiplier),
		exactMults:   make(map[string]multiplier),
		collectives:  make(map[string]int64, len(frCollectives)),
		ordinals:     make(map[string]bool, len(frOrdinalSuffixes)),
		determiners:  make(map[string]bool, len(frNumberDeterminers)),
		approx:       make(map[string][]approxPhrase),
		currencies:   make(map[string][]currencyPhrase),
		months:       make(map[string]int, len(frMonths)),
		weekdays:     make(map[string]int, len(frWeekdays)),
		wordFlags:    make(map[string]wordFlag),
		yearMarkers:  make(map[string][]yearPhrase),
		participles:  make(map[string]bool, len(frPastParticiples)),
		grammarWords: compileGrammar(),
	}
	t.wordFlags[t.thisWeekday] |= flagDateStart
	t.wordFlags[t.firstDay] |= flagDateStart
	for _, r := range t.ranges {
		t.wordFlags[r.open] |= flagQuantityStart // "entre 500 et 700"
	}
	for _, w := range frNumberWords {
		t.numberWords[foldKey(w.word)] = w
		t.wordFlags[foldKey(w.word)] |= flagQuantityStart | flagNumberWord
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
	t.halves = wordSet(frHalves)
	for _, o := range frOrdinalSuffixes {
		t.ordinals[o] = true
	}
	for _, d := range frNumberDeterminers {
		t.determiners[foldKey(d)] = true
	}
	approxLen, prefixLen := 0, 0 // the longest approximation marker and currency before a figure
	t.percent = make(map[string][]Phrase)
	for _, w := range frPercentWords {
		p := compilePhrase(w)
		fileUnder(t.percent, p[0], p)
	}
	for _, a := range frApproxMarkers {
		p := compilePhrase(a.form)
		fileUnder(t.approx, p[0], approxPhrase{p, a.approx})
		addFlag(t.wordFlags, p, flagQuantityStart)
		approxLen = max(approxLen, len(p))
	}
	t.baseCurrency = make(map[string]*currencyForm)
	for k, c := range frCurrencies {
		if slipForm(&frCurrencies[k]) {
			t.slipCurrency = append(t.slipCurrency, &frCurrencies[k])
		}
		if _, ok := t.baseCurrency[c.code]; !ok && c.exp == 0 {
			t.baseCurrency[c.code] = &frCurrencies[k]
		}
		p := compilePhrase(c.form)
		fileUnder(t.currencies, p[0], currencyPhrase{p, c})
		addFlag(t.wordFlags, p, flagQuantityStart)
		if c.prefix {
			prefixLen = max(prefixLen, len(p))
		}
	}
	t.valueReach = approxLen + 1 + prefixLen + 1 // parseQuantity: marker, range word, currency, value
	t.amountLinks, t.listJoins = wordSet(frAmountLinks), wordSet(frListJoins)
	for _, m := range frMonths {
		t.months[foldKey(m.form)] = m.month
		t.wordFlags[foldKey(m.form)] |= flagDateStart
	}
	for i, w := range frWeekdays {
		t.weekdays[foldKey(w)] = i
		t.wordFlags[foldKey(w)] |= flagDateStart
	}
	t.relativeDays, t.relativeWeeks = make(map[string][]relativePhrase), make(map[string][]Phrase)
	for _, r := range frRelativeDays {
		p := compilePhrase(r.form)
		fileUnder(t.relativeDays, p[0], relativePhrase{p, r})
		addFlag(t.wordFlags, p, flagDateStart)
	}
	for _, w := range frRelativeWeeks {
		p := compilePhrase(w)
		fileUnder(t.relativeWeeks, p[0], p)
		addFlag(t.wordFlags, p, flagDateStart)
	}
	t.lastNext = make(map[string]int, len(frLastNext))
	for _, r := range frLastNext {
		t.lastNext[foldKey(r.form)] = r.offset
	}
	t.ago = compilePhrase(frAgo)
	addFlag(t.wordFlags, t.ago, flagDateStart)
	t.agoUnits = make(map[string]agoUnit, len(frAgoUnits))
	for _, u := range frAgoUnits {
		t.agoUnits[foldKey(u.form)] = u
	}
	t.shortLeads, t.bareLeads, t.bareFollowers = wordSet(frShortDateLeads), wordSet(frBareDayLeads), wordSet(frBareDayFollowers)
	for _, m := range frYearMarkers {
		p := compilePhrase(m.form)
		fileUnder(t.yearMarkers, p[len(p)-1], yearPhrase{p, m})
	}
	for _, w := range frPastParticiples {
		t.participles[foldKey(w)] = true
	}
	for _, w := range frFutureWords {
		t.wordFlags[foldKey(w)] |= flagFuture
	}
	for _, w := range frNotFuture {
		t.wordFlags[foldKey(w)] |= flagNotFuture
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
	for _, l := range t.relativeDays {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].p) > len(l[j].p) })
	}
	t.setKeys()
	return t
})
