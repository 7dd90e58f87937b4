package normalize

import (
	"strconv"
	"time"
)

// Dates returns the dates of s, in order and never overlapping.
//
// Absolute dates: "30 janvier 2024", "1er avril 2023", "15/04/2025",
// "2024-04-15", "mars 2024" and "janv. 2024" (PrecisionMonth), with or
// without accents and with a leading weekday ("mardi 30 janvier 2024").
//
// Dates that need ref (Relative is set) are resolved against it, news
// style:
//   - "hier" is ref-1, "avant-hier" ref-2, "aujourd'hui" and "ce jour" ref,
//     "demain" ref+1; in "hier, mardi" the weekday is only a check: when it
//     disagrees, "hier" wins;
//   - a bare weekday ("lundi") or "ce mercredi" is the most recent such day
//     on or before ref; "mercredi dernier" is strictly before ref and
//     "mercredi prochain" strictly after;
//   - a day and month without a year ("le 1er avril") take the year that
//     puts the date closest to ref (the past on a tie); with a weekday
//     ("mardi 30 janvier") the closest year where that date is that weekday,
//     if any within seven years;
//   - "le 12 courant" is the 12th of ref's month;
//   - "la semaine dernière" is reported but never resolved (it is not a day).
//
// With a zero ref these dates have Resolved false; absolute dates always
// have Resolved true.
func Dates(s string, ref time.Time) []Date {
	return newScanner(s).dates(ref)
}

// dateToks is a date with its token range [start, end).
type dateToks struct {
	d          Date
	start, end int
}

// dates returns the dates of the text resolved against ref.
func (sc *scanner) dates(ref time.Time) []Date {
	var out []Date
	for _, dt := range sc.dateRanges(ref) {
		d := dt.d
		d.Span = sc.span(dt.start, dt.end)
		d.Text = sc.text(d.Span)
		out = append(out, d)
	}
	return out
}

// dateRanges returns the dates with their token ranges. Those of a zero
// ref, which Numbers and Years read to skip and classify the parts of
// dates, are scanned once per text.
func (sc *scanner) dateRanges(ref time.Time) []dateToks {
	if ref.IsZero() && sc.unresolved != nil {
		return *sc.unresolved
	}
	out := []dateToks{}
	sc.scanDates(ref, func(d Date, start, end int) {
		out = append(out, dateToks{d, start, end})
	})
	if ref.IsZero() {
		sc.unresolved = &out
	}
	return out
}

// scanDates calls f with every date and its token range [start, end).
func (sc *scanner) scanDates(ref time.Time, f func(d Date, start, end int)) {
	for i := 0; i < len(sc.toks); {
		if d, end, ok := sc.parseDate(i, ref); ok {
			f(d, d.Start, end)
			i = end
			continue
		}
		i++
	}
}

// parseDate reads a date at token i; the returned Date holds the token
// index of its start in Start, which dates turns into a byte span.
func (sc *scanner) parseDate(i int, ref time.Time) (Date, int, bool) {
	toks := sc.toks
	if toks[i].kind == tokNum {
		if d, end, ok := sc.parseNumericDate(i); ok {
			return d, end, true
		}
		return sc.parseDayMonth(i, ref)
	}
	if toks[i].kind != tokWord || sc.flags[i]&flagDateStart == 0 {
		return Date{}, 0, false // most words cannot start a date
	}
	for _, r := range sc.t.relativeDays {
		end, ok := r.p.matchAt(toks, i)
		if !ok {
			continue
		}
		// "hier, mardi 30 janvier": the explicit date wins.
		j := end
		if isPunct(toks, j, ",") {
			j++
		}
		if _, ok := sc.t.weekdays[keyAt(toks, j)]; ok {
			if d, e, ok := sc.parseDayMonth(j, ref); ok {
				d.Start = i
				return d, e, true
			}
			end = j + 1
		}
		d := Date{Span: Span{Start: i}, Relative: true, Precision: PrecisionDay}
		if !ref.IsZero() {
			d = resolved(d, ref.AddDate(0, 0, r.offset))
		}
		return d, end, true
	}
	for _, p := range sc.t.relativeWeeks {
		if end, ok := p.matchAt(toks, i); ok {
			return Date{Span: Span{Start: i}, Relative: true}, end, true
		}
	}
	if d, end, ok := sc.parseDayMonth(i, ref); ok {
		return d, end, true
	}
	return sc.parseWeekday(i, ref)
}

// keyAt returns the key of token i, or "".
func keyAt(toks []token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	return toks[i].key
}

// resolved sets the day of d to t.
func resolved(d Date, t time.Time) Date {
	d.Year, d.Month, d.Day = t.Year(), int(t.Month()), t.Day()
	d.Resolved = true
	return d
}

// parseWeekday reads "lundi", "ce lundi", "lundi dernier" at token i.
func (sc *scanner) parseWeekday(i int, ref time.Time) (Date, int, bool) {
	toks := sc.toks
	start, j := i, i
	if isWord(toks, j, "ce") {
		j++
	}
	wd, ok := sc.t.weekdays[keyAt(toks, j)]
	if !ok || toks[j].kind != tokWord {
		return Date{}, 0, false
	}
	end := j + 1
	dir := 0 // on or before ref
	switch {
	case isWord(toks, end, "dernier", "passe"):
		dir, end = -1, end+1
	case isWord(toks, end, "prochain"):
		dir, end = 1, end+1
	}
	d := Date{Span: Span{Start: start}, Relative: true, Precision: PrecisionDay}
	if ref.IsZero() {
		return d, end, true
	}
	delta := (int(ref.Weekday()) - wd + 7) % 7
	switch dir {
	case -1:
		if delta == 0 {
			delta = 7
		}
		return resolved(d, ref.AddDate(0, 0, -delta)), end, true
	case 1:
		ahead := (wd - int(ref.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return resolved(d, ref.AddDate(0, 0, ahead)), end, true
	}
	return resolved(d, ref.AddDate(0, 0, -delta)), end, true
}

// parseDay reads a day of the month at token i: "12", "1er", "premier".
func (sc *scanner) parseDay(i int) (int, int, bool) {
	toks := sc.toks
	if isWord(toks, i, "premier") {
		return 1, i + 1, true
	}
	if !sc.isNum(i) || len(toks[i].key) > 2 || (sc.gluedAt(i) && toks[i-1].kind == tokWord) {
		return 0, 0, false
	}
	day, _ := strconv.Atoi(toks[i].key)
	end := i + 1
	if day == 1 && isWord(toks, end, "er", "e") && sc.gluedAt(end) {
		end++
	}
	if day < 1 || day > 31 || (sc.gluedAt(end) && toks[end].kind == tokWord) {
		return 0, 0, false
	}
	return day, end, true
}

// parseMonth reads a month name or abbreviation at token i, with its dot.
func (sc *scanner) parseMonth(i int) (int, int, bool) {
	if i >= len(sc.toks) || sc.toks[i].kind != tokWord {
		return 0, 0, false
	}
	m, ok := sc.t.months[sc.toks[i].key]
	if !ok {
		return 0, 0, false
	}
	end := i + 1
	if isPunct(sc.toks, end, ".") && sc.gluedAt(end) && len(sc.toks[i].key) < 5 {
		end++
	}
	return m, end, true
}

// parseYear reads a year in 1900–2100 at token i.
func (sc *scanner) parseYear(i int) (int, int, bool) {
	if !sc.isYearToken(i) || (sc.gluedAt(i+1) && sc.toks[i+1].kind == tokWord) {
		return 0, 0, false
	}
	y, _ := strconv.Atoi(sc.toks[i].key)
	return y, i + 1, true
}

// parseDayMonth reads "[weekday] day month [year]", "month year" and
// "day courant" at token i.
func (sc *scanner) parseDayMonth(i int, ref time.Time) (Date, int, bool) {
	toks := sc.toks
	j, wd := i, -1
	if w, ok := sc.t.weekdays[keyAt(toks, j)]; ok && toks[j].kind == tokWord {
		wd, j = w, j+1
		if isPunct(toks, j, ",") {
			j++
		}
	}
	day, j2, ok := sc.parseDay(j)
	if !ok {
		if wd >= 0 {
			return Date{}, 0, false
		}
		// "mars 2024", "janv. 2024"; not after a day that is out of range
		m, j3, ok := sc.parseMonth(i)
		if !ok || (sc.isNum(i-1) && len(toks[i-1].key) <= 2) {
			return Date{}, 0, false
		}
		y, end, ok := sc.parseYear(j3)
		if !ok {
			return Date{}, 0, false
		}
		return Date{Span: Span{Start: i}, Year: y, Month: m, Precision: PrecisionMonth, Resolved: true}, end, true
	}
	d := Date{Span: Span{Start: i}, Day: day, Precision: PrecisionDay}
	if isWord(toks, j2, "courant") {
		d.Relative = true
		if ref.IsZero() || day > daysIn(ref.Year(), int(ref.Month())) {
			return d, j2 + 1, ref.IsZero()
		}
		return resolved(d, time.Date(ref.Year(), ref.Month(), day, 0, 0, 0, 0, time.UTC)), j2 + 1, true
	}
	m, end, ok := sc.parseMonth(j2)
	if !ok {
		return Date{}, 0, false
	}
	d.Month = m
	if y, e, ok := sc.parseYear(end); ok {
		if day > daysIn(y, m) {
			return Date{}, 0, false
		}
		d.Year, d.Resolved = y, true
		return d, e, true
	}
	if day > daysIn(2024, m) { // 2024 is a leap year
		return Date{}, 0, false
	}
	d.Relative = true
	if !ref.IsZero() {
		if y, ok := closestYear(ref, m, day, wd); ok {
			d.Year, d.Resolved = y, true
		}
	}
	return d, end, true
}

// closestYear returns the year that puts day/month closest to ref, the
// past winning a tie. With a weekday (wd ≥ 0) only years where the date
// falls on it count, within seven years of ref.
func closestYear(ref time.Time, month, day, wd int) (int, bool) {
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	best, bestDist := 0, time.Duration(-1)
	lo, hi := ref.Year()-1, ref.Year()+1
	if wd >= 0 {
		lo, hi = ref.Year()-7, ref.Year()+7
	}
	for y := lo; y <= hi; y++ {
		if day > daysIn(y, month) {
			continue
		}
		t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if wd >= 0 && int(t.Weekday()) != wd {
			continue
		}
		dist := t.Sub(ref)
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist || (dist == bestDist && t.Before(ref)) {
			best, bestDist = y, dist
		}
	}
	if bestDist < 0 && wd >= 0 {
		return closestYear(ref, month, day, -1)
	}
	return best, bestDist >= 0
}

// daysIn returns the number of days of month in year.
func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseNumericDate reads "15/04/2025", "15-04-2025", "15.04.2025" and
// "2024-04-15" at token i.
func (sc *scanner) parseNumericDate(i int) (Date, int, bool) {
	toks := sc.toks
	if i+4 >= len(toks) || (sc.gluedAt(i) && (toks[i-1].kind != tokPunct || toks[i-1].key == "/" || toks[i-1].key == "-")) {
		return Date{}, 0, false
	}
	sep := toks[i+1].key
	if (sep != "/" && sep != "-" && sep != ".") || toks[i+3].key != sep ||
		!sc.isNum(i+2) || !sc.isNum(i+4) ||
		!sc.gluedAt(i+1) || !sc.gluedAt(i+2) || !sc.gluedAt(i+3) || !sc.gluedAt(i+4) {
		return Date{}, 0, false
	}
	if sc.gluedAt(i+5) && (toks[i+5].kind != tokPunct || isJoiner(toks[i+5].key) || (sc.isNum(i+6) && sc.gluedAt(i+6))) {
		return Date{}, 0, false
	}
	a, b, c := toks[i].key, toks[i+2].key, toks[i+4].key
	var y, m, d int
	switch {
	case len(a) == 4 && len(b) <= 2 && len(c) <= 2 && sep != ".":
		y, _ = strconv.Atoi(a)
		m, _ = strconv.Atoi(b)
		d, _ = strconv.Atoi(c)
	case len(a) <= 2 && len(b) <= 2 && len(c) == 4:
		d, _ = strconv.Atoi(a)
		m, _ = strconv.Atoi(b)
		y, _ = strconv.Atoi(c)
	default:
		return Date{}, 0, false
	}
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return Date{}, 0, false
	}
	return Date{Span: Span{Start: i}, Year: y, Month: m, Day: d, Precision: PrecisionDay, Resolved: true}, i + 5, true
}
