package normalize

import "time"

// Scan is what Numbers, Amounts, Years, Dates and Places find in one text.
type Scan struct {
	Numbers []Number
	Amounts []Money
	Years   []Year
	// Dates holds Dates(s, time.Time{}): relative dates are left
	// unresolved; Dates of one date's text against a reference resolves it.
	Dates  []Date
	Places []PlaceMatch
}

// ScanText returns Numbers(s), Amounts(s), Years(s), the dates of s and
// Places(s) at once. It lexes s once and shares the figures and the dates
// the scanners all read, so it costs much less than the five calls.
func ScanText(s string) Scan { return ScanTokens(s, lex(s)) }

// ScanTokens is ScanText on the tokens of s that Lex returned, for a
// caller that lexes the text once for its own use too.
func ScanTokens(s string, toks []Token) Scan {
	sc := scannerOf(s, toks)
	return Scan{Numbers: sc.numbers(), Amounts: sc.amounts(), Years: sc.years(), Dates: sc.dates(time.Time{}), Places: placesIn(s, toks)}
}

// scannerOf returns the scanner of s read as toks.
func scannerOf(s string, toks []token) *scanner {
	sc := &scanner{s: s, toks: toks, t: tables(), flags: make([]wordFlag, len(toks))}
	for i, t := range toks {
		if t.kind != tokNum {
			sc.flags[i] = sc.t.wordFlags[t.key]
		}
	}
	sc.codes = sc.markCodes()
	return sc
}

// Month returns the number of the French month a word names, in full or
// abbreviated as the press does ("avril", "avr", "Févr"): the month table
// of Dates, for callers that read dates of their own.
func Month(word string) (int, bool) {
	m, ok := tables().months[foldKey(word)]
	return m, ok
}
