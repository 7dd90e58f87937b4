package normalize

// matchApprox reads an approximation marker starting at token i and returns
// its kind and the index just past it.
func matchApprox(toks []token, i int) (Approx, int, bool) {
	if i >= len(toks) || toks[i].kind != tokWord {
		return Exact, i, false
	}
	t := tables()
	list, _ := lookup(t.approx, &t.approxKeys, toks[i].key)
	for _, a := range list {
		if end, ok := MatchAt(a.p, Tokens(toks), i); ok {
			return a.approx, end, true
		}
	}
	return Exact, i, false
}
