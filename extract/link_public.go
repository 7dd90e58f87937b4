package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"veille/extract/text"
	"veille/normalize"
)

// publicHeads open the name of a public body that accompanies a deal
// rather than invests in it, even when the parties read it as a company:
// "Agence nationale des ports", "Office régional de mise en valeur
// agricole", "Centre régional d'investissement", "Fédération
// interprofessionnelle de l'olive". Not "Société marocaine de..." nor
// "Office national...": private companies and the state's investors
// (OCP, ONEE, ONCF) are named so.
var publicHeads = sync.OnceValue(func() cueList {
	return cues("agence(s)", "office(s) régional|régionaux", "centre(s) régional|régionaux",
		"conseil(s) régional|régionaux|communal|communaux|provincial|provinciaux|préfectoral|national|supérieur|économique",
		"commission(s)", "fédération(s)", "confédération(s)", "association(s)", "chambre(s)", "haut commissariat",
		"ministère(s)", "autorité(s)", "wilaya(s)", "commune(s)", "région(s)", "groupement(s) professionnel(s)", "groupement(s) d intérêt",
		"établissement(s) public(s)")
})

// publicAcronyms are the public bodies named by their acronym alone
// ("le CRI de Fès-Meknès", "l'AMDIE") that accompany investors; not the
// offices and state companies that invest themselves (OCP, ONEE, ONDA,
// CDG), nor zone developers (host rules).
var publicAcronyms = text.WordSet("amdie", "cri", "crui", "anp", "smit", "onmt", "anapec", "ofppt", "ormva", "ormvat",
	"ada", "hcp", "anrt", "fec", "cnss", "andzoa", "anda", "onssa", "adii", "aref", "srm", "apebi", "cgem", "amith")

// isPublicBody reports whether name opens as a public body's ("Agence
// nationale des ports", "CRI de l'Oriental"), the investor of a deal
// being the company beside it.
func isPublicBody(name string) bool {
	if !mayOpenPublic(name) {
		return false
	}
	ws := text.Words(publicPrefix(name))
	if ws.Len() > 0 && publicAcronyms[ws.Fold(0)] {
		return true
	}
	_, ok := matchAny(publicHeads(), ws, 0, ws.Len())
	return ok
}

// publicPrefixFields is how many space-separated fields of a name
// isPublicBody reads: the longest of publicHeads has three words, and
// one more field keeps the words it reads from being the last of the
// string, which the tokenizer may read differently ("Dév." at the end).
const publicPrefixFields = 4

// publicPrefix returns name up to the end of its publicPrefixFields-th
// field (runs of spaces part them): a long name ("Agence marocaine de
// développement des investissements et des exportations") is not
// tokenised past the words publicHeads read.
func publicPrefix(name string) string {
	fields, inField := 0, false
	for k := range len(name) {
		switch {
		case name[k] != ' ':
			inField = true
		case inField:
			fields, inField = fields+1, false
			if fields == publicPrefixFields {
				return name[:k]
			}
		}
	}
	return name
}

// mayOpenPublic reports whether name may open with a word isPublicBody
// looks for: the leading run of ASCII letters of its fold is one. The
// first word of a name of the clean text (no invisible rune parts its
// words) starts the fold; a run that goes on past it (digits, other
// scripts stop it) only costs the full check. The fold of a prefix of
// the name is a prefix of that of the name: the run is read on the first
// bytes, and on the whole name only when it fills them.
func mayOpenPublic(name string) bool {
	k := min(len(name), 32)
	for k > 0 && k < len(name) && !utf8.RuneStart(name[k]) {
		k--
	}
	f := normalize.Fold(name[:k])
	run := leadingLetters(f)
	if len(run) == len(f) && k < len(name) {
		run = leadingLetters(normalize.Fold(name))
	}
	return publicAcronyms[run] || len(publicHeads().first.atKey(run)) > 0
}

// leadingLetters returns the leading run of ASCII lower-case letters of f.
func leadingLetters(f string) string {
	n := 0
	for n < len(f) && 'a' <= f[n] && f[n] <= 'z' {
		n++
	}
	return f[:n]
}

// publicCompanies returns the companies among the parties ps that are
// public bodies: named as one, or named as the acronym ("ANP") or the
// bracketed short name ("Agence marocaine pour l'énergie durable
// (Masen)") of a party that is one, whether the parties read it as a
// company or not. The companies are listed only when a party is a public
// body: a dense page names thousands of companies, and none.
func publicCompanies(ps ...[]Party) map[string]bool {
	var bodies []Party
	for _, list := range ps {
		for _, p := range list {
			if isPublicBody(p.Name) || p.Acronym != nil && isPublicBody(*p.Acronym) {
				bodies = append(bodies, p)
			}
		}
	}
	out := map[string]bool{}
	if len(bodies) == 0 {
		return out
	}
	companies := map[string]bool{}
	for _, list := range ps {
		for _, p := range list {
			if p.Kind == KindCompany {
				companies[p.Name] = true
			}
		}
	}
	var buf [3]string
	for _, p := range bodies {
		for _, n := range partyNames(buf[:0], p) {
			if companies[n] {
				out[n] = true
			}
		}
	}
	return out
}

// partyNames appends to names those of p: its name, its acronym, and the
// short name its name holds in brackets.
func partyNames(names []string, p Party) []string {
	names = append(names, p.Name)
	if p.Acronym != nil {
		names = append(names, *p.Acronym)
	}
	if i, j := strings.LastIndex(p.Name, "("), strings.LastIndex(p.Name, ")"); i >= 0 && j > i {
		names = append(names, strings.TrimSpace(p.Name[i+1:j]))
	}
	return names
}
