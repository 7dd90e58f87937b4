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
	list := sc.t.currencies[sc.toks[i].key]
	for k := range list {
		c := &list[k]
		end, ok := c.p.matchAt(sc.toks, i)
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

// matchCurrencyAfter reads the currency after a figure at token i: right
// there ("500 DH", "13 MMDH") or, after a scale word, behind "de"
// ("2 millions de dirhams", "3 Mds de DH", "5 millions d'euros").
func (sc *scanner) matchCurrencyAfter(i int, scaled bool) (*currencyForm, int, bool) {
	if c, end, ok := sc.matchCurrency(i); ok {
		return c, end, true
	}
	if scaled && isWord(sc.toks, i, "de") {
		return sc.matchCurrency(nextWord(sc.toks, i+1))
	}
	return nil, i, false
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
	return newScanner(s).amounts()
}

// amounts returns the sums of money of the text.
func (sc *scanner) amounts() []Money {
	var out []Money
	for _, q := range sc.scan() {
		if m, ok := sc.money(q); ok {
			out = append(out, m)
		}
	}
	return out
}

// money converts q to a Money when it is a sum of money.
func (sc *scanner) money(q quantity) (Money, bool) {
	if q.cur == nil || q.percent {
		return Money{}, false
	}
	scale := decimal{1, q.cur.exp}
	lo, ok := q.lo.d.mul(scale)
	if !ok {
		return Money{}, false
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
