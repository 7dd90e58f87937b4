package extract

import (
	"strings"
	"sync"

	"veille/extract/text"
	"veille/normalize"
)

// hostCueSet holds the words that show a company named beside the
// investor rather than as the subject of its figures.
type hostCueSet struct {
	// the agent of a zone's development: "la zone, aménagée par X".
	developer cueList
	// words that name a zone or its developer: "Tanger Med Zones",
	// "Atlantic Free Zone", "Oujda Technopole".
	zoneNames cueList
	// a place named after a company or office: "au niveau de la future
	// Cité X", "à l'aéropôle de l'X".
	place cueList
	// the source of a statement ("indique un communiqué de X", "selon
	// X") or a partner of the subject ("une joint-venture avec X").
	source cueList
	// the marks that open the items of a list.
	bullets map[string]bool
}

var hostCues = sync.OnceValue(func() *hostCueSet {
	return &hostCueSet{
		zoneNames: cues("zone(s)", "parc(s)", "park(s)", "technopole(s)", "technopôle(s)", "technopolis",
			"aéropôle", "free zone", "zone franche", "cité(s)", "city"),
		developer: cues("aménagé(e)(s)|développé(e)(s)|géré(e)(s)|gérée(s)|exploité(e)(s)|viabilisé(e)(s) par"),
		place: cues("au niveau de|du|des|d", "situé(e)(s) à|au|aux|dans|sur", "implanté(e)(s) à|au|aux|dans|sur",
			"aéropôle|aéroport|technopole|technopôle|technopark|cité|parc de|du|d"),
		source: cues("communiqué(s) de|du|des|d", "note de|du|d", "selon", "d après", "source(s)",
			// the partner of the subject, not it: "l'unité est une
			// joint-venture avec X".
			"joint venture(s) avec", "coentreprise(s) avec", "filiale commune avec"),
		bullets: text.WordSet("-", "–", "—", "•", "*", "·", "+"),
	}
})

// placeWindow and sourceWindow are how many words before a mention its
// cue may start: "au niveau de la future Cité X", "une joint-venture avec
// le groupe de textile X".
const placeWindow, sourceWindow = 6, 9

// placeGap is how many words may stand between a place cue and the name
// of the place: "au niveau de la future Cité X".
const placeGap = 3

// findHosts returns the company partners the article names as the
// developers of a zone ("la zone, aménagée par X") or whose name is a
// zone's ("Tanger Med Zones"), when another company is left to invest:
// the investor's figures are not theirs.
func (l *linker) findHosts(mentions []mention) map[string]bool {
	hosts := map[string]bool{}
	for _, m := range mentions {
		if !l.companies[m.Name] {
			continue
		}
		i, j := wordsIn(l.ws, m.Start, m.End)
		if _, ok := matchEndingAny(hostCues().developer, l.ws, i, max(0, i-3)); ok || findCue(hostCues().zoneNames, l.ws, i, j) >= 0 || isBank(m.Name) {
			hosts[m.Name] = true // "aménagée par X", "Tanger Med Zones", a bank that lends
		}
	}
	for name, isCompany := range l.companies {
		if isCompany && !hosts[name] && !l.parents[name] {
			return hosts
		}
	}
	return map[string]bool{} // no other company: the host is the one that invests
}

// bankWords name a bank: beside another company, a bank that signs lends
// to the project ("la convention associe le Crédit Agricole du Maroc, qui
// apportera une partie du financement"): the jobs are the investor's,
// though the bank still counts among the partners (linker.several).
var bankWords = text.WordSet("banque", "bank", "bancaire", "credit")

// isBank reports whether the first or last word of a name is a bank word:
// "Banque Populaire", "CIH Bank", "Crédit Agricole du Maroc".
func isBank(name string) bool {
	first, last := "", ""
	for w := range strings.FieldsSeq(normalize.Fold(name)) {
		if first == "" {
			first = w
		}
		last = w
	}
	return first != "" && (bankWords[first] || bankWords[last])
}

// aside reports a partner named only to describe another: a parent
// company, the developer of the zone, or a bank that lends.
func (l *linker) aside(name string) bool { return l.parents[name] || l.hosts[name] }

// besideSubject reports a mention that names a place ("au niveau de la
// Cité X") or the source of a statement ("selon un communiqué de X"),
// which a figure of its sentence does not belong to.
func (l *linker) besideSubject(m mention) bool {
	i, _ := wordsIn(l.ws, m.Start, m.End)
	from := max(0, i-sourceWindow)
	for k := i - 1; k >= from; k-- {
		if clauseBreak(l.ws, k) {
			from = k + 1
			break
		}
	}
	hc := hostCues()
	if lastCue(hc.source, l.ws, from, i) >= 0 {
		return true
	}
	k := lastCue(hc.place, l.ws, max(from, i-placeWindow), i)
	if k < 0 {
		return false
	}
	e, _ := matchAny(hc.place, l.ws, k, i)
	return i-e <= placeGap // "implanté à Kénitra par le groupe X" is not a place named X
}

// listItem reports a sentence that opens an item of a list ("- Contrat
// d'investissement avec X..."): a bullet before its first word.
func (l *linker) listItem(si int) bool {
	from, to := l.d.sentWords(si)
	if from == to {
		return false
	}
	for _, r := range l.d.Text[l.d.Sents[si].Start:l.ws.Span(from).Start] {
		if hostCues().bullets[string(r)] {
			return true
		}
	}
	return hostCues().bullets[l.ws.Fold(from)]
}
