package normalize

// This file tells the digit runs that are figures from those that are not:
// codes, ordinals, phone numbers, dates and times in digits.

// isUnitSuffix reports whether the word at i may be glued to a figure:
// a scale abbreviation or a currency ("50K", "13Mds", "100DH").
func (sc *scanner) isUnitSuffix(i int) bool {
	if _, ok := lookup(sc.t.exactMults, &sc.t.exactMultKeys, sc.raw(i)); ok {
		return true
	}
	if _, ok := lookup(sc.t.multipliers, &sc.t.multKeys, sc.toks[i].key); ok {
		return true
	}
	_, _, ok := sc.matchCurrency(i)
	return ok
}

// markCodes flags the digit runs that are not figures: glued to letters
// ("G20", "2T", "10h30", "COVID-19"), ordinals ("3e", "1er"), phone numbers
// ("05 22 48 76 00", "+212…"), dates and times in digits ("15/04/2025",
// "14:30"), versions and addresses ("1.2.3"), long identifiers. Two years
// joined by a dash or slash ("2014-2020") stay: they are a period.
func (sc *scanner) markCodes() {
	toks := sc.toks
	codes := sc.codes // all false
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tokNum {
			continue
		}
		t := toks[i]
		switch {
		case len(t.key) >= 9:
			codes[i] = true
		case sc.gluedAt(i) && toks[i-1].kind == tokWord:
			codes[i] = true // G20, A380
		case sc.gluedAt(i) && i >= 2 && toks[i-1].key == "-" && sc.gluedAt(i-1) && toks[i-2].kind == tokWord:
			codes[i] = true // COVID-19
		case sc.gluedAt(i+1) && toks[i+1].kind == tokWord && !sc.isUnitSuffix(i+1):
			codes[i] = true // 2T, 10h, 3e
		}
		// A chain of digit runs joined by / : - (dates, times, codes).
		j := i
		for sc.gluedAt(j+1) && sc.gluedAt(j+2) && sc.isNum(j+2) && isJoiner(toks[j+1].key) {
			j += 2
		}
		if j > i {
			period := j == i+2 && sc.isYearToken(i) && sc.isYearToken(j) && toks[i+1].key != ":"
			// "10-20 euros", "5-10 %": a range, not a code.
			span := j == i+2 && toks[i+1].key == "-" && sc.unitAt(j+1)
			if !period && !span {
				for k := i; k <= j; k++ {
					codes[k] = true
				}
			}
			i = j
			continue
		}
		// Dotted chains whose groups are not thousands: "15.04.2025", "1.2.3".
		if n, ok := sc.dottedCode(i); ok {
			for k := i; k < n; k++ {
				codes[k] = true
			}
			i = n - 1
			continue
		}
		// Phone numbers: a leading zero or a "+" and the groups after it;
		// not the fraction of a decimal ("106,03", "10 000,00 $") nor a
		// signed figure ("+28,523 MMDH", "+5 %").
		if (len(t.key) >= 2 && t.key[0] == '0' && !sc.isThousandsGroup(i) && !sc.isFraction(i)) || sc.isIntlPhone(i) {
			codes[i] = true
			for k := i + 1; k < len(toks); k++ {
				if sc.isNum(k) && len(toks[k].key) <= 4 && toks[k].space && sc.singleSpaceBefore(k) && sc.isNum(k-1) {
					codes[k] = true
					continue
				}
				if sc.isNum(k+1) && sc.gluedAt(k) && sc.gluedAt(k+1) && (toks[k].key == "." || toks[k].key == "-") && sc.isNum(k-1) {
					codes[k+1] = true
					k++
					continue
				}
				i = k - 1
				break
			}
		}
	}
}

// unitAt reports whether a currency, a scale word or a percent sign stands
// at token i.
func (sc *scanner) unitAt(i int) bool {
	if i >= len(sc.toks) {
		return false
	}
	if _, _, ok := sc.matchCurrency(i); ok {
		return true
	}
	if _, _, _, ok := sc.parseMultiplier(i); ok {
		return true
	}
	_, ok := sc.parsePercent(i)
	return ok
}

// isThousandsGroup reports whether the digit run at i is a group of three
// after a figure ("5 050", "6.000").
func (sc *scanner) isThousandsGroup(i int) bool {
	toks := sc.toks
	if len(toks[i].key) != 3 || i == 0 {
		return false
	}
	if sc.isNum(i-1) && toks[i].space && sc.singleSpaceBefore(i) {
		return true
	}
	return sc.gluedAt(i) && sc.gluedAt(i-1) && sc.isNum(i-2) && (toks[i-1].key == "." || toks[i-1].key == "'")
}

// isFraction reports whether the digit run at i is the decimal part of a
// figure: glued to a comma or a dot glued to digits.
func (sc *scanner) isFraction(i int) bool {
	return sc.gluedAt(i) && sc.gluedAt(i-1) && sc.isNum(i-2) && (sc.toks[i-1].key == "," || sc.toks[i-1].key == ".")
}

// isIntlPhone reports whether the digit run at i follows a glued "+" and
// starts an international number: "(0)" or at least two more groups of
// digits (after a space, a dash or a dot), not all thousands groups unless
// there are three or more ("+212 5 22 48 76 00", "+212 522-48-76-00", but
// not "+1 500 000").
func (sc *scanner) isIntlPhone(i int) bool {
	if !sc.gluedAt(i) || sc.toks[i-1].key != "+" {
		return false
	}
	if isPunct(sc.toks, i+1, "(") {
		return true // "+212 (0)5 22 48 76 00"
	}
	groups, thousands := 0, true
	for k := i + 1; ; k++ {
		switch {
		case sc.isNum(k) && sc.toks[k].space && sc.singleSpaceBefore(k):
		case sc.gluedAt(k) && (sc.toks[k].key == "-" || sc.toks[k].key == ".") && sc.isNum(k+1) && sc.gluedAt(k+1):
			k++ // "+212 522-48-76-00"
		default:
			return groups >= 2 && (!thousands || groups >= 3)
		}
		groups++
		thousands = thousands && len(sc.toks[k].key) == 3
	}
}

// isJoiner reports whether p joins the parts of a date, a time or a code.
func isJoiner(p string) bool { return p == "/" || p == ":" || p == "-" }

// dottedCode reports whether the digit run at i starts a dotted chain with
// at least two dots that is not a thousands number, and returns the index
// past it.
func (sc *scanner) dottedCode(i int) (int, bool) {
	j, dots, thousands := i, 0, len(sc.toks[i].key) <= 3
	for sc.gluedAt(j+1) && sc.gluedAt(j+2) && sc.isNum(j+2) && sc.toks[j+1].key == "." {
		j += 2
		dots++
		if len(sc.toks[j].key) != 3 {
			thousands = false
		}
	}
	return j + 1, dots >= 2 && !thousands
}

// singleSpaceBefore reports whether exactly one space rune (ASCII, no-break,
// narrow no-break or thin) separates token k from the one before.
func (sc *scanner) singleSpaceBefore(k int) bool {
	gap := sc.s[sc.toks[k-1].end:sc.toks[k].start]
	switch gap {
	case " ", "\u00a0", "\u202f", "\u2009", "\t":
		return true
	}
	return false
}
