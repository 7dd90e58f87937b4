package normalize

import "strconv"

// Span is a half-open range [Start, End) of BYTE offsets into the string
// that was searched. Callers convert to rune offsets where they need them.
type Span struct {
	Start int
	End   int
}

// Approx says how exact a figure is, as the text qualifies it. It is a
// byte, not a string: a dense page has a figure every few words.
type Approx uint8

// Approximation markers. The French surface forms are data (fr_approx.go).
const (
	Exact    Approx = iota
	MoreThan        // plus de, au-delà de, dépassant
	AtLeast         // au moins, pas moins de
	About           // près de, environ, quelque, de l'ordre de, autour de
	UpTo            // jusqu'à, au plus
	LessThan        // moins de
)

// approxNames are the names of the markers, by value.
var approxNames = [...]string{Exact: "", MoreThan: "more_than", AtLeast: "at_least", About: "about", UpTo: "up_to", LessThan: "less_than"}

// String returns the name of a: "more_than", "at_least", "about",
// "up_to", "less_than", or "" for Exact.
func (a Approx) String() string {
	if int(a) < len(approxNames) {
		return approxNames[a]
	}
	return "approx(" + strconv.Itoa(int(a)) + ")"
}

// Number is a count or quantity found in free text. A dense page has one
// every few words: it is kept in 48 bytes, its flags together, and holds
// no pointer (its surface form is Span.In of the text).
type Number struct {
	Span            // the whole surface form, approximation marker included
	Value   float64 // the value ("1,5 milliard" → 1.5e9)
	Int     int64   // the exact value when it is a whole number (IsInt)
	Max     float64 // upper bound of a range ("entre 500 et 700"), when IsRange
	IsInt   bool    //
	IsRange bool    // a range, up to Max
	Approx  Approx  //
	Percent bool    // "72 %", "72 pour cent": a ratio, not a count
	Year    bool    // a bare 4-digit year (1900–2100) rather than a count
	Words   bool    // written in words ("trois", "une centaine")
}

// Money is a sum of money found in free text.
type Money struct {
	Span            // the whole surface form, marker and "(MDH)" included
	Text     string //
	Value    int64  // exact, in units of Currency ("1,5 milliard de dirhams" → 1500000000)
	Max      int64  // upper bound of a range, 0 if none
	Currency string // ISO 4217: MAD, EUR, USD...
	Approx   Approx
	PerUnit  bool // "6.000 DH par emploi", "5.500 dirhams par mois": a rate, not a total
}

// Precision says how much of a Date is known.
type Precision int

// Date precisions.
const (
	PrecisionYear Precision = iota + 1
	PrecisionMonth
	PrecisionDay
)

// Date is a calendar date found in free text, absolute or resolved against
// a reference date.
type Date struct {
	Span
	Text      string
	Year      int // 0 when unknown (e.g. "lundi" with no reference)
	Month     int
	Day       int
	Precision Precision
	Relative  bool // "hier", "mardi", "ce mercredi": needs a reference date
	Resolved  bool // Year/Month/Day are known
}

// YearKind says what a year in the text is doing.
type YearKind int

// Year kinds.
const (
	YearPlain  YearKind = iota // a year with no telling context
	YearTarget                 // deadline or horizon: "d'ici 2029", "à l'horizon 2027", "horizon 2030", "prévu pour 2030", "en 2028" about the future
	YearPast                   // "depuis 2003", "créé en 2010", "inauguré en 2021", "en 2021"
	YearPeriod                 // plan periods and ranges: "2014-2020", "entre 2014 et 2018", "de 2016 à 2018"
	YearAsOf                   // "à fin juin 2023", "au titre de 2022"
)

// Year is a year found in free text, with what it is doing there. Its
// surface form is Span.In of the text: a dense page has thousands, kept
// without a pointer.
type Year struct {
	Span
	Year int
	Kind YearKind
}

// PlaceKind is the kind of a place of the gazetteer.
type PlaceKind string

// Place kinds.
const (
	PlaceCity     PlaceKind = "city"
	PlaceRegion   PlaceKind = "region"
	PlaceProvince PlaceKind = "province" // provinces and prefectures
	PlaceCommune  PlaceKind = "commune"  // rural communes: villages, not cities
	PlaceDistrict PlaceKind = "district" // arrondissements, quartiers
	PlacePark     PlaceKind = "park"     // business parks and zones: Casanearshore, Technopolis, Tanger Med...
	PlaceCountry  PlaceKind = "country"
	PlaceForeign  PlaceKind = "foreign" // foreign cities: kept apart, never dropped silently
)

// Place is an entry of the gazetteer.
type Place struct {
	Name     string // canonical: "Fès", "Tanger", "Casablanca-Settat"
	Kind     PlaceKind
	Region   string   // the region of a city, province or park ("" for regions and foreign places)
	City     string   // the city of a park or district; the chief town a province is named after
	Lat, Lon float64  //
	Variants []string // other spellings: "Fez", "Fes"
}

// PlaceMatch is a mention of a gazetteer place in free text.
type PlaceMatch struct {
	Span
	Text  string
	Place *Place
}

// In returns the text the span covers in text, the string searched.
func (s Span) In(text string) string { return text[s.Start:s.End] }

// Bounds returns the span itself: every fact embeds a Span, so callers can
// handle facts of any type by their position alone.
func (s Span) Bounds() Span { return s }
