package extract

// The signing of an agreement: which sentences tell it, and the date,
// place and event of the ceremony read from them.

import (
	"cmp"
	"strings"
	"time"

	"veille/normalize"
)

// ceremonyOnly marks a sentence about the signing ceremony that has no
// signing cue ("La cérémonie s'est déroulée lors du Forum...").
const ceremonyOnly = -2

// signingSentences returns, for each sentence, the word index of its
// first signing cue, ceremonyOnly, or -1.
func signingSentences(d *doc, ws words, cs *agreementCueSet) []int {
	out := make([]int, len(d.Sents))
	for si := range d.Sents {
		from, to := d.sentWords(si)
		first := findCue(cs.signingOrCer, ws, from, to)
		if first < 0 {
			out[si] = -1
			continue
		}
		out[si] = findCue(cs.signing, ws, first, to)
		if out[si] < 0 {
			out[si] = ceremonyOnly
		}
	}
	return out
}

// signingScene is what the signing facts are read from: the words, the
// agreement cues, the signing word of each sentence (signingSentences) and the
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
	var votedOn *string    // the day of a vote or of another ceremony, a meeting's
	atMeeting := false     // a signing "en marge de la réunion"
	meetingBefore := -1    // the sentence before the first signing "à l'issue de la réunion"
	first := -1            // the first sentence that tells a signing, not a vote ("la commission a approuvé")
	var recalledOn *string // the day of a sentence that recalls an earlier signing
	for _, k := range signingOrder(signing, si) {
		s := d.Sents[k]
		from, to := d.sentWords(k)
		own, dateWords := sc.signingDay(k) // the sentence's date of signing
		voted := sc.votedOnly(k, from, to)
		if sc.signersOnly(k, to) {
			own = nil // "contre moins du tiers aujourd'hui, selon les signataires": no day of signing
		}
		if voted || signing[k] == ceremonyOnly && findCue(cs.otherCeremony, ws, from, to) >= 0 {
			// the day of a vote, or of a first stone or an inauguration, dates
			// a signing only "en marge de" it
			votedOn, own = cmp.Or(votedOn, own), nil
		} else if sc.recalls(k, from) {
			recalledOn, own = cmp.Or(recalledOn, own), nil
		} else if signing[k] >= 0 {
			if first < 0 {
				first = k // signingOrder lists the signing sentences first, in text order
			}
			if findCue(cs.atMeeting, ws, from, to) >= 0 {
				atMeeting = true
				if meetingBefore < 0 {
					meetingBefore = k - 1
				}
			}
		}
		// A signing is reported after the fact: across sentences the latest
		// date up to the publication is the signing's ("hier", not the date
		// of the convention an amendment amends).
		// A ceremony's sentence dates the signing only when no signing
		// sentence does: "a déclaré aujourd'hui lors de la cérémonie".
		if own != nil && (date == nil || (!d.Ref.IsZero() && *own > *date && signing[k] >= 0)) {
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
	if date == nil && si < 0 {
		date = sc.leadDay(first)
	}
	if date == nil {
		date = recalledOn // the only signing told is a recalled one
	}
	for k := meetingBefore; date == nil && k >= 0 && meetingBefore-k < meetingReach; k-- {
		// "La ministre a reçu, le 12 novembre, une délégation... À l'issue
		// de la réunion, les deux parties ont signé": the meeting's day,
		// told in one of the sentences before.
		date = sc.dayOf(k)
	}
	return date, place, event
}

// signingDay returns the day of signing sentence k tells, up to the
// publication, and the words of each of its dates. The day the signing
// verb governs is the nearest to it ("Tanger, le 6 février – ... ont
// signé le 5 février": a dateline is not the signing); without a verb,
// the latest.
func (sc signingScene) signingDay(k int) (own *string, dateWords [][2]int) {
	d := sc.d
	bestDist := -1
	for _, dt := range d.sentenceDates(k) {
		i, j := wordsIn(sc.ws, dt.Start, dt.End)
		dateWords = append(dateWords, [2]int{i, j})
		t, ok := dayDate(dt)
		if !ok || !d.Ref.IsZero() && t.After(d.Ref.AddDate(0, 0, 1)) {
			continue // not a day, or a signing to come
		}
		iso := t.Format(time.DateOnly)
		dist := 0
		if sign := sc.signing[k]; sign >= 0 {
			dist = dateDistance(sign, i, j)
		}
		switch {
		case own == nil, dist < bestDist, dist == bestDist && iso > *own:
			own, bestDist = &iso, dist
		}
	}
	return own, dateWords
}

// recalls reports whether sentence k, whose words start at from, recalls
// an earlier signing in the pluperfect ("X avait déjà conclu en 2022 un
// protocole d'accord avec la région, un projet aujourd'hui en phase
// d'études"): its days are not those of the signing the article reports.
func (sc signingScene) recalls(k, from int) bool {
	sign := sc.signing[k]
	return sign >= 0 && lastCue(sc.cs.recalled, sc.ws, max(from, sign-recallReach), sign) >= 0
}

// recallReach is how many words before a signing verb its pluperfect
// auxiliary may stand: "avait en effet déjà signé".
const recallReach = 4

// meetingReach is how many sentences before a signing "à l'issue de la
// réunion" the meeting's day may be told.
const meetingReach = 3

// leadDay returns the day of the sentence right before first, the first
// that tells a signing, in its paragraph, when it is recent: "Le
// constructeur a franchi, hier mardi à Rabat, une nouvelle étape. Une
// convention a été signée..." (nil otherwise).
func (sc signingScene) leadDay(first int) *string {
	if first <= 0 || sc.signing[first-1] >= 0 || // the lead is a vote: "La commission a approuvé, lundi, ... Par ailleurs, ..."
		strings.Contains(sc.d.Text[sc.d.Sents[first-1].End:sc.d.Sents[first].Start], "\n") ||
		len(sc.d.sentenceDates(first)) > 0 { // a time of its own: "avait signé en novembre dernier"
		return nil
	}
	day := sc.dayOf(first - 1)
	if day == nil || sc.d.Ref.IsZero() || *day < sc.d.Ref.AddDate(0, 0, -leadDays).Format(time.DateOnly) {
		return nil // a date long past is not the news of the day
	}
	return day
}

// leadDays is how many days before the publication the lead's day may
// be to date the signing told after it.
const leadDays = 31

// dayOf returns the latest day sentence k dates, up to the publication,
// or nil.
func (sc signingScene) dayOf(k int) *string {
	var day *string
	for _, dt := range sc.d.sentenceDates(k) {
		t, ok := dayDate(dt)
		if !ok {
			continue
		}
		if iso := t.Format(time.DateOnly); (sc.d.Ref.IsZero() || !t.After(sc.d.Ref)) && (day == nil || iso > *day) {
			day = &iso
		}
	}
	return day
}

// dayDate returns the day dt tells, when it is resolved to the day.
func dayDate(dt normalize.Date) (time.Time, bool) {
	if !dt.Resolved || dt.Precision != normalize.PrecisionDay {
		return time.Time{}, false
	}
	return time.Date(dt.Year, time.Month(dt.Month), dt.Day, 0, 0, 0, 0, time.UTC), true
}

// signersOnly reports whether the only signing word of sentence k, whose
// words end before to, names the signers ("selon les signataires").
func (sc signingScene) signersOnly(k, to int) bool {
	at := sc.signing[k]
	if at < 0 {
		return false
	}
	if _, ok := matchAny(sc.cs.signers, sc.ws, at, to); !ok {
		return false
	}
	return findCue(sc.cs.signing, sc.ws, at+1, to) < 0
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
		if near || lastCue(cs.held, ws, max(from, i-5), i) >= 0 {
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
		case ws.Fold(k) == quoteFold:
			q := k + 1
			for q < to && ws.Fold(q) != quoteFold {
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
