package normalize

import (
	"fmt"
	"strings"
)

// matchCurrency reads a currency spelling at token i and returns it with
// the index just past it.
func (sc *scanner) matchCurrency(i int) (*currencyForm, int, bool) {
	if i >= len(sc.toks) || sc.toks[i].key == "\n" {
		return nil, i, false
	}
	list, _ := lookup(sc.t.currencies, &sc.t.currencyKeys, sc.toks[i].key)
	for k := range list {
		c := &list[k]
		end, ok := MatchAt(c.p, Tokens(sc.toks), i)
		if !ok {
			continue
		}
		if c.exact && !sameLetters(sc.s[sc.toks[i].start:sc.toks[end-1].end], c.form) {
			continue
		}
		return &c.currencyForm, end, true
	}
	return nil, i, false
}

// sameLetters reports whether a and b are equal but for white space.
func sameLetters(a, b string) bool {
	return strings.Join(strings.Fields(a), "") == strings.Join(strings.Fields(b), "")
}

// matchCurrencyAfter reads the currency after the figure v at token i:
// right there ("500 DH", "13 MMDH") or, after a scale word, behind "de"
// ("2 millions de dirhams", "3 Mds de DH", "5 millions d'euros"). A figure
// in millions or more takes no scaled currency: "2 millions MDH" is not
// two million million dirhams.
func (sc *scanner) matchCurrencyAfter(i int, v value) (*currencyForm, int, bool) {
	c, end, ok := sc.matchCurrency(i)
	if !ok && v.scaled && isWord(sc.toks, i, sc.t.unitOf) {
		k := nextWord(sc.toks, i+1)
		if c, end, ok = sc.matchCurrency(k); !ok {
			c, end, ok = sc.slipCurrency(k)
		}
	}
	if !ok || (c.exp > 0 && v.scaled && !v.mult.less(decimal{1, 6})) {
		return nil, i, false
	}
	return c, end, true
}

// slipCurrency reads at token i a currency word written with one letter
// more, less, changed or swapped ("120 millions de dirams", "dirahms"):
// a word of frCurrencies long enough that a slip cannot make another word
// of it (slipForm, filed once in the tables). It is read only behind a scale word and "de", where
// no other word counts money.
func (sc *scanner) slipCurrency(i int) (*currencyForm, int, bool) {
	if i >= len(sc.toks) || sc.toks[i].kind != tokWord {
		return nil, i, false
	}
	for _, c := range sc.t.slipCurrency {
		if oneEditApart(sc.toks[i].key, c.form) {
			return c, i + 1, true
		}
	}
	return nil, i, false
}

// slipMinLen is the shortest currency word read with a slip: "dirham",
// "dollar", not "euro" ("euros" is one letter from "euro").
const slipMinLen = 6

// slipForm reports whether the currency form c may be read with a slip:
// one lower-case word, unscaled, of slipMinLen letters or more.
func slipForm(c *currencyForm) bool {
	return !c.exact && c.exp == 0 && len(c.form) >= slipMinLen && strings.ToLower(c.form) == c.form &&
		!strings.ContainsAny(c.form, " '")
}

// oneEditApart reports whether a becomes b by one byte inserted, deleted,
// replaced, or swapped with the next (an edit distance of one).
func oneEditApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	p := 0 // the common prefix
	for p < len(a) && a[p] == b[p] {
		p++
	}
	if len(a) < len(b) {
		return a[p:] == b[p+1:]
	}
	return a[p+1:] == b[p+1:] || // replaced
		p+1 < len(a) && a[p] == b[p+1] && a[p+1] == b[p] && a[p+2:] == b[p+2:] // swapped
}

// matchCurrencyPrefix reads a currency written before a figure ("$500",
// "USD 20", "€ 15").
func (sc *scanner) matchCurrencyPrefix(i int) (*currencyForm, int, bool) {
	c, end, ok := sc.matchCurrency(i)
	if !ok || !c.prefix || !sc.isNum(end) {
		return nil, i, false
	}
	return c, end, true
}

// Amounts returns the sums of money of s, in order and never overlapping:
// a figure (digits or words, with its scale) and a currency, with the
// approximation marker before it, a range ("entre 500 et 700 millions de
// dirhams") and a rate ("par mois", "par emploi", "/an") after it. Values
// are exact: "17,46 milliards de DH" is 17460000000; a fraction of a unit
// is rounded half up ("12,50 DH" is 13). A figure too large for an int64 is
// skipped. Forms are word-bound: "DH" is not read inside "ADH" or "DHL".
func Amounts(s string) []Money {
	return newScanner(s).amounts(nil)
}

// amounts appends the sums of money of the text to dst.
func (sc *scanner) amounts(dst []Money) []Money {
	qs := sc.scan()
	n := 0
	for _, q := range qs {
		if q.cur != nil {
			n++
		}
	}
	if n == 0 {
		return dst
	}
	out := room(dst, n)
	for _, q := range qs {
		if m, ok := sc.money(q); ok {
			out = append(out, m)
		}
	}
	return appended(dst, out)
}

// money converts q to a Money when it is a sum of money.
func (sc *scanner) money(q quantity) (Money, bool) {
	if q.cur == nil || q.percent {
		return Money{}, false
	}
	scale := decimal{1, q.cur.exp}
	lo, ok := q.lo.d.mul(scale)
	if !ok || q.cur.exp < 0 && !lo.isInt() {
		return Money{}, false // "20 centimes": no whole dirham
	}
	v, ok := lo.int64()
	if !ok {
		return Money{}, false
	}
	m := Money{Value: v, Currency: q.cur.code, Approx: q.approx, PerUnit: q.perUnit}
	if q.hi != nil {
		hi, ok := q.hi.d.mul(scale)
		if !ok {
			return Money{}, false
		}
		if m.Max, ok = hi.int64(); !ok {
			return Money{}, false
		}
	}
	m.Span = sc.span(q.start, q.end)
	m.Text = sc.text(m.Span)
	return m, true
}

// ParseMoney reads s as one sum of money ("1,5 milliard de dirhams",
// "€ 20", "environ 300 MDH"). Surrounding space is ignored; anything else
// around the amount is an error wrapping ErrNoMatch.
func ParseMoney(str string) (Money, error) {
	sc := newScanner(str)
	if len(sc.toks) > 0 {
		if q, ok := sc.parseQuantity(0, true); ok && q.end == len(sc.toks) {
			if m, ok := sc.money(q); ok {
				return m, nil
			}
		}
	}
	return Money{}, fmt.Errorf("normalize: cannot parse amount %q: %w", str, ErrNoMatch)
}

// impliedCurrencies gives a currency to the figures of qs that a list of
// sums implies: the bare figures of "3, 4 et 5 millions de dirhams" take
// the scale and currency of the last one, and a scaled figure with no unit
// of its own ("dont 2 milliards pour…", "contre 87 milliards") takes the
// currency of the sum before it in the sentence when a frAmountLinks word
// joins them.
func (sc *scanner) impliedCurrencies(qs []quantity) {
	for n := range qs {
		if q := &qs[n]; q.cur != nil && q.hi == nil && !q.perUnit {
			// A scale is only shared by small figures: not "800 000, 1 et 2 millions".
			scaled := q.lo.scaled || q.cur.exp > 0
			for p := n - 1; p >= 0 && sc.listItem(qs[p], qs[p+1], scaled); p-- {
				if q.lo.scaled {
					qs[p].lo = inheritScale(qs[p].lo, q.lo)
				}
				qs[p].cur = q.cur
			}
		}
	}
	var last *currencyForm // currency of the last sum of the sentence
	from := 0
	for n := range qs {
		q := &qs[n]
		if sc.sentenceBreak(from, q.start) {
			last = nil
		}
		from = q.start
		if q.cur == nil && last != nil && sc.impliedSum(*q) {
			q.cur = sc.t.baseCurrency[last.code] // "5 MDH, dont 2 millions": not 2 million MDH
			if end, ok := sc.parseRate(q.end); ok {
				q.perUnit, q.end = true, end
			}
		}
		if q.cur != nil {
			last = q.cur
		}
	}
}

// listItem reports whether p is a bare figure in a list before q, joined
// to it by a frListJoins word: "3," in "3, 4 et 5 millions de dirhams".
// When the list shares a scale, p must be below a thousand.
func (sc *scanner) listItem(p, q quantity, scaled bool) bool {
	return p.cur == nil && !p.percent && p.hi == nil && p.approx == Exact && !p.lo.scaled && !p.lo.year &&
		(!scaled || p.lo.d.less(decimal{1000, 0})) && p.end+1 == q.start && sc.t.listJoins[sc.toks[p.end].key]
}

// impliedSum reports whether q is a scaled figure with no unit of its own
// that a frAmountLinks word joins to what comes before.
func (sc *scanner) impliedSum(q quantity) bool {
	if q.percent || !q.lo.scaled || q.lo.collective || q.lo.mult.less(decimal{1, 6}) || q.start == 0 ||
		!sc.t.amountLinks[sc.toks[q.start-1].key] {
		return false
	}
	// "2 millions de visiteurs", "2 millions d'habitants": a unit of its own
	if !isWord(sc.toks, q.end, sc.t.unitOf) {
		return true
	}
	n := nextWord(sc.toks, q.end+1)
	return n >= len(sc.toks) || sc.toks[n].kind != tokWord
}

// sentenceBreak reports whether a sentence ends between tokens from and to.
func (sc *scanner) sentenceBreak(from, to int) bool {
	for k := from; k < to; k++ {
		switch sc.toks[k].key {
		case "\n", ";", "!", "?":
			return true
		case ".":
			if k+1 >= len(sc.toks) || sc.toks[k+1].space {
				return true
			}
		}
	}
	return false
}
