package extract

import (
	"sort"
	"sync"

	"veille/normalize"
)

// linkCueSet holds the words that tie figures to partners across sentences.
type linkCueSet struct {
	ordinals []ordinal
	// nouns an ordinal introduces: "le deuxième protocole", "le troisième
	// engagement".
	topics       []phrase
	respectively phrase
}

// ordinal is a rank word: "premier" → 1, "dernier" → -1 (the last).
type ordinal struct {
	p    phrase
	rank int
}

var linkCues = sync.OnceValue(func() *linkCueSet {
	ranks := []string{"premier|première|1er|1ère", "deuxième|second|seconde|2e|2ème", "troisième|3e|3ème",
		"quatrième|4e|4ème", "cinquième|5e|5ème", "sixième|6e|6ème", "septième", "huitième", "neuvième", "dixième"}
	c := &linkCueSet{
		topics: cues("partenariat(s)", "protocole(s)", "accord(s)", "mémorandum(s)", "convention(s)",
			"engagement(s)", "projet(s)", "contrat(s)", "volet(s)", "investissement(s)", "partenaire(s)",
			"opérateur(s)", "investisseur(s)", "entreprise(s)", "société(s)", "mou", "lettre(s)", "avenant(s)"),
		respectively: cue("respectivement"),
	}
	for i, r := range ranks {
		c.ordinals = append(c.ordinals, ordinal{cue(r), i + 1})
	}
	c.ordinals = append(c.ordinals, ordinal{cue("dernier|dernière"), -1})
	return c
})

// linker ties figures to the partners of the article.
type linker struct {
	d         *doc
	ws        []word
	partners  map[string]bool // partner names: companies and institutions
	companies map[string]bool
	bySent    [][]mention // partner mentions of each sentence
	topic     []string    // the partner each sentence is about ("" if none)
	topicAt   []int       // the sentence that made it the topic
	cities    [][]string  // distinct cities named in each sentence
}

// link fills Job.Company, Job.Place and Amount.Company from the party
// mentions, and builds the commitments: one per partner, merging what it
// pledged, plus the pledges with a deadline or a total but no partner.
// A partner is tied to a figure by the sentence that names both (the
// nearest mention before the figure), by ordinals following an enumeration
// ("trois protocoles avec A, B et C... le deuxième protocole..."), or by
// the subject carried over from an earlier sentence ("La filiale devrait
// créer..."). Head-counts get a company but are not commitments;
// statistics get neither.
func link(d *doc, rec *Record, mentions []mention) {
	l := newLinker(d, rec, mentions)
	for i := range rec.Jobs {
		j := &rec.Jobs[i]
		if j.Kind == JobStatistic {
			continue
		}
		j.Company, j.Place = l.tie(j.Evidence)
	}
	for i := range rec.Amounts {
		a := &rec.Amounts[i]
		if a.Kind != AmountInvestment {
			continue
		}
		a.Company, _ = l.tie(a.Evidence)
	}
	rec.Commitments = commitments(d, rec)
}

func newLinker(d *doc, rec *Record, mentions []mention) *linker {
	l := &linker{d: d, ws: d.words(), partners: map[string]bool{}, companies: map[string]bool{}}
	for _, p := range rec.Signatories {
		if p.Kind == KindCompany || p.Kind == KindInstitution {
			l.partners[p.Name] = true
			l.companies[p.Name] = p.Kind == KindCompany
		}
	}
	if len(l.partners) == 0 {
		for _, p := range rec.Actors {
			if p.Kind == KindCompany {
				l.partners[p.Name] = true
				l.companies[p.Name] = true
			}
		}
	}
	n := len(d.sents)
	l.bySent = make([][]mention, n)
	for _, m := range mentions {
		if !l.partners[m.name] {
			continue
		}
		if si := d.sentenceAt(m.start); si >= 0 {
			l.bySent[si] = append(l.bySent[si], m)
		}
	}
	l.cities = make([][]string, n)
	for _, m := range normalize.Places(d.text) {
		c := placeCity(m.Place)
		si := d.sentenceAt(m.Start)
		if c == "" || si < 0 || contains(l.cities[si], c) {
			continue
		}
		l.cities[si] = append(l.cities[si], c)
	}
	l.topics(l.enumeration())
	return l
}

// enumeration returns the partners in the order the article lists them:
// the sentence naming the most partners, else the order of first mention.
func (l *linker) enumeration() []string {
	var best []string
	var first []string
	for _, ms := range l.bySent {
		var names []string
		for _, m := range ms {
			if !contains(names, m.name) {
				names = append(names, m.name)
			}
			if !contains(first, m.name) {
				first = append(first, m.name)
			}
		}
		if len(names) > len(best) {
			best = names
		}
	}
	if len(best) >= 2 {
		for _, n := range first {
			if !contains(best, n) {
				best = append(best, n)
			}
		}
		return best
	}
	return first
}

// topics sets the partner each sentence is about: the one it names, the
// one its ordinal picks from the enumeration, else that of the sentence
// before.
func (l *linker) topics(enum []string) {
	cs := linkCues()
	n := len(l.d.sents)
	l.topic = make([]string, n)
	l.topicAt = make([]int, n)
	cur, at := "", -1
	for si := range l.d.sents {
		if rank := l.ordinalIn(cs, si); rank != 0 && len(enum) > 0 {
			switch {
			case rank < 0:
				cur, at = enum[len(enum)-1], si
			case rank <= len(enum):
				cur, at = enum[rank-1], si
			}
		} else if names := l.namesIn(si); len(names) == 1 {
			cur, at = names[0], si
		} else if len(names) > 1 {
			cur, at = "", -1
		}
		l.topic[si], l.topicAt[si] = cur, at
	}
}

// ordinalIn returns the rank of "le deuxième protocole" in sentence si
// (0 if none).
func (l *linker) ordinalIn(cs *linkCueSet, si int) int {
	s := l.d.sents[si]
	from, to := wordsIn(l.ws, s.start, s.end)
	for i := from; i < to; i++ {
		for _, o := range cs.ordinals {
			if e, ok := o.p.matchAt(l.ws, i, to); ok {
				if _, ok := matchAny(cs.topics, l.ws, e, to); ok {
					return o.rank
				}
			}
		}
	}
	return 0
}

// namesIn returns the distinct partners named in sentence si.
func (l *linker) namesIn(si int) []string {
	var names []string
	for _, m := range l.bySent[si] {
		if !contains(names, m.name) {
			names = append(names, m.name)
		}
	}
	return names
}

// tie returns the partner and the city of the figure at ev.
func (l *linker) tie(ev Evidence) (company, place *string) {
	b := l.d.byteOf(ev.Start)
	si := l.d.sentenceAt(b)
	if si < 0 {
		return nil, nil
	}
	name := l.inSentence(si, b)
	if name == "" {
		name = l.topic[si]
	}
	if name == "" {
		return nil, nil
	}
	company = &name
	switch cs := l.cities[si]; {
	case len(cs) == 1:
		place = &cs[0]
	case len(cs) == 0 && l.topic[si] == name && l.topicAt[si] >= 0 && len(l.cities[l.topicAt[si]]) == 1:
		place = &l.cities[l.topicAt[si]][0]
	}
	return company, place
}

// inSentence returns the partner sentence si ties to the figure at byte b:
// by order after "respectivement", else the nearest company named before
// it, else after it; institutions only when no company is named.
func (l *linker) inSentence(si, b int) string {
	ms := l.bySent[si]
	if len(ms) == 0 {
		return ""
	}
	if name := l.respectively(si, b); name != "" {
		return name
	}
	for _, companiesOnly := range []bool{true, false} {
		before, after := "", ""
		for _, m := range ms {
			if companiesOnly && !l.companies[m.name] {
				continue
			}
			if m.end <= b {
				before = m.name
			} else if after == "" {
				after = m.name
			}
		}
		if before != "" {
			return before
		}
		if after != "" {
			return after
		}
	}
	return ""
}

// respectively ties "A, B et C créeront respectivement 100, 200 et 300
// emplois" by order: the figure's rank among the numbers after
// "respectivement" picks the partner of the same rank.
func (l *linker) respectively(si, b int) string {
	s := l.d.sents[si]
	from, to := wordsIn(l.ws, s.start, s.end)
	r := findCue([]phrase{linkCues().respectively}, l.ws, from, to)
	if r < 0 || b < l.ws[r].end {
		return ""
	}
	names := l.namesIn(si)
	rank := 0
	for _, n := range normalize.Numbers(l.d.text[l.ws[r].end:s.end]) {
		if l.ws[r].end+n.Start >= b {
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

// byteOf converts a rune offset of the text to a byte offset.
func (d *doc) byteOf(r int) int {
	return sort.Search(len(d.runeOf), func(i int) bool { return int(d.runeOf[i]) >= r })
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// commitments builds one commitment per partner from its pledges and
// investment amounts, then one per partner-less pledge that has a deadline
// or is a total of other pledges.
func commitments(d *doc, rec *Record) []Commitment {
	out := []Commitment{}
	var agreement *string
	if len(rec.Agreements) > 0 {
		agreement = &rec.Agreements[0].Type
	}
	index := map[string]int{}
	get := func(name string) *Commitment {
		if at, ok := index[name]; ok {
			return &out[at]
		}
		n := name
		index[name] = len(out)
		out = append(out, Commitment{Partner: &n, Agreement: agreement, Evidence: []Evidence{}})
		return &out[len(out)-1]
	}
	totals := map[int64]bool{}
	for _, j := range rec.Jobs {
		if j.PartOf != nil {
			totals[*j.PartOf] = true
		}
	}
	var loose []int // partner-less pledges kept as commitments
	for i, j := range rec.Jobs {
		if j.Kind != JobPledged {
			continue
		}
		if j.Company == nil {
			if j.Year != nil || totals[j.Count] {
				loose = append(loose, i)
			}
			continue
		}
		c := get(*j.Company)
		if j.PartOf == nil || !partnerPledged(rec.Jobs, *j.Company, *j.PartOf) {
			c.Jobs = addInt(c.Jobs, j.Count)
		}
		if c.Year == nil {
			c.Year = j.Year
		}
		if c.Place == nil {
			c.Place = j.Place
		}
		c.Evidence = append(c.Evidence, j.Evidence)
	}
	for _, i := range loose {
		j := rec.Jobs[i]
		count := j.Count
		out = append(out, Commitment{Jobs: &count, Year: j.Year, Place: j.Place, Agreement: agreement,
			Evidence: []Evidence{j.Evidence}})
	}
	for _, a := range rec.Amounts {
		if a.Kind != AmountInvestment || a.ValueMAD == nil {
			continue
		}
		var c *Commitment
		if a.Company != nil {
			c = get(*a.Company)
		} else {
			c = looseInSentence(d, out, a.Evidence)
		}
		if c == nil {
			continue
		}
		c.AmountMAD = addInt(c.AmountMAD, *a.ValueMAD)
		c.Evidence = append(c.Evidence, a.Evidence)
	}
	return out
}

// partnerPledged reports whether the partner pledged a total of count.
func partnerPledged(jobs []Job, partner string, count int64) bool {
	for _, j := range jobs {
		if j.Kind == JobPledged && j.Count == count && j.Company != nil && *j.Company == partner {
			return true
		}
	}
	return false
}

// looseInSentence returns the partner-less commitment stated in the same
// sentence as ev ("5 050 emplois... pour 65 millions de dirhams").
func looseInSentence(d *doc, out []Commitment, ev Evidence) *Commitment {
	si := d.sentenceAt(d.byteOf(ev.Start))
	for i := range out {
		c := &out[i]
		if c.Partner != nil {
			continue
		}
		for _, e := range c.Evidence {
			if d.sentenceAt(d.byteOf(e.Start)) == si {
				return c
			}
		}
	}
	return nil
}

func addInt(p *int64, v int64) *int64 {
	if p != nil {
		v += *p
	}
	return &v
}
