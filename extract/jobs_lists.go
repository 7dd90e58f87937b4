package extract

// Figures in lists and fact sheets: the label a figure follows ("-
// Emplois : 450 directs"), the part of a total that opens its clause ("Sur
// les 8.000 emplois visés, environ 5.000..."), the gapped items of a list
// whose verb and noun are said once, and the figures listed by place
// ("1.200 emplois à Tanger et 800 à Kénitra").

// labelled reports a figure right after the label of a fact sheet that
// names jobs, opening its line or list item: "- Emplois : 450 directs",
// "Nombre de postes prévus : 180".
func (r *jobRead) labelled() bool {
	ws, from, i := r.ws, r.w.from, r.w.i
	if i-1 <= from || ws.Fold(i-1) != ":" {
		return false
	}
	a := from
	for a < i-1 && ws.At(a).Punct() {
		a++ // a list mark
	}
	if i-1-a > labelWords {
		return false
	}
	for k := a; k < i-1; k++ {
		if e, kind := jobNounAt(ws, k, i-1); e > k && kind != nounPeople {
			return true
		}
	}
	return false
}

// labelWords is how many words the label of a fact sheet may hold:
// "Nombre de postes directs prévus".
const labelWords = 5

// opensClause reports whether the figure at words [i, j) opens its clause,
// but for an approximation or two: "Sur les 8.000 emplois visés, environ
// 5.000 ...".
func opensClause(ws words, from, to, i, j int) bool {
	a, _ := clauseOf(ws, from, to, i, j)
	return i-a <= clauseLead
}

// clauseLead is how many words may open a clause before the figure that
// is its subject ("près de", "environ").
const clauseLead = 2

// quoteFold is the folded form of every quotation mark (« » “ ” „ ").
const quoteFold = `"`

// quoteSpan is how many words a quoted name may hold.
const quoteSpan = 12

// quoteOpening returns where the quotes that close right before word k
// open ("« l'industrie, y compris l'artisanat »"), or k if none close there.
func quoteOpening(ws words, from, k int) int {
	if k-1 <= from || ws.Fold(k-1) != quoteFold {
		return k
	}
	for q := k - 2; q >= from && k-q <= quoteSpan; q-- {
		if ws.Fold(q) == quoteFold {
			return q
		}
	}
	return k
}

// gappedItem returns the comma or "et" that opens the item of a list
// whose verb and noun are elided, right before the figure at word i: a
// noun phrase led by a determiner, of a few words, with no number, which
// an incise between commas may follow ("et l'industrie, y compris
// l'artisanat, 27.000").
func gappedItem(ws words, cs *jobCueSet, from, i int) (int, bool) {
	k := quoteOpening(ws, from, beforeIncise(ws, from, i)) // "celui des « BTP » 45.000": the quoted name is one word
	for s := k - 1; s > from && s >= k-listItemWords; s-- {
		if ws.At(s).Punct() || isDigits(ws.Fold(s)) {
			return 0, false
		}
		if _, ok := matchAny(cs.gapDeterminers, ws, s, k); !ok {
			continue
		}
		if p := s - 1; ws.Fold(p) == "," || listAndAt(ws, cs, p) {
			return p, true
		}
	}
	return 0, false
}

// placedPart reports a figure, its noun elided, followed by the place of
// its jobs: "1.200 emplois à Tanger et 800 à Kénitra", "600 postes au
// Technopole d'Oujda et 400 à Tétouan Shore".
func (r *jobRead) placedPart() bool {
	ws, j := r.ws, r.w.j
	e, ok := matchAny(r.cs.placePreps, ws, j, r.w.to)
	if !ok || e >= r.w.to || len(r.prev) == 0 {
		return false // no place after the preposition: "... et 400 à."
	}
	// The figure read last is the one whose noun is elided, not another
	// count listed right before ("2.300 personnes dans trois usines, deux
	// à Tanger"); one in an incise between does not count ("1.500 à Fès,
	// où le premier plateau de 400 positions ouvrira en mai, et 1.000 à
	// Oujda").
	if r.countedBetween(r.prev[len(r.prev)-1], r.w.i-placedListReach) {
		return false
	}
	ps := within(r.d.places(), ws.Span(e).Start, ws.Span(min(r.w.to, e+placedReach)-1).End)
	return len(ps) > 0
}

// countedBetween reports another count, not a year, between the job
// figure last and the figure, ending at word k or after: the elided noun
// is that count's.
func (r *jobRead) countedBetween(last jobHit, k int) bool {
	ws := r.ws
	for _, n := range within(r.d.numbers(), last.span.End, ws.Span(r.w.i).Start) {
		if !n.Year && wordAt(ws, n.End) >= k {
			return true
		}
	}
	return false
}

// placedListReach is how many words before an elided figure the count
// it would be listed with stands: "trois usines, deux".
const placedListReach = 4

// placedReach is how many words after its preposition the place of a
// figure may be named: "au Technopole d'Oujda".
const placedReach = 3
