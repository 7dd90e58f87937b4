package parties

import (
	"sync"

	"veille/extract/text"
)

// Foreign States. A country, or the State that rules it ("le Royaume
// d'Espagne", "la République de Corée", "le gouvernement de la République
// de Corée"), is a government: a party where it signs or is named as one
// ("un mémorandum d'entente entre le Royaume du Maroc et le Royaume
// d'Espagne"), never a company ("un accord entre le Maroc et la Corée").

// countryNames are the countries the Moroccan press names as parties of
// agreements, as written after their article. Morocco is named so only in
// a State's full name ("le gouvernement du Royaume du Maroc"): "le Maroc"
// alone is read by state.
var countryNames = []string{
	"Espagne", "France", "Portugal", "Italie", "Allemagne", "Belgique", "Pays-Bas", "Royaume-Uni",
	"Suisse", "Autriche", "Suède", "Danemark", "Norvège", "Finlande", "Irlande", "Grèce", "Pologne",
	"Hongrie", "Roumanie", "Bulgarie", "Croatie", "Serbie", "Ukraine", "Russie", "Turquie",
	"États-Unis", "Canada", "Mexique", "Brésil", "Argentine", "Chili", "Colombie", "Pérou",
	"Chine", "Japon", "Corée", "Corée du Sud", "Inde", "Pakistan", "Indonésie", "Malaisie",
	"Singapour", "Vietnam", "Thaïlande", "Australie", "Kazakhstan", "Azerbaïdjan", "Ouzbékistan",
	"Arabie saoudite", "Émirats arabes unis", "Qatar", "Koweït", "Bahreïn", "Oman", "Jordanie",
	"Égypte", "Tunisie", "Algérie", "Libye", "Mauritanie", "Sénégal", "Mali", "Niger", "Tchad",
	"Côte d'Ivoire", "Ghana", "Nigeria", "Cameroun", "Gabon", "Congo", "Rwanda", "Kenya", "Éthiopie",
	"Afrique du Sud", "Burkina Faso", "Guinée", "Bénin", "Togo", "Israël", "Maroc",
}

// moroccoName is the country whose State state reads when named alone.
const moroccoName = "maroc"

// stateHeads name the State of a country: "le Royaume d'Espagne", "la
// République (fédérale) du Nigeria", "l'État du Qatar".
var stateHeads = wordSet("royaume", "republique", "etat", "sultanat", "emirat", "principaute", "confederation")

// stateHeadAdjectives may stand between a State's head and its country:
// "la République populaire de Chine", "la République fédérale
// d'Allemagne", "la République arabe d'Égypte".
var stateHeadAdjectives = wordSet("populaire", "federale", "arabe", "islamique", "democratique", "unie", "hachemite", "socialiste")

// governmentOf opens the government of a State: "le gouvernement de la
// République de Corée" names the State.
var governmentOf = wordSet("gouvernement")

// countryIndex files the compiled countryNames by the keys of their first
// token.
var countryIndex = sync.OnceValue(func() map[string][]text.Phrase {
	m := map[string][]text.Phrase{}
	for _, n := range countryNames {
		p := text.Compile(n)
		for _, k := range p[0] {
			m[k] = append(m[k], p)
		}
	}
	return m
})

// countryAt returns the end of the longest country named from token i,
// capitalised.
func (s *psent) countryAt(i int) (int, bool) {
	if !s.cap(i) {
		return i, false
	}
	end := i
	for _, p := range countryIndex()[s.f(i)] {
		if e, ok := text.MatchAt(p, s.toks, i); ok && e > end {
			end = e
		}
	}
	return end, end > i
}

// stateAt returns the end of the name of a State from token i: a State's
// head and its country ("Royaume d'Espagne"), or a foreign country.
func (s *psent) stateAt(i int) (int, bool) {
	if !s.in(i, stateHeads) {
		if e, ok := s.countryAt(i); ok && s.f(i) != moroccoName {
			return e, true
		}
		return i, false
	}
	k := i + 1
	for k < s.toks.Len() && k-i <= 2 && s.in(k, stateHeadAdjectives) {
		k++
	}
	if !s.is(k, lxPrepDe|lxContractedDe) { // "de", "du", "d'", "des"
		return i, false
	}
	return s.countryAt(k + 1)
}

// states reads the foreign States and the Moroccan State in full after an
// article: "l'Espagne", "la République de Corée", "le gouvernement du
// Royaume du Maroc" (named "Royaume du Maroc").
func (s *psent) states() {
	for i := 1; i < s.toks.Len(); i++ {
		if !s.countryArticle(i-1) || s.isClaimed(i) {
			continue
		}
		lo := i
		if s.in(i, governmentOf) && s.is(i+1, lxPrepDe|lxContractedDe) {
			lo = i + 2
			if s.countryArticle(lo) {
				lo++ // "le gouvernement de la République de Corée"
			}
		}
		e, ok := s.stateAt(lo)
		if !ok || !s.free(i, e) {
			continue
		}
		ref := occName // a foreign State, a party of its own
		if s.f(e-1) == moroccoName {
			ref = occState // the one Moroccan State, however named
		}
		s.add(occ{ref: ref, kind: kindGovernment, weak: true}, i, e, lo, e) // weak: an actor only where it is a party
		i = e
	}
}

// countryArticle reports the article of a country or its State at k: le,
// la, l', les ("les Émirats arabes unis").
func (s *psent) countryArticle(k int) bool {
	// The lexicon's bit first: most words are no determiner.
	return s.is(k, lxDeterminers) && (s.in(k, definiteArticles) || s.in(k, articlesAfterDe))
}
