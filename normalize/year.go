package normalize

import (
	"strconv"
	"strings"
	"time"
)

// Years returns the years (1900–2100) of s, in order and never overlapping,
// each with what it is doing:
//   - YearTarget: a deadline or horizon, "d'ici 2029", "d'ici à fin 2026",
//     "à l'horizon (de) 2027", "horizon 2030", "(à) fin 2026", "à
//     l'échéance 2030", "prévu pour 2030", "jusqu'en 2030", "avant 2030";
//   - YearPast: "depuis 2003", "créé en 2010", "inaugurée en 2021";
//   - YearPeriod: both ends of "2014-2020", "2014/2020", "entre 2014 et
//     2018", "de 2016 à 2018";
//   - YearAsOf: the date of a figure, "au titre de 2022", "à fin juin 2023",
//     "fin décembre 2023", "au 31 décembre 2023";
//   - YearPlain: no telling context, including the year of a plain date
//     ("30 janvier 2024": Dates reports the date).
//
// "en 2028" (also "dès", "à partir de") is a target when its clause speaks
// of the future — a verb in the future or conditional ("sera", "ouvrira",
// "devrait", "permettraient") or a word like "prévu", "objectif",
// "prochain" between the nearest punctuation marks — and otherwise past for
// "en", plain for the others. After a past participle ("créée en") it is
// past, unless a future makes it a passive ("sera livrée en": a target) or
// an infinitive leaves it to the clause ("devrait être livrée en"); after a
// subjunctive ("soit prête en") it is a target. A year written as a count or a sum ("2000 emplois" stays
// plain, "2000 dirhams" and "2021 %" are skipped) is not classified.
// The Span covers the marker and, for a date, the whole date.
func Years(s string) []Year {
	return newScanner(s).years(nil)
}

// years appends the years of the text, classified, to dst.
func (sc *scanner) years(dst []Year) []Year {
	dateAt := make(map[int]int) // year token → first token of its date
	for _, dt := range sc.dateRanges(time.Time{}) {
		for k := dt.start; k < dt.end; k++ {
			if sc.isYearToken(k) {
				dateAt[k] = dt.start
			}
		}
	}
	n := 0
	for i := range sc.toks {
		if sc.isYearToken(i) {
			n++
		}
	}
	if n == 0 {
		return dst
	}
	out := room(dst, n)
	lastEnd := 0
	add := func(start, i int, kind YearKind) {
		sp := Span{Start: max(sc.toks[start].start, lastEnd), End: sc.toks[i].end}
		if sp.Start > sc.toks[i].start {
			sp.Start = sc.toks[i].start
		}
		y, _ := strconv.Atoi(sc.toks[i].key)
		out = append(out, Year{Span: sp, Year: y, Kind: kind})
		lastEnd = sp.End
	}
	for i := 0; i < len(sc.toks); i++ {
		if !sc.isYearToken(i) {
			continue
		}
		head, inDate := dateAt[i]
		if !inDate {
			if sc.codes[i] || sc.isFigure(i) {
				continue
			}
			if j, ok := sc.periodEnd(i); ok {
				add(i, i, YearPeriod)
				add(j, j, YearPeriod)
				i = j
				continue
			}
			head = i
		}
		kind, start := sc.yearKind(head, inDate)
		if kind == YearPlain {
			start = i
		}
		add(start, i, kind)
	}
	return appended(dst, out)
}

// isFigure reports whether the year-like digits at i are really a sum, a
// scaled figure or a percentage ("2000 dirhams", "2021 %").
func (sc *scanner) isFigure(i int) bool {
	if _, _, ok := sc.matchCurrency(i + 1); ok {
		return true
	}
	if _, _, _, ok := sc.parseMultiplier(i + 1); ok {
		return true
	}
	_, ok := sc.parsePercent(i + 1)
	return ok || (sc.gluedAt(i+1) && isPunct(sc.toks, i+1, ",") && sc.isNum(i+2) && sc.gluedAt(i+2))
}

// periodEnd reports whether the year at i starts a period ("2014-2020",
// "entre 2014 et 2018", "de 2016 à 2018") and returns the index of the
// closing year.
func (sc *scanner) periodEnd(i int) (int, bool) {
	toks := sc.toks
	switch {
	case sc.gluedAt(i+1) && (isPunct(toks, i+1, "-") || isPunct(toks, i+1, "/")) && sc.gluedAt(i+2) && sc.isYearToken(i+2):
		return i + 2, true
	}
	for _, r := range sc.t.ranges {
		if isWord(toks, i-1, r.open) && isWord(toks, i+1, r.to) && sc.isYearToken(i+2) {
			return i + 2, true
		}
	}
	return 0, false
}

// yearKind classifies the year whose date or bare year starts at token
// head, and returns the token where its marker starts.
func (sc *scanner) yearKind(head int, inDate bool) (YearKind, int) {
	toks := sc.toks
	place := beforeYear
	if inDate {
		place = beforeDate
	}
	if head > 0 {
		for _, m := range sc.t.yearMarkers[toks[head-1].key] {
			if m.where&place == 0 {
				continue
			}
			if start, ok := MatchEnding(m.p, Tokens(toks), head); ok {
				return m.kind, start
			}
		}
	}
	if inDate {
		return YearPlain, 0
	}
	if isWord(toks, head-1, sc.t.yearIn) {
		if isWord(toks, head-3, frSubjunctiveBe...) && toks[head-2].kind == tokWord {
			return YearTarget, head - 1 // "soit prête en", a purpose
		}
		if sc.isParticiple(head - 2) {
			if sc.isFutureWordAt(head - 3) {
				return YearTarget, head - 1 // "sera livré en"
			}
			if !isWord(toks, head-3, frInfinitiveBe...) {
				return YearPast, head - 2 // "créée en"; "être livré en" reads its clause
			}
		}
		if sc.futureClause(head-1, head+1) {
			return YearTarget, head - 1
		}
		return YearPast, head - 1
	}
	if start, ok := sc.fromYearStart(head); ok && sc.futureClause(start, head+1) {
		return YearTarget, start
	}
	for _, p := range sc.t.aroundYear {
		if start, ok := MatchEnding(p, Tokens(toks), head); ok && sc.futureClause(start, head+1) {
			return YearTarget, start // "vers 2030" in a clause about the future
		}
	}
	return YearPlain, 0
}

// fromYearStart reports whether a word that opens a period from a year
// ends right before the year at head ("dès 2026", "à partir de 2027") and
// returns the token where it starts.
func (sc *scanner) fromYearStart(head int) (int, bool) {
	toks := sc.toks
	if isWord(toks, head-1, sc.t.fromYear) && sc.accented(head-1) {
		return head - 1, true
	}
	for _, p := range sc.t.fromYearPhrases {
		start, ok := MatchEnding(p[1:], Tokens(toks), head) // the first word may be left out
		if !ok {
			continue
		}
		if s, ok := MatchEnding(p[:1], Tokens(toks), start); ok {
			start = s
		}
		return start, true
	}
	return 0, false
}

// accented reports whether word i is written otherwise than its folded key
// in lower case or capitalised: "dès", "Dès" but not "des", "Des". Words
// in capitals count as accented, as capitals often drop their accents.
func (sc *scanner) accented(i int) bool {
	raw, key := sc.raw(i), sc.toks[i].key
	return raw != key && raw != strings.ToUpper(key[:1])+key[1:]
}

// isParticiple reports whether token i is a past participle of the
// frPastParticiples table, in any agreement.
func (sc *scanner) isParticiple(i int) bool {
	if i < 0 || sc.toks[i].kind != tokWord {
		return false
	}
	k := sc.toks[i].key
	for _, cut := range frAgreementEndings {
		if strings.HasSuffix(k, cut) && sc.t.participles[k[:len(k)-len(cut)]] {
			return true
		}
	}
	return false
}

// isFutureWordAt reports a future word at token i, which may be out of
// range.
func (sc *scanner) isFutureWordAt(i int) bool {
	return i >= 0 && sc.toks[i].kind == tokWord && sc.isFutureWord(i)
}

// isClauseEnd reports whether token i ends a clause.
func (sc *scanner) isClauseEnd(i int) bool {
	if sc.toks[i].kind != tokPunct {
		return false
	}
	switch sc.toks[i].key {
	case ".", ",":
		return !(sc.isNum(i+1) && sc.isFraction(i+1)) // not the separator inside "1.500" or "1,5"
	case ";", ":", "!", "?", "\n", "(", ")", "«", "»", "\"":
		return true
	}
	return false
}

// futureClause reports whether the clause around tokens [start, end)
// speaks of the future. A clause reduced to the year phrase ("En 2026,
// l'usine ouvrira…") is read with the clause that follows. Each clause is
// read once per text (scanner.future), so that a text without punctuation
// stays linear.
func (sc *scanner) futureClause(start, end int) bool {
	lo, hi := start, sc.clauseEnd(end-1)
	for lo > 0 && !sc.isClauseEnd(lo-1) {
		lo--
	}
	if lo == start && hi == end && hi < len(sc.toks) && sc.toks[hi].key == "," {
		hi = sc.clauseEnd(hi + 1)
	}
	key := [2]int{lo, hi}
	if f, ok := sc.future[key]; ok {
		return f
	}
	f := false
	for k := lo; k < hi && !f; k++ {
		f = sc.toks[k].kind == tokWord && sc.isFutureWord(k)
	}
	if sc.future == nil {
		sc.future = map[[2]int]bool{}
	}
	sc.future[key] = f
	return f
}

// clauseEnd returns the first token from i on that ends a clause, or the
// number of tokens.
func (sc *scanner) clauseEnd(i int) int {
	for i < len(sc.toks) && !sc.isClauseEnd(i) {
		i++
	}
	return i
}

// isFutureWord reports whether the word at i is a future or conditional
// verb or a word of intent.
func (sc *scanner) isFutureWord(i int) bool {
	k := sc.toks[i].key
	if sc.flags[i]&flagFuture != 0 {
		return true
	}
	if sc.toks[i].upper || sc.flags[i]&flagNotFuture != 0 || len(k) < 5 {
		return false
	}
	for _, end := range frFutureEndings {
		if strings.HasSuffix(k, end) {
			return true
		}
	}
	return false
}
