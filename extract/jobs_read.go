package extract

import "veille/normalize"

// readJob reads the noun phrase after the number at words [w.i, w.j) of
// the sentence [w.from, w.to) and classifies the figure; prev are the job
// figures read before it. It returns the hit with the end of its span set
// to the byte end of the phrase.
func readJob(d *doc, ws words, cs *jobCueSet, w window, prev []jobHit) (jobHit, bool) {
	r := &jobRead{d: d, ws: ws, cs: cs, w: w, prev: prev}
	if h, ok := r.headCount(); ok {
		return h, true
	}
	k := pastPreAdjectives(ws, w.j, w.to)
	noun, kind := jobNounAt(ws, k, w.to)
	elided := false
	if noun < 0 && r.labelled() {
		noun, kind = k, nounJob // "- Emplois : 450 directs"
	}
	if noun < 0 {
		if h, done, ok := r.withoutNoun(k); done {
			return h, ok
		}
		noun, kind, elided = k, nounJob, true
	}
	return r.withNoun(noun, kind, elided)
}

// jobNounAt returns the end of the longest job noun at word k, before word
// to, and its kind; -1, -1 if none.
func jobNounAt(ws words, k, to int) (end, kind int) {
	end, kind = -1, -1
	for _, jn := range jobNounsAt(ws, k, to) {
		if e, ok := matchFiled(jn.p, ws, k, to); ok && e > end {
			end, kind = e, jn.kind
		}
	}
	return end, kind
}

// jobNounNext tells whether a job noun follows word j, after adjectives
// ("2000 nouveaux emplois"): a figure in the years' range is then a count,
// not a year.
func jobNounNext(ws words, j, to int) bool {
	e, _ := jobNounAt(ws, pastPreAdjectives(ws, j, to), to)
	return e >= 0
}

// addedKind returns the kind of the figure h at w: that of the figure said
// before it in its sentence when it is added to it ("4.000 salariés,
// auxquels s'ajoutent 30.000 emplois indirects"), else its own. prev is
// the figure read last.
func addedKind(ws words, cs *jobCueSet, prev []jobHit, h jobHit, w window) JobKind {
	if len(prev) == 0 {
		return h.job.Kind
	}
	p := prev[len(prev)-1]
	if p.sent != h.sent || lastCue(cs.addedAfter, ws, max(w.from, w.i-addedToReach), w.i) < 0 {
		return h.job.Kind
	}
	return p.job.Kind
}

// addedToReach bounds the words between "auxquels s'ajoutent" and its
// figure ("quelque", "près de").
const addedToReach = 5

// pastPreAdjectives returns where the adjectives that may come between a
// figure and its job noun ("nouveaux", "directs") end, from word k.
func pastPreAdjectives(ws words, k, to int) int {
	for {
		e, ok := matchAny(jobPreAdjectives(), ws, k, to)
		if !ok {
			return k
		}
		k = e
	}
}

// jobRead is the reading of one figure: the document, its words and job
// cues, where the figure is, and the job figures read before it.
type jobRead struct {
	d    *doc
	ws   words
	cs   *jobCueSet
	w    window
	prev []jobHit
}

// found returns a hit of the kind, ending at word e.
func (r *jobRead) found(kind JobKind, e int) jobHit {
	var h jobHit
	h.job = jobFigure{Kind: kind}
	h.span.End = r.ws.Span(e - 1).End
	return h
}

// headCount reads "800 qu'elle emploie actuellement": an anaphoric
// head-count, or "les 300 qu'elle compte recruter": a pledge.
func (r *jobRead) headCount() (jobHit, bool) {
	ws, cs, to := r.ws, r.cs, r.w.to
	e, ok := headCountAfter(ws, cs, r.w.j, to)
	if !ok {
		return jobHit{}, false
	}
	kind := JobExisting
	if _, ok := matchAny(cs.macro, ws, e, to); ok {
		kind = JobStatistic // "les quelque 220.000 que compte la filière"
	} else if e2, ok := matchAny(cs.existingAfter, ws, e, to); ok {
		e = e2
	} else if e2, ok := matchAny(cs.pledgeBefore, ws, e, to); ok {
		kind, e = JobPledged, e2
	}
	return r.found(kind, e), true
}

// withoutNoun reads a figure with no job noun after it: a raised total, a
// clitic "en", or a noun elided after a job figure of the same sentence.
// done says whether the figure is read (ok: as a job); if not, its noun is
// elided and read as jobs.
func (r *jobRead) withoutNoun(k int) (h jobHit, done, ok bool) {
	d, ws, cs, prev := r.d, r.ws, r.cs, r.prev
	from, to, i, j := r.w.from, r.w.to, r.w.i, r.w.j
	if r.share(j) {
		return h, true, false // "340 personnes, dont sept sur dix"
	}
	if e, ok := newTotal(ws, cs, k, to); ok && lastCue(cs.raiseTo, ws, max(from, i-4), i) >= 0 {
		// "porte à 2.500 le nombre de salariés": the total the head-count
		// is raised to, reported as pledged like "porter de 600 à 1.100";
		// a sector's or a plan's a statistic ("porter à 240.000 le nombre
		// d'emplois dans le secteur numérique").
		kind := JobPledged
		if _, sector := matchAny(cs.sectorAfter, ws, e, to); sector || macroSubject(d, ws, cs, from, i) {
			kind = JobStatistic
		}
		return r.found(kind, e), true, true
	}
	if _, ok := matchEndingAny(cs.clitic, ws, i, from); ok && len(prev) > 0 {
		// "devrait à elle seule en créer 900": "en" stands for the
		// jobs of an earlier figure.
		return r.found(classifyJob(d, ws, cs, r.w, nounJob), j), true, true
	}
	if raisedStaff(ws, cs, from, i) {
		// "porter ces effectifs à 270 000 d'ici 2030": the staff raised
		// to the figure, whoever's they are.
		return r.found(classifyJob(d, ws, cs, r.w, nounStaff), j), true, true
	}
	if kind, ok := r.countBefore(); ok {
		return r.found(kind, j), true, true
	}
	// "1.200 emplois directs et 3.000 indirects": the noun is elided
	// when a job figure of the same sentence came just before.
	if len(prev) == 0 || prev[len(prev)-1].sent != d.SentenceAt(ws.Span(i).Start) {
		return h, true, false
	}
	last := prev[len(prev)-1]
	if h, ok := r.versus(last); ok {
		return h, true, true
	}
	if p, ok := matchEndingAny(cs.then, ws, i, from); ok && elidedPartEnds(ws, cs, j, to) &&
		followsFigure(d, ws, last, p) {
		// "700 emplois dans une première phase, puis 300 dans une
		// seconde": the next step, of the same kind.
		return r.found(last.job.Kind, j), true, true
	}
	// "9.500 collaborateurs, dont 2.100 au Maroc": a part of the figure
	// before, of its kind; "dont 600 en 2026 et 400 en 2027": the next
	// part of the same total.
	p, partOf := matchEndingAny(cs.partOf, ws, i, from)
	if !partOf && last.partOfPrev {
		p, partOf = matchEndingAny(cs.partNext, ws, i, from)
	}
	if partOf && elidedPartEnds(ws, cs, j, to) && followsFigure(d, ws, last, p) {
		h = r.found(last.job.Kind, j)
		h.partOfPrev = true
		return h, true, true
	}
	if k := wordAt(ws, last.span.Start); k < i {
		// The part opens its clause: not "de niveau 1" further on.
		if s, ok := matchEndingAny(cs.outOf, ws, k, from); ok && s == from && opensClause(ws, from, to, i, j) {
			// "Sur les 8.000 emplois visés, environ 5.000 devraient être
			// créés...": a part of the total, of its kind.
			return r.found(last.job.Kind, j), true, true
		}
	}
	if p, ok := gappedItem(ws, cs, from, i); ok && (j >= to || ws.At(j).Punct() || listAndAt(ws, cs, j)) && followsFigure(d, ws, last, p) {
		// "les services ont généré 118.000 postes, le BTP 31.000 et
		// l'industrie 27.000": the verb and the noun are said once.
		return r.found(last.job.Kind, j), true, true
	}
	return h, false, false
}

// versus reads a figure compared with the one before, last: "9.000
// collaborateurs, contre 6.500 actuellement" (a head-count); a sector's
// now beside its target ("porter à 270.000 le nombre d'emplois de
// l'externalisation, contre quelque 150.000 actuellement": a statistic);
// "contre 200.000 avant la crise", "contre 95.000 en 2019" (a statistic).
func (r *jobRead) versus(last jobHit) (jobHit, bool) {
	d, ws, cs := r.d, r.ws, r.cs
	from, to, i, j := r.w.from, r.w.to, r.w.i, r.w.j
	if _, ok := cs.versus.MatchEnding(ws, i, from); !ok || r.countedBetween(last, 0) {
		return jobHit{}, false // "12.000 emplois et 4 millions d'arrivées, contre 2,9 millions": not jobs
	}
	if e, ok := matchAny(cs.existingAfter, ws, j, to); ok {
		kind := JobExisting
		if last.job.Kind == JobStatistic {
			kind = JobStatistic
		}
		return r.found(kind, e), true
	}
	if _, ok := matchAny(cs.earlier, ws, j, to); ok || j+2 < to && pastYearBefore(d, ws, j, j+2) {
		return r.found(JobStatistic, j), true
	}
	return jobHit{}, false
}

// withNoun reads the figure whose noun of the kind ends at word noun (or
// is elided there): its qualifier and its kind.
func (r *jobRead) withNoun(noun, kind int, elided bool) (jobHit, bool) {
	d, ws, cs, prev := r.d, r.ws, r.cs, r.prev
	from, to, i := r.w.from, r.w.to, r.w.i
	var h jobHit
	if _, ok := matchEndingAny(cs.capacity, ws, i, from); ok {
		return h, false // "une capacité d'accueil de 800 conseillers": seats
	}
	if !elided && r.share(noun) || r.trained() {
		return h, false
	}
	if kind == nounPeople {
		// "310 ouvriers que compte l'usine": the verb follows.
		_, employed := headCountAfter(ws, cs, noun, to)
		recruited := recruitedAfterList(ws, cs, noun, to)
		employed = employed || recruited || atWork(ws, cs, r.w, noun)
		v := lastCue(cs.employOrRecruit, ws, max(from, i-6), i)
		if k := beforeIncise(ws, from, i); v < 0 && k < i {
			v = lastCue(cs.employOrRecruit, ws, max(from, k-3), k) // "emploiera, aux termes de l'accord, 900 ingénieurs"
		}
		if !employed && (v < 0 || findCue(cs.training, ws, v+1, i) >= 0) {
			return h, false // "compte former 300 techniciens": trainees
		}
	}
	if kind != nounJob && beneficiaries(ws, cs, r.w, noun, kind) {
		return h, false
	}
	end := noun
	var q *jobQualifier
	qs := jobQualifiers()
	for k := range qs { // by index: a pointer to a loop copy would escape
		if e, ok := qs[k].p.Match(ws, noun, to); ok && e > end {
			end, q = e, &qs[k]
		}
	}
	if _, stat := matchAny(cs.statNoun, ws, noun, to); elided && q == nil && !r.bracketList() && !stat && !r.placedPart() {
		return h, false // not "... et de 36.000 en milieu rural"
	}
	h = r.found(classifyJob(d, ws, cs, window{from, to, i, end}, kind), end)
	if q != nil {
		s := d.Text[ws.Span(noun).Start:ws.Span(end-1).End]
		h.job.Qualifier = &s
		h.job.Direct = q.direct
	}
	if elided {
		h.job.Kind = prev[len(prev)-1].job.Kind
	}
	if h.job.Kind == JobExisting && q != nil && q.direct != nil && !*q.direct {
		h.job.Kind = JobStatistic // indirect jobs are nobody's staff: "en plus des 30.000 indirects"
	}
	if _, ok := matchAny(cs.sectorOwner, ws, end, to); ok && h.job.Kind != JobStatistic && !r.pledgedBefore() {
		h.job.Kind = JobStatistic // a sector's staff: "les 150.000 salariés du secteur"
	}
	if _, ok := matchEndingAny(cs.partOf, ws, i, from); ok && len(prev) > 0 && prev[len(prev)-1].sent == d.SentenceAt(ws.Span(i).Start) {
		h.partOfPrev = true
	}
	return h, true
}

// pledgedBefore reports a verb of pledging before the figure in its
// clause: "créer 500 emplois".
func (r *jobRead) pledgedBefore() bool {
	a, _ := clauseOf(r.ws, r.w.from, r.w.to, r.w.i, r.w.j)
	return lastCue(r.cs.pledgeBefore, r.ws, a, r.w.i) >= 0
}

// trainReach is how many words a verb of training may stand before the
// figure it governs: "nous formons chaque année près de 400".
const trainReach = 5

// trained reports a figure that a verb of training governs, with no verb
// of hiring or creating between them: "nous formons chaque année 400
// collaborateurs" counts trainees, not "former et recruter 300 ingénieurs".
func (r *jobRead) trained() bool {
	ws, cs, i := r.ws, r.cs, r.w.i
	t := lastCue(cs.trainVerbs, ws, max(r.w.from, i-trainReach), i)
	return t >= 0 && lastCue(cs.employOrRecruit, ws, t+1, i) < 0 && lastCue(cs.pledgeBefore, ws, t+1, i) < 0
}

// beneficiaries reports people a programme serves rather than employs: the
// figure at word i after "au profit de" (or "pour" people), or its noun
// ending at word noun followed by "chercheurs d'emploi", "stagiaires"...
func beneficiaries(ws words, cs *jobCueSet, w window, noun, kind int) bool {
	from, to, i := w.from, w.to, w.i
	if _, ok := matchEndingAny(cs.beneficiaryBefore, ws, i, from); ok {
		return true
	}
	if _, ok := cs.beneficiaryFor.MatchEnding(ws, i, from); ok && kind == nounPeople {
		return true
	}
	_, ok := matchAny(cs.beneficiaryAfter, ws, noun, to)
	return ok
}

// newTotal matches, at word k after a number, the head-count a growth verb
// sets: "le nombre de salariés", "l'effectif de l'usine". It returns the
// word after it.
func newTotal(ws words, cs *jobCueSet, k, to int) (int, bool) {
	if e, ok := matchAny(cs.staffTotal, ws, k, to); ok {
		return e, true
	}
	e, ok := matchAny(cs.numberOf, ws, k, to)
	if !ok {
		return k, false
	}
	for _, jn := range jobNounsAt(ws, e, to) {
		if jn.kind == nounPeople {
			continue
		}
		if n, ok := matchFiled(jn.p, ws, e, to); ok {
			return n, true
		}
	}
	return k, false
}

// partReach is how many words may stand between a job figure and the cue
// of its part: the complements of its noun and its deadline ("1 000
// postes d'ingénieurs, de développeurs et de consultants à l'horizon de
// 2028, dont 600 ...").
const partReach = 20

// followsFigure reports whether the part cue at word p comes right after
// the job figure h, no other figure between them: in "500 emplois et 900
// MDH, dont 300 en 2025" the 300 is a part of the sum, not of the jobs.
// A year between them is no figure: "1.000 postes d'ici 2026, puis
// 2.000 à terme".
func followsFigure(d *doc, ws words, h jobHit, p int) bool {
	k := wordAt(ws, h.span.End)
	if k > p || p-k > partReach {
		return false // the figure ends after the cue: "1 collaborateur dont 1, 1"
	}
	years := within(d.years(), ws.Span(k).Start, ws.Span(p).Start)
	for ; k < p; k++ {
		if isDigits(ws.Fold(k)) && !inYear(years, ws.At(k)) {
			return false
		}
	}
	return true
}

// inYear reports a word inside one of the years.
func inYear(years []normalize.Year, w word) bool {
	for _, y := range years {
		if y.Start <= w.Start && w.End <= y.End {
			return true
		}
	}
	return false
}

// elidedPartEnds reports whether a part with an elided noun ends at word
// j: at a clause break, the end of the sentence or a word of elidedNext.
func elidedPartEnds(ws words, cs *jobCueSet, j, to int) bool {
	if j >= to || ws.At(j).Punct() {
		return true
	}
	_, ok := matchAny(cs.elidedNext, ws, j, to)
	return ok
}

// inciseSpan is how many words a comma-enclosed incise between a verb and
// its object may hold.
const inciseSpan = 10

// beforeIncise returns where an incise between commas that ends just
// before word i starts ("emploiera, selon l'accord, 900 ingénieurs": the
// first comma), or i if there is none.
func beforeIncise(ws words, from, i int) int {
	if i-1 <= from || ws.Fold(i-1) != "," {
		return i
	}
	for k := i - 2; k > from && k >= i-inciseSpan; k-- {
		switch {
		case ws.Fold(k) == ",":
			return k
		case clauseBreak(ws, k) || ws.Fold(k) == ".":
			return i
		}
	}
	return i
}

// countBefore reads a figure whose noun comes before it, with a verb
// that gives its level: "le nombre d'emplois créés s'élève à 36.981" (the
// jobs made: by one company its staff, else a statistic), "le nombre de
// salariés atteindra 900" (a pledge), "le total des emplois atteint 900"
// (a head-count).
func (r *jobRead) countBefore() (JobKind, bool) {
	d, ws, cs := r.d, r.ws, r.cs
	from, to, i := r.w.from, r.w.to, r.w.i
	v, ok := matchEndingAny(cs.level, ws, i, max(from, i-5))
	if !ok {
		v, ok = raisedCount(ws, cs, from, i)
	}
	if !ok {
		return "", false
	}
	c := lastCue(cs.countOf, ws, max(from, v-countSpan), v)
	e, kind := 0, nounStaff
	if c >= 0 {
		e, _ = matchAny(cs.countOf, ws, c, v)
	} else if c = lastCue(cs.jobSubject, ws, max(from, v-2*countSpan), v); c >= 0 && subjectOf(ws, c, v) {
		// "les emplois indirects, générés par la logistique, sont estimés
		// à 2.000": the noun after the article, a job in itself.
		e = c + 1
		kind = nounJob
	} else {
		return "", false
	}
	noun := -1
	for _, jn := range jobNounsAt(ws, e, v) {
		if n, ok := matchFiled(jn.p, ws, e, v); ok && jn.kind != nounPeople {
			noun = max(noun, n)
		}
	}
	if noun < 0 {
		return "", false
	}
	if _, ok := matchAny(cs.pastParticiple, ws, noun, v); ok {
		return doneBy(d, ws, cs, r.w, c), true
	}
	return classifyJob(d, ws, cs, window{from, to, i, r.w.j}, kind), true
}

// raisedCount returns the word of "à" before the figure at word i when a
// growth verb raises a count said between them to it: "porter le nombre
// d'emplois dans le secteur de l'offshoring à 270.000".
func raisedCount(ws words, cs *jobCueSet, from, i int) (int, bool) {
	v := i - 1
	if v <= from || !cs.raisedTo.MatchesWord(ws.At(v)) {
		return i, false
	}
	c := lastCue(cs.countOf, ws, max(from, v-countSpan), v)
	if c < 0 {
		return i, false
	}
	_, ok := matchEndingAny(cs.growth, ws, c, from)
	return v, ok
}

// raisedStaff reports a figure at word i that a growth verb raises a
// staff to, said between them: "porter ces effectifs à 270 000".
func raisedStaff(ws words, cs *jobCueSet, from, i int) bool {
	v := i - 1
	if v <= from || !cs.raisedTo.MatchesWord(ws.At(v)) {
		return false
	}
	// The staff, and the sector it counts after it: "porter les emplois
	// de l'offshoring à 270.000".
	for p := v; p >= max(from+1, v-raisedComplementWords); p-- {
		if p < v && !cs.complementOf.MatchesWord(ws.At(p)) {
			continue
		}
		if k, ok := matchEndingAny(cs.staffTotal, ws, p, max(from, p-3)); ok {
			_, ok = matchEndingAny(cs.growth, ws, k, from)
			return ok
		}
	}
	return false
}

// raisedComplementWords is how many words the sector of a staff raised to
// a figure may hold: "les effectifs de la filière automobile à".
const raisedComplementWords = 4

// subjectOf reports words [c, v) that may be one subject before its verb
// at v: no punctuation but the commas of incises, in pairs.
func subjectOf(ws words, c, v int) bool {
	commas := 0
	for k := c; k < v; k++ {
		switch {
		case ws.Fold(k) == ",":
			commas++
		case ws.At(k).Punct():
			return false
		}
	}
	return commas%2 == 0
}

// countSpan is how many words the noun phrase of a count said before its
// figure may hold: "le nombre total de salariés de l'usine de Berrechid".
const countSpan = 10

// share reports whether the figure is a share of a greater whole said
// at word k ("six emplois sur dix", "dont sept sur dix"), not "500.000
// emplois sur 7 ans".
func (r *jobRead) share(k int) bool {
	if _, ok := r.cs.shareOf.Match(r.ws, k, r.w.to); !ok {
		return false
	}
	n, ok := numberAt(r.d, r.ws, r.w.i)
	whole, ok2 := numberAt(r.d, r.ws, k+1)
	return ok && ok2 && whole > n
}

// numberAt returns the value of the number that starts at word k.
func numberAt(d *doc, ws words, k int) (float64, bool) {
	if k >= ws.Len() {
		return 0, false
	}
	sp := ws.Span(k)
	for _, n := range within(d.numbers(), sp.Start, sp.End) {
		if n.Start == sp.Start {
			return n.Value, true
		}
	}
	return 0, false
}

// bracketList reports a figure alone in brackets after a job figure in
// brackets of the same sentence ("A (220 emplois), B (140) et C (95)"), or
// a change in brackets after any job figure of the sentence ("les
// services ont créé 146.000 postes, suivis du BTP (+58.000)").
func (r *jobRead) bracketList() bool {
	ws, prev, i, j := r.ws, r.prev, r.w.i, r.w.j
	o := i - 1
	signed := o > 0 && signs[ws.Fold(o)]
	if signed {
		o--
	}
	if o < 0 || j >= ws.Len() || !openBrackets[ws.Fold(o)] || !closeBrackets[ws.Fold(j)] {
		return false
	}
	if len(prev) == 0 || prev[len(prev)-1].sent != r.d.SentenceAt(ws.Span(i).Start) {
		return false
	}
	p := wordAt(ws, prev[len(prev)-1].span.Start)
	return signed || p > 0 && openBrackets[ws.Fold(p-1)]
}

// atWorkReach is how many words after a worker noun its verb of presence
// may stand: "ouvriers et techniciens se relaient".
const atWorkReach = 4

// atWork reports workers at work now, the figure at word w.i and its noun
// ending at word noun: "2 000 ouvriers travaillent actuellement sur le
// site", "120 agents sont déjà mobilisés".
func atWork(ws words, cs *jobCueSet, w window, noun int) bool {
	if findCue(cs.workers, ws, w.i, noun) < 0 {
		return false
	}
	v := findCue(cs.atWork, ws, noun, min(w.to, noun+atWorkReach))
	return v >= 0 && findCue(cs.now, ws, w.from, w.to) >= 0
}

// maxListedNouns bounds the words of a list of people nouns after the
// first: "1 000 techniciens, opérateurs et contrôleurs qualité seront
// recrutés".
const maxListedNouns = 6

// recruitedAfterList reports people recruited with the verb after them,
// from word k on, past a list of other people nouns: commas, "et" and
// lower-case words up to maxListedNouns ("250 conseillers seront
// recrutés", "1 000 techniciens, opérateurs et contrôleurs qualité seront
// recrutés").
func recruitedAfterList(ws words, cs *jobCueSet, k, to int) bool {
	for j := k; j < min(to, k+maxListedNouns); j++ {
		if _, ok := matchAny(cs.recruitedAfter, ws, j, to); ok {
			return true
		}
		w := ws.At(j)
		if ws.Fold(j) != "," && !listAndAt(ws, cs, j) && (!w.IsWord() || w.Cap() || w.DigitLed()) {
			return false
		}
	}
	return false
}
