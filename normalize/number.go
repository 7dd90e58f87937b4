package normalize

import (
	"fmt"
	"time"
)

// Numbers returns the counts and quantities of s, in order and never
// overlapping: digits with thousands separators ("1.500", "5 050" with any
// kind of space, "2.000.000"), decimals ("1,5", "4.213,85"), words ("vingt
// et un", "une centaine"), scale words ("2 millions", "1,5 milliard",
// "13 Mds"), with their approximation marker ("plus de 500") and ranges
// ("entre 500 et 700"). Percentages are reported with Percent set and bare
// years with Year set. Left out: sums of money (see Amounts), ordinals
// ("3e", "1er"), the day and year of dates ("30 janvier 2024"), digits
// glued to letters ("G20", "2T", "COVID-19"), phone numbers, codes, and a
// bare "un"/"une" (an article) unless a scale word follows ("un million").
func Numbers(s string) []Number {
	return newScanner(s).numbers(nil)
}

// numbers appends the counts and quantities of the text to dst.
func (sc *scanner) numbers(dst []Number) []Number {
	dates := sc.dateRanges(time.Time{})
	qs := sc.scan()
	n := 0
	for _, q := range qs {
		if q.cur == nil {
			n++
		}
	}
	out := room(dst, n)
	for _, q := range qs {
		if q.cur != nil {
			continue
		}
		// Both lists are sorted: drop the dates that end before q.
		for len(dates) > 0 && dates[0].end <= q.start {
			dates = dates[1:]
		}
		if len(dates) > 0 && dates[0].start < q.end && (dates[0].d.Month != 0 || dates[0].d.Day != 0 || dates[0].d.Relative) {
			continue // the day or year of a date, the count of "il y a trois jours"
		}
		out = append(out, sc.number(q))
	}
	return appended(dst, out)
}

// number converts q to a Number.
func (sc *scanner) number(q quantity) Number {
	n := Number{
		Span:    sc.span(q.start, q.end),
		Value:   q.lo.d.float(),
		Approx:  q.approx,
		Percent: q.percent,
		Year:    q.lo.year && q.hi == nil && !q.percent,
		Words:   q.lo.words || (q.hi != nil && q.hi.words),
	}
	if q.lo.d.isInt() {
		n.Int, _ = q.lo.d.int64()
		n.IsInt = true
	}
	if q.hi != nil {
		n.Max, n.IsRange = q.hi.d.float(), true
	}
	return n
}

// ParseNumber reads s as one figure ("1.500", "1,5 milliard", "vingt et
// un", "un million", "plus de 300", "72 %"). Unlike Numbers it reads a lone
// "un"/"une" as 1. Surrounding space is ignored; anything else around the
// figure, or a sum of money, is an error wrapping ErrNoMatch.
func ParseNumber(s string) (Number, error) {
	sc := newScanner(s)
	if len(sc.toks) > 0 {
		if q, ok := sc.parseQuantity(0, true); ok && q.end == len(sc.toks) && q.cur == nil {
			return sc.number(q), nil
		}
	}
	return Number{}, fmt.Errorf("normalize: cannot parse number %q: %w", s, ErrNoMatch)
}
