package extract

import (
	"slices"
	"strings"
	"sync"

	"veille/extract/text"
	"veille/normalize"
)

// linkCueSet holds the words that tie figures to partners across sentences.
type linkCueSet struct {
	ordinals keyIndex[ordinal] // by the keys of their word
	// nouns an ordinal introduces: "le deuxième protocole", "le troisième
	// engagement".
	topics       cueList
	respectively cueList
	determiner   phrase
	leading      phrase  // words that open a reference back: "La filiale", "Cette société"
	parent       cueList // words that introduce a parent company
	attribution  cueList // "pour", "chez": the company a figure is for follows
	// subjects that stand for all the partners: "les signataires", "la
	// convention", "le programme".
	collective cueList
	// subjects that stand for many companies, never one partner: "les
	// entreprises membres de la fédération s'engagent à...".
	members cueList
	// indefinite pronouns opening a sentence, several unnamed others:
	// "Certains projettent 25.000 emplois dans la filière".
	indefinite cueList
	// role nouns that stand for the investor of the agreement: "le
	// promoteur annonce 600 emplois".
	roles cueList
	// verbs right after an ordinal opening a sentence, its noun elided:
	// "Le deuxième concerne...".
	elidedVerbs cueList
	// a sentence opening with "Enfin" after ordinals is the next rank.
	finally cueList
	// a figure in the first person ("nous allons recruter 600 personnes")
	// is the speaker's company, the one of the article.
	firstPerson cueList
	// a zone or park as the subject: its jobs are its companies'
	// together, no one partner's ("À terme, la zone devrait générer...").
	zones cueList
	// verbs of a place that is to host companies: "devrait accueillir une
	// quarantaine d'unités" (the present is jobCues' hosting).
	hosts cueList
	// the projects a subject counts, whose jobs are theirs together: "deux
	// projets hôteliers" (not companies: "les deux sociétés" pledge jointly).
	projects cueList
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
		respectively: cues("respectivement"),
		determiner:   cue("le|la|l"),
		leading: cue("le|la|les|l|du|de|des|d|au|aux|ce|cet|cette|ces|sa|son|ses|leur|leurs|" +
			"celui|celle|ceux|celles|un|une|notre|nos|votre|vos"),
		collective: cues("les|ces signataires|partenaires|parties", "les deux|trois|quatre parties|partenaires|signataires",
			"l ensemble des partenaires|signataires|parties", "la|cette convention", "le|ce programme", "l|cet accord",
			"le|ce protocole", "le|ce mémorandum", "ces conventions|accords|protocoles|mémorandums",
			// a counted group of projects, when several companies have one
			// each: "les trois projets devraient générer...".
			"les|ces deux|trois|quatre|cinq|six|sept|huit|neuf|dix projets|investissements|unités|usines"),
		members: cues("les|ses|leurs entreprises|sociétés membres|adhérentes", "les|ses|leurs adhérents",
			"les|ses|leurs sous traitants|fournisseurs|prestataires",
			"deux|trois|quatre|cinq|six|sept|huit|neuf|dix investisseurs|groupes|sociétés|entreprises|opérateurs|industriels|firmes"),
		indefinite: cues("certain(e)s", "plusieurs", "d autres", "beaucoup", "la plupart"),
		roles: cues("le|l promoteur|investisseur|industriel|équipementier|constructeur",
			"le porteur du|de projet"),
		elidedVerbs: cues("concerne(nt)", "porte(nt)", "associe(nt)", "lie(nt)", "vise(nt)", "prévoit",
			"prévoient", "implique(nt)", "réunit", "réunissent", "engage(nt)", "est", "sera", "permettra",
			"permet", "a", "devrait", "cible", "intéresse"),
		finally:     cues("enfin", "finalement", "en dernier lieu"),
		firstPerson: cues("nous"),
		zones:       cues("la|cette zone", "l ensemble de la zone", "le|ce parc", "l ensemble du parc"),
		hosts: cues("accueillir", "accueillera", "accueilleront", "abriter", "abritera", "abriteront",
			"héberger", "hébergera", "hébergeront"),
		projects:    cues("projet(s)", "unité(s)", "usine(s)", "investissement(s)", "complexe(s)"),
		attribution: cues("pour", "chez", "au sein de|du|des", "au profit de|du|des", "par"),
		parent: cues("filiale(s) de|du|d|des", "filiale(s) du groupe", "filiale(s) de la société",
			"maison mère", "société mère", "appartenant à|au", "détenu(e)(s) par"),
	}
	add := func(o ordinal) { c.ordinals.put(o.p[0], o) }
	for i, r := range ranks {
		add(ordinal{cue(r), i + 1})
	}
	add(ordinal{cue("dernier|dernière"), -1})
	return c
})

// linker ties figures to the partners of the article.
type linker struct {
	d         *doc
	ws        words
	partners  map[string]bool // partner names: companies and institutions
	companies map[string]bool
	bySent    bySentence[mention] // partner mentions of each sentence
	// mentions of the other companies of each sentence: a figure goes to
	// one of them when its sentence names no partner.
	othersBySent bySentence[mention]
	parents      map[string]bool // partners named as the parent of another ("filiale de X")
	hosts        map[string]bool // partners that develop the zone the investor settles in
	only         string          // the one company partner of the article, if there is one
	// the company a role noun stands for when no mention resolves it: the
	// one that invests, else the one company partner.
	investor string
	roleRefs bySentence[mention] // references back by a role noun, by sentence
	named    bySentence[mention] // every mention of each sentence: people, places aside, partners or not
	several  bool                // the article has several company partners
	topic    []string            // the partner each sentence is about ("" if none)
	topicAt  []int               // the sentence that made it the topic
	cities   bySentence[string]  // distinct cities named in each sentence
	// the names of companies, folded and between spaces (partOfName),
	// read once the companies are known
	companyKeys []string
}

// link fills Job.Company, Job.Place and Amount.Company from the party
// mentions, and builds the commitments. A partner (a company or
// institution that is a party, else a company the article names) is tied
// to a figure by the sentence that names both (the nearest mention before
// the figure), by a role noun standing for the investor ("le promoteur
// annonce..."), by ordinals following an enumeration ("trois protocoles
// avec A, B et C... le deuxième protocole...", the company an ordinal's
// sentence names taking its rank), by the company an earlier sentence was
// about ("La filiale devrait créer..."), or as the only company of the
// article. A parent named to describe its subsidiary
// ("Cnexia, filiale de Bell Canada") is not a partner. Head-counts get a
// company but are not commitments; statistics get neither.
func link(d *doc, rec *Record, mentions []mention) {
	l := newLinker(d, rec, mentions)
	investors := map[string]bool{}
	for i := range rec.Amounts {
		a := &rec.Amounts[i]
		if a.Kind != AmountInvestment {
			continue
		}
		// Sums are often the sector's or the region's: only a sentence or
		// the subject carried over ties them to a partner.
		if a.Company, _ = l.tie(a.Evidence, false); a.Company != nil && l.companies[*a.Company] {
			investors[*a.Company] = true
		}
	}
	if len(investors) == 1 {
		for name := range investors {
			l.investor = name
		}
	}
	for i := range rec.Jobs {
		j := &rec.Jobs[i]
		if j.Kind == JobStatistic {
			continue
		}
		// A figure said again may name its partner only the second time.
		for k := -1; k < len(j.Also); k++ { // the first mention, then the others
			ev := j.Evidence
			if k >= 0 {
				ev = j.Also[k]
			}
			if j.Company, j.Place = l.tie(ev, true); j.Company != nil {
				break
			}
		}
	}
	rec.Commitments = commitments(d, rec)
}

func newLinker(d *doc, rec *Record, mentions []mention) *linker {
	parties := rec.Signatories
	fromActors := !hasCompany(parties)
	if fromActors {
		parties = rec.Actors
	}
	// The maps of names are sized once: a dense page names thousands.
	l := &linker{d: d, ws: d.words(), partners: make(map[string]bool, len(parties)),
		companies: make(map[string]bool, len(parties)), parents: map[string]bool{}}
	public := publicCompanies(rec.Signatories, rec.Actors)
	for _, p := range parties {
		if p.Kind == KindCompany || (p.Kind == KindInstitution && p.Via != ViaMention) {
			l.partners[p.Name] = true
			l.companies[p.Name] = p.Kind == KindCompany && !public[p.Name]
		}
	}
	for _, p := range parties {
		if l.partners[p.Name] && p.Organization != nil && l.partners[*p.Organization] {
			l.parents[*p.Organization] = true
		}
	}
	l.hosts = l.findHosts(mentions)
	// A bank beside the investor is set aside as no investor, but still
	// makes the partners several: "les signataires" are not the investor.
	companies, lenders := 0, 0
	company := "" // the one company, when there is one
	for name, isCompany := range l.companies {
		switch {
		case isCompany && !l.aside(name):
			companies++
			company = name
		case isCompany && l.hosts[name] && isBank(name):
			lenders++
		}
	}
	l.several = companies+lenders > 1
	if companies == 1 && isBank(company) {
		companies = 0 // a bank alone lends to a programme: its jobs are no one partner's
	}
	if companies == 1 {
		l.investor = company
	}
	if companies == 1 && !fromActors && !severalAgreements(rec.Agreements) {
		l.only = company
	}
	others := map[string]bool{} // companies named beside the partners
	if !fromActors {
		for _, p := range rec.Actors {
			if p.Kind == KindCompany && !l.partners[p.Name] && !l.aside(p.Name) && !public[p.Name] {
				others[p.Name] = true
				l.companies[p.Name] = true
			}
		}
	}
	l.sortMentions(mentions, others)
	l.placeCities(rec.Agreements)
	l.topics()
	return l
}

// sortMentions files the mentions of partners, of other companies and the
// role nouns that refer back to a partner by sentence; and every mention,
// in mentions themselves (they come in text order), but those before the
// first sentence.
func (l *linker) sortMentions(mentions []mention, others map[string]bool) {
	d := l.d
	first := 0 // the first mention of a sentence
	l.named.at = make([]int32, 0, len(d.Sents))
	l.bySent = bySentence[mention]{items: make([]mention, 0, len(mentions)), at: make([]int32, 0, len(d.Sents))} // most are partners' on a dense page
	for k, m := range mentions {
		si := d.SentenceAt(m.Start)
		if si < 0 {
			first = k + 1
		} else {
			l.named.open(si, k-first)
		}
		if si < 0 || !l.partners[m.Name] && !others[m.Name] {
			continue // filed nowhere: not read further
		}
		if l.aside(m.Name) || l.describesParent(m) || l.besideSubject(m) {
			continue // a parent company, a host, a source or a place is not the subject
		}
		if i, j := wordsIn(l.ws, m.Start, m.End); isBackReference(d.Text[m.Start:m.End], l.ws.Slice(i, j), m.Name) {
			// "le cabinet", "la filiale": a reference back is weaker than
			// the order of an enumeration or the subject carried over,
			// except a role noun as the subject ("le promoteur").
			if l.partners[m.Name] && l.companies[m.Name] {
				l.roleRefs.add(si, m)
			}
			continue
		}
		switch {
		case l.partners[m.Name]:
			l.bySent.add(si, m)
		case others[m.Name]:
			l.othersBySent.add(si, m)
		}
	}
	l.named.items = mentions[first:]
}

// placeCities files the cities named in each sentence, but for the place
// of a signing, which is not where the jobs are.
func (l *linker) placeCities(agreements []Agreement) {
	d := l.d
	// The places come in text order; each is at most a city of a sentence.
	l.cities = bySentence[string]{items: make([]string, 0, len(d.places())), at: make([]int32, 0, len(d.Sents))}
	for _, m := range d.places() {
		c := placeCity(m.Place)
		si := d.SentenceAt(m.Start)
		if c == "" || si < 0 || slices.Contains(l.cities.of(si), c) || signedAt(agreements, m.Place.Name) {
			continue
		}
		l.cities.add(si, c)
	}
}

// isBackReference reports a mention that refers back with common nouns
// ("La filiale", "du cabinet") rather than by name: it neither holds the
// name nor a proper noun or acronym ("MNC", "Inetum"). The mention's text
// is surface, its words ws (those of the document).
func isBackReference(surface string, ws words, name string) bool {
	// A name has capitals: this test is the cheaper.
	for i, w := range ws.All() {
		if w.Cap() && (i > 0 || !linkCues().leading.MatchesWord(w)) {
			return false
		}
	}
	return !strings.Contains(normalize.Fold(surface), normalize.Fold(name))
}

// describesParent reports a mention introduced as a parent company:
// "filiale de Bell Canada", "filiale du groupe Nippon".
func (l *linker) describesParent(m mention) bool {
	i, _ := wordsIn(l.ws, m.Start, m.End)
	_, ok := matchEndingAny(linkCues().parent, l.ws, i, max(0, i-4))
	return ok
}

// enumeration returns the partners in the order the article lists them:
// the sentence naming the most partners, else the order of first mention.
func (l *linker) enumeration() []string {
	var best, first []string
	seen := make(map[string]bool, len(l.partners)) // the names of first
	for si := range l.bySent.at {
		ms := l.bySent.of(si)
		var names []string
		for _, m := range ms {
			if !slices.Contains(names, m.Name) {
				names = append(names, m.Name)
			}
			if !seen[m.Name] {
				seen[m.Name] = true
				first = append(first, m.Name)
			}
		}
		if len(names) > len(best) {
			best = names
		}
	}
	if len(best) < 2 {
		return first
	}
	inBest := map[string]bool{}
	for _, n := range best {
		inBest[n] = true
	}
	for _, n := range first {
		if !inBest[n] {
			best = append(best, n)
		}
	}
	return best
}

// topics sets the partner each sentence is about: the one it names, the
// one its ordinal picks from the enumeration, else that of the sentence
// before.
func (l *linker) topics() {
	n := len(l.d.Sents)
	l.topic = make([]string, n)
	l.topicAt = make([]int, n)
	ranks := l.ranks()
	var enum []string // read only by ordinals: a dense page has none, and names thousands
	if slices.ContainsFunc(ranks, func(r int) bool { return r != 0 }) {
		enum = l.ranked(l.enumeration(), ranks)
	}
	cur, at := "", -1
	var buf, pbuf [4]string // the names of a sentence and of the one before: a few
	for si := range l.d.Sents {
		if l.several && at >= 0 && ranks[at] == 0 && l.newParagraph(si) {
			// With several investors, a paragraph is about its own, unless
			// an ordinal ("le deuxième protocole") set the subject.
			cur, at = "", -1
		}
		if l.listItem(si) && at >= 0 && l.listItem(at) {
			// "- Contrat avec X... - Contrats portant sur 8 projets": each
			// item of a list of agreements names its own partner.
			cur, at = unlisted, si
		}
		if rank := ranks[si]; rank != 0 && len(enum) > 0 {
			switch name := l.firstCompany(si); {
			case name != "":
				// "Le premier mémorandum lie le CRI à la société A": the
				// company the ordinal's sentence names, whatever the order
				// of an earlier list.
				cur, at = name, si
			case l.firstOther(si) != "":
				// "Le premier, signé par le directeur de NordSun Energy...":
				// a company the parties did not count as a partner.
				cur, at = l.firstOther(si), si
			case len(l.bySent.of(si)) > 0:
				cur, at = unlisted, si // an institution the ordinal's sentence names
			case rank < 0:
				cur, at = enum[len(enum)-1], si
			case rank <= len(enum):
				cur, at = enum[rank-1], si
			default:
				cur, at = unlisted, si // a partner the parties did not list
			}
		} else if names := l.namesIn(buf[:0], si); len(names) == 1 || (len(names) > 1 && !l.enumerates(si) && l.aboutFirst(si, names)) {
			// A sentence about one company, or about one company and
			// others it mentions, is about the first one it names.
			cur, at = names[0], si
			if !l.companies[cur] {
				cur, at = "", -1 // institutions are tied only by their own sentence
			}
		} else if len(names) > 1 {
			cur, at = "", -1
		} else if name := l.subjectIn(l.othersBySent.of(si), si); name != "" {
			// "Le groupe turc Ersan Tekstil y investira...": a company
			// named beside the partners becomes the subject.
			cur, at = name, si
		} else if l.unknownSubject(si) {
			cur, at = unlisted, si // "Dans l'éclairage, Valeo rafle la mise...": a company the parties missed
		} else if name := l.subjectIn(l.roleRefs.of(si), si); name != "" && cur == "" && si > 0 && len(l.namesIn(pbuf[:0], si-1)) > 1 {
			// "A et B ont signé... Cet opérateur prévoit...": after a
			// sentence naming several, a reference back opening the
			// sentence picks one of them.
			cur, at = name, si
		}
		if at >= 0 && si-at > topicSpan {
			cur, at = "", -1
		}
		l.topic[si], l.topicAt[si] = cur, at
	}
}

// enumerates reports whether sentence si lists partners together: two of
// its partner mentions are separated only by a comma or "et".
func (l *linker) enumerates(si int) bool {
	ms := l.bySent.of(si)
	for k := 1; k < len(ms); k++ {
		if ms[k].Name == ms[k-1].Name {
			continue
		}
		i, j := wordsIn(l.ws, ms[k-1].End, ms[k].Start)
		if j-i == 1 && mentionJoiners[l.ws.Fold(i)] {
			return true
		}
	}
	return false
}

// unlisted is the topic of the sentences about a partner the parties did
// not list ("La deuxième convention concerne une PME..."): their figures
// are not the only company's.
const unlisted = "\x00"

// topicSpan is how many sentences a partner stays the subject without
// being named again.
const topicSpan = 3

// ordinalIn returns the rank of "le deuxième protocole" in sentence si
// (0 if none).
func (l *linker) ordinalIn(cs *linkCueSet, si int) int {
	from, to := l.d.sentWords(si)
	for i := from; i < to; i++ {
		if !cs.ordinals.mayHold(text.KeyHash(l.ws.Fold(i))) {
			continue // most words: a bit read
		}
		for _, o := range cs.ordinals.at(l.ws, i) {
			e, ok := matchFiled(o.p, l.ws, i, to)
			if !ok {
				continue
			}
			if _, ok := matchAny(cs.topics, l.ws, e, to); ok {
				return o.rank
			}
			// "Le second, porté par...", "Le deuxième concerne...": the
			// noun is elided.
			if d, det := cs.determiner.MatchEnding(l.ws, i, from); det && e < to {
				if _, verb := matchAny(cs.elidedVerbs, l.ws, e, to); l.ws.Fold(e) == "," || (verb && d == from) {
					return o.rank
				}
			}
		}
	}
	return 0
}

// firstCompany returns the first company partner named in sentence si ("" if none).
func (l *linker) firstCompany(si int) string {
	for _, m := range l.bySent.of(si) {
		if l.companies[m.Name] {
			return m.Name
		}
	}
	return ""
}

// aboutFirst reports whether a sentence that names several partners is
// about the first: it names one company, or the first company is its
// subject, named in its first words ("Alpha a signé avec Beta..."), not
// one of the companies of a list of signers ("paraphée par le directeur
// de Alpha et le président de Beta").
func (l *linker) aboutFirst(si int, names []string) bool {
	n := 0
	for _, name := range names {
		if l.companies[name] {
			n++
		}
	}
	if n < 2 {
		return true
	}
	first := l.bySent.of(si)[0]
	return l.companies[first.Name] && l.leads(si, first)
}

// subjectLead is how many words may open a sentence before its subject:
// "Le groupe allemand Alpha".
const subjectLead = 4

// leads reports whether mention m stands in the first words of sentence
// si, where its subject is.
func (l *linker) leads(si int, m mention) bool {
	from, _ := l.d.sentWords(si)
	k, _ := wordsIn(l.ws, m.Start, m.End)
	return k-from <= subjectLead
}

// subjectIn returns the first of the mentions ms of sentence si that
// stands in its first words, its subject; "" if none.
func (l *linker) subjectIn(ms []mention, si int) string {
	for _, m := range ms {
		if l.leads(si, m) {
			return m.Name
		}
	}
	return ""
}

// newParagraph reports a sentence that opens a paragraph.
func (l *linker) newParagraph(si int) bool {
	return si > 0 && strings.Contains(l.d.Text[l.d.Sents[si-1].End:l.d.Sents[si].Start], "\n")
}

// firstOther returns the first other company named in sentence si ("" if none).
func (l *linker) firstOther(si int) string {
	if ms := l.othersBySent.of(si); len(ms) > 0 {
		return ms[0].Name
	}
	return ""
}

// namesIn appends to names the distinct partners named in sentence si.
func (l *linker) namesIn(names []string, si int) []string {
	for _, m := range l.bySent.of(si) {
		if !slices.Contains(names, m.Name) {
			names = append(names, m.Name)
		}
	}
	return names
}
