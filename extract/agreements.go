package extract

import (
	"slices"
	"strings"
	"sync"
	"time"

	"veille/extract/text"
	"veille/normalize"
)

// agreementCues are the words around agreements: signing, references back,
// agreements that are not business deals, and signing events.
type agreementCueSet struct {
	signing       cueList // "signé", "paraphé", "cérémonie de signature", "approuvé"
	approval      cueList // "approuvé", "adopté": a vote, which dates no signing
	held          cueList // "s'est tenue": a ceremony took place
	signingOrCer  cueList // signing or ceremony ("cérémonie", "s'est tenue": it tells its facts); most sentences have neither, read once
	demonstrative cueList
	definite      cueList // "le", "la", "l'", "les"
	indefinite    cueList // "un", "une": a new agreement, not one named before
	renamed       cueList // after a generic type: "l'accord est une convention-cadre"
	ordinal       cueList // opens an item of a counted group: "le deuxième"
	declined      cueList // "sera décliné en": the agreements that apply a signed one
	notDeal       cueList // after the type: "de libre-échange", "de paix"
	notAgreement  cueList // before a generic type: "d'accord" (to agree)
	amends        cueList // before a generic type: "avenant à la convention" amends an older one
	count         cueList // adjectives between a count and the type
	event         cueList // "en marge de", "lors du"
	eventEnd      cueList // words that end an event name: "à Marrakech", "organisé par"
	atMeeting     cueList // "en marge de la réunion": a signing the day of a meeting told before
	signers       cueList // "les signataires": who signed, named in a sentence that need not date the signing
	// ceremonies of other things than a signing: "la cérémonie de pose de
	// la première pierre", "l'inauguration".
	otherCeremony cueList
	recalled      cueList // the pluperfect before a signing verb: "avait (déjà) conclu", an earlier agreement recalled
	place         phrase  // "à" before the place of signing
	// a second head before the complement both share: "des conventions
	// et (d')avenants d'investissement".
	coordinated cueList
}

// signingCues say that an agreement was made: signed, concluded, made
// official ("ont officialisé … la création d'un fonds"), or the
// object of a project ("le projet a fait l'objet d'une convention").
var signingCues = []string{"signer", "signé(e)(s)", "signe(nt)", "signant", "signera", "signeront",
	"signature(s)", "signataire(s)", "parapher", "paraphé(e)(s)", "paraphe(nt)", "conclu(e)(s)",
	"conclure", "conclut", "concluent", "sceller", "scellé(e)(s)", "scelle(nt)", "ratifié(e)(s)",
	"officialisé(e)(s)", "officialise(nt)",
	"l objet d un|une accord(s)|protocole(s)|mémorandum(s)|convention(s)|contrat(s)|avenant(s)"}

// approvalCues say that a commission or a council approved an agreement:
// the agreement is reported, but the day of the vote is not a signing's.
var approvalCues = []string{"approuvé(e)(s)", "approuve(nt)", "adopté(e)(s)", "entériné(e)(s)",
	"validé(e)(s)", "valide(nt)", "voté(e)(s)"}

var agreementCues = sync.OnceValue(func() *agreementCueSet {
	signing := cues(append(slices.Clone(signingCues), approvalCues...)...)
	ceremony := cues("cérémonie", "s est tenu(e)(s)", "s est déroulé(e)(s)", "a eu lieu")
	return &agreementCueSet{
		signing:       signing,
		approval:      cues(approvalCues...),
		signingOrCer:  joinCues(signing, ceremony),
		held:          cues("s est tenu(e)(s)", "s est déroulé(e)(s)", "a eu lieu", "ont eu lieu", "organisé(e)(s)"),
		demonstrative: cues("ce", "cet", "cette", "ces"),
		definite:      cues(definiteArticleWords...),
		indefinite:    cues("un", "une"),
		renamed:       cues("est un|une", "sont des"),
		ordinal: cues("le|la premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière",
			// with no article: "Troisième point à l'ordre du jour : un avenant..."
			"premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière",
			// the first item named by its rank in size: "La plus importante est une convention de partenariat"
			"le|la plus important|importante|grand|grande|gros|grosse|attendu|attendue"),
		declined: cues("décliné(e)(s)", "déclinera", "déclineront", "se décline(nt)"),
		notDeal: cues("de libre échange", "libre échange", "de paix", "de cessez le feu", "d association",
			"commercial", "commerciaux", "de pêche", "agricole(s)", "de principe", "de gouvernement",
			"de majorité", "de coalition", "d extradition", "aérien(s)", "de sponsoring", "de sponsorisation",
			"de l investissement", "collective(s)"),
		notAgreement: cues("d", "en", "son", "leur", "mon", "tout à fait"),
		amends:       cues("avenant(s) à|a la|l", "avenant(s) au|aux", "annexe(s) à|a la|l", "annexe(s) au|aux"),
		count:        cues("nouveau(x)", "nouvel", "nouvelle(s)", "autre(s)", "importants", "importantes"),
		event: cues("en marge de|du|des", "lors de|du|des", "à l occasion de|du|des", "au cours de|du|des",
			"dans le cadre de|du|des"),
		eventEnd: cues("à", "qui", "organisé(e)(s)", "tenu(e)(s)", "présidé(e)(s)", "sous", "avec", "entre",
			"par", "pour", "en présence", "dont", "où", "ce", "cette", "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"),
		atMeeting:     cues(meetingCues()...),
		signers:       cues("signataire(s)"),
		otherCeremony: cues("première pierre", "inauguration(s)"),
		recalled:      cues("avait|avaient", "avait|avaient déjà"),
		place:         cue("à"),
		coordinated:   cues("et|ou", "et|ou de|d|des"),
	}
})

// meetingCues refer back to a meeting or an event told before: "en marge
// de la réunion", "à l'issue de cette session", "lors du conseil", "à
// cette occasion", "la cérémonie a été marquée par la signature".
func meetingCues() []string {
	out := []string{"à|en cette occasion", "la|cette cérémonie|réunion|session|séance"}
	for _, at := range []string{"en marge", "à l issue", "au terme", "lors"} {
		out = append(out, at+" de la|cette réunion|session|séance|rencontre|audience|entrevue|visite|cérémonie|manifestation",
			at+" du conseil|comité", at+" de ce conseil|comité", at+" de l|cet entretien|inauguration|événement")
	}
	return out
}

// agreementHit is one mention of an agreement type.
type agreementHit struct {
	t           *agreementType
	count       int
	start, end  int // bytes of the count and type
	sent        int
	signed      bool // said in a signing sentence
	demonstrate bool // "ce protocole": a reference back
	definite    bool // "la convention", "ce protocole"
	indefinite  bool // "une convention": one more agreement
	ordinal     bool // "le quatrième accord": an item of a group counted before
}

// findAgreements lists the agreements the body reports, once per type:
// the types named in a sentence about signing ("ont signé trois protocoles
// d'accord"), and those referred back to ("ce protocole d'entente") when
// an agreement was signed. An article that only mentions "l'accord de
// libre-échange" in passing has no agreement. A generic "accord" or
// "convention" is dropped when a more specific term is there. Agreements
// signed long before and only recalled are not reported.
func findAgreements(d *doc) []Agreement {
	out := []Agreement{}
	ws := d.words()
	cs := agreementCues()
	signing := signingSentences(d, ws, cs)
	hits := agreementHits(d, ws, cs, signing)
	namedIn := sentenceSet(len(d.Sents), hits.all(), func(h *agreementHit) int { return h.sent }) // sentences naming an agreement
	// sentences naming an agreement by a specific term
	specificIn := sentenceSet(len(d.Sents), hits.all(), func(h *agreementHit) int {
		if h.t.family == "" {
			return h.sent
		}
		return -1
	})
	for _, h := range hits.all() {
		// "Les deux parties ont signé hier à Rabat. La convention prévoit...":
		// the next sentence names what was signed; "Contrats d'investissement
		// pour 8 projets. Ils ont été signés par ...": the previous one.
		// "Une convention a été conclue avec A. L'accord porte sur ...": a
		// generic term after generic ones is reported beside them.
		generic := h.definite && h.t.family != "" && !specificIn.has(h.sent-1)
		if !h.signed && (h.definite || listItem(d, h)) && h.sent > 0 && signing[h.sent-1] >= 0 && (!namedIn.has(h.sent-1) || generic) {
			h.signed = true
		}
		if !h.signed && (h.definite || opensSentence(d, h)) && h.sent+1 < len(signing) && signing[h.sent+1] >= 0 && !namedIn.has(h.sent+1) {
			h.signed = true
		}
	}
	anySigned := false
	for _, h := range hits.all() {
		anySigned = anySigned || h.signed
	}
	for _, h := range hits.all() {
		// In an article that reports a signing, the items of a list of
		// agreements ("- Convention de partenariat entre A et B", "Le
		// deuxième est un contrat-programme") are reported too, and so are
		// the agreements a signed one is declined into ("elle sera déclinée
		// en conventions spécifiques").
		h.signed = h.signed || anySigned && (listItem(d, h) ||
			ordinalItem(d, ws, cs, h.sent) || declinedInto(d, ws, cs, h.sent))
	}
	if !anySigned {
		return out
	}
	gw := newGivingWay(hits)
	counted := false // a group of specific agreements is counted: "cinq conventions d'investissement"
	for _, h := range hits.all() {
		counted = counted || h.t.family == "" && h.count > 1
	}
	sc := signingScene{d: d, ws: ws, cs: cs, signing: signing, places: d.places()}
	defDate, defPlace, defEvent := sc.facts(-1)
	index := map[string]int{}
	for _, h := range hits.all() {
		if !(h.signed || h.demonstrate) || gw.givesWay(h) {
			continue
		}
		if h.ordinal && h.t.family != "" && counted {
			continue // "cinq conventions d'investissement... Le quatrième accord concerne...": one of them
		}
		if at, ok := index[h.t.name]; ok {
			out[at].Count = max(out[at].Count, h.count)
			continue
		}
		a := Agreement{Type: h.t.name, Count: h.count, Evidence: d.evidence(h.start, h.end), SignedOn: defDate}
		var own *string
		own, a.Place, a.Event = sc.facts(h.sent)
		if earlier(own, defDate, 30) {
			continue // an agreement signed long before, recalled
		}
		if a.Place == nil {
			a.Place = defPlace
		}
		if a.Event == nil {
			a.Event = defEvent
		}
		index[h.t.name] = len(out)
		out = append(out, a)
	}
	return withoutCountingGenerics(out)
}

// ordinalItem reports whether sentence si opens on an ordinal ("Le
// deuxième est un contrat-programme"): an item of a counted group.
func ordinalItem(d *doc, ws words, cs *agreementCueSet, si int) bool {
	from, to := d.sentWords(si)
	_, ok := matchAny(cs.ordinal, ws, from, to)
	return ok
}

// declinedInto reports whether sentence si tells what a signed agreement
// is declined into ("seront déclinées", "se décline en").
func declinedInto(d *doc, ws words, cs *agreementCueSet, si int) bool {
	from, to := wordsIn(ws, d.Sents[si].Start, d.Sents[si].End)
	return findCue(cs.declined, ws, from, to) >= 0
}

// listMarks open the items of a list: "- Convention ...", "1- Contrat ...".
const listMarks = "-–—•)"

// listItem reports whether the agreement of h opens a list item: what
// precedes it in its sentence is a list mark, after an item number.
func listItem(d *doc, h *agreementHit) bool {
	prefix, ok := openingOf(d, h)
	return ok && prefix != ""
}

// opensSentence reports whether the agreement of h opens its sentence or
// a list item ("Contrats d'investissement pour ...").
func opensSentence(d *doc, h *agreementHit) bool {
	_, ok := openingOf(d, h)
	return ok
}

// openingOf returns what precedes the agreement of h in its sentence and
// whether that is nothing or a list mark (after an item number).
func openingOf(d *doc, h *agreementHit) (string, bool) {
	s := d.Sents[h.sent]
	if s.Start > h.start || s.End < h.start {
		return "", false
	}
	prefix := strings.TrimSpace(d.Text[s.Start:h.start])
	prefix = strings.TrimLeft(prefix, "0123456789")
	rest := strings.Trim(prefix, listMarks+" ")
	marked := strings.IndexAny(prefix, listMarks) == 0
	return prefix, rest == "" || marked && listArticles[strings.ToLower(rest)]
}

// listArticles may stand between a list mark and the agreement the item
// names: "– un mémorandum d'entente avec ...".
var listArticles = map[string]bool{"un": true, "une": true, "le": true, "la": true, "les": true, "des": true}

// earlier reports whether ISO date a is more than days before b.
func earlier(a, b *string, days int) bool {
	if a == nil || b == nil {
		return false
	}
	ta, err1 := time.Parse(time.DateOnly, *a)
	tb, err2 := time.Parse(time.DateOnly, *b)
	return err1 == nil && err2 == nil && ta.AddDate(0, 0, days).Before(tb)
}

// agreementHits finds the mentions of agreement types, longest term first.
func agreementHits(d *doc, ws words, cs *agreementCueSet, signing []int) *pile[agreementHit] {
	counts := map[int]normalize.Number{} // by the index of the word after the number
	for _, n := range d.numbers() {
		if n.IsInt && n.Int > 0 && n.Int < 100 && !n.Percent && !n.Year {
			_, j := wordsIn(ws, n.Start, n.End)
			counts[j] = n
		}
	}
	types := agreementTypesByFirst()
	hits := new(pile[agreementHit])
	for si := range d.Sents {
		if d.cached().teaser[si] {
			continue
		}
		from, to := d.sentWords(si)
		for i := from; i < to; {
			if !types.mayHold(text.KeyHash(ws.Fold(i))) {
				i++ // most words: a bit read
				continue
			}
			var best *agreementType
			end := i
			for _, t := range types.at(ws, i) {
				if e, ok := matchFiled(t.p, ws, i, to); ok && e > end && (!t.acronym || writtenAsMoU(d.Text[ws.Span(i).Start:ws.Span(e-1).End])) {
					best, end = t, e
				}
			}
			if best == nil {
				i++
				continue
			}
			span := end // the hit's words: a shared complement's too
			if best.family != "" && end == i+1 {
				if t, e, ok := sharedComplement(ws, cs, types, i, to); ok {
					best, span = t, e
				}
			}
			if _, ok := matchAny(cs.notDeal, ws, end, to); ok || (best.family != "" && notAgreement(ws, cs, from, i)) {
				i = end
				continue
			}
			if best.family != "" && renamed(ws, cs, end, to) {
				i = end
				continue
			}
			h := agreementHit{t: best, count: 1, start: ws.Span(i).Start, end: ws.Span(span - 1).End, sent: si, signed: signing[si] >= 0}
			if best.signedNear && !signedNear(ws, cs, window{from, to, i, end}) {
				i = end
				continue
			}
			k := i
			for k > from {
				st, ok := matchEndingAny(cs.count, ws, k, from)
				if !ok {
					break
				}
				k = st
			}
			if n, ok := counts[k]; ok {
				h.count, h.start = int(n.Int), n.Start
			}
			_, h.demonstrate = matchEndingAny(cs.demonstrative, ws, k, from)
			_, h.definite = matchEndingAny(cs.definite, ws, k, from)
			h.definite = h.definite || h.demonstrate
			_, h.indefinite = matchEndingAny(cs.indefinite, ws, k, from)
			_, h.ordinal = matchEndingAny(cs.ordinal, ws, k, from)
			hits.add(h)
			i = end
		}
	}
	return hits
}

// sharedComplement returns the specific type the generic head at word i
// takes from the complement of a second head coordinated with it, and the
// end of that complement: "conventions et avenants d'investissement" are
// conventions d'investissement (the second head reads its own type).
func sharedComplement(ws words, cs *agreementCueSet, types *keyIndex[*agreementType], i, to int) (*agreementType, int, bool) {
	k, ok := matchAny(cs.coordinated, ws, i+1, to)
	if !ok || k >= to || len(types.at(ws, k)) == 0 {
		return nil, 0, false
	}
	for _, t := range types.at(ws, i) {
		if t.family != "" || len(t.p) < 2 {
			continue
		}
		if e, ok := t.p[1:].Match(ws, k+1, to); ok {
			return t, e, true
		}
	}
	return nil, 0, false
}

// renamed reports whether the generic type ending at word end is said to
// be a specific one: "le second accord est une convention
// d'investissement" names one agreement, by its specific type.
func renamed(ws words, cs *agreementCueSet, end, to int) bool {
	k, ok := matchAny(cs.renamed, ws, end, to)
	if !ok || k >= to {
		return false
	}
	for _, t := range agreementTypesByFirst().at(ws, k) {
		if _, m := matchFiled(t.p, ws, k, to); m && t.family == "" {
			return true
		}
	}
	return false
}

// signedNear reports a signing cue close before the type at words [i,
// end) ("ont signé une charte", "la signature d'une nouvelle charte") or
// right after it ("la charte signée").
func signedNear(ws words, cs *agreementCueSet, w window) bool {
	from, to, i, end := w.from, w.to, w.i, w.j
	return lastCue(cs.signing, ws, max(from, i-4), i) >= 0 || findCue(cs.signing, ws, end, min(to, end+2)) >= 0
}

// notAgreement reports a generic term used otherwise: "d'accord", "en
// accord avec", "son accord".
// An amendment's generic complement ("un avenant à la convention") is the
// agreement amended, not one more.
func notAgreement(ws words, cs *agreementCueSet, from, i int) bool {
	if _, ok := matchEndingAny(cs.notAgreement, ws, i, from); ok {
		return true
	}
	_, ok := matchEndingAny(cs.amends, ws, i, from)
	return ok
}

// writtenAsMoU reports whether s is written with capitals: "MoU", "MOUs".
func writtenAsMoU(s string) bool {
	return strings.HasPrefix(s, "M") && strings.Contains(s, "U")
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
