package extract

import (
	"strings"

	"veille/extract/text"
	"veille/normalize"
)

// The function words and word endings the fact rules test, by the role
// they play (folded keys unless said otherwise). Longer cue lists live
// beside the rules that read them, in the cue language of cues.go.
var (
	// pastAuxiliaries make a compound past: "a réalisé", "ont atteint".
	// Compared raw, so that the verb "a" is not the preposition "à".
	pastAuxiliaries = text.WordSet("a", "ont", "avait", "avaient")
	// notImperfect end like an imperfect but do not state a past state of
	// affairs: "fait" (present), "devait" (a plan).
	notImperfect = text.WordSet("fait", "satisfait", "devait", "devaient")
	// rangeJoiners join the ends of a range: "entre 500 et 700", "de 5 à 7".
	rangeJoiners = text.WordSet("et", "a")
	// listJoiners join the numbers of a list: "100, 200 et 300 emplois".
	listJoiners = text.WordSet(",", "et", "ou")
	// mentionJoiners join two names in an enumeration: "A, B et C".
	mentionJoiners = text.WordSet(",", "et")
	// nameParticles open a family name ("Mohamed Ben Ahmed") as well as
	// the name of some towns ("Ben Ahmed", "Ben Guerir").
	nameParticles = text.WordSet("ben", "bin", "ould")
	// jointJoiners join the two companies of a joint pledge: "A et B".
	jointJoiners = text.WordSet("et")
	// brackets around a figure of an enumeration: "A (22 emplois), B (14)".
	openBrackets, closeBrackets = text.WordSet("(", "["), text.WordSet(")", "]")
	// signs before a figure in brackets make it a change: "le BTP (+58.000)".
	signs = text.WordSet("+", "-", "−")
	// definiteArticles open a place or a plan named as a subject
	// ("l'Oriental compte", "Le Plan Emergence table sur") and an agreement
	// named before ("la convention").
	definiteArticles = text.WordSet(definiteArticleWords...)
)

// Word endings.
var (
	conditionalEndings = []string{"rait", "raient"} // "créerait": the future
	imperfectEndings   = []string{"ait", "aient"}   // "comptait", "employaient"
	// participleEndings end the past participles of the verbs of a
	// result: "réalisé(e)(s)", "atteint", "franchi", "conclu", "ouvert".
	participleEndings = []string{"é", "ée", "és", "ées", "i", "is", "it", "int", "u", "us", "ert"}
	// perYearEndings end a sum by the year ("500 MDH par an"), folded.
	perYearEndings = []string{"par an", "par annee", "l'an", "chaque annee"}
)

// sincePrefix opens a year that starts a period ("depuis 2014"), folded.
const sincePrefix = "depuis"

// genericAgreement is the agreement type that says least: "accord".
const genericAgreement = "accord"

// hasSuffix reports whether w ends with one of the endings.
func hasSuffix(w string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// startsSincePeriod reports a year written after "depuis", read on the
// words ws of the text: its first word.
func startsSincePeriod(ws words, y normalize.Year) bool {
	k := wordAt(ws, y.Start)
	return k < ws.Len() && ws.Span(k).Start == y.Start && strings.HasPrefix(ws.Fold(k), sincePrefix)
}

// definiteArticleWords are the definite articles, folded.
var definiteArticleWords = []string{"le", "la", "l", "les"}
