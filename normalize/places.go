package normalize

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// placesTSV is the gazetteer; its header describes the format.
//
//go:embed data/places.tsv
var placesTSV string

// loadGazetteer parses the embedded gazetteer once, on first use.
var loadGazetteer = sync.OnceValues(func() (*gazetteer, error) {
	return parseGazetteer(placesTSV)
})

// Places returns every mention of a gazetteer place in s, in order, with
// spans in bytes into s. Where names overlap the longest wins:
// "Casablanca-Settat" is the region, not the city Casablanca, and "Tanger
// Automotive City" is the park (whose City is Tanger). Matching ignores
// case, accents and the kind of apostrophe, and takes any white space or
// dash between the words of a name; a name starts and ends on word
// boundaries. Names that are also common words ("Salé", "Rabat", "Casa",
// "Oriental", "Paris") must be capitalised as names. A bare "Nador" is the
// city; only "province de Nador" or "préfecture de Nador" is the province.
// The returned places are shared and must not be modified.
func Places(s string) []PlaceMatch { return placesIn(s, 0, nil) }

// placesIn is Places on s[lo:] read as toks (Lex), or rune by rune when
// toks is nil.
func placesIn(s string, lo int, toks []Token) []PlaceMatch {
	g, err := loadGazetteer()
	if err != nil {
		return nil // cannot happen with the embedded data: TestGazetteerData loads it
	}
	return g.find(s, lo, toks)
}

// LookupPlace returns the place a name designates: its canonical name or
// any variant, compared after Fold ("Fez", "FES" and "fès" give Fès), with
// any spacing or dashes between words. Unlike Places it needs no capital
// ("sale" gives Salé): the caller says it is a name. The place must not be
// modified.
func LookupPlace(name string) (*Place, bool) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, false
	}
	sc := placeScannerPool.Get().(*placeScanner) // names are looked up by the hundred a page
	defer putPlaceScanner(sc)
	sc.split(name)
	if !sc.joined() {
		return nil, false // "Fès, Meknès" is two names
	}
	sc.key(0, len(sc.words))
	if pn, ok := g.names[string(sc.keyBuf)]; ok {
		return pn.place, true
	}
	return nil, false
}

// Regions returns the twelve regions of 2015, in the gazetteer's order
// (north to south); the places must not be modified.
func Regions() []*Place {
	g, err := loadGazetteer()
	if err != nil {
		return nil
	}
	var out []*Place
	for _, p := range g.places {
		if p.Kind == PlaceRegion && p.Region == "" {
			out = append(out, p)
		}
	}
	return out
}

// gazetteer is the parsed place list with its indexes.
type gazetteer struct {
	places []*Place
	names  map[string]*placeName // folded words joined by spaces → spelling
	// lengths maps a first folded word to a bit set: bit n is set when
	// some name of n words starts with it.
	lengths map[string]uint64
	// firsts holds every first word: most words of a text miss it, which
	// is cheaper than missing lengths.
	firsts KeySet
	// shortLengths holds the lengths of the short first words, the most
	// frequent words of a text ("le").
	shortLengths shortKeys[uint64]
	// nameKeys holds the keys of names: most runs of words that start
	// with a first word name nothing.
	nameKeys KeySet
}

// placeName is one spelling of a place.
type placeName struct {
	place *Place
	caps  []bool // caps[i]: word i must be capitalised in the text; nil if no word must
}

// placeKinds are the kinds a gazetteer line may have.
var placeKinds = []PlaceKind{PlaceRegion, PlaceProvince, PlaceCity, PlaceCommune, PlaceDistrict, PlacePark, PlaceCountry, PlaceForeign}

// Province prefixes: each province is found as "<word> <connector> X" with
// any of these, whichever the data spells.
var (
	provinceWords      = []string{"province", "prefecture"}
	provinceConnectors = []string{"de", "d", "du", "des"}
)

// maxNameWords is the most words in a name (lengths holds them in 64 bits).
const maxNameWords = 63

// parseGazetteer parses the TSV described in data/places.tsv.
func parseGazetteer(data string) (*gazetteer, error) {
	g := &gazetteer{names: make(map[string]*placeName), lengths: make(map[string]uint64)}
	type bare struct {
		words []string
		place *Place
	}
	var bares []bare // bare province names, added last when no other place has them
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		p, spellings, err := parsePlaceLine(line)
		if err != nil {
			return nil, fmt.Errorf("normalize: gazetteer line %d: %w", n+1, err)
		}
		g.places = append(g.places, p)
		for _, sp := range spellings {
			var sc placeScanner
			sc.split(strings.TrimPrefix(sp, "^"))
			words, caps := sc.spelling(strings.HasPrefix(sp, "^"))
			if len(words) == 0 || len(words) > maxNameWords {
				return nil, fmt.Errorf("normalize: gazetteer line %d: spelling %q has %d words", n+1, sp, len(words))
			}
			if !sc.joined() {
				return nil, fmt.Errorf("normalize: gazetteer line %d: spelling %q has words that text never joins", n+1, sp)
			}
			if p.Kind == PlaceProvince && len(words) > 2 && slices.Contains(provinceWords, words[0]) && slices.Contains(provinceConnectors, words[1]) {
				for _, w := range provinceWords {
					for _, c := range provinceConnectors {
						if err := g.add(append([]string{w, c}, words[2:]...), nil, p); err != nil {
							return nil, fmt.Errorf("normalize: gazetteer line %d: %w", n+1, err)
						}
					}
				}
				bares = append(bares, bare{words[2:], p})
				continue
			}
			if err := g.add(words, caps, p); err != nil {
				return nil, fmt.Errorf("normalize: gazetteer line %d: %w", n+1, err)
			}
		}
	}
	for _, b := range bares {
		if _, taken := g.names[strings.Join(b.words, " ")]; !taken {
			if err := g.add(b.words, nil, b.place); err != nil {
				return nil, fmt.Errorf("normalize: gazetteer: %w", err)
			}
		}
	}
	g.shortLengths.fill(g.lengths)
	return g, nil
}

// parsePlaceLine parses one line of the gazetteer and returns the place
// and all its spellings, "^" markers kept.
func parsePlaceLine(line string) (*Place, []string, error) {
	f := strings.Split(line, "\t")
	if len(f) != 7 {
		return nil, nil, fmt.Errorf("got %d fields, want 7", len(f))
	}
	if !slices.Contains(placeKinds, PlaceKind(f[0])) {
		return nil, nil, fmt.Errorf("unknown kind %q", f[0])
	}
	p := &Place{Kind: PlaceKind(f[0]), Name: strings.TrimPrefix(f[1], "^"), Region: f[2], City: f[3]}
	if p.Name == "" {
		return nil, nil, fmt.Errorf("empty name")
	}
	for i, dst := range []*float64{&p.Lat, &p.Lon} {
		if f[4+i] == "" {
			continue
		}
		v, err := strconv.ParseFloat(f[4+i], 64)
		if err != nil {
			return nil, nil, fmt.Errorf("bad coordinate: %w", err)
		}
		*dst = v
	}
	spellings := []string{f[1]}
	if f[6] != "" {
		for _, v := range strings.Split(f[6], "|") {
			spellings = append(spellings, v)
			p.Variants = append(p.Variants, strings.TrimPrefix(v, "^"))
		}
	}
	return p, spellings, nil
}

// add indexes one spelling of p. A spelling already given to another
// place is an error in the data; a repeat for the same place is ignored.
func (g *gazetteer) add(words []string, caps []bool, p *Place) error {
	key := strings.Join(words, " ")
	if q, ok := g.names[key]; ok {
		if q.place != p {
			return fmt.Errorf("%q names both %q and %q", key, q.place.Name, p.Name)
		}
		return nil
	}
	g.names[key] = &placeName{place: p, caps: caps}
	g.lengths[words[0]] |= 1 << len(words)
	g.firsts.Add(words[0])
	g.nameKeys.Add(key)
	return nil
}

// find returns the place mentions of s[lo:], leftmost-longest; toks is
// its lexing, or nil.
func (g *gazetteer) find(s string, lo int, toks []Token) []PlaceMatch {
	sc := placeScannerPool.Get().(*placeScanner)
	defer putPlaceScanner(sc)
	return g.findWith(nil, sc, s, lo, toks)
}

// putPlaceScanner returns sc to placeScannerPool, unless its buffers are
// those of a huge text, not worth keeping.
func putPlaceScanner(sc *placeScanner) {
	if cap(sc.buf) <= maxPooledText {
		placeScannerPool.Put(sc)
	}
}

// findWith is find with the buffers of sc, appending to dst.
func (g *gazetteer) findWith(dst []PlaceMatch, sc *placeScanner, s string, lo int, toks []Token) []PlaceMatch {
	if toks == nil || !g.findTokens(sc, s, lo, toks) {
		g.findWords(sc, s, lo) // a text the tokens do not read: rune by rune
	}
	if len(sc.found) == 0 {
		return dst
	}
	out := room(dst, len(sc.found)) // one allocation, of the right size, for a new list
	for _, f := range sc.found {
		out = append(out, PlaceMatch{Span: Span{f.start, f.end}, Text: s[f.start:f.end], Place: f.place})
	}
	return out
}

// findWords sets sc.found to the place mentions of s[lo:], read into
// words rune by rune.
func (g *gazetteer) findWords(sc *placeScanner, s string, lo int) {
	sc.read(s, lo)
	sc.found = sc.found[:0]
	ws := sc.words
	for i := 0; i < len(ws); {
		n, p := 0, (*Place)(nil)
		if w := sc.folded(i); g.firsts.Has(string(w)) {
			if lengths := g.lengths[string(w)]; lengths != 0 {
				n, p = g.longest(sc, i, lengths)
			}
		}
		if n == 0 {
			i++
			continue
		}
		sc.found = append(sc.found, placeFound{int(ws[i].start), int(ws[i+n-1].end), p})
		i += n
	}
}

// longest returns the number of words of the longest name that the text
// spells from word i on, and its place; 0 if none.
func (g *gazetteer) longest(sc *placeScanner, i int, lengths uint64) (int, *Place) {
	n := 1
	for n < maxNameWords && i+n < len(sc.words) && sc.words[i+n].joined && lengths>>(n+1) != 0 {
		n++
	}
	sc.key(i, i+n)
	for ; n > 0; n-- {
		if lengths&(1<<n) == 0 {
			continue
		}
		key := sc.keyBuf[:sc.keyEnds[n-1]]
		if !g.nameKeys.hasBytes(key) {
			continue
		}
		pn, ok := g.names[string(key)]
		if ok && sc.capitalised(i, pn.caps) {
			return n, pn.place
		}
	}
	return 0, nil
}

// placeScannerPool recycles the buffers of find.
var placeScannerPool = sync.Pool{New: func() any { return new(placeScanner) }}

// maxPooledText is the size of the largest text whose buffers go back to
// placeScannerPool.
const maxPooledText = 1 << 20

// placeWord is a run of letters and digits of the scanned text.
type placeWord struct {
	start, end int32 // bytes in the text (extraction reads at most 16 MiB)
	fold       int32 // end of the folded word in placeScanner.buf; it starts where the previous ends
	upper      bool  // starts with a capital
	joined     bool  // only spaces, dashes and apostrophes separate it from the previous word
}

// maxJoin is the most runes between two words of one name: " - " is three.
const maxJoin = 3

// placeScanner splits text into folded words.
type placeScanner struct {
	buf     []byte // the folded words, end to end
	words   []placeWord
	keyBuf  []byte // key builds the folded words of a candidate name here
	keyEnds []int  // keyEnds[k]: end in keyBuf of the key of k+1 words
	found   []placeFound

	// The state of read: the kind of the word being read (inNone between
	// words), and what separates the next word from the last one.
	in            int
	gap, newlines int
	joinable      bool
}

// placeFound is a match of find before it becomes a PlaceMatch. It keeps
// no reference to the text, which must not outlive find in the pool.
type placeFound struct {
	start, end int
	place      *Place
}

// Kinds of the word being read.
const (
	inNone = iota
	inLetters
	inDigits
)

// split fills sc with the words of s, a name.
func (sc *placeScanner) split(s string) { sc.read(s, 0) }

// read fills sc with the words of s[lo:], read rune by rune.
// Words break at any rune that is not a letter, digit or combining mark,
// and between letters and digits ("8Marrakech"); names continue over
// short runs of spaces, dashes and apostrophes but not over a paragraph
// break.
func (sc *placeScanner) read(s string, lo int) {
	sc.reset(len(s) - lo)
	for i := lo; i < len(s); {
		i = sc.rune(s, i)
	}
	if sc.in != inNone {
		sc.closeWord(len(s))
	}
}

// rune reads the rune at s[i] and returns the index of the next.
func (sc *placeScanner) rune(s string, i int) int {
	if sc.in == inLetters { // the common case: a run of lower-case ASCII letters folds to itself
		j := i
		for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
			j++
		}
		if j > i {
			sc.buf = append(sc.buf, s[i:j]...)
			return j
		}
	}
	r, size := rune(s[i]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(s[i:])
	}
	c := classifyRune(r)
	if c == runeWord || c == runeMark {
		kind := inLetters
		switch {
		case c == runeMark && sc.in != inNone:
			kind = sc.in
		case '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r):
			kind = inDigits
		}
		sc.openWord(s, i, kind)
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			sc.buf = append(sc.buf, byte(r))
		} else {
			sc.buf = appendFolded(sc.buf, r)
		}
		return i + size
	}
	if sc.in != inNone {
		if c == runeIgnored {
			return i + size
		}
		sc.in = inNone
		sc.closeWord(i)
		sc.gap, sc.newlines, sc.joinable = 0, 0, true
	}
	switch c {
	case runeSpace, runeApostrophe, runeDash:
		sc.gap++
		if r == '\n' {
			sc.newlines++
		}
	case runeIgnored:
	default:
		sc.joinable = false
	}
	return i + size
}

// openWord goes on with the word being read at byte i if it is of the
// same kind, and otherwise ends it and starts a new one there.
func (sc *placeScanner) openWord(s string, i, kind int) {
	if sc.in != inNone && kind != sc.in {
		sc.closeWord(i)
		sc.gap, sc.newlines, sc.joinable = 0, 0, true
		sc.in = inNone
	}
	if sc.in != inNone {
		return
	}
	sc.in = kind
	sc.words = append(sc.words, placeWord{
		start:  int32(i),
		upper:  upperAt(s, i),
		joined: sc.joinable && sc.gap <= maxJoin && sc.newlines == 0, // a name never runs across lines
	})
}

// reset empties the buffers for a text of n bytes, grown once to the size
// the text needs (about a word every six bytes).
func (sc *placeScanner) reset(n int) {
	sc.buf, sc.words = sc.buf[:0], sc.words[:0]
	sc.in, sc.gap, sc.newlines, sc.joinable = inNone, 0, 0, false
	if cap(sc.words) < n/6+1 {
		sc.words = make([]placeWord, 0, n/6+1)
	}
	if cap(sc.buf) < n {
		sc.buf = make([]byte, 0, n)
	}
}

// closeWord ends the last word at byte end, dropping it if it folds to
// nothing (a lone combining mark).
func (sc *placeScanner) closeWord(end int) {
	w := &sc.words[len(sc.words)-1]
	w.end, w.fold = int32(end), int32(len(sc.buf))
	if int(w.fold) == sc.foldStart(len(sc.words)-1) {
		sc.words = sc.words[:len(sc.words)-1]
	}
}

func (sc *placeScanner) foldStart(i int) int {
	if i == 0 {
		return 0
	}
	return int(sc.words[i-1].fold)
}

// folded returns the folded word i. Callers convert it to a string only
// in map indexes and comparisons, which do not allocate.
func (sc *placeScanner) folded(i int) []byte {
	return sc.buf[sc.foldStart(i):sc.words[i].fold]
}

// key writes words [i, j) folded and joined by spaces to sc.keyBuf, and
// where each prefix of them ends to sc.keyEnds.
func (sc *placeScanner) key(i, j int) {
	sc.keyBuf, sc.keyEnds = sc.keyBuf[:0], sc.keyEnds[:0]
	for k := i; k < j; k++ {
		if k > i {
			sc.keyBuf = append(sc.keyBuf, ' ')
		}
		sc.keyBuf = append(sc.keyBuf, sc.folded(k)...)
		sc.keyEnds = append(sc.keyEnds, len(sc.keyBuf))
	}
}

// spelling returns the scanned words as a gazetteer spelling: the folded
// words, and when strict, which of them must be capitalised in a text.
func (sc *placeScanner) spelling(strict bool) (words []string, caps []bool) {
	for i, w := range sc.words {
		words = append(words, string(sc.folded(i)))
		if strict {
			caps = append(caps, w.upper)
		}
	}
	return words, caps
}

// joined reports whether the scanned words can make one name: nothing but
// a few spaces, dashes or apostrophes between them.
func (sc *placeScanner) joined() bool {
	for i := 1; i < len(sc.words); i++ {
		if !sc.words[i].joined {
			return false
		}
	}
	return true
}

// capitalised reports whether the words of the text from i on are
// capitalised where caps requires it.
func (sc *placeScanner) capitalised(i int, caps []bool) bool {
	for k, c := range caps {
		if c && !sc.words[i+k].upper {
			return false
		}
	}
	return true
}
