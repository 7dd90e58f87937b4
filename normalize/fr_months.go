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
