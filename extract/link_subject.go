package extract

import (
	"strings"
	"sync"

	"veille/extract/text"
	"veille/normalize"
)

// subjectCueSet holds the words that open a clause with its own subject,
// so that a figure after it is not the company named before.
type subjectCueSet struct {
	// connectives that oppose two subjects: "X créera 1.500 emplois,
	// tandis que Y prévoit 400 emplois", "Quant à Y, ...".
	contrast cueList
	// subjects that refer back to the company named before.
	pronouns cueList
	// what follows a subject and a comma: "Y, qui emploie...", "Y, de son
	// côté, ...", "Quant à Y, elle...".
	incises cueList
	// verbs of a company's plans and hiring, which show that a name
	// opening a sentence is its subject: "Zorbatex créera 120 emplois".
	verbs cueList
	// the phases of the project, which a contrast opposes without a
	// subject of their own: "le chantier mobilisera 3 000 ouvriers,
	// tandis que l'exploitation générera 400 emplois".
	phases cueList
}

var subjectCues = sync.OnceValue(func() *subjectCueSet {
	return &subjectCueSet{
		contrast: cues("tandis que|qu", "alors que|qu", "pendant que|qu", "quant à|au|aux"),
		pronouns: cues("il", "elle", "ils", "elles", "celui ci", "celle ci", "ceux ci", "celles ci", "ce dernier",
			"cette dernière", "ces derniers", "on", "lui", "eux", "le groupe", "la société", "l entreprise",
			"la filiale", "le même groupe",
			// people named with their title: "Mme Benkirane prévoit...".
			"m", "mme", "mlle", "monsieur", "madame", "dr", "pr", "sm", "sa majesté"),
		incises: cues("qui", "il|elle|ils|elles", "de son|leur côté", "pour sa|leur part", "quant à lui|elle|eux|elles", "lui|elle aussi",
			"elle|lui même", "également", "de même"),
		verbs: cues("créera|créeront|crée|créent|recrutera|recruteront|recrute|recrutent|embauchera|embaucheront",
			"générera|généreront|emploiera|emploieront|mobilisera|mobiliseront|investira|investiront|investit",
			"prévoit|prévoient|projette(nt)|ambitionne(nt)|vise(nt)|compte(nt)", "table(nt) sur", "s engage(nt)",
			"devrait|devraient|va|vont|ouvrira|ouvriront|implantera|implanteront|installera|construira|lancera"),
		phases: cues("l exploitation", "la|sa phase d|de exploitation|construction|production|réalisation|travaux",
			"la|sa construction", "le|son chantier", "les|ses travaux", "la|sa mise en service|exploitation|production",
			"la|sa production", "le|son démarrage",
			"la|sa première|deuxième|seconde|troisième|dernière phase|tranche|étape"),
	}
})

// resumptive pronouns take up the subject set before them: "Quant à Y,
// elle prévoit...".
var resumptive = text.WordSet("il", "elle", "ils", "elles")

// subjectSpan is how many capitalised words a name opening a clause may
// have: "Tanger Aero Parts".
const subjectSpan = 5

// unknownSubject reports a sentence with a clause that opens on a name
// that is neither a mention the parties found nor a place ("Dans
// l'éclairage, Valeo rafle la mise", "Enfin, Tanger Aero Parts, qui...",
// "Zorbatex créera 120 emplois"): a company the parties missed, to which
// the subject carried over must not give its figures.
func (l *linker) unknownSubject(si int) bool {
	from, to := l.d.sentWords(si)
	return l.newSubject(si, from, to, true) >= 0
}

// newSubject returns the last word in [from, to) of sentence si that
// opens a clause on a subject of its own the parties did not name: an
// unknown name at the start of the sentence (before one of the verbs) or
// after a clause break, or, unless namesOnly, any subject but a pronoun
// or a phase of the project after a contrast ("tandis que le second site
// prévoit...", not "tandis que l'exploitation générera..."). -1 if none.
func (l *linker) newSubject(si, from, to int, namesOnly bool) int {
	sf, st := l.d.sentWords(si)
	cs := subjectCues()
	last := -1
	end := min(to, st)
	if namesOnly {
		end = min(end, lastCap(l.ws, max(from, sf), st)+1) // a name needs a capital, at or after k
	}
	for k := max(from, sf); k < end; k++ {
		if (k == sf || clauseBreak(l.ws, k-1)) && l.unknownName(si, k, st, k == sf) {
			last = k
		}
		e, ok := matchAny(cs.contrast, l.ws, k, st)
		if !ok || e >= st {
			continue
		}
		if l.unknownName(si, e, st, false) {
			last = e
		} else if !namesOnly && !l.ws.At(e).Punct() && !l.known(si, e) && !startsAny(l.ws, e, st, cs.pronouns, cs.phases) {
			last = e
		}
	}
	return last
}

// startsAny reports whether a cue of one of lists starts at word k,
// ending before to.
func startsAny(ws words, k, to int, lists ...cueList) bool {
	for _, list := range lists {
		if _, ok := matchAny(list, ws, k, to); ok {
			return true
		}
	}
	return false
}

// lastCap returns the last capitalised word in [from, to), or from-1.
func lastCap(ws words, from, to int) int {
	k := to - 1
	for k >= from && ws.Shape(k)&text.Capital == 0 {
		k--
	}
	return k
}

// unknownName reports a run of capitalised words at word k of sentence si
// (ending before to) that no mention covers and that is not only a place,
// followed by its verb (one of the verbs if strict, as at the start of a
// sentence where any word has a capital) or by an incise ("Y, qui...").
func (l *linker) unknownName(si, k, to int, strict bool) bool {
	q := l.nameEnd(k, to)
	if q == k || q >= to {
		return false // most words: no capital
	}
	cs := subjectCues()
	if _, pro := matchAny(cs.pronouns, l.ws, k, to); pro || linkCues().leading.MatchesWord(l.ws.At(k)) {
		return false // "Il emploiera...", "Le site créera..."
	}
	if !l.opensClause(q, to, strict) {
		return false // most runs: the costlier tests below are spared
	}
	place := true
	for _, w := range l.ws.Slice(k, q).All() {
		place = place && l.d.inPlace(w)
	}
	return !place && !l.known(si, k) && !l.partOfName(l.d.Text[l.ws.Span(k).Start:l.ws.Span(q-1).End])
}

// opensClause reports what follows a name ending before word q (of a
// sentence ending before to) when it is the subject of a clause: an
// incise ("Y, qui..."), one of the verbs if strict, else a word.
func (l *linker) opensClause(q, to int, strict bool) bool {
	cs := subjectCues()
	next := l.ws.At(q)
	if next.Fold == "," {
		_, ok := matchAny(cs.incises, l.ws, q+1, to)
		return ok
	}
	if strict {
		_, ok := matchAny(cs.verbs, l.ws, q, to)
		return ok
	}
	return !next.Punct() && !isDigits(next.Fold)
}

// nameEnd returns the end of the run of capitalised words at word k,
// before word to.
func (l *linker) nameEnd(k, to int) int {
	q := k
	for q < to && q-k < subjectSpan && l.ws.At(q).Cap() && !l.ws.At(q).Punct() {
		q++
	}
	return q
}

// partOfName reports a short form of a company's name: "Nubeo" for
// "Nubeo Software".
func (l *linker) partOfName(run string) bool {
	if l.companyKeys == nil {
		for name := range l.companies {
			l.companyKeys = append(l.companyKeys, " "+normalize.Fold(name)+" ")
		}
	}
	f := " " + normalize.Fold(run) + " "
	for _, k := range l.companyKeys {
		if strings.Contains(k, f) {
			return true
		}
	}
	return false
}

// plainCompany returns the name that opens the clause at word k of
// sentence si when it is plainly a company: one of the verbs of a
// company's plans or hiring follows it, right after or after an incise
// ("Sirocco Mode prévoit 150 emplois", "Argana Plast, qui emploie 210
// personnes, recrutera 120 personnes"). "" otherwise.
func (l *linker) plainCompany(si, k int) string {
	_, to := l.d.sentWords(si)
	if !l.unknownName(si, k, to, false) {
		return ""
	}
	q := l.nameEnd(k, to)
	if findCue(hostCues().zoneNames, l.ws, k, q) >= 0 {
		return "" // "Atlantic Free Zone accueillera...": a zone, not its investors
	}
	v := q
	switch {
	case l.ws.Fold(q) == "," && q+1 < to && resumptive[l.ws.Fold(q+1)]:
		v = q + 2 // "Quant à Y, elle prévoit..."
	case l.ws.Fold(q) == ",":
		for v = q + 1; v < to && l.ws.Fold(v) != ","; v++ {
		}
		v++ // the verb after the incise's closing comma
	}
	if v >= to {
		return ""
	}
	if _, ok := matchAny(subjectCues().verbs, l.ws, v, to); !ok {
		return ""
	}
	return l.d.Text[l.ws.Span(k).Start:l.ws.Span(q-1).End]
}

// known reports a mention of sentence si that covers word k.
func (l *linker) known(si, k int) bool {
	w := l.ws.At(k)
	for _, m := range l.named.of(si) {
		if m.Start <= w.Start && w.End <= m.End {
			return true
		}
	}
	return false
}
