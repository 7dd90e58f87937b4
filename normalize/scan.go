package normalize

import "time"

// Scan is what Numbers, Amounts, Years and Dates find in one text.
type Scan struct {
	Numbers []Number
	Amounts []Money
	Years   []Year
	// Dates holds Dates(s, time.Time{}): relative dates are left
	// unresolved; Dates of one date's text against a reference resolves it.
	Dates []Date
}

// ScanText returns Numbers(s), Amounts(s), Years(s) and the dates of s at
// once. It lexes s once and shares the figures and the dates the scanners
// all read, so it costs much less than the four calls.
func ScanText(s string) Scan {
	sc := newScanner(s)
	return Scan{Numbers: sc.numbers(), Amounts: sc.amounts(), Years: sc.years(), Dates: sc.dates(time.Time{})}
}

// Month returns the number of the French month a word names, in full or
// abbreviated as the press does ("avril", "avr", "Févr"): the month table
// of Dates, for callers that read dates of their own.
func Month(word string) (int, bool) {
	m, ok := tables().months[foldKey(word)]
	return m, ok
}
