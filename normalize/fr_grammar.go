package normalize

// The function words that the grammar of figures, dates and years tests,
// each by the role it plays there. Forms are written as in French text and
// folded when the tables are built (tables.go).

// Figures in words.
const (
	// frNumberAnd joins a tens word to one of frNumberAndUnits: "vingt et
	// un", "soixante et onze".
	frNumberAnd = "et"

	// frNineOrNew is the number word that also means "new": a figure only
	// after a frNumberDeterminers word ("les neuf régions").
	frNineOrNew = "neuf"

	// frHalfAnd adds one half of the scale to a scaled figure: "3 millions
	// et demi".
	frHalfAnd = "et"
)

// frNumberAndUnits are the units frNumberAnd joins to a tens word.
var frNumberAndUnits = []string{"un", "une", "onze"}

// frArticleNumbers are number words that are articles too: alone, they are
// no figure unless a multiplier follows ("un milliard").
var frArticleNumbers = []string{"un", "une"}

// frPercentLowerOnly are the frPercentWords read as a percent only when
// written in lower case: "PC" is a computer.
var frPercentLowerOnly = []string{"pc"}

// rangeWords are the words around the two ends of a range.
type rangeWords struct {
	open, to  string
	exactOnly bool // not after an approximation marker
}

// frRanges open and join the two ends of a range of figures ("entre 500
// et 700", "de 500 à 700 emplois") or a period of years ("entre 2014 et
// 2018", "de 2016 à 2018"). After a marker ("environ de 500"), "de" opens
// nothing.
var frRanges = []rangeWords{{open: "entre", to: "et"}, {open: "de", to: "à", exactOnly: true}}

// frRangeTo joins the two ends of a range with no opening word: "500 à 700
// emplois".
const frRangeTo = "à"

// frUnitOf links a scaled figure to what it counts: "2 millions de
// dirhams", "2 millions d'habitants".
const frUnitOf = "de"

// frRatePer makes an amount a rate: "5.500 dirhams par mois".
const frRatePer = "par"

// frAgentDeterminers after frRatePer make it the agent of a passive, not a
// rate: "financé à hauteur de 500 MDH par la BEI".
var frAgentDeterminers = []string{
	"le", "la", "les", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "de",
}

// Dates.
const (
	// frThisWeekday stands before a weekday of the current week: "ce lundi".
	frThisWeekday = "ce"

	// frFirstDay is the first day of a month in words: "premier mars".
	frFirstDay = "premier"

	// frBareDayLast after a bare day belongs to the date: "le 27 dernier".
	frBareDayLast = "dernier"
)

// frDayOfMonth after a bare day name its month relative to the reference
// date: "le 5 courant", "le 5 du mois en cours" (this month), "le 28 du
// mois dernier" (the month before).
var frDayOfMonth = []struct {
	form   string
	months int // added to the reference month
}{
	{"courant", 0}, {"du mois courant", 0}, {"du mois en cours", 0},
	{"du mois dernier", -1}, {"du mois passé", -1}, {"du mois précédent", -1},
}

// frFirstDaySuffixes are glued to the digit 1 for the first day of a
// month: "1er mars", "1e mars".
var frFirstDaySuffixes = []string{"er", "e"}

// Years.
const (
	// frYearIn before a year takes its kind from the tense of the clause:
	// "en 2028" (see yearKind).
	frYearIn = "en"

	// frFromYear opens a period from a year ("dès 2026"), read only with its
	// accent: "des 2026" is an article before a figure.
	frFromYear = "dès"
)

// frFromYearPhrases open a period from a year too; their first word may be
// left out: "à partir de 2027", "à compter de 2027".
var frFromYearPhrases = []string{"à partir de", "à compter de"}

// frAroundYear set an approximate time, a horizon in a clause about the
// future ("le site devrait générer 5.000 emplois vers 2030"), a date in
// the past ("vers 2010, le groupe s'est installé").
var frAroundYear = []string{"vers", "autour de", "aux alentours de"}
