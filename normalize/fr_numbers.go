package normalize

// numberWord is a French number word and its value. Compounds ("vingt-deux",
// "soixante et onze", "quatre-vingt-dix") are built from these by the
// grammar in number.go.
type numberWord struct {
	word  string
	value int64
	kind  wordKind
}

// wordKind says how a number word combines with its neighbours.
type wordKind uint8

const (
	wordUnit     wordKind = iota + 1 // 0–9
	wordTeen                         // 10–16
	wordTens                         // vingt … nonante
	wordHundred                      // cent
	wordThousand                     // mille
)

// frNumberWords are the French number words. "un"/"une" are articles too:
// Numbers reads them only before a multiplier ("un milliard").
var frNumberWords = []numberWord{
	{"zéro", 0, wordUnit}, {"un", 1, wordUnit}, {"une", 1, wordUnit}, {"deux", 2, wordUnit},
	{"trois", 3, wordUnit}, {"quatre", 4, wordUnit}, {"cinq", 5, wordUnit}, {"six", 6, wordUnit},
	{"sept", 7, wordUnit}, {"huit", 8, wordUnit}, {"neuf", 9, wordUnit},
	{"dix", 10, wordTeen}, {"onze", 11, wordTeen}, {"douze", 12, wordTeen}, {"treize", 13, wordTeen},
	{"quatorze", 14, wordTeen}, {"quinze", 15, wordTeen}, {"seize", 16, wordTeen},
	{"vingt", 20, wordTens}, {"vingts", 20, wordTens}, {"trente", 30, wordTens},
	{"quarante", 40, wordTens}, {"cinquante", 50, wordTens}, {"soixante", 60, wordTens},
	{"septante", 70, wordTens}, {"huitante", 80, wordTens}, {"octante", 80, wordTens},
	{"nonante", 90, wordTens},
	{"cent", 100, wordHundred}, {"cents", 100, wordHundred},
	{"mille", 1000, wordThousand},
}

// frHalves are the words for one half of a scale word: "3 millions et
// demi", "un demi-milliard".
var frHalves = []string{"demi", "demie"}

// multiplier is a word or abbreviation that scales the number before it.
type multiplier struct {
	form   string // surface form; matched folded unless exact
	exp    int    // power of ten
	exact  bool   // case-sensitive abbreviation ("M" is a million, "m" is a metre)
	approx bool   // a collective noun: "une centaine" is about 100
	title  bool   // before a glued period, a title: "M." is "Monsieur"
}

// frMultipliers are the scale words and abbreviations of French press.
var frMultipliers = []multiplier{
	{form: "mille", exp: 3},
	{form: "million", exp: 6}, {form: "millions", exp: 6},
	{form: "milliard", exp: 9}, {form: "milliards", exp: 9},
	{form: "K", exp: 3, exact: true}, {form: "k", exp: 3, exact: true},
	{form: "M", exp: 6, exact: true, title: true}, {form: "Mio", exp: 6, exact: true},
	{form: "Md", exp: 9, exact: true}, {form: "Mds", exp: 9, exact: true},
	{form: "MD", exp: 9, exact: true}, {form: "MDS", exp: 9, exact: true},
	{form: "Mrd", exp: 9, exact: true}, {form: "Mrds", exp: 9, exact: true},
	{form: "millier", exp: 3, approx: true}, {form: "milliers", exp: 3, approx: true},
	{form: "centaine", exp: 2, approx: true}, {form: "centaines", exp: 2, approx: true},
	{form: "dizaine", exp: 1, approx: true}, {form: "dizaines", exp: 1, approx: true},
}

// collective is a noun of approximate quantity worth a fixed value
// ("une vingtaine" ≈ 20) that is not a power of ten.
type collective struct {
	form  string
	value int64
}

// frCollectives are the "-aine" nouns other than dizaine and centaine.
var frCollectives = []collective{
	{"douzaine", 12}, {"douzaines", 12}, {"quinzaine", 15}, {"quinzaines", 15},
	{"vingtaine", 20}, {"vingtaines", 20}, {"trentaine", 30}, {"trentaines", 30},
	{"quarantaine", 40}, {"cinquantaine", 50}, {"cinquantaines", 50},
	{"soixantaine", 60}, {"soixantaines", 60},
}

// frOrdinalSuffixes are the endings glued to digits that make an ordinal
// ("3e", "1er", "2nde"): not counts.
var frOrdinalSuffixes = []string{"e", "er", "ere", "eme", "em", "es", "ers", "eres", "emes", "nd", "nde", "re", "ieme", "iemes", "me"}

// frPercentWords are the spellings of a percentage after a number.
var frPercentWords = []string{"%", "pour cent", "pourcent", "pour-cent", "pc"}

// frNumberDeterminers are the words after which a lone "neuf" is nine
// ("les neuf régions"); after any other word it means "new" ("un bâtiment
// neuf").
var frNumberDeterminers = []string{
	"les", "des", "ces", "ses", "leurs", "nos", "vos", "aux", "et", "de", "pour", "sur",
	"a", "avec", "dont", "entre", "plus", "moins", "environ", "quelque", "pres", "ou", "sont",
}
