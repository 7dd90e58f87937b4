package normalize

import (
	"math"
	"strconv"
)

// decimal is an exact decimal number, mant × 10^exp. Sums of money are
// computed on it so that "17,46 milliards" is exactly 17460000000.
type decimal struct {
	mant int64
	exp  int
}

// maxDigits is the most significant digits a decimal holds without overflow.
const maxDigits = 18

// parseDecimal reads the digits of the integer and fraction parts.
func parseDecimal(intPart, fracPart string) (decimal, bool) {
	digits := intPart + fracPart
	for len(digits) > 1 && digits[0] == '0' {
		digits = digits[1:]
	}
	if len(digits) > maxDigits {
		return decimal{}, false
	}
	m, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		return decimal{}, false
	}
	return decimal{m, -len(fracPart)}, true
}

// mul returns d × e, and false on overflow.
func (d decimal) mul(e decimal) (decimal, bool) {
	if d.mant != 0 && e.mant > math.MaxInt64/d.mant {
		return decimal{}, false
	}
	return decimal{d.mant * e.mant, d.exp + e.exp}, true
}

// pow10 returns 10^n for 0 ≤ n ≤ 18.
func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// int64 returns d rounded half up to a whole number, and false when it does
// not fit.
func (d decimal) int64() (int64, bool) {
	m := d.mant
	switch {
	case d.exp > 0:
		for e := d.exp; e > 0; e-- {
			if m > math.MaxInt64/10 {
				return 0, false
			}
			m *= 10
		}
	case d.exp < 0:
		if -d.exp > maxDigits {
			return 0, true
		}
		p := pow10(-d.exp)
		q, r := m/p, m%p
		if r >= p-r {
			q++
		}
		m = q
	}
	return m, true
}

// isInt reports whether d is a whole number that fits an int64.
func (d decimal) isInt() bool {
	if d.exp < 0 {
		if -d.exp > maxDigits {
			return d.mant == 0
		}
		if d.mant%pow10(-d.exp) != 0 {
			return false
		}
	}
	_, ok := d.int64()
	return ok
}

// float returns the nearest float64 to d.
func (d decimal) float() float64 {
	if d.exp < 0 {
		return float64(d.mant) / math.Pow10(-d.exp)
	}
	return float64(d.mant) * math.Pow10(d.exp)
}

// add returns d + e, and false on overflow.
func (d decimal) add(e decimal) (decimal, bool) {
	if d.exp < e.exp {
		d, e = e, d
	}
	// Bring d down to e's exponent.
	for d.exp > e.exp {
		if d.mant > math.MaxInt64/10 || d.mant < math.MinInt64/10 {
			return decimal{}, false
		}
		d.mant *= 10
		d.exp--
	}
	if (e.mant > 0 && d.mant > math.MaxInt64-e.mant) || (e.mant < 0 && d.mant < math.MinInt64-e.mant) {
		return decimal{}, false
	}
	return decimal{d.mant + e.mant, d.exp}, true
}

// less reports whether d < e.
func (d decimal) less(e decimal) bool { return d.float() < e.float() }
