package parties

// pledgers reads the names the other rules miss because they hold no
// company word and follow no trigger noun, where they are the subject of
// a verb of creating, hiring or investing: "Tanger Aero Parts recrutera
// 600 personnes", "Atlas Horizons, qui exploite trois hôtels, investira
// 40 MDH". Only a company pledges so; people are read before, so that
// "Karim Tazi investira" stays a person, and a run needs two words.
func (s *psent) pledgers() {
	if !s.hasWord(lxCommitmentWords) {
		return
	}
	for i := 0; i < len(s.toks); i++ {
		if s.claimed[i] || s.cap(i-1) {
			continue
		}
		e := s.companyRunAt(i)
		if e-i < 2 || !s.free(i, e) || !s.validCompany(i, e) || s.onlyPlaces(i, e) || !s.pledgesAt(e) {
			continue
		}
		s.add(occ{kind: KindCompany}, i, e, i, e)
		i = e - 1
	}
}

// pledgesAt reports whether a verb of commitment stands at token k, or
// after a relative clause between commas (", qui emploie 320 personnes,").
func (s *psent) pledgesAt(k int) bool {
	if s.in(k, listJoiners) && s.in(k+1, relativeQui) {
		for k += 2; k < len(s.toks) && !s.in(k, listJoiners); k++ {
		}
		k++
	}
	return s.is(k, lxCommitmentWords)
}
