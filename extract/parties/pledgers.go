package parties

// pledgers reads the names the other rules miss because they hold no
// company word and follow no trigger noun, where they are the subject of
// a verb of creating, hiring or investing: "Tanger Aero Parts recrutera
// 600 personnes", "Atlas Horizons, qui exploite trois hôtels, investira
// 40 MDH", "le câblier allemand Kabelwerk prévoit 400 emplois". Only a
// company pledges so. People are read before, so that "Karim Tazi
// investira" stays a person; a name of one word needs a descriptor.
func (s *psent) pledgers() {
	if !s.hasWord(lxCommitmentWords | lxPledgeWords) {
		return
	}
	for i := 0; i < s.toks.Len(); i++ {
		if !s.nameish(i) || s.isClaimed(i) || s.cap(i-1) {
			continue
		}
		e := s.companyRunAt(i)
		if e == i || e-i < 2 && !s.described(i) || !s.free(i, e) || !s.validCompany(i, e) || s.onlyPlaces(i, e) || !s.pledgesAt(e) {
			continue
		}
		s.add(occ{kind: kindCompany}, i, e, i, e)
		i = e - 1
	}
}

// described reports whether a name at i follows a descriptor: a
// determiner and a common noun, maybe with an adjective ("le câblier
// allemand", "le fabricant"), not a body's head or a role ("le
// gouvernement", "le ministre").
func (s *psent) described(i int) bool {
	isNoun := func(k int) bool {
		t := s.tok(k)
		return t.IsWord() && !t.Cap() && !t.has(lxStopWords|lxNameStop|lxOrgHeads|lxComplementPreps) && roleHead(s, k) == ""
	}
	for n := 1; n <= 2; n++ {
		if i-n-1 < 0 || !isNoun(i-n) {
			return false
		}
		if s.is(i-n-1, lxDeterminers) {
			return true
		}
	}
	return false
}

// pledgeReach is how far after a verb of pledging its jobs may stand
// ("prévoit 400 emplois", "prévoit la création de 400 emplois").
const pledgeReach = 5

// pledgesAt reports whether a verb of commitment stands at token k, or a
// verb of pledging before jobs, maybe after a relative clause between
// commas (", qui emploie 320 personnes,").
func (s *psent) pledgesAt(k int) bool {
	if s.in(k, listJoiners) && s.in(k+1, relativeQui) {
		for k += 2; k < s.toks.Len() && !s.in(k, listJoiners); k++ {
		}
		k++
	}
	if s.is(k, lxCommitmentWords) {
		return true
	}
	if !s.is(k, lxPledgeWords) {
		return false
	}
	for j := k + 1; j < s.toks.Len() && j <= k+pledgeReach; j++ {
		if s.is(j, lxJobWords) {
			return true
		}
	}
	return false
}
