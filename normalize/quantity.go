package normalize

import "errors"

// This file holds the grammar shared by Numbers and Amounts: a figure in
// digits or words, its scale word, an approximation marker before it, a
// range, a currency and a rate after it.

// ErrNoMatch is wrapped by ParseNumber and ParseMoney when the text is not
// exactly one figure of the kind asked.
var ErrNoMatch = errors.New("no single figure")

// value is one figure: "1,5 milliard", "deux cents", "une centaine".
type value struct {
	start, end int // token indexes [start, end)
	d          decimal
	words      bool    // written in words
	scaled     bool    // a multiplier followed the figure
	mult       decimal // its factor
	collective bool    // "une centaine": an estimate
	year       bool    // four bare digits in 1900–2100
	article    bool    // only "un"/"une": an article unless a multiplier follows
}

// quantity is a figure with everything around it.
type quantity struct {
	start, end int // token indexes [start, end)
	lo         value
	hi         *value
	approx     Approx
	percent    bool
	cur        *currencyForm
	perUnit    bool
}

// scanner walks the tokens of one text.
type scanner struct {
	s     string
	toks  []token
	codes []bool     // tokens that are parts of codes, phone numbers, dates in digits, ordinals
	flags []wordFlag // of each word and punctuation token (frTables.wordFlags)
	t     *frTables

	future map[[2]int]bool // whether a clause [lo, hi) speaks of the future (futureClause)
	// built on first use, shared by the scanners of one text (see Scan):
	quantities *[]quantity
	unresolved *[]dateToks // dates with a zero ref
	scratch    *Scanner    // whose buffers it uses, or nil
}

func newScanner(s string) *scanner { return scannerOf(s, Lex(s), nil) }

// raw returns the original text of token i.
func (sc *scanner) raw(i int) string { return sc.s[sc.toks[i].start:sc.toks[i].end] }

// isNum reports whether token i is a digit run.
func (sc *scanner) isNum(i int) bool { return i >= 0 && i < len(sc.toks) && sc.toks[i].kind == tokNum }

// gluedAt reports whether token i exists and follows i-1 with no space.
func (sc *scanner) gluedAt(i int) bool { return i > 0 && i < len(sc.toks) && sc.toks[i].glued() }

// isYearToken reports whether token i is four bare digits in 1900–2100.
func (sc *scanner) isYearToken(i int) bool { return sc.isNum(i) && isYearKey(sc.toks[i].key) }

// isYearKey reports whether the digits k are a year in 1900–2100.
func isYearKey(k string) bool { return len(k) == 4 && (k >= "1900" && k <= "2099" || k == "2100") }

// parseDigits reads a figure in digits at token i: thousands separated by
// a dot, an apostrophe or one space of any kind, and a decimal comma (or a
// dot not followed by exactly three digits).
func (sc *scanner) parseDigits(i int) (value, bool) {
	toks := sc.toks
	if !sc.isNum(i) || sc.codes[i] {
		return value{}, false
	}
	intPart := toks[i].key
	j := i + 1
	if len(intPart) <= 3 {
		for {
			switch {
			case sc.gluedAt(j) && sc.gluedAt(j+1) && sc.isNum(j+1) && len(toks[j+1].key) == 3 &&
				(toks[j].key == "." || toks[j].key == "'") && !sc.codes[j+1]:
				intPart += toks[j+1].key
				j += 2
				continue
			case sc.isNum(j) && len(toks[j].key) == 3 && toks[j].space && sc.singleSpaceBefore(j) && !sc.codes[j]:
				intPart += toks[j].key
				j++
				continue
			}
			break
		}
	}
	frac := ""
	if sc.gluedAt(j) && sc.gluedAt(j+1) && sc.isNum(j+1) && !sc.codes[j+1] {
		switch toks[j].key {
		case ",":
			frac = toks[j+1].key
		case ".":
			if j == i+1 && (len(toks[j+1].key) != 3 || len(intPart) > 3) {
				frac = toks[j+1].key
			}
		}
		if frac != "" {
			j += 2
		}
	}
	d, ok := parseDecimal(intPart, frac)
	if !ok {
		return value{}, false
	}
	return value{start: i, end: j, d: d, year: j == i+1 && sc.isYearToken(i)}, true
}

// parseWords reads a figure in French words at token i: "vingt et un",
// "quatre-vingt-dix", "deux mille cinq cents".
func (sc *scanner) parseWords(i int) (value, bool) {
	toks := sc.toks
	var total, cur, lastVal int64
	var last wordKind
	count, end := 0, i
	for k := i; ; {
		w := nextWord(toks, k)
		if w >= len(toks) || toks[w].kind != tokWord || (w > k && !toks[w].glued()) {
			break
		}
		if toks[w].key == sc.t.numberAnd && count > 0 && last == wordTens && lastVal < 80 {
			if n := nextWord(toks, w+1); isWord(toks, n, sc.t.numberAndUnits...) {
				k = w + 1
				continue
			}
			break
		}
		nw, ok := lookup(sc.t.numberWords, &sc.t.numberKeys, toks[w].key)
		if !ok {
			break
		}
		v := nw.value
		switch nw.kind {
		case wordUnit:
			if count > 0 && last != wordTens && last != wordHundred && last != wordThousand &&
				!(last == wordTeen && lastVal == 10 && v >= 7) {
				return sc.wordsValue(i, end, total+cur, count)
			}
			cur += v
		case wordTeen:
			if count > 0 && !(last == wordTens && (lastVal == 60 || lastVal == 80)) &&
				last != wordHundred && last != wordThousand {
				return sc.wordsValue(i, end, total+cur, count)
			}
			cur += v
		case wordTens:
			if v == 20 && last == wordUnit && lastVal == 4 {
				cur += 76 // quatre-vingt(s)
				v = 80
				break
			}
			if count > 0 && last != wordHundred && last != wordThousand {
				return sc.wordsValue(i, end, total+cur, count)
			}
			cur += v
		case wordHundred:
			switch {
			case count == 0 || last == wordThousand:
				cur += 100
			case last == wordUnit && cur%100 < 10 && cur%100 > 1:
				cur = cur - cur%100 + (cur%100)*100
			default:
				return sc.wordsValue(i, end, total+cur, count)
			}
		case wordThousand:
			if total > 0 {
				return sc.wordsValue(i, end, total+cur, count)
			}
			total, cur = max(cur, 1)*1000, 0
		}
		last, lastVal = nw.kind, v
		count++
		k, end = w+1, w+1
	}
	return sc.wordsValue(i, end, total+cur, count)
}

// wordsValue builds the value of a figure in words spanning tokens [i, end).
func (sc *scanner) wordsValue(i, end int, n int64, count int) (value, bool) {
	if count == 0 {
		return value{}, false
	}
	v := value{start: i, end: end, d: decimal{n, 0}, words: true}
	if count == 1 {
		switch key := sc.toks[i].key; {
		case sc.t.articleNumbers[key]:
			v.article = true
		case key == sc.t.nineOrNew:
			// "neuf" after a noun or a verb means "new".
			if i > 0 && sc.toks[i-1].kind == tokWord && !sc.t.determiners[sc.toks[i-1].key] {
				return value{}, false
			}
		}
	}
	return v, true
}

// parseMultiplier reads a scale word or abbreviation at token i and returns
// its factor.
func (sc *scanner) parseMultiplier(i int) (decimal, bool, int, bool) {
	if i >= len(sc.toks) || sc.toks[i].kind != tokWord {
		return decimal{}, false, i, false
	}
	if m, ok := lookup(sc.t.exactMults, &sc.t.exactMultKeys, sc.raw(i)); ok {
		if m.title && isPunct(sc.toks, i+1, ".") && sc.gluedAt(i+1) {
			return decimal{}, false, i, false
		}
		return decimal{1, m.exp}, m.approx, i + 1, true
	}
	key := sc.toks[i].key
	if !sc.t.multKeys.Has(key) {
		return decimal{}, false, i, false
	}
	if m, ok := sc.t.multipliers[key]; ok {
		return decimal{1, m.exp}, m.approx, i + 1, true
	}
	if n, ok := sc.t.collectives[key]; ok {
		return decimal{n, 0}, true, i + 1, true
	}
	return decimal{}, false, i, false
}

// parseValue reads a figure and its multiplier at token i.
func (sc *scanner) parseValue(i int) (value, bool) {
	if i >= len(sc.toks) {
		return value{}, false
	}
	var v value
	var ok bool
	switch sc.toks[i].kind {
	case tokNum:
		v, ok = sc.parseDigits(i)
	case tokWord:
		v, ok = sc.parseWords(i)
	}
	if !ok {
		return value{}, false
	}
	half := false
	if v.article && sc.t.halves[keyAt(sc.toks, v.end)] {
		// "un demi-million", "un demi milliard"
		half, v.end = true, nextWord(sc.toks, v.end+1)
	}
	f, approx, end, ok := sc.parseMultiplier(v.end)
	switch {
	case ok:
		if half {
			v.d = decimal{5, -1}
		}
		d, ok := v.d.mul(f)
		if !ok {
			return value{}, false
		}
		v.d, v.end, v.scaled, v.mult, v.collective, v.year, v.article = d, end, true, f, approx, false, false
	case half:
		return value{}, false
	}
	if v.scaled && !v.collective {
		v = sc.completeScaled(v)
	}
	return v, true
}

// completeScaled adds to a scaled figure what completes it: "et demi"
// ("3 millions et demi"), or a smaller part right after it ("2 milliards
// 690 millions", "un million deux cent mille", "1 million 200 000").
func (sc *scanner) completeScaled(v value) value {
	toks := sc.toks
	if isWord(toks, v.end, sc.t.halfAnd) && sc.t.halves[keyAt(toks, v.end+1)] {
		if d, ok := v.d.add(decimal{5 * v.mult.mant, v.mult.exp - 1}); ok {
			v.d, v.end = d, v.end+2
		}
		return v
	}
	if v.end >= len(toks) || !toks[v.end].space || (toks[v.end].kind != tokNum && toks[v.end].kind != tokWord) {
		return v
	}
	w, ok := sc.parseValue(v.end)
	if !ok || w.article || w.year || w.collective {
		return v
	}
	smaller := w.scaled && w.mult.less(v.mult)
	part := !w.scaled && w.d.isInt() && !w.d.less(decimal{1000, 0}) && w.d.less(v.mult)
	if !smaller && !part {
		return v
	}
	if d, ok := v.d.add(w.d); ok {
		v.d, v.end, v.words = d, w.end, v.words || w.words
	}
	return v
}

// parsePercent reads "%", "pour cent", "pc" at token i ("PC" is a
// computer, not a percent: frPercentLowerOnly).
func (sc *scanner) parsePercent(i int) (int, bool) {
	list, _ := lookup(sc.t.percent, &sc.t.percentKeys, keyAt(sc.toks, nextWord(sc.toks, i)))
	for _, p := range list {
		if end, ok := MatchAt(p, Tokens(sc.toks), i); ok && (!sc.t.percentLowerOnly[p[0][0]] || sc.raw(i) == p[0][0]) {
			return end, true
		}
	}
	return i, false
}

// parseQuantity reads a whole figure at token i: approximation marker,
// range, currency before or after, percent, rate.
func (sc *scanner) parseQuantity(i int, allowArticle bool) (quantity, bool) {
	toks := sc.toks
	q := quantity{start: i}
	j := i
	if a, end, ok := matchApprox(toks, j); ok {
		q.approx, j = a, end
	}
	rangeWord := "" // the word that joins the ends after an opening word (frRanges)
	for _, r := range sc.t.ranges {
		if isWord(toks, j, r.open) && (!r.exactOnly || q.approx == Exact) {
			rangeWord, j = r.to, j+1
			break
		}
	}
	prefix, afterPrefix, hasPrefix := sc.matchCurrencyPrefix(j)
	if hasPrefix {
		j = afterPrefix
	}
	lo, ok := sc.parseValue(j)
	if !ok || (lo.article && !allowArticle) {
		return q, false
	}
	q.lo = lo
	k := lo.end
	var cur *currencyForm
	if hasPrefix {
		cur = prefix
		if c, end, ok := sc.matchCurrency(k); ok && c.code == prefix.code {
			k = end // "$5 millions US$"
		}
	} else if c, end, ok := sc.matchCurrencyAfter(k, lo); ok {
		cur, k = c, end
	}
	if pe, ok := sc.parsePercent(k); ok && cur == nil {
		q.percent, k = true, pe
	}
	// A second figure: "entre 500 et 700", "de 500 à 700", "500 à 700".
	if !q.percent {
		k, cur = sc.parseRangeEnd(&q, rangeWord, k, cur)
	}
	if q.hi == nil && rangeWord != "" {
		// "entre"/"de" without a second figure: not part of the figure.
		return q, false
	}
	if cur != nil {
		// "50 millions de dirhams (MDH)" is one amount.
		if isPunct(toks, k, "(") {
			if _, end, ok := sc.matchCurrency(k + 1); ok && isPunct(toks, end, ")") {
				k = end + 1
			}
		}
		if end, ok := sc.parseRate(k); ok {
			q.perUnit, k = true, end
		}
	}
	if q.approx == Exact && (q.lo.collective || (q.hi != nil && q.hi.collective)) {
		q.approx = About
	}
	q.cur, q.end = cur, k
	return q, true
}

// parseRangeEnd reads the second figure of a range at token k, after the
// connector: "et" after "entre", "à" or a spaced dash otherwise ("de 500
// à 700", "10 - 20 euros"). It sets q.lo and q.hi and returns the token
// past the range and its currency; with no range, k and cur unchanged.
func (sc *scanner) parseRangeEnd(q *quantity, rangeWord string, k int, cur *currencyForm) (int, *currencyForm) {
	toks := sc.toks
	lo := q.lo
	to := rangeWord
	if to == "" {
		to = sc.t.rangeTo
	}
	switch {
	case isWord(toks, k, to):
	case rangeWord == "" && isPunct(toks, k, "-") && !lo.year && k+1 < len(toks) && toks[k].space == toks[k+1].space:
	default:
		return k, cur
	}
	hi, ok := sc.parseValue(k + 1)
	if !ok || hi.article || (lo.year && hi.year) {
		return k, cur
	}
	m := hi.end
	var hiCur *currencyForm
	if c, end, ok := sc.matchCurrencyAfter(m, hi); ok {
		hiCur, m = c, end
	}
	if !lo.scaled && cur == nil && hi.scaled {
		// "entre 500 et 700 millions", but not "entre 800 000 et 1 million".
		if l := inheritScale(lo, hi); l.d.float() <= hi.d.float() {
			lo = l
		} else if lo.year {
			return k, cur // a date: "de 4,8 milliards en 2024 à 12 milliards"
		}
	}
	if (cur != nil && (hiCur == nil || cur.code != hiCur.code)) || lo.d.float() > hi.d.float() {
		return k, cur
	}
	if cur == nil {
		cur = hiCur
	}
	bound := hi // on the heap only for a range: most calls find none
	q.lo, q.hi = lo, &bound
	if pe, ok := sc.parsePercent(m); ok && cur == nil {
		q.percent, m = true, pe
	}
	return m, cur
}

// inheritScale applies the multiplier of hi to lo: in "entre 500 et 700
// millions" both ends are millions.
func inheritScale(lo, hi value) value {
	if d, ok := lo.d.mul(hi.mult); ok {
		lo.d, lo.scaled, lo.mult, lo.year = d, true, hi.mult, false
		lo.collective = lo.collective || hi.collective
	}
	return lo
}

// parseRate reads "par mois", "par emploi", "/an" at token i: the amount
// is a rate. "par" before a determiner ("financé par la BEI") is not.
func (sc *scanner) parseRate(i int) (int, bool) {
	toks := sc.toks
	switch {
	case isWord(toks, i, sc.t.ratePer) && i+1 < len(toks) && toks[i+1].kind == tokWord && !toks[i+1].upper:
		if sc.t.agentDeterminers[toks[i+1].key] {
			return i, false
		}
		return i + 2, true
	case isPunct(toks, i, "/") && i+1 < len(toks) && toks[i+1].kind == tokWord:
		return i + 2, true
	}
	return i, false
}

// scan returns every quantity of the text, in order, never overlapping.
func (sc *scanner) scan() []quantity {
	if sc.quantities != nil {
		return *sc.quantities
	}
	buf := sc.quantityBuffer()
	out := (*buf)[:0]
	for i := 0; i < len(sc.toks); {
		if sc.toks[i].kind != tokNum && (sc.flags[i]&flagQuantityStart == 0 || !sc.valueAhead(i)) {
			i++ // most words and punctuation cannot start a figure
			continue
		}
		if q, ok := sc.parseQuantity(i, false); ok {
			out = append(out, q)
			i = q.end
			continue
		}
		i++
	}
	sc.impliedCurrencies(out)
	*buf = out
	sc.quantities = buf
	return out
}

// valueAhead reports whether a figure's value may start within reach of
// token i (frTables.valueReach): a digit run or a number word. Most words
// that may start a figure ("de", "à") have none after them.
func (sc *scanner) valueAhead(i int) bool {
	for n := 0; i < len(sc.toks) && n < sc.t.valueReach; i++ {
		switch {
		case sc.toks[i].isSkippable():
			continue // a joiner, which phrases step over
		case sc.toks[i].kind == tokNum || sc.flags[i]&flagNumberWord != 0:
			return true
		}
		n++
	}
	return false
}

// quantityBuffer returns the buffer scan fills: the Scanner's, else one
// of its own.
func (sc *scanner) quantityBuffer() *[]quantity {
	if sc.scratch != nil {
		return &sc.scratch.quantities
	}
	return new([]quantity)
}

// release empties the Scanner's buffer once nothing reads it: the scanner
// must not be used after.
func (sc *scanner) release() {
	if q := sc.quantities; q != nil {
		clear(*q) // the pointers of ranges and currencies
		*q = (*q)[:0]
	}
	sc.quantities = nil
}

// span returns the byte span of tokens [start, end).
func (sc *scanner) span(start, end int) Span {
	return Span{Start: sc.toks[start].start, End: sc.toks[end-1].end}
}

// text returns the text of sp.
func (sc *scanner) text(sp Span) string { return sc.s[sp.Start:sp.End] }
