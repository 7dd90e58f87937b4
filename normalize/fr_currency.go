package normalize

// currencyForm is a spelling of a currency after (or before) an amount.
type currencyForm struct {
	form   string // surface form; matched folded unless exact
	code   string // ISO 4217
	exp    int    // the scale the form carries: "MDH" is 10^6 dirhams
	exact  bool   // case-sensitive ("MAD" is the code, "mad" is not)
	prefix bool   // may also stand before the number ("$500", "USD 20")
}

// frCurrencies are the currency spellings of French-language press,
// Moroccan first. Scaled compact forms (MDH, MMDH) carry their exponent.
var frCurrencies = []currencyForm{
	{form: "dirhams", code: "MAD"}, {form: "dirham", code: "MAD"},
	{form: "dirhams marocains", code: "MAD"}, {form: "dirham marocain", code: "MAD"},
	{form: "DH", code: "MAD"}, {form: "DHS", code: "MAD"},
	{form: "MAD", code: "MAD", exact: true, prefix: true},
	{form: "MDH", code: "MAD", exp: 6}, {form: "MDHS", code: "MAD", exp: 6},
	{form: "MMDH", code: "MAD", exp: 9}, {form: "MMDHS", code: "MAD", exp: 9},
	{form: "KDH", code: "MAD", exp: 3}, {form: "KMAD", code: "MAD", exp: 3, exact: true},
	// "50 millions de centimes": Moroccans count large sums in centimes
	// of dirham; those of the euro are named.
	{form: "centimes", code: "MAD", exp: -2}, {form: "centime", code: "MAD", exp: -2},
	{form: "centimes d'euros", code: "EUR", exp: -2}, {form: "centimes d'euro", code: "EUR", exp: -2},
	{form: "centime d'euro", code: "EUR", exp: -2},
	{form: "€", code: "EUR", prefix: true}, {form: "euros", code: "EUR"}, {form: "euro", code: "EUR"},
	{form: "EUR", code: "EUR", exact: true, prefix: true},
	{form: "$", code: "USD", prefix: true}, {form: "US$", code: "USD", exact: true, prefix: true},
	{form: "$ US", code: "USD"}, {form: "USD", code: "USD", exact: true, prefix: true},
	{form: "dollars américains", code: "USD"}, {form: "dollar américain", code: "USD"},
	{form: "dollars US", code: "USD"}, {form: "dollars", code: "USD"}, {form: "dollar", code: "USD"},
	// Canadian and Australian dollars are not US dollars: "$ CA", "$CAD",
	// "C$", "dollars canadiens"; "$ AU", "A$", "dollars australiens".
	{form: "$ CA", code: "CAD", exact: true}, {form: "$ CAN", code: "CAD", exact: true}, {form: "$ CAD", code: "CAD", exact: true},
	{form: "C$", code: "CAD", exact: true, prefix: true}, {form: "CAD", code: "CAD", exact: true, prefix: true},
	{form: "dollars canadiens", code: "CAD"}, {form: "dollar canadien", code: "CAD"},
	{form: "$ AU", code: "AUD", exact: true}, {form: "$ AUD", code: "AUD", exact: true},
	{form: "A$", code: "AUD", exact: true, prefix: true}, {form: "AUD", code: "AUD", exact: true, prefix: true},
	{form: "dollars australiens", code: "AUD"}, {form: "dollar australien", code: "AUD"},
	{form: "£", code: "GBP", prefix: true}, {form: "livres sterling", code: "GBP"},
	{form: "GBP", code: "GBP", exact: true, prefix: true},
	{form: "francs CFA", code: "XOF"}, {form: "FCFA", code: "XOF", exact: true},
	{form: "yuans", code: "CNY"}, {form: "CNY", code: "CNY", exact: true},
}

// frAmountLinks join a figure to the sum of money before it in the same
// sentence, so that the figure is money too when it has a scale word and
// no unit of its own: "5 milliards de dirhams, dont 2 milliards pour…",
// "106 milliards de DH contre 87 milliards", "passant de 3 milliards de DH
// à 5 milliards".
var frAmountLinks = []string{"dont", "soit", "contre", "et", "ou", "puis", "à", ",", "("}

// frListJoins join the figures of a list that share the scale and the
// currency written after the last one: "3, 4 et 5 millions de dirhams".
var frListJoins = []string{",", "et", "ou"}
