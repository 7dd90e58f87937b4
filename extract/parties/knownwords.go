package parties

// knownWordBodies are the public bodies of knownAcronyms that the press
// also writes as a capitalised word ("Masen", "l'Anapec"). Not all of
// them: "Amica" and "Bird" are companies too.
var knownWordBodies = wordSet("masen", "anapec", "onssa", "onhym", "andzoa", "amdie", "ofppt", "onee", "onda", "onmt", "anrt")

// knownWords reads the known public bodies that the press writes as a
// capitalised word rather than in capitals ("Masen", "Anapec", "Onssa"):
// read as companies, they made a public agency the second investor of a
// deal and left its jobs to no one.
func (s *psent) knownWords() {
	for i := range s.toks.Len() {
		t := s.tok(i)
		if s.isClaimed(i) || t.AllCaps() || !t.Cap() || !knownWordBodies[t.Fold()] {
			continue
		}
		if kind, ok := knownAcronyms[t.Fold()]; ok && s.acronymLedEnd(i) == i+1 {
			s.add(occ{kind: kind, acronym: t.Text()}, i, i+1, i, i+1)
		}
	}
}
