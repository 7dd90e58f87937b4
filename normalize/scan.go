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
func ScanText(s string) Scan { return ScanTokens(s, Lex(s)) }

// ScanTokens is ScanText on the tokens of s that Lex returned, for a
// caller that lexes the text once for its own use too.
func ScanTokens(s string, toks []Token) Scan { return ScanRange(s, 0, len(s), toks) }

// ScanRange is ScanTokens on s[lo:hi], a piece of s made of whole lines,
// whose tokens (LexRange) are toks; offsets are into s. No phrase of the
// scanners spans two lines: a long text is read by pieces, in less memory.
func ScanRange(s string, lo, hi int, toks []Token) Scan {
	return new(Scanner).Range(s, lo, hi, toks)
}

// Scanner is ScanRange for a text read by pieces: it keeps its scratch
// buffers from one piece to the next, where each call of ScanRange makes
// its own. The zero value is ready to use; a Scanner is not safe for
// concurrent use.
type Scanner struct {
	flags      []wordFlag
	codes      []bool
	quantities []quantity
	places     placeScanner
}

// Range is ScanRange, with the scratch buffers of x.
func (x *Scanner) Range(s string, lo, hi int, toks []Token) Scan {
	var out Scan
	x.Append(&out, s, lo, hi, toks)
	return out
}

// Append is Range, appending what it finds to the lists of dst: a caller
// that reads a long text by pieces fills one set of lists, which it may
// size as it sees fit, and not a set for each piece, to be copied. A list
// of dst that is nil is made with room for what the piece may hold.
func (x *Scanner) Append(dst *Scan, s string, lo, hi int, toks []Token) {
	s = s[:hi]
	sc := scannerOf(s, toks, x)
	defer sc.release()
	if g, err := loadGazetteer(); err == nil { // cannot fail with the embedded data: TestGazetteerData loads it
		dst.Places = g.findWith(dst.Places, &x.places, s, lo, toks)
	}
	dst.Numbers = sc.numbers(dst.Numbers)
	dst.Amounts = sc.amounts(dst.Amounts)
	dst.Years = sc.years(dst.Years)
	dst.Dates = sc.dates(dst.Dates, time.Time{})
}

// room returns dst, or, when it is nil, an empty list with room for the n
// items a scanner may append to it: one allocation, not a growing list.
func room[T any](dst []T, n int) []T {
	if dst == nil && n > 0 {
		return make([]T, 0, n)
	}
	return dst
}

// appended returns out, the list a scanner appended to dst, or dst itself
// when it appended nothing: the room made for nothing is let go.
func appended[T any](dst, out []T) []T {
	if len(out) == len(dst) {
		return dst
	}
	return out
}

// scannerOf returns the scanner of s read as toks, with the scratch
// buffers of x (nil: its own).
func scannerOf(s string, toks []token, x *Scanner) *scanner {
	sc := &scanner{s: s, toks: toks, t: tables(), scratch: x}
	if x != nil {
		sc.flags, sc.codes = grown(x.flags, len(toks)), grown(x.codes, len(toks))
		x.flags, x.codes = sc.flags, sc.codes
	} else {
		sc.flags, sc.codes = make([]wordFlag, len(toks)), make([]bool, len(toks))
	}
	for i := range toks {
		t := &toks[i]
		if k, ok := shortIndex(t.key); ok {
			sc.flags[i] = sc.t.shortFlags[k] // a digit run is never short
		} else if t.kind != tokNum {
			sc.flags[i], _ = lookup(sc.t.wordFlags, &sc.t.flagKeys, t.key)
		}
	}
	sc.markCodes()
	return sc
}

// grown returns b emptied to n zero values, reallocated only when short.
func grown[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// Month returns the number of the French month a word names, in full or
// abbreviated as the press does ("avril", "avr", "Févr"): the month table
// of Dates, for callers that read dates of their own.
func Month(word string) (int, bool) {
	m, ok := tables().months[foldKey(word)]
	return m, ok
}

// KeySet is a set of folded keys as a set of bits, one bit for each
// hash of a key: it may say yes for a key it does not hold, never no for
// one it holds. Most words of a text miss the set of a table's keys, which
// costs less than a miss in the table's map: the tables test it first.
type KeySet [keySetBits / 64]uint64

// keySetBits is the size of a KeySet: tables have some hundreds of keys.
const keySetBits = 1 << 13

// keyBit returns the bit of the key k: a hash of its length and of three
// of its bytes, enough to tell most words apart.
func keyBit[K string | []byte](k K) uint {
	n := len(k)
	if n == 0 {
		return 0
	}
	return (uint(n)*0x9e37 ^ uint(k[0])*0x85eb ^ uint(k[n-1])*0xc2b3 ^ uint(k[n/2])*0x27d4) % keySetBits
}

// Add adds k to the set.
func (b *KeySet) Add(k string) { i := keyBit(k); b[i/64] |= 1 << (i % 64) }

// Has reports whether k may be in the set; a nil set holds nothing.
func (b *KeySet) Has(k string) bool {
	if b == nil {
		return false
	}
	i := keyBit(k)
	return b[i/64]&(1<<(i%64)) != 0
}

// hasBytes is Has for a key in bytes, of a set that is not nil.
func (b *KeySet) hasBytes(k []byte) bool {
	i := keyBit(k)
	return b[i/64]&(1<<(i%64)) != 0
}
