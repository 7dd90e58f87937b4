package extract

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"time"

	"veille/normalize"
)

// agreementCues are the words around agreements: signing, references back,
// agreements that are not business deals, and signing events.
type agreementCueSet struct {
	signing       cueList // "signé", "paraphé", "cérémonie de signature", "approuvé"
	approval      cueList // "approuvé", "adopté": a vote, which dates no signing
	held          cueList // "s'est tenue": a ceremony took place
	ceremony      cueList // a sentence about the ceremony tells its date, place or event
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
	place         phrase  // "à" before the place of signing
}

// signingCues say that an agreement was made: signed, concluded, or the
// object of a project ("le projet a fait l'objet d'une convention").
var signingCues = []string{"signer", "signé(e)(s)", "signe(nt)", "signant", "signera", "signeront",
	"signature(s)", "signataire(s)", "parapher", "paraphé(e)(s)", "paraphe(nt)", "conclu(e)(s)",
	"conclure", "conclut", "concluent", "sceller", "scellé(e)(s)", "scelle(nt)", "ratifié(e)(s)",
	"l objet d un|une accord(s)|protocole(s)|mémorandum(s)|convention(s)|contrat(s)|avenant(s)"}

// approvalCues say that a commission or a council approved an agreement:
// the agreement is reported, but the day of the vote is not a signing's.
var approvalCues = []string{"approuvé(e)(s)", "approuve(nt)", "adopté(e)(s)", "entériné(e)(s)"}

var agreementCues = sync.OnceValue(func() *agreementCueSet {
	return &agreementCueSet{
		signing:       cues(append(slices.Clone(signingCues), approvalCues...)...),
		approval:      cues(approvalCues...),
		ceremony:      cues("cérémonie", "s est tenu(e)(s)", "s est déroulé(e)(s)", "a eu lieu"),
		held:          cues("s est tenu(e)(s)", "s est déroulé(e)(s)", "a eu lieu", "ont eu lieu", "organisé(e)(s)"),
		demonstrative: cues("ce", "cet", "cette", "ces"),
		definite:      cues("le", "la", "l", "les"),
		indefinite:    cues("un", "une"),
		renamed:       cues("est un|une", "sont des"),
		ordinal:       cues("le|la premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|dernier|dernière"),
		declined:      cues("décliné(e)(s)", "déclinera", "déclineront", "se décline(nt)"),
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
		atMeeting: cues(meetingCues()...),
		place:     cue("à"),
	}
})

// meetingCues refer back to a meeting told before: "en marge de la
// réunion", "à l'issue de cette session", "lors du conseil".
func meetingCues() []string {
	var out []string
	for _, at := range []string{"en marge", "à l issue", "au terme", "lors"} {
		out = append(out, at+" de la|cette réunion|session|séance|rencontre", at+" du conseil|comité",
			at+" de ce conseil|comité")
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
	sc := signingScene{d: d, ws: ws, cs: cs, signing: signing, places: d.places()}
	defDate, defPlace, defEvent := sc.facts(-1)
	index := map[string]int{}
	for _, h := range hits.all() {
		if !(h.signed || h.demonstrate) || gw.givesWay(h) {
			continue
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
	return prefix, strings.Trim(prefix, listMarks+" ") == ""
}

// earlier reports whether ISO date a is more than days before b.
func earlier(a, b *string, days int) bool {
	if a == nil || b == nil {
		return false
	}
	ta, err1 := time.Parse(time.DateOnly, *a)
	tb, err2 := time.Parse(time.DateOnly, *b)
	return err1 == nil && err2 == nil && ta.AddDate(0, 0, days).Before(tb)
}

// ceremonyOnly marks a sentence about the signing ceremony that has no
// signing cue ("La cérémonie s'est déroulée lors du Forum...").
const ceremonyOnly = -2

// signingSentences returns, for each sentence, the word index of its
// first signing cue, ceremonyOnly, or -1.
func signingSentences(d *doc, ws words, cs *agreementCueSet) []int {
	out := make([]int, len(d.Sents))
	for si := range d.Sents {
		from, to := d.sentWords(si)
		out[si] = findCue(cs.signing, ws, from, to)
		if out[si] < 0 && findCue(cs.ceremony, ws, from, to) >= 0 {
			out[si] = ceremonyOnly
		}
	}
	return out
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
			var best *agreementType
			end := i
			for _, t := range types.at(ws.Fold(i)) {
				if e, ok := matchFiled(t.p, ws, i, to); ok && e > end && (!t.acronym || writtenAsMoU(d.Text[ws.Span(i).Start:ws.Span(e-1).End])) {
					best, end = t, e
				}
			}
			if best == nil {
				i++
				continue
			}
			if _, ok := matchAny(cs.notDeal, ws, end, to); ok || (best.family != "" && notAgreement(ws, cs, from, i)) {
				i = end
				continue
			}
			if best.family != "" && renamed(ws, cs, end, to) {
				i = end
				continue
			}
			h := agreementHit{t: best, count: 1, start: ws.Span(i).Start, end: ws.Span(end - 1).End, sent: si, signed: signing[si] >= 0}
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
			hits.add(h)
			i = end
		}
	}
	return hits
}

// renamed reports whether the generic type ending at word end is said to
// be a specific one: "le second accord est une convention
// d'investissement" names one agreement, by its specific type.
func renamed(ws words, cs *agreementCueSet, end, to int) bool {
	k, ok := matchAny(cs.renamed, ws, end, to)
	if !ok || k >= to {
		return false
	}
	for _, t := range agreementTypesByFirst().at(ws.Fold(k)) {
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

// signingScene is what the signing facts are read from: the words, the
// agreement cues, the signing word of each sentence (signingOrder) and the
// places of the text.
type signingScene struct {
	d       *doc
	ws      words
	cs      *agreementCueSet
	signing []int
	places  []normalize.PlaceMatch
}

// signingClause is a sentence [from, to) that may tell where a signing
// took place: its signing word (-1 if none) and its dates' words.
type signingClause struct {
	from, to, sign int
	dates          [][2]int
}

// facts reads the date, place and event of a signing from sentence
// si or, when si < 0, from the signing sentences then those about the
// ceremony: the latest date up to the publication, the first place and
// event told.
func (sc signingScene) facts(si int) (date, place, event *string) {
	d, ws, cs, signing := sc.d, sc.ws, sc.cs, sc.signing
	var votedOn *string // the day of a vote, a meeting's
	atMeeting := false  // a signing "en marge de la réunion"
	for _, k := range signingOrder(signing, si) {
		s := d.Sents[k]
		from, to := d.sentWords(k)
		var dateWords [][2]int
		var own *string // the sentence's date of signing
		bestDist := -1
		voted := sc.votedOnly(k, from, to)
		for _, dt := range d.sentenceDates(k) {
			i, j := wordsIn(ws, dt.Start, dt.End)
			dateWords = append(dateWords, [2]int{i, j})
			if !dt.Resolved || dt.Precision != normalize.PrecisionDay {
				continue
			}
			t := time.Date(dt.Year, time.Month(dt.Month), dt.Day, 0, 0, 0, 0, time.UTC)
			if !d.Ref.IsZero() && t.After(d.Ref.AddDate(0, 0, 1)) {
				continue // a signing to come
			}
			iso := t.Format(time.DateOnly)
			// The date the signing verb governs, the nearest to it ("Tanger,
			// le 6 février – ... ont signé le 5 février": a dateline is not
			// the signing); without a verb, the latest.
			dist := 0
			if sign := signing[k]; sign >= 0 {
				dist = dateDistance(sign, i, j)
			}
			switch {
			case own == nil, dist < bestDist, dist == bestDist && iso > *own:
				own, bestDist = &iso, dist
			}
		}
		if voted {
			votedOn, own = cmp.Or(votedOn, own), nil
		} else if signing[k] >= 0 {
			atMeeting = atMeeting || findCue(cs.atMeeting, ws, from, to) >= 0
		}
		// A signing is reported after the fact: across sentences the latest
		// date up to the publication is the signing's ("hier", not the date
		// of the convention an amendment amends).
		if own != nil && (date == nil || (!d.Ref.IsZero() && *own > *date)) {
			date = own
		}
		if place == nil {
			place = signingPlace(ws, cs, within(sc.places, s.Start, s.End), signingClause{from, to, signing[k], dateWords})
		}
		if event == nil {
			event = signingEvent(d, ws, cs, from, to)
		}
	}
	if date == nil && atMeeting {
		date = votedOn // "La commission a approuvé, lundi, ... En marge de la réunion, A et B ont signé"
	}
	return date, place, event
}

// votedOnly reports whether sentence k, words [from, to), reports an
// approval and no signing: "le conseil a approuvé, lundi 4 mars, une
// convention" dates the vote, not a signing.
func (sc signingScene) votedOnly(k, from, to int) bool {
	at := sc.signing[k]
	return at >= 0 && findCue(sc.cs.approval, sc.ws, from, to) == at && !sc.signedToo(at+1, to)
}

// signedToo reports a signing cue other than an approval in words [from, to).
func (sc signingScene) signedToo(from, to int) bool {
	for i := findCue(sc.cs.signing, sc.ws, from, to); i >= 0; i = findCue(sc.cs.signing, sc.ws, i+1, to) {
		if _, ok := matchAny(sc.cs.approval, sc.ws, i, to); !ok {
			return true
		}
	}
	return false
}

// dateDistance is how far the date at words [i, j) is from the signing
// cue at word sign; a date after the cue is nearer than one as far before
// it ("ont signé, le 5 février, ...").
func dateDistance(sign, i, j int) int {
	if i > sign {
		return 2 * (i - sign)
	}
	return 2*(sign-j) + 1
}

// signingOrder lists the sentences that may tell the date, place or event
// of a signing: sentence si alone when si >= 0, else the signing sentences
// then those about the ceremony.
func signingOrder(signing []int, si int) []int {
	if si >= 0 {
		if signing[si] < 0 {
			return nil
		}
		return []int{si}
	}
	n := 0
	for _, w := range signing {
		if w >= 0 || w == ceremonyOnly {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]int, 0, n) // one list: a dense page signs in every sentence
	for k, w := range signing {
		if w >= 0 {
			out = append(out, k)
		}
	}
	for k, w := range signing {
		if w == ceremonyOnly {
			out = append(out, k)
		}
	}
	return out
}

// signingPlace returns the Moroccan place after "à" close after the signing
// cue at word sign, after a date or after "s'est tenue", or closing the
// sentence after a comma: "ont signé, lundi à Rabat", "s'est tenue, ce
// mercredi à Casanearshore", "..., en marge de GITEX Africa, à Marrakech.".
func signingPlace(ws words, cs *agreementCueSet, places []normalize.PlaceMatch, c signingClause) *string {
	from, to, sign, dates := c.from, c.to, c.sign, c.dates
	for _, m := range places {
		if m.Place == nil || m.Place.Kind == normalize.PlaceForeign || m.Place.Kind == normalize.PlaceCountry ||
			m.Place.Kind == normalize.PlaceRegion {
			continue
		}
		i, j := wordsIn(ws, m.Start, m.End)
		if i <= from || i >= to {
			continue
		}
		at, ok := cs.place.MatchEnding(ws, i, from)
		if !ok {
			continue
		}
		near := sign >= 0 && i > sign && i-sign <= 12
		// ", à Marrakech." closing the sentence.
		near = near || (sign >= 0 && at > from && ws.Fold(at-1) == "," && (j == to || (j == to-1 && ws.At(j).Punct())))
		for _, dw := range dates {
			near = near || (i >= dw[1] && i-dw[1] <= 2)
		}
		if !near {
			if h := lastCue(cs.held, ws, max(from, i-5), i); h >= 0 {
				near = true
			}
		}
		if near {
			name := m.Place.Name
			return &name
		}
	}
	return nil
}

// signingEvent reads the event of a signing: "en marge de la troisième
// édition du salon "GITEX Afrique"", "lors du Forum Maroc-Afrique".
func signingEvent(d *doc, ws words, cs *agreementCueSet, from, to int) *string {
	for i := from; i < to; i++ {
		e, ok := matchAny(cs.event, ws, i, to)
		if !ok {
			continue
		}
		// Skip the lower-case words that describe the event ("la troisième
		// édition du salon").
		k := e
		for k < to && k-e < 8 && !ws.At(k).Cap() && !ws.At(k).Punct() {
			k++
		}
		if k >= to {
			return nil
		}
		var s, t int
		switch {
		case ws.Fold(k) == `"`:
			q := k + 1
			for q < to && ws.Fold(q) != `"` {
				q++
			}
			if q == k+1 || q >= to {
				continue
			}
			s, t = ws.Span(k+1).Start, ws.Span(q-1).End
		case ws.At(k).Cap():
			// The name runs over capitalised words and digits, and over the
			// small or lower-case words between them ("Salon international
			// de l'agriculture du Maroc"), up to punctuation.
			last := k
			for q := k + 1; q < to && !ws.At(q).Punct() && q-last <= 6; q++ {
				if _, stop := matchAny(cs.eventEnd, ws, q, to); stop {
					break
				}
				if ws.At(q).Cap() || isDigits(ws.Fold(q)) {
					last = q
				}
			}
			s, t = ws.Span(k).Start, ws.Span(last).End
		default:
			continue
		}
		name := d.Text[s:t]
		if _, isPlace := normalize.LookupPlace(name); isPlace {
			continue
		}
		return &name
	}
	return nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
