package normalize

// Scan is what Numbers, Amounts and Years find in one text.
type Scan struct {
	Numbers []Number
	Amounts []Money
	Years   []Year
}

// ScanText returns Numbers(s), Amounts(s) and Years(s) at once. It lexes s
// once and shares the figures and the dates the three scanners all read,
// so it costs much less than the three calls.
func ScanText(s string) Scan {
	sc := newScanner(s)
	return Scan{Numbers: sc.numbers(), Amounts: sc.amounts(), Years: sc.years()}
}
