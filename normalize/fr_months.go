package normalize

// monthName is a French month spelling.
type monthName struct {
	form  string // folded match: accents optional
	month int
}

// frMonths are the month names and their press abbreviations; a "." after
// an abbreviation is absorbed by the parser.
var frMonths = []monthName{
	{"janvier", 1}, {"janv", 1}, {"jan", 1},
	{"février", 2}, {"févr", 2}, {"fév", 2},
	{"mars", 3},
	{"avril", 4}, {"avr", 4},
	{"mai", 5},
	{"juin", 6},
	{"juillet", 7}, {"juil", 7},
	{"août", 8},
	{"septembre", 9}, {"sept", 9}, {"sep", 9},
	{"octobre", 10}, {"oct", 10},
	{"novembre", 11}, {"nov", 11},
	{"décembre", 12}, {"déc", 12},
}

// frWeekdays are the weekday names, Sunday first like time.Weekday.
var frWeekdays = []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}

// relativeDay is a word that names a day relative to the reference date.
type relativeDay struct {
	form   string
	offset int // days from the reference date
}

// frRelativeDays are the relative day words of news writing.
var frRelativeDays = []relativeDay{
	{"avant-hier", -2}, {"hier", -1}, {"aujourd'hui", 0}, {"ce jour", 0},
	{"demain", 1}, {"après-demain", 2},
}

// frRelativeWeeks name a past week: reported, never resolved to a day.
var frRelativeWeeks = []string{"la semaine dernière", "la semaine passée"}

// frLastNext are the words after a weekday or a month that point before or
// after the reference date: "mercredi dernier", "mars prochain".
var frLastNext = []relativeDay{{"dernier", -1}, {"passé", -1}, {"prochain", 1}}

// agoUnit is a unit of time counted back from the reference date.
type agoUnit struct {
	form                string
	days, months, years int // one unit
	precision           Precision
}

// frAgo is the phrase that counts back from the reference date: "il y a
// trois jours".
const frAgo = "il y a"

// frAgoUnits are the units after "il y a N". A week is resolved to a day.
var frAgoUnits = []agoUnit{
	{form: "jour", days: 1, precision: PrecisionDay}, {form: "jours", days: 1, precision: PrecisionDay},
	{form: "semaine", days: 7, precision: PrecisionDay}, {form: "semaines", days: 7, precision: PrecisionDay},
	{form: "mois", months: 1, precision: PrecisionMonth},
	{form: "an", years: 1, precision: PrecisionYear}, {form: "ans", years: 1, precision: PrecisionYear},
	{form: "année", years: 1, precision: PrecisionYear}, {form: "années", years: 1, precision: PrecisionYear},
}

// frShortDateLeads are the words before a day and month in digits with no
// year ("le 15/04", "du 3/05 au 9/05"): without one, "15/04" may be a
// ratio or a score.
var frShortDateLeads = []string{"le", "du", "au", "depuis", "dès", "ce"}

// frBareDayLeads are the words before a bare day of the month ("le 27",
// "mardi 27"); the weekdays lead too.
var frBareDayLeads = []string{"le"}

// frBareDayFollowers are the words that may follow a bare day ("le 27 à
// Rabat", "le 27 au matin"); any other word makes the figure a count ("le
// 27 salariés").
var frBareDayFollowers = []string{"à", "au", "dernier"}
