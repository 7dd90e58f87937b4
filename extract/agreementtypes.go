package extract

import (
	"slices"
	"strings"
	"sync"
)

// agreementType is a term for an agreement and the type it is reported as.
// A generic type ("accord", "convention") gives way to a more specific one
// of the same family named in the article.
type agreementType struct {
	p       phrase
	name    string
	family  string // for generic types: the family they stand for
	acronym bool   // matches only as written in capitals ("MoU", not "mou")
	// signedNear: the term also names laws and codes ("au titre de la
	// charte de l'investissement"): it is an agreement only with a signing
	// cue right by it ("ont signé une charte", "la charte signée").
	signedNear bool
}

// Families of generic types: a generic term gives way to the specific
// terms built on its word ("accord" to "protocole d'accord", "convention"
// to "convention-cadre", "protocole" to "protocole d'entente"), not to
// another word: "huit conventions ... Lear a scellé un accord" reports both.
const (
	familyAccord     = genericAgreement
	familyConvention = "convention"
	familyProtocol   = "protocole"
)

// genericFamilies are the families, each named by its generic type.
var genericFamilies = []string{familyAccord, familyConvention, familyProtocol}

var agreementTypes = sync.OnceValue(func() []agreementType {
	t := func(name string, forms ...string) []agreementType {
		out := make([]agreementType, len(forms))
		for i, f := range forms {
			out[i] = agreementType{p: cue(f), name: name}
		}
		return out
	}
	// heads makes a type of each head ("contrat|accord") with the same
	// complement: its first form, without plural marks, ends the name.
	heads := func(hs, compl string, more ...string) []agreementType {
		var out []agreementType
		for _, h := range strings.Split(hs, "|") {
			forms := make([]string, 0, 1+len(more))
			for _, c := range append([]string{compl}, more...) {
				forms = append(forms, h+"(s) "+c)
			}
			out = append(out, t(h+" "+strings.ReplaceAll(compl, "(s)", ""), forms...)...)
		}
		return out
	}
	var out []agreementType
	out = append(out, t("protocole d'accord", "protocole(s) d'accord(s)")...)
	out = append(out, t("protocole d'entente", "protocole(s) d'entente")...)
	out = append(out, t("mémorandum d'entente", "mémorandum(s)|memoranda d'entente",
		"memorandum(s) of understanding")...)
	// A "mémorandum d'accord" is a memorandum of understanding.
	out = append(out, t("mémorandum d'entente", "mémorandum(s) d'accord(s)", "mémorandum(s)|memoranda")...)
	out = append(out, t("protocole de partenariat", "protocole(s) de partenariat")...)
	out = append(out, t("protocole de coopération", "protocole(s) de coopération")...)
	out = append(out, t("convention de collaboration", "convention(s) de collaboration")...)
	out = append(out, t("accord de collaboration", "accord(s) de collaboration")...)
	out = append(out, t("convention d'investissement", "convention(s) d'investissement")...)
	out = append(out, t("convention de partenariat", "convention(s) de partenariat")...)
	out = append(out, heads("convention|accord|contrat", "de financement")...)
	// Concessions (ports, utilities, highways) and the delegated
	// management of public services.
	out = append(out, heads("convention|contrat", "de concession(s)")...)
	out = append(out, heads("contrat|convention", "de gestion déléguée(s)")...)
	// The sector contracts of an industrial plan, and power purchase
	// agreements of energy projects.
	out = append(out, t("contrat d'application", "contrat(s) d'application")...)
	out = append(out, heads("contrat|accord", "d'achat d'électricité", "d'achat d'énergie")...)
	// Offtake contracts: a buyer takes the output of a plant.
	out = append(out, heads("contrat|accord", "d'enlèvement")...)
	// The leases an industrial park signs with its tenants.
	out = append(out, heads("contrat", "de location")...)
	out = append(out, heads("contrat", "de bail")...)
	out = append(out, t("convention de coopération", "convention(s) de coopération")...)
	out = append(out, t("convention-cadre", "convention(s) cadre(s)")...)
	out = append(out, t("accord-cadre", "accord(s) cadre(s)")...)
	out = append(out, t("contrat-cadre", "contrat(s) cadre(s)")...)
	out = append(out, t("convention spécifique", "convention(s) spécifique(s)")...)
	out = append(out, t("accord de partenariat", "accord(s) de partenariat")...)
	out = append(out, t("accord d'investissement", "accord(s) d'investissement")...)
	out = append(out, t("accord de coopération", "accord(s) de coopération")...)
	out = append(out, t("contrat-programme", "contrat(s) programme(s)")...)
	out = append(out, t("contrat d'investissement", "contrat(s) d'investissement")...)
	out = append(out, t("contrat de partenariat", "contrat(s) de partenariat")...)
	out = append(out, t("contrat de partenariat public-privé", "contrat(s) de partenariat public privé")...)
	// Joint ventures, training agreements, and the regional agreements
	// that apply a framework one.
	out = append(out, t("accord de coentreprise", "accord(s) de coentreprise", "accord(s) de co entreprise")...)
	out = append(out, t("accord de joint-venture", "accord(s) de joint venture(s)")...)
	out = append(out, t("convention de formation", "convention(s) de formation")...)
	out = append(out, t("convention d'application", "convention(s) d'application")...)
	out = append(out, t("contrat de performance", "contrat(s) de performance")...)
	out = append(out, t("convention d'installation", "convention(s) d'installation")...)
	out = append(out, t("pacte d'associés", "pacte(s) d'associé(s)", "pacte(s) d'actionnaire(s)")...)
	out = append(out, t("accord de franchise", "accord(s) de franchise")...)
	out = append(out, t("contrat de franchise", "contrat(s) de franchise")...)
	out = append(out, t("avenant", "avenant(s)")...)
	out = append(out, t("lettre d'intention", "lettre(s) d'intention(s)")...)
	out = append(out, t("déclaration d'intention", "déclaration(s) d'intention(s)")...)
	out = append(out, agreementType{p: cue("charte(s)"), name: "charte", signedNear: true})
	out = append(out, agreementType{p: cue("annexe(s)"), name: "annexe", signedNear: true}) // also a building
	out = append(out, agreementType{p: cue("mou(s)"), name: "mémorandum d'entente", acronym: true})
	out = append(out, agreementType{p: cue("convention(s)"), name: "convention", family: familyConvention})
	out = append(out, agreementType{p: cue("protocole(s)"), name: "protocole", family: familyProtocol})
	out = append(out, agreementType{p: cue("accord(s)"), name: "accord", family: familyAccord})
	return out
})

// agreementTypesByFirst indexes agreementTypes by the keys of their first
// word, so that most words of a sentence are passed over at once.
var agreementTypesByFirst = sync.OnceValue(func() *keyIndex[*agreementType] {
	types := agreementTypes()
	out := new(keyIndex[*agreementType])
	for k := range types {
		out.put(types[k].p[0], &types[k])
	}
	return out
})

// givingWay knows the specific agreements of an article, which generic
// terms give way to.
type givingWay struct {
	first    map[string]int // by family: where its first specific term starts
	specific int            // where the first specific term of any family starts, -1 if none
	named    map[string]int // by family: where its first term, generic or not, starts
	back     int            // where the last specific term said with a demonstrative starts, -1 if none
}

// newGivingWay reads the specific terms of the reported agreements.
func newGivingWay(hits *pile[agreementHit]) givingWay {
	g := givingWay{first: map[string]int{}, specific: -1, named: map[string]int{}, back: -1}
	for _, h := range hits.all() {
		for _, f := range genericFamilies {
			if h.t.family == f || strings.Contains(h.t.name, f) {
				keepEarliest(g.named, f, h.start)
			}
		}
		if !(h.signed || h.demonstrate) || h.t.family != "" {
			continue
		}
		if g.specific < 0 || h.start < g.specific {
			g.specific = h.start
		}
		if h.demonstrate {
			g.back = max(g.back, h.start)
		}
		for _, f := range genericFamilies {
			if strings.Contains(h.t.name, f) {
				keepEarliest(g.first, f, h.start)
			}
		}
	}
	return g
}

// keepEarliest records at under k unless an earlier start is there.
func keepEarliest(m map[string]int, k string, at int) {
	if old, ok := m[k]; !ok || at < old {
		m[k] = at
	}
}

// givesWay reports whether the generic term of h names agreements that
// specific terms name too. A generic term gives way to the specific ones
// of its family ("une convention ... cette convention-cadre"), and, when
// it comes first, to a specific term said after it with a demonstrative,
// except
// "une convention" after them: the indefinite article brings in one more
// agreement, named only by its generic term.
func (g givingWay) givesWay(h *agreementHit) bool {
	if h.t.family == "" {
		return false
	}
	if h.definite && g.specific >= 0 && g.specific < h.start && g.named[h.t.family] == h.start {
		// "Trois mémorandums d'entente ont été signés. Les accords ont été
		// paraphés par ...": a definite generic term, the first of its
		// family, refers back to the agreements named before.
		return true
	}
	if h.count == 1 && g.back > h.start && g.specific > h.start {
		// "Un accord a été scellé entre A et B. Aux termes de cette
		// convention de partenariat, ...": the first specific term refers
		// back to the generic one before it.
		return true
	}
	at, ok := g.first[h.t.family]
	return ok && !(h.indefinite && h.count == 1 && at < h.start)
}

// withoutCountingGenerics drops a counted generic agreement ("deux
// accords") that the other agreements account for ("le premier, un
// mémorandum d'entente ; le second, une convention d'investissement"):
// it only counts them.
func withoutCountingGenerics(out []Agreement) []Agreement {
	total := 0
	for _, a := range out {
		total += a.Count
	}
	return slices.DeleteFunc(out, func(a Agreement) bool {
		return slices.Contains(genericFamilies, a.Type) && a.Count >= 2 && total-a.Count >= a.Count
	})
}
