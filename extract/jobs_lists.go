package extract

// Figures in lists and fact sheets: the label a figure follows ("-
// Emplois : 450 directs"), the part of a total that opens its clause ("Sur
// les 8.000 emplois visés, environ 5.000..."), and the gapped items of a
// list whose verb and noun are said once.

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
