package normalize

import (
	"strconv"
	"time"
)

// Dates returns the dates of s, in order and never overlapping.
//
// Absolute dates: "30 janvier 2024", "1er avril 2023", "premier avril
// 2023", "15/04/2025", "2024-04-15", "mars 2024" and "janv. 2024"
// (PrecisionMonth), with or without accents and with a leading weekday
// ("mardi 30 janvier 2024"). A two-digit year ("15/04/25", "31 octobre
// 74") is read like POSIX strptime %y: 69–99 are the 1900s, 00–68 the
// 2000s.
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
//     if any within seven years; "le 8 mars dernier" is the most recent 8
//     March on or before ref and "le 20 janvier prochain" the next one;
//   - "le 15/04" and "mardi 12/03" are read like "le 15 avril";
//   - "le 27" and "mardi 27" (a bare day) are the most recent 27th on or
//     before ref, on that weekday if one is given;
//   - "le 12 courant" and "le 12 du mois en cours" are the 12th of ref's
//     month, "le 28 du mois dernier" the 28th of the month before;
//   - "mars dernier" is the most recent March strictly before ref's month
//     and "mars prochain" the next one (PrecisionMonth);
//   - "il y a trois jours / deux semaines" are days before ref; "il y a six
//     mois" is PrecisionMonth and "il y a dix ans" PrecisionYear;
//   - "la semaine dernière" is reported but never resolved (it is not a day).
//
// With a zero ref these dates have Resolved false; absolute dates always
// have Resolved true.
func Dates(s string, ref time.Time) []Date {
	return newScanner(s).dates(nil, ref)
}

// dateToks is a date with its token range [start, end).
type dateToks struct {
	d          Date
	start, end int
}

// dates appends the dates of the text, resolved against ref, to dst.
func (sc *scanner) dates(dst []Date, ref time.Time) []Date {
	out := dst
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
		if k := sc.toks[i].kind; k != tokNum && (k != tokWord || sc.flags[i]&flagDateStart == 0) {
			i++ // most tokens cannot start a date (parseDate): no call
			continue
		}
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
		if d, end, ok := sc.parseNumericDate(i, -1, ref); ok {
			return d, end, true
		}
		return sc.parseDayMonth(i, ref)
	}
	if toks[i].kind != tokWord || sc.flags[i]&flagDateStart == 0 {
		return Date{}, 0, false // most words cannot start a date
	}
	if d, end, ok := sc.parseAgo(i, ref); ok {
		return d, end, true
	}
	for _, r := range sc.t.relativeDays[toks[i].key] {
		end, ok := MatchAt(r.p, Tokens(toks), i)
		if !ok {
			continue
		}
		// "hier, mardi 30 janvier": the explicit date wins.
		j := end
		if isPunct(toks, j, ",") {
			j++
		}
		if _, ok := lookup(sc.t.weekdays, &sc.t.weekdayKeys, keyAt(toks, j)); ok {
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
	for _, p := range sc.t.relativeWeeks[toks[i].key] {
		if end, ok := MatchAt(p, Tokens(toks), i); ok {
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
	if isWord(toks, j, sc.t.thisWeekday) {
		j++
	}
	wd, ok := lookup(sc.t.weekdays, &sc.t.weekdayKeys, keyAt(toks, j))
	if !ok || toks[j].kind != tokWord {
		return Date{}, 0, false
	}
	if j > i {
		// "ce mardi 27", "ce mardi 30 janvier"
		if d, end, ok := sc.parseDayMonth(j, ref); ok {
			d.Start = i
			return d, end, true
		}
	}
	end := j + 1
	dir := 0 // on or before ref
	if n, ok := sc.t.lastNext[keyAt(toks, end)]; ok && toks[end].kind == tokWord {
		dir, end = n, end+1
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
	if isWord(toks, i, sc.t.firstDay) {
		return 1, i + 1, true
	}
	if !sc.isNum(i) || len(toks[i].key) > 2 || (sc.gluedAt(i) && toks[i-1].kind == tokWord) {
		return 0, 0, false
	}
	day, _ := strconv.Atoi(toks[i].key)
	end := i + 1
	if day == 1 && isWord(toks, end, sc.t.firstDaySuffixes...) && sc.gluedAt(end) {
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
	m, ok := lookup(sc.t.months, &sc.t.monthKeys, sc.toks[i].key)
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

// parseDayMonth reads "[weekday] day month [year]", "[weekday] day"
// ("le 27", "mardi 27"), "weekday dd/mm", "month year", "month dernier"
// and "day courant" at token i.
func (sc *scanner) parseDayMonth(i int, ref time.Time) (Date, int, bool) {
	toks := sc.toks
	j, wd := i, -1
	if w, ok := lookup(sc.t.weekdays, &sc.t.weekdayKeys, keyAt(toks, j)); ok && toks[j].kind == tokWord {
		wd, j = w, j+1
		if isPunct(toks, j, ",") {
			j++
		}
		if d, end, ok := sc.parseNumericDate(j, wd, ref); ok {
			d.Start = i
			return d, end, true
		}
	}
	day, j2, ok := sc.parseDay(j)
	if !ok {
		if wd >= 0 {
			return Date{}, 0, false
		}
		return sc.parseMonthYear(i, ref)
	}
	d := Date{Span: Span{Start: i}, Day: day, Precision: PrecisionDay}
	if months, end, ok := sc.dayOfMonthAt(j2); ok {
		d.Relative = true
		first := time.Date(ref.Year(), ref.Month()+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
		if ref.IsZero() || day > daysIn(first.Year(), int(first.Month())) {
			return d, end, ref.IsZero()
		}
		return resolved(d, first.AddDate(0, 0, day-1)), end, true
	}
	m, end, ok := sc.parseMonth(j2)
	if !ok {
		return sc.parseBareDay(i, j, wd, ref)
	}
	d.Month = m
	y, e, ok := sc.parseYear(end)
	if !ok {
		y, e, ok = sc.parseShortYear(end)
	}
	if ok {
		if day > daysIn(y, m) {
			return Date{}, 0, false
		}
		d.Year, d.Resolved = y, true
		return d, e, true
	}
	if day > daysIn(leapYear, m) {
		return Date{}, 0, false
	}
	d.Relative = true
	dir, said := sc.t.lastNext[keyAt(toks, end)]
	if said && toks[end].kind == tokWord {
		end++ // "le 8 mars dernier": the past, even when next March is closer
	}
	if !ref.IsZero() {
		y, ok := closestYear(ref, m, day, wd)
		if said {
			y, ok = yearTowards(ref, m, day, dir), true
		}
		d.Year, d.Resolved = y, ok
	}
	return d, end, true
}

// dayOfMonthAt matches a frDayOfMonth phrase at token j ("courant", "du
// mois dernier") and returns its month offset and the index past it.
func (sc *scanner) dayOfMonthAt(j int) (int, int, bool) {
	if j >= len(sc.toks) || sc.toks[j].kind != tokWord {
		return 0, j, false
	}
	for _, m := range sc.t.dayOfMonth {
		if end, ok := MatchAt(m.p, Tokens(sc.toks), j); ok {
			return m.months, end, true
		}
	}
	return 0, j, false
}

// yearTowards returns the year of the most recent day/month on or before
// ref (dir < 0) or of the next one after ref (dir > 0).
func yearTowards(ref time.Time, month, day, dir int) int {
	y := ref.Year()
	after := month > int(ref.Month()) || (month == int(ref.Month()) && day > ref.Day())
	switch {
	case dir < 0 && after:
		y--
	case dir > 0 && !after:
		y++
	}
	for day > daysIn(y, month) { // 29 February
		y += dir
	}
	return y
}

// parseMonthYear reads "mars 2024", "janv. 2024" and "mars dernier",
// "juin prochain" at token i; not after a day out of range ("le 31
// février").
func (sc *scanner) parseMonthYear(i int, ref time.Time) (Date, int, bool) {
	toks := sc.toks
	m, j, ok := sc.parseMonth(i)
	if !ok || (sc.isNum(i-1) && len(toks[i-1].key) <= 2) {
		return Date{}, 0, false
	}
	if y, end, ok := sc.parseYear(j); ok {
		return Date{Span: Span{Start: i}, Year: y, Month: m, Precision: PrecisionMonth, Resolved: true}, end, true
	}
	dir, ok := sc.t.lastNext[keyAt(toks, j)]
	if !ok || toks[j].kind != tokWord {
		return Date{}, 0, false
	}
	d := Date{Span: Span{Start: i}, Month: m, Precision: PrecisionMonth, Relative: true}
	if !ref.IsZero() {
		// strictly before or after the month of ref
		y := ref.Year()
		if dir < 0 && m >= int(ref.Month()) {
			y--
		} else if dir > 0 && m <= int(ref.Month()) {
			y++
		}
		d.Year, d.Resolved = y, true
	}
	return d, j + 1, true
}

// parseBareDay reads a day of the month in digits with no month, after a
// weekday ("mardi 27", the weekday at i and the day at j) or after "le"
// ("le 27", the day at i = j): the most recent such day on or before ref.
// What follows must close the date ("le 27, …", "le 27 à Rabat"); "le 27
// salariés" is a count.
func (sc *scanner) parseBareDay(i, j, wd int, ref time.Time) (Date, int, bool) {
	toks := sc.toks
	if !sc.isNum(j) || (wd < 0 && (i != j || !sc.isBareLead(i-1))) {
		return Date{}, 0, false
	}
	end, ok := sc.closesDate(j + 1)
	if !ok {
		return Date{}, 0, false
	}
	if isWord(toks, end, sc.t.bareDayLast) {
		end++
	}
	day, _ := strconv.Atoi(toks[j].key)
	start := i
	if wd < 0 {
		start = i - 1
	}
	d := Date{Span: Span{Start: start}, Day: day, Precision: PrecisionDay, Relative: true}
	if !ref.IsZero() {
		if t, ok := recentDay(ref, day, wd); ok {
			d = resolved(d, t)
		}
	}
	return d, end, true
}

// isBareLead reports whether token k is a word that may stand before a
// bare day (frBareDayLeads).
func (sc *scanner) isBareLead(k int) bool {
	return k >= 0 && sc.toks[k].kind == tokWord && sc.t.bareLeads[sc.toks[k].key]
}

// closesDate reports whether the token at k may follow a date written
// with few tokens (a bare day, a two-digit year): the end of the text, a
// punctuation mark that does not go on with digits ("le 27,5", "le 15,
// 16 et 17 mai"), or a frBareDayFollowers word not before a figure ("le 27
// à 30 %"). It returns k.
func (sc *scanner) closesDate(k int) (int, bool) {
	toks := sc.toks
	if k >= len(toks) {
		return k, true
	}
	switch toks[k].kind {
	case tokWord:
		return k, sc.t.bareFollowers[toks[k].key] && !sc.isNum(nextWord(toks, k+1))
	case tokPunct:
		switch toks[k].key {
		case ",", ".", ";", ")", "\n", "!", "?", ":", "»", "\"":
			return k, !sc.isNum(k + 1)
		}
	}
	return k, false
}

// recentDay returns the most recent day numbered day on or before ref,
// within two years; with a weekday (wd ≥ 0) the most recent one on that
// weekday, if any, else the most recent one.
func recentDay(ref time.Time, day, wd int) (time.Time, bool) {
	first := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC)
	if day > ref.Day() {
		first = first.AddDate(0, -1, 0)
	}
	for k := 0; k < 24; k++ {
		mo := first.AddDate(0, -k, 0)
		if day > daysIn(mo.Year(), int(mo.Month())) {
			continue
		}
		t := mo.AddDate(0, 0, day-1)
		if wd < 0 || int(t.Weekday()) == wd {
			return t, true
		}
	}
	if wd >= 0 {
		return recentDay(ref, day, -1)
	}
	return time.Time{}, false
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

// leapYear stands for a year not known yet: any day of any month may be
// in it, 29 February included.
const leapYear = 2024

// isDayOf reports whether day is a day of month (1–12) in year.
func isDayOf(year, month, day int) bool {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month)
}

// daysIn returns the number of days of month in year.
func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseAgo reads "il y a trois jours", "il y a 2 semaines", "il y a six
// mois", "il y a dix ans" at token i (frAgoUnits), counted back from ref.
func (sc *scanner) parseAgo(i int, ref time.Time) (Date, int, bool) {
	toks := sc.toks
	j, ok := MatchAt(sc.t.ago, Tokens(toks), i)
	if !ok {
		return Date{}, 0, false
	}
	if _, end, ok := matchApprox(toks, j); ok {
		j = end
	}
	v, ok := sc.parseValue(j)
	if !ok || v.scaled || !v.d.isInt() || v.end >= len(toks) || toks[v.end].kind != tokWord {
		return Date{}, 0, false
	}
	n, _ := v.d.int64()
	u, ok := sc.t.agoUnits[toks[v.end].key]
	if !ok || n < 1 || n > 1000 {
		return Date{}, 0, false
	}
	d := Date{Span: Span{Start: i}, Relative: true, Precision: u.precision}
	if !ref.IsZero() {
		k := int(n)
		t := ref.AddDate(-k*u.years, -k*u.months, -k*u.days)
		d.Year, d.Resolved = t.Year(), true
		if u.precision >= PrecisionMonth {
			d.Month = int(t.Month())
		}
		if u.precision == PrecisionDay {
			d.Day = t.Day()
		}
	}
	return d, v.end + 1, true
}
