package normalize

import (
	"strconv"
	"time"
)

// This file reads the dates written in digits ("15/04/2025", "15/04/25",
// "le 15/04") and two-digit years.

// parseNumericDate reads "15/04/2025", "15-04-2025", "15.04.2025",
// "2024-04-15", "15/04/25" (a two-digit year, see shortYear) and "15/04"
// (the year closest to ref, like "le 15 avril") at token i. A day and month
// alone need a weekday before them (wd ≥ 0, read by the caller) or a
// frShortDateLeads word, which the date then starts with.
func (sc *scanner) parseNumericDate(i, wd int, ref time.Time) (Date, int, bool) {
	toks := sc.toks
	if !sc.isNum(i) || (sc.gluedAt(i) && (toks[i-1].kind != tokPunct || toks[i-1].key == "/" || toks[i-1].key == "-")) {
		return Date{}, 0, false
	}
	var parts [3]string // no allocation: this runs on every digit run
	parts[0] = toks[i].key
	n, sep, j := 1, "", i
	for n < 3 && sc.gluedAt(j+1) && sc.gluedAt(j+2) && sc.isNum(j+2) {
		s := toks[j+1].key
		if (s != "/" && s != "-" && s != ".") || (sep != "" && s != sep) {
			break
		}
		sep, j = s, j+2
		parts[n] = toks[j].key
		n++
	}
	end := j + 1
	if n < 2 || (sc.gluedAt(end) && (toks[end].kind != tokPunct || isJoiner(toks[end].key) || (sc.isNum(end+1) && sc.gluedAt(end+1)))) {
		return Date{}, 0, false
	}
	if n == 2 {
		if sep != "/" {
			return Date{}, 0, false // "15.04" is a decimal, "15-04" a range or a code
		}
		return sc.parseDayMonthDigits(i, parts[0], parts[1], wd, ref)
	}
	a, b, c := parts[0], parts[1], parts[2]
	var y, m, d int
	switch {
	case isYearKey(a) && len(b) <= 2 && len(c) <= 2 && sep != ".":
		y, _ = strconv.Atoi(a)
		m, _ = strconv.Atoi(b)
		d, _ = strconv.Atoi(c)
	case len(a) <= 2 && len(b) <= 2 && isYearKey(c):
		d, _ = strconv.Atoi(a)
		m, _ = strconv.Atoi(b)
		y, _ = strconv.Atoi(c)
	case len(a) <= 2 && len(b) == 2 && len(c) == 2 && sep != "-":
		d, _ = strconv.Atoi(a)
		m, _ = strconv.Atoi(b)
		y = shortYear(c)
	default:
		return Date{}, 0, false
	}
	if !isDayOf(y, m, d) {
		return Date{}, 0, false
	}
	return Date{Span: Span{Start: i}, Year: y, Month: m, Day: d, Precision: PrecisionDay, Resolved: true}, end, true
}

// parseDayMonthDigits reads "15/04" at token i: a day, a slash and a month
// in two digits ("24/7" is a schedule, "3/4" a fraction).
func (sc *scanner) parseDayMonthDigits(i int, day, month string, wd int, ref time.Time) (Date, int, bool) {
	start := i
	if wd < 0 {
		if i == 0 || sc.toks[i-1].kind != tokWord || !sc.t.shortLeads[sc.toks[i-1].key] {
			return Date{}, 0, false
		}
		start = i - 1
	}
	if len(day) > 2 || len(month) != 2 {
		return Date{}, 0, false
	}
	d, _ := strconv.Atoi(day)
	m, _ := strconv.Atoi(month)
	if !isDayOf(leapYear, m, d) {
		return Date{}, 0, false
	}
	date := Date{Span: Span{Start: start}, Month: m, Day: d, Precision: PrecisionDay, Relative: true}
	if !ref.IsZero() {
		if y, ok := closestYear(ref, m, d, wd); ok {
			date.Year, date.Resolved = y, true
		}
	}
	return date, i + 3, true
}

// parseShortYear reads a year in two digits after a day and month ("31
// octobre 74") at token k, read like POSIX strptime %y: 69–99 are
// 1969–1999, 00–68 are 2000–2068. The date must end there.
func (sc *scanner) parseShortYear(k int) (int, int, bool) {
	if !sc.isNum(k) || len(sc.toks[k].key) != 2 || !sc.toks[k].space {
		return 0, 0, false
	}
	if _, ok := sc.closesDate(k + 1); !ok {
		return 0, 0, false
	}
	return shortYear(sc.toks[k].key), k + 1, true
}

// shortYearPivot is the first two-digit year read in the 1900s.
const shortYearPivot = 69

// shortYear returns the year of two digits.
func shortYear(yy string) int {
	y, _ := strconv.Atoi(yy)
	if y >= shortYearPivot {
		return 1900 + y
	}
	return 2000 + y
}
