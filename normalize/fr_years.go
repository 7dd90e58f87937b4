package normalize

// yearMarker is a French phrase before a year that tells what the year is
// doing.
type yearMarker struct {
	form  string
	kind  YearKind
	where markerPlace
}

// markerPlace says whether a marker stands before a bare year ("fin 2026"),
// before a date holding the year ("fin juin 2023") or both.
type markerPlace uint8

const (
	beforeYear markerPlace = 1 << iota
	beforeDate
	beforeAny = beforeYear | beforeDate
)

// frYearMarkers are read right before a year, or before a date holding the
// year. The longest marker wins. "fin 2026" is a horizon but "fin juin 2023"
// is the date of a statistic. "en" and its kin are not here: their kind
// depends on the tense of the clause (see year.go).
var frYearMarkers = []yearMarker{
	{"d'ici", YearTarget, beforeAny}, {"d'ici à", YearTarget, beforeAny},
	{"d'ici fin", YearTarget, beforeAny}, {"d'ici à fin", YearTarget, beforeAny},
	{"d'ici la fin de", YearTarget, beforeAny}, {"d'ici à la fin de", YearTarget, beforeAny},
	{"d'ici l'an", YearTarget, beforeYear}, {"d'ici l'année", YearTarget, beforeYear},
	{"d'ici à l'année", YearTarget, beforeYear}, {"d'ici la fin de l'année", YearTarget, beforeYear},
	{"d'ici à la fin de l'année", YearTarget, beforeYear}, {"d'ici le", YearTarget, beforeDate},
	{"à l'horizon de l'année", YearTarget, beforeYear}, {"à l'horizon de l'an", YearTarget, beforeYear},
	{"au plus tard en", YearTarget, beforeAny}, {"au plus tard fin", YearTarget, beforeAny},
	{"au plus tard à fin", YearTarget, beforeYear}, {"au plus tard le", YearTarget, beforeDate},
	{"à la fin de l'année", YearTarget, beforeYear}, {"avant la fin de l'année", YearTarget, beforeYear},
	{"avant le", YearTarget, beforeDate}, {"à l'horizon", YearTarget, beforeAny},
	{"à l'horizon de", YearTarget, beforeAny}, {"horizon", YearTarget, beforeAny},
	{"à l'horizon fin", YearTarget, beforeAny}, {"à fin", YearTarget, beforeYear},
	{"fin", YearTarget, beforeYear}, {"à la fin de", YearTarget, beforeYear},
	{"à l'échéance", YearTarget, beforeAny}, {"à l'échéance de", YearTarget, beforeAny},
	{"échéance", YearTarget, beforeAny}, {"prévu pour", YearTarget, beforeAny},
	{"prévue pour", YearTarget, beforeAny}, {"prévus pour", YearTarget, beforeAny},
	{"prévues pour", YearTarget, beforeAny}, {"prévu en", YearTarget, beforeAny},
	{"prévue en", YearTarget, beforeAny}, {"prévus en", YearTarget, beforeAny},
	{"prévues en", YearTarget, beforeAny}, {"attendu en", YearTarget, beforeAny},
	{"attendue en", YearTarget, beforeAny}, {"attendus en", YearTarget, beforeAny},
	{"jusqu'en", YearTarget, beforeAny}, {"jusqu'à", YearTarget, beforeYear},
	{"avant", YearTarget, beforeYear}, {"avant fin", YearTarget, beforeAny},
	{"avant la fin de", YearTarget, beforeYear},
	{"d'ici début", YearTarget, beforeYear}, {"d'ici à début", YearTarget, beforeYear},
	{"d'ici le début de", YearTarget, beforeYear}, {"au plus tard début", YearTarget, beforeYear},
	{"avant début", YearTarget, beforeYear}, {"d'ici le début de l'année", YearTarget, beforeYear},
	{"d'ici le premier semestre", YearTarget, beforeYear}, {"d'ici au premier semestre", YearTarget, beforeYear},
	{"d'ici le second semestre", YearTarget, beforeYear}, {"d'ici le deuxième semestre", YearTarget, beforeYear},
	{"d'ici la fin du premier semestre", YearTarget, beforeYear},
	{"d'ici la fin du second semestre", YearTarget, beforeYear},
	// quarters and seasons: "d'ici le premier trimestre 2026", "d'ici la rentrée 2026"
	{"d'ici le premier trimestre", YearTarget, beforeYear},
	{"d'ici le deuxième trimestre", YearTarget, beforeYear},
	{"d'ici le second trimestre", YearTarget, beforeYear},
	{"d'ici le troisième trimestre", YearTarget, beforeYear},
	{"d'ici le quatrième trimestre", YearTarget, beforeYear},
	{"d'ici le dernier trimestre", YearTarget, beforeYear},
	{"d'ici la fin du premier trimestre", YearTarget, beforeYear},
	{"d'ici la fin du dernier trimestre", YearTarget, beforeYear}, {"d'ici la rentrée", YearTarget, beforeYear},
	{"d'ici à la rentrée", YearTarget, beforeYear}, {"d'ici l'été", YearTarget, beforeYear},
	{"d'ici l'automne", YearTarget, beforeYear}, {"d'ici l'hiver", YearTarget, beforeYear},
	{"d'ici le printemps", YearTarget, beforeYear}, {"d'ici au printemps", YearTarget, beforeYear},
	{"depuis", YearPast, beforeAny}, {"depuis l'année", YearPast, beforeYear},
	{"depuis fin", YearPast, beforeAny},
	{"au titre de", YearAsOf, beforeYear}, {"au titre de l'exercice", YearAsOf, beforeYear},
	{"au titre de l'année", YearAsOf, beforeYear}, {"au titre de l'an", YearAsOf, beforeYear},
	{"à fin", YearAsOf, beforeDate}, {"fin", YearAsOf, beforeDate}, {"au", YearAsOf, beforeDate},
	{"arrêté au", YearAsOf, beforeDate}, {"à la date du", YearAsOf, beforeDate},
	{"en date du", YearAsOf, beforeDate},
}

// frPastParticiples are the participles that date a past event when "en"
// follows them ("créée en 2010", "inaugurés en 2021"); agreement endings are
// stripped before the lookup.
var frPastParticiples = []string{
	"créé", "fondé", "inauguré", "lancé", "ouvert", "signé", "construit", "établi",
	"installé", "implanté", "adopté", "réalisé", "enregistré", "achevé", "livré",
	"démarré", "né", "racheté", "acquis", "introduit", "entré", "mis", "cédé",
	"fermé", "produit", "généré", "atteint", "publié", "constitué", "immatriculé",
	"validé", "approuvé", "agréé", "conclu", "paraphé", "annoncé", "recruté", "embauché",
	"financé", "investi",
}

// frAgreementEndings are the endings a past participle takes to agree in
// gender and number: "créé", "créée", "créés", "créées".
var frAgreementEndings = []string{"", "s", "e", "es"}

// Forms of "être" before a participle and "en 2026", folded: a
// subjunctive states a purpose ("pour qu'elle soit livrée en 2026": a
// target), an infinitive leaves the tense to its clause ("devrait être
// achevé en 2027", "devait être achevé en 2019"). The future forms ("sera")
// are future words.
var (
	frSubjunctiveBe = []string{"soit", "soient"}
	frInfinitiveBe  = []string{"etre"}
)

// frFutureWords mark a clause about the future: "en 2028" near one of them
// is a target year. Future and conditional endings are checked too (year.go).
var frFutureWords = []string{
	"sera", "seront", "serait", "seraient", "aura", "auront", "devrait", "devraient",
	"devra", "devront", "va", "vont", "prévoit", "prévoient", "prévu", "prévue", "prévus",
	"prévues", "vise", "visent", "visant", "ambitionne", "ambitionnent", "ambition", "objectif", "objectifs",
	"prochain", "prochaine", "prochaines", "prochains", "futur", "future", "futurs",
	"compte", "comptent", "envisage", "envisagent", "programmé", "programmée", "escompte",
	"attendu", "attendue", "attendus", "attendues", "pourra", "pourront", "pourrait",
	"pourraient", "verra", "verront", "ira", "iront", "fera", "feront", "permettra",
	"permettront", "doit", "doivent",
}

// frFutureEndings end the future and conditional forms of the third
// person ("ouvrira", "créeront", "accueillerait", "seraient"): a word
// with one of them marks the future unless frNotFuture holds it.
var frFutureEndings = []string{"ra", "ront", "rait", "raient"}

// frNotFuture are words that end like a future or conditional verb but are
// not verbs.
var frNotFuture = []string{
	"opera", "camera", "extra", "ultra", "contra", "cobra", "sierra", "era", "chimera",
	"portrait", "retrait", "attrait", "extrait", "trait", "abstrait", "distrait",
	"soustrait", "front", "affront", "tiara", "mantra", "tantra", "vera", "lira",
	"sahara", "vara", "zebra", "algebra", "intra", "para", "sutra",
}
