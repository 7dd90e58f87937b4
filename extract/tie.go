package extract

import (
	"veille/extract/text"
	"veille/normalize"
)

// tie returns the partner and the city of the figure at ev.
func (l *linker) tie(ev Evidence, useOnly bool) (company, place *string) {
	b, e := l.d.Byte(ev.Start), l.d.Byte(ev.End)
	si := l.d.SentenceAt(b)
	if si < 0 {
		return nil, nil
	}
	if cs := linkCues(); l.several && l.collectiveSubject(cs.collective, si, b) || l.collectiveSubject(cs.members, si, b) || l.zoneSubject(si, b) || l.hostsMany(si, b) || l.approvedMany(si, b) || l.several && l.countedSubject(si, b) || l.opensOn(cs.indefinite, si) {
		return nil, nil // "les signataires tablent sur 6.500 emplois"
	}
	name := l.bracketed(si, b)
	if name == "" {
		name = l.ownClause(si, b, e)
	}
	if (name == "" || name == unlisted) && useOnly && l.investor != "" && l.firstPerson(si, b) {
		// "nous allons recruter 600 personnes", in an interview of its head,
		// even when the subject carried over is the speaker's name, which
		// the parties did not list ("Karima Slaoui : Nous avons ouvert...").
		name = l.investor
	}
	if name == unlisted {
		return nil, nil
	}
	if name == "" && useOnly {
		name = l.only
	}
	if name == "" {
		return nil, nil
	}
	company = new(string) // allocated here only: not for a figure tied to no one
	*company = name
	switch cs := l.cities.of(si); {
	case len(cs) == 1:
		place = &cs[0]
	case len(cs) == 0 && l.topic[si] == name && l.topicAt[si] >= 0 && len(l.cities.of(l.topicAt[si])) == 1:
		place = &l.cities.of(l.topicAt[si])[0]
	}
	return company, place
}

// ownClause returns the partner of the figure at bytes [b, e) of
// sentence si: a company its sentence names, a role noun's, else the
// subject carried over. When a clause opens before the figure on a
// subject the parties did not name ("..., tandis que Nord Textiles prévoit
// 400 emplois", "Enfin, Tanger Aero Parts, qui...") only the names after
// its opening count; without them the figure is that subject's when it
// is plainly a company (plainCompany), else no one's (unlisted).
func (l *linker) ownClause(si, b, e int) string {
	sf, _ := l.d.sentWords(si)
	open := l.newSubject(si, sf, wordAt(l.ws, b), false)
	ms, others := l.bySent.of(si), l.othersBySent.of(si)
	if open >= 0 {
		ms, others = mentionsFrom(ms, l.ws.Span(open).Start), mentionsFrom(others, l.ws.Span(open).Start)
	}
	name := l.inSentence(ms, si, b, e)
	if name == "" {
		name = l.inSentence(others, si, b, e)
	}
	if ref := l.companyRef(si, b); ref != "" && name != "" && !l.companies[name] {
		name = ref // "... entre le ministère, l'AMDIE et l'entreprise, qui prévoit de recruter 650 ingénieurs"
	}
	if name == "" && open >= 0 {
		if name = l.plainCompany(si, open); name == "" {
			return unlisted
		}
	}
	if name == "" {
		name = l.roleSubject(si, b)
	}
	if name == "" {
		name = l.topic[si]
	}
	return name
}

// mentionsFrom returns the mentions of ms that start at byte b or after.
func mentionsFrom(ms []mention, b int) []mention {
	for k, m := range ms {
		if m.Start >= b {
			return ms[k:]
		}
	}
	return nil
}

// bracketed returns the company of a figure in brackets after the item
// of an enumeration it details: "A (220 emplois), B (140)", "la société A
// à Meknès (420 MDH, 600 emplois), un hôtel à Fès (180 MDH, 140
// emplois)". The item runs from the bracket before it (or the sentence
// start) to the bracket's opening; its company is the last one it names.
// An item that names none gets unlisted when a name the parties missed
// ends it ("Zorba (140)") or when it is a noun phrase after an earlier
// item ("et un hôtel à Fès (...)"); "" when the bracket details the
// places of the subject's pledge ("Fès (300 emplois) et Meknès (700
// emplois)") or ends the sentence's first item, so that the sentence
// decides.
func (l *linker) bracketed(si, b int) string {
	from, _ := l.d.sentWords(si)
	o := l.openBracket(from, wordAt(l.ws, b))
	if o < 0 {
		return ""
	}
	item := l.itemStart(from, o)
	name := ""
	for _, ms := range [][]mention{l.bySent.of(si), l.othersBySent.of(si)} {
		for _, m := range ms {
			if m.Start >= l.ws.Span(item).Start && m.End <= l.ws.Span(o).Start && l.companies[m.Name] {
				name = m.Name
			}
		}
		if name != "" {
			return name
		}
	}
	if o == from {
		return ""
	}
	if w := l.ws.At(o - 1); w.Cap() && !l.d.inPlace(w) {
		return unlisted // "Zorba Industries (140 emplois)": a name the parties missed
	}
	bare := true // the item is only a place: "et Meknès (700 emplois)"
	for i := item; i < o; i++ {
		w := l.ws.At(i)
		bare = bare && (w.Cap() || mentionJoiners[w.Fold])
	}
	if !bare && item > from {
		return unlisted // "et un hôtel à Fès (...)", after an earlier item
	}
	return ""
}

// itemStart returns where the item of an enumeration whose bracket opens
// at word o starts: after the bracket of figures before it ("A (420 MDH,
// 600 emplois), B à Taza (...)"), else at the sentence's start (from); a
// bracket with no figure ("l'Agence (AMDIE)") ends no item.
func (l *linker) itemStart(from, o int) int {
	for i := o - 1; i >= from; i-- {
		if !closeBrackets[l.ws.Fold(i)] {
			continue
		}
		figures := false
		for ; i > from && !openBrackets[l.ws.Fold(i)]; i-- {
			figures = figures || isDigits(l.ws.Fold(i))
		}
		if figures {
			return l.closeAfter(i, o) + 1
		}
	}
	return from
}

// closeAfter returns the closing bracket after the opening one at word
// i, before word o.
func (l *linker) closeAfter(i, o int) int {
	for i < o && !closeBrackets[l.ws.Fold(i)] {
		i++
	}
	return i
}

// openBracket returns the bracket that opens before word k of the
// sentence starting at word from and is still open at k (-1 if none).
func (l *linker) openBracket(from, k int) int {
	for i := k - 1; i >= from; i-- {
		switch f := l.ws.Fold(i); {
		case len(f) != 1:
			continue // brackets are one byte: most words spare the lookups
		case closeBrackets[f]:
			return -1
		case openBrackets[f]:
			return i
		}
	}
	return -1
}

// firstPerson reports a figure at byte b of sentence si said in the first
// person plural, in its own clause: "Au niveau national, nous prévoyons
// 900 recrutements".
func (l *linker) firstPerson(si, b int) bool {
	from, to := l.d.sentWords(si)
	i := wordAt(l.ws, b)
	a, _ := clauseOf(l.ws, from, to, i, i+1)
	return lastCue(linkCues().firstPerson, l.ws, a, i) >= 0
}

// opensOn reports whether sentence si opens on a cue of list.
func (l *linker) opensOn(list cueList, si int) bool {
	from, to := l.d.sentWords(si)
	_, ok := matchAny(list, l.ws, from, to)
	return ok
}

// companyRef returns the company a reference back of sentence si before
// byte b stands for ("l'entreprise"), which a figure is for rather than
// an institution named beside it; "" if none.
func (l *linker) companyRef(si, b int) string {
	name := ""
	for _, m := range l.roleRefs.of(si) {
		if m.End <= b && l.companies[m.Name] {
			name = m.Name
		}
	}
	return name
}

// roleSubject returns the company a role noun before byte b in sentence si
// stands for: "le promoteur annonce 600 emplois" ("" if none).
func (l *linker) roleSubject(si, b int) string {
	from, _ := l.d.sentWords(si)
	k := lastCue(linkCues().roles, l.ws, from, wordAt(l.ws, b))
	if k < 0 {
		return ""
	}
	for _, m := range l.roleRefs.of(si) {
		if m.End > l.ws.Span(k).Start && m.Start < b {
			return m.Name
		}
	}
	return l.investor
}

// openingSpan is how many words an opening adverbial may hold before
// the subject after its comma: "Sur une superficie de 150 hectares, la
// zone...".
const openingSpan = 10

// zoneSubject reports a zone or a park as the subject of sentence si,
// opening it or its clause after an opening adverbial ("À terme, la zone
// devrait générer 3.000 emplois"), with no partner named between it and
// the figure at byte b; not a zone in a complement ("une unité dans la
// zone d'Agadir pour 3000 emplois").
func (l *linker) zoneSubject(si, b int) bool {
	from, _ := l.d.sentWords(si)
	i := wordAt(l.ws, b)
	k := from
	for ; k < i && k <= from+openingSpan; k++ {
		if _, ok := matchAny(linkCues().zones, l.ws, k, i); ok && (k == from || l.ws.Fold(k-1) == ",") {
			break
		}
	}
	return k < i && k <= from+openingSpan && !l.namedAfter(si, k, b)
}

// hostsMany reports a figure told after the companies a place is to host,
// in its sentence ("la nouvelle tranche devrait accueillir une quarantaine
// d'unités industrielles et permettre la création de 3 000 emplois"), with
// no partner named between: the jobs are theirs together, no one
// partner's; not "accueillir l'usine de X".
func (l *linker) hostsMany(si, b int) bool {
	from, _ := l.d.sentWords(si)
	i := wordAt(l.ws, b)
	k := max(lastCue(linkCues().hosts, l.ws, from, i), lastCue(jobCues().hosting, l.ws, from, i))
	if k < 0 || l.namedAfter(si, k, b) {
		return false
	}
	for m := k + 1; m < min(i, k+hostedReach); m++ {
		if _, ok := matchAny(jobCues().entities, l.ws, m, i); ok {
			return !singular[l.ws.Fold(m-1)]
		}
	}
	return false
}

// approvedMany reports a figure told after the projects a commission
// approved, counted, in its sentence ("La CRUI a approuvé, mercredi, 27
// projets ..., appelés à générer 2.950 emplois"): the jobs are theirs
// together, no one partner's.
func (l *linker) approvedMany(si, b int) bool {
	from, _ := l.d.sentWords(si)
	i := wordAt(l.ws, b)
	cs := jobCues()
	k := lastCue(cs.approved, l.ws, from, i)
	if k < 0 {
		return false
	}
	for m := k + 1; m < i; m++ {
		if _, ok := matchAny(cs.entities, l.ws, m, i); ok {
			return manyBefore(l.ws, m)
		}
	}
	return false
}

// countedSubject reports a subject that counts two or more projects,
// opening the sentence of the figure at byte b or its clause after an
// opening adverbial, with no partner named before the figure: "Dans le
// tourisme, deux projets hôteliers ... devraient créer 340 emplois" are
// theirs together (the caller asks it only of an article with several
// companies: one company's projects are its own).
func (l *linker) countedSubject(si, b int) bool {
	from, _ := l.d.sentWords(si)
	i := wordAt(l.ws, b)
	starts := []int{from}
	if c := afterLastComma(l.ws, from, min(i, from+openingSpan)); c > from {
		starts = append(starts, c)
	}
	for _, s := range starts {
		for m := s; m < min(i, s+countedSubjectWords); m++ {
			if _, ok := matchAny(linkCues().projects, l.ws, m, i); ok && manyBefore(l.ws, m) {
				return !l.namedAfter(si, m, b)
			}
		}
	}
	return false
}

// countedSubjectWords is how many words may open a subject before the
// noun it counts: "les deux projets".
const countedSubjectWords = 3

// manyBefore reports a count of two or more right before the noun at word
// m: "27 projets", "une trentaine de projets", "plusieurs projets".
func manyBefore(ws words, m int) bool {
	p := m - 1
	if p >= 0 && jobCues().complementOf.MatchesWord(ws.At(p)) {
		p-- // "une trentaine de projets"
	}
	if p < 0 {
		return false
	}
	if manyWords[ws.Fold(p)] {
		return true
	}
	// The figure normalize reads in one word or two ("27", "trois", "une
	// trentaine"); "un projet" is one.
	for a := max(0, p-1); a <= p; a++ {
		in := ws.Text(p)
		if a < p {
			in = ws.Text(a) + " " + in
		}
		if n, err := normalize.ParseNumber(in); err == nil && n.IsInt && n.Int >= 2 {
			return true
		}
	}
	return false
}

// manyWords count two or more of a noun after them, with no figure
// normalize would read: "plusieurs projets", "des centaines de projets".
var manyWords = text.WordSet("plusieurs", "nombreux", "nombreuses", "dizaines", "centaines", "milliers")

// hostedReach is how many words after the verb of hosting the companies
// hosted may be named: "accueillir une quarantaine d'unités".
const hostedReach = 5

// singular determiners name one company: "accueillir l'usine de X".
var singular = text.WordSet("le", "la", "l", "un", "une", "ce", "cet", "cette", "son", "sa", "leur")

// collectiveSubject reports a subject of list standing for many partners
// ("les partenaires", "la convention") before byte b in sentence si, with
// no partner named between it and b.
func (l *linker) collectiveSubject(list cueList, si, b int) bool {
	from, _ := l.d.sentWords(si)
	k := lastCue(list, l.ws, from, wordAt(l.ws, b))
	return k >= 0 && !l.namedAfter(si, k, b)
}

// namedAfter reports a partner of sentence si named after word k, where a
// subject starts, and before byte b: the figure is that partner's, not the
// subject's.
func (l *linker) namedAfter(si, k, b int) bool {
	for _, m := range l.bySent.of(si) {
		if m.Start >= l.ws.Span(k).End && m.End <= b {
			return true
		}
	}
	return false
}

// inSentence returns the company of ms, the mentions of sentence si, that
// the sentence ties to the figure at bytes [b, e): by order after
// "respectivement", else the one the figure is said to be for ("1 400
// emplois pour... Tissages du Saïs"), else the nearest company named
// before it, else one named after it in its clause; institutions only when
// no company is named.
func (l *linker) inSentence(ms []mention, si, b, e int) string {
	if len(ms) == 0 {
		return ""
	}
	if name := l.respectively(si, b); name != "" {
		return name
	}
	if name := l.attributed(ms, e); name != "" {
		return name
	}
	for _, companiesOnly := range []bool{true, false} {
		before, after := -1, -1
		for n, m := range ms {
			if companiesOnly && !l.companies[m.Name] {
				continue
			}
			if m.End <= b {
				before = n
			} else if k, _ := wordsIn(l.ws, m.Start, m.End); after < 0 && breaksBetween(l.ws, wordAt(l.ws, e), k) == 0 {
				after = n
			}
		}
		pick := before // the nearest before, else the first after
		if pick < 0 {
			pick = after
		}
		if pick >= 0 {
			if name, ok := l.joint(ms, pick); companiesOnly && ok {
				return name
			}
			return ms[pick].Name
		}
	}
	return ""
}

// attributed returns the company a figure ending at byte e is said to be
// for, later in its clause: "1 400 emplois pour la nouvelle unité de
// Tissages du Saïs".
func (l *linker) attributed(ms []mention, e int) string {
	j := wordAt(l.ws, e)
	if _, ok := matchAny(linkCues().attribution, l.ws, j, l.ws.Len()); !ok {
		return ""
	}
	for n, m := range ms {
		if m.Start < e || !l.companies[m.Name] {
			continue
		}
		k, _ := wordsIn(l.ws, m.Start, m.End)
		if breaksBetween(l.ws, j, k) == 0 {
			if name, ok := l.joint(ms, n); ok {
				return name
			}
			return m.Name
		}
		break
	}
	return ""
}

// joint returns the partner of a figure said of the company ms[k] listed
// with others: two companies joined by "et" ("créés par Lear et Delphi",
// "Lear et Delphi créeront...") make a joint pledge, both names in the
// order written; a longer list ending in "et" ("A, B et C créeront
// ensemble...") gets no partner (unlisted). ok is false when ms[k] is not
// in such a list.
func (l *linker) joint(ms []mention, k int) (string, bool) {
	a, b := k, k
	for a > 0 && l.joined(ms[a-1], ms[a], mentionJoiners) {
		a--
	}
	for b+1 < len(ms) && l.joined(ms[b], ms[b+1], mentionJoiners) {
		b++
	}
	switch {
	case a == b || !l.joined(ms[b-1], ms[b], jointJoiners):
		return "", false // one name, or "Après A, B, C..."
	case b-a == 1:
		return ms[a].Name + ", " + ms[b].Name, true
	default:
		return unlisted, true
	}
}

// joined reports two company mentions with only one word of joiners
// between them.
func (l *linker) joined(a, b mention, joiners map[string]bool) bool {
	i, j := wordsIn(l.ws, a.End, b.Start)
	return a.Name != b.Name && l.companies[a.Name] && l.companies[b.Name] && j-i == 1 && joiners[l.ws.Fold(i)]
}

// respectively ties "A, B et C créeront respectivement 100, 200 et 300
// emplois" by order: the figure's rank among the numbers after
// "respectivement" picks the partner of the same rank.
func (l *linker) respectively(si, b int) string {
	s := l.d.Sents[si]
	from, to := l.d.sentWords(si)
	r := findCue(linkCues().respectively, l.ws, from, to)
	if r < 0 || b < l.ws.Span(r).End {
		return ""
	}
	names := l.namesIn(nil, si)
	rank := 0
	for _, n := range normalize.Numbers(l.d.Text[l.ws.Span(r).End:s.End]) {
		if l.ws.Span(r).End+n.Start >= b {
			break
		}
		if !n.Percent && !n.Year {
			rank++
		}
	}
	if rank < len(names) {
		return names[rank]
	}
	return ""
}

// bySentence holds items of the text (mentions, cities) by sentence, in
// one list in text order: a dense page has some in every sentence, which
// a list per sentence would allocate apart. Items are added in text order.
type bySentence[T any] struct {
	items []T
	at    []int32 // at[si]: where the items of sentence si start
}

// add files v under sentence si, which no sentence added before follows.
func (s *bySentence[T]) add(si int, v T) {
	s.open(si, len(s.items))
	s.items = append(s.items, v)
}

// open starts the sentences up to si, which no sentence started before
// follows, at item k: the sentences before si start there too (none of
// them has an item).
func (s *bySentence[T]) open(si, k int) {
	for len(s.at) <= si {
		s.at = append(s.at, int32(k))
	}
}

// of returns the items of sentence si.
func (s *bySentence[T]) of(si int) []T {
	if si >= len(s.at) {
		return nil
	}
	end := len(s.items)
	if si+1 < len(s.at) {
		end = int(s.at[si+1])
	}
	return s.items[s.at[si]:end:end]
}
