package extract

import (
	"sort"
	"sync"

	"veille/normalize"
)

// Job nouns and what they need to count as jobs: "emplois" always does,
// "collaborateurs" is a head-count, "personnes" or "ingénieurs" only next
// to a verb of employing or recruiting ("emploie 900 personnes", "recruter
// 300 ingénieurs"). Learners, graduates, beds, regions... are not here.
const (
	nounJob    = iota // a job in itself: pledged unless the context says otherwise
	nounStaff         // a member of staff: a head-count unless a pledge cue says otherwise
	nounPeople        // people: jobs only after a verb of employing or recruiting
)

type jobNoun struct {
	p    phrase
	kind int
}

var jobNouns = sync.OnceValue(func() []jobNoun {
	var out []jobNoun
	add := func(kind int, list ...string) {
		for _, p := range cues(list...) {
			out = append(out, jobNoun{p, kind})
		}
	}
	add(nounJob, "emploi(s)", "poste(s)", "poste(s) d'emploi(s)", "poste(s) de travail",
		"job(s)", "opportunité(s) d'emploi(s)", "recrutement(s)", "embauche(s)")
	add(nounStaff, "collaborateur(s)", "collaboratrice(s)", "salarié(e)(s)", "employé(e)(s)")
	add(nounPeople, "personne(s)", "jeune(s)", "ingénieur(s)", "agent(s)", "téléconseiller(s)",
		"technicien(s)", "développeur(s)", "consultant(s)", "cadre(s)", "ouvrier(s)",
		"opérateur(s)", "conseiller(s)", "profil(s)", "talent(s)", "informaticien(s)",
		"travailleur(s)", "chargé(s) de clientèle", "conseillers clients")
	return out
})

// jobPreAdjectives may stand between the number and the noun ("5 050
// nouveaux emplois"); they all announce new jobs.
var jobPreAdjectives = sync.OnceValue(func() []phrase {
	return cues("nouveau(x)", "nouvelle(s)", "futur(s)", "future(s)", "de", "d")
})

// jobQualifiers follow the noun; direct tells directs from indirects.
type jobQualifier struct {
	p      phrase
	direct *bool
}

var jobQualifiers = sync.OnceValue(func() []jobQualifier {
	yes, no := true, false
	return []jobQualifier{
		{cue("direct(s) et indirect(s)"), nil},
		{cue("direct(s) ou indirect(s)"), nil},
		{cue("direct(s)"), &yes},
		{cue("indirect(s)"), &no},
		{cue("qualifié(s)"), nil},
		{cue("hautement qualifié(s)"), nil},
		{cue("stable(s)"), nil},
		{cue("permanent(s)"), nil},
		{cue("temporaire(s)"), nil},
		{cue("saisonnier(s)"), nil},
	}
})

// jobCues classify a job figure by the words around it.
type jobCueSet struct {
	// anaphoric head-counts right after the number: "800 qu'elle emploie".
	headCount []phrase
	// verbs that let "personnes", "ingénieurs"... count as jobs.
	employ, recruit []phrase
	// existing head-count: just before the number, or after it.
	existingBefore, existingAfter []phrase
	// past creation: a retrospective statistic.
	pastBefore, pastAfter []phrase
	// a pledge: before the number anywhere in the sentence, or after it.
	pledgeBefore, pledgeAfter []phrase
	// macro subjects ("le secteur emploie") and the subjects that are one
	// actor ("la société", "le projet"), which cancel a macro subject said
	// earlier in the sentence.
	macro, actor []phrase
	// macro nouns in any position, for the sentence a pronoun refers to.
	macroNouns []phrase
	// prepositions that make a macro noun a complement ("dans le secteur").
	macroPreps []phrase
	// a pronoun subject that may stand for a macro subject of the
	// sentence before ("Celui-ci emploie...").
	pronouns []phrase
	// a verb of creating or employing after the pronoun "en" standing for
	// jobs: "en créer 900".
	clitic []phrase
	dont   phrase
}

var jobCues = sync.OnceValue(func() *jobCueSet {
	return &jobCueSet{
		headCount: cues("qu elle(s)|il(s)|on emploie(nt)|emploi|employait|employaient|compte(nt)",
			"que compte(nt)|emploie(nt)", "déjà en poste"),
		employ: cues("emploie(nt)", "emploi", "employer", "employant", "emploiera", "emploieront",
			"compte(nt)", "comptant", "effectif(s)", "fait travailler", "occupe(nt)", "regroupe(nt)",
			"rassemble(nt)", "fort(e) de"),
		recruit: cues("recruter", "recrutera", "recruteront", "recrutement(s)", "embaucher",
			"embauchera", "embaucheront", "embauche(s)", "former et recruter", "employer",
			"emploiera", "emploieront", "mobiliser", "intégrer", "accueillir", "accueillera"),
		existingBefore: cues("emploie(nt)", "emploi", "employant", "emploie(nt) actuellement|déjà|aujourd'hui",
			"compte(nt)", "comptant", "compte(nt) actuellement|déjà|aujourd'hui", "effectif(s)",
			"effectif(s) actuel(s)", "fort(e) de", "regroupe(nt)", "rassemble(nt)", "occupe(nt)",
			"dispose(nt) de", "employait", "employaient"),
		existingAfter: cues("actuellement", "à ce jour", "dans le monde", "à travers le monde",
			"aujourd'hui", "déjà", "en poste"),
		pastBefore: cues("a|ont|avait|avaient|aurait|auraient créé", "a|ont|avait|avaient généré",
			"a|ont|avait|avaient permis de créer|générer", "a|ont|avait|avaient permis la création de",
			"a|ont|avait|avaient recruté", "a|ont|avait|avaient embauché"),
		pastAfter: cues("ont été créés|créées|générés|générées", "ont été recrutés|embauchés",
			"avaient été créés|créées"),
		pledgeBefore: cues("créer", "crééer", "création", "créera", "créeront", "générer", "génèrera",
			"généreront", "générant", "vise(nt)", "visant", "viser", "devrait", "devraient", "permettra",
			"permettront", "permettre", "permettant", "prévoit", "prévoient", "prévoyant", "prévu(e)(s)",
			"à terme", "s engage(nt)", "engage(nt)", "engagement(s)", "promet(tent)", "offrir", "offrira",
			"recruter", "recrutera", "recruteront", "recrutement(s)", "embaucher", "embauchera",
			"nouveau(x)", "nouvelle(s)", "d ici", "horizon", "projette(nt)", "ambitionne(nt)", "table sur",
			"objectif", "pourvoir", "ouvrira", "créateur(s) de", "créatrice(s) de", "contribuer à créer",
			"générateur(s) de", "génératrice(s) de"),
		pledgeAfter: cues("seront|sera|vont être|devraient être|devrait être|pourraient être créé(e)(s)",
			"seront|devraient être|vont être recruté(e)(s)|embauché(e)(s)|généré(e)(s)",
			"à terme", "d ici", "à l horizon", "horizon", "prévu(e)(s)", "à créer", "à pourvoir"),
		macro: cues("le|ce|la|cette|l secteur|filière|branche|industrie|écosystème|économie|pays|royaume|gouvernement|stratégie",
			"la|cette feuille de route", "le|ce|l marché du travail", "les secteurs", "ces secteurs"),
		actor: cues("société", "entreprise", "groupe", "filiale", "projet", "usine", "centre", "partenariat",
			"protocole", "convention", "accord", "mémorandum", "investisseur", "opérateur", "unité", "site",
			"coopération", "initiative", "firme", "multinationale", "plateforme", "complexe", "investissement"),
		macroNouns: cues("secteur", "filière", "branche", "outsourcing", "offshoring", "écosystème"),
		macroPreps: cues("dans", "de", "du", "des", "au", "aux", "à", "pour", "sur", "en", "par", "avec"),
		pronouns:   cues("celui ci", "celle ci", "ce dernier", "cette dernière", "il", "elle"),
		clitic: cues("en créer|créera|créeront|crée|créent|générer|générera|généreront|recruter|recrutera|" +
			"recruteront|embaucher|embauchera|employer|emploie|emploient|emploiera|compte|comptera"),
		dont: cue("dont"),
	}
})

// jobHit is a job figure found in the text before deduplication.
type jobHit struct {
	job        Job
	start      int  // byte offset of the figure
	sent       int  // sentence index
	partOfPrev bool // "dont 1.200 directs": a part of the previous figure
}

// findJobs lists the job figures of the body: pledges, existing
// head-counts and statistics. The same count of the same kind said again
// is one Job whose Also keeps the other mentions.
func findJobs(d *doc) []Job {
	ws := d.words()
	targets := targetYears(ws, normalize.Years(d.text))
	nums := normalize.Numbers(d.text)
	figs := figureStarts(ws, nums)
	cs := jobCues()
	var hits []jobHit
	for _, n := range nums {
		if !n.IsInt || n.Int <= 0 || n.Percent || n.Year {
			continue
		}
		from, to := d.sentenceWords(ws, n.Start)
		i, j := wordsIn(ws, n.Start, n.End)
		if i >= j || j > to || (j < len(ws) && ws[j].start == n.End && !ws[j].punct) {
			continue // glued to a word: "6e", "3ème"
		}
		hit, ok := readJob(d, ws, cs, from, to, i, j, hits)
		if !ok {
			continue
		}
		hit.job.Count = n.Int
		hit.job.Approx = approxOf(n.Approx)
		hit.start = n.Start
		hit.sent = d.sentenceAt(n.Start)
		if hit.job.Kind == JobPledged {
			hit.job.Year = yearFor(ws, targets, targets, figs, from, to, i, j)
		}
		hit.job.Evidence = d.evidence(n.Start, hit.job.Evidence.End)
		hits = append(hits, hit)
	}
	return mergeJobs(hits)
}

// readJob reads the noun phrase after the number at words [i, j) and
// classifies the figure. It returns the job with Evidence.End set to the
// byte end of the phrase.
func readJob(d *doc, ws []word, cs *jobCueSet, from, to, i, j int, prev []jobHit) (jobHit, bool) {
	var h jobHit
	// "800 qu'elle emploie actuellement": an anaphoric head-count.
	if e, ok := matchAny(cs.headCount, ws, j, to); ok {
		if e2, ok := matchAny(cs.existingAfter, ws, e, to); ok {
			e = e2
		}
		h.job = Job{Kind: JobExisting, Also: []Evidence{}}
		h.job.Evidence.End = ws[e-1].end
		return h, true
	}
	k := j
	for {
		e, ok := matchAny(jobPreAdjectives(), ws, k, to)
		if !ok {
			break
		}
		k = e
	}
	noun, kind := -1, -1
	for _, jn := range jobNouns() {
		if e, ok := jn.p.matchAt(ws, k, to); ok && e > noun {
			noun, kind = e, jn.kind
		}
	}
	var elided bool
	if noun < 0 {
		if _, ok := matchEndingAny(cs.clitic, ws, i, from); ok && len(prev) > 0 {
			// "devrait à elle seule en créer 900": "en" stands for the
			// jobs of an earlier figure.
			h.job = Job{Kind: classifyJob(d, ws, cs, from, to, i, j, nounJob), Also: []Evidence{}}
			h.job.Evidence.End = ws[j-1].end
			return h, true
		}
		// "1.200 emplois directs et 3.000 indirects": the noun is elided
		// when a job figure of the same sentence came just before.
		if len(prev) == 0 || prev[len(prev)-1].sent != d.sentenceAt(ws[i].start) {
			return h, false
		}
		noun, kind, elided = k, nounJob, true
	}
	if kind == nounPeople && lastCue(append(cs.employ, cs.recruit...), ws, max(from, i-6), i) < 0 {
		return h, false
	}
	end := noun
	var q *jobQualifier
	for _, jq := range jobQualifiers() {
		if e, ok := jq.p.matchAt(ws, noun, to); ok && e > end {
			end, q = e, &jq
		}
	}
	if elided && q == nil {
		return h, false
	}
	if end == j { // nothing read
		return h, false
	}
	h.job = Job{Kind: classifyJob(d, ws, cs, from, to, i, end, kind), Also: []Evidence{}}
	if q != nil {
		s := d.text[ws[noun].start:ws[end-1].end]
		h.job.Qualifier = &s
		h.job.Direct = q.direct
	}
	if elided {
		h.job.Kind = prev[len(prev)-1].job.Kind
	}
	if _, ok := cs.dont.matchEnding(ws, i, from); ok && len(prev) > 0 && prev[len(prev)-1].sent == d.sentenceAt(ws[i].start) {
		h.partOfPrev = true
	}
	h.job.Evidence.End = ws[end-1].end
	return h, true
}

// classifyJob tells a pledge from a head-count and a statistic by the cues
// of the sentence [from, to) around the figure at words [i, j).
func classifyJob(d *doc, ws []word, cs *jobCueSet, from, to, i, j, noun int) string {
	_, b := clauseOf(ws, from, to, i, j)
	// Retrospective: a plan period in the sentence, or a past creation not
	// followed by a new pledge ("a créé 500 emplois... prévoit de créer").
	for _, y := range normalize.Years(d.sentenceText(d.sentenceAt(ws[i].start))) {
		if y.Kind == normalize.YearPeriod {
			return JobStatistic
		}
	}
	pledgeFrom := from
	if k := lastCue(cs.pastBefore, ws, from, i); k >= 0 {
		e, _ := matchAny(cs.pastBefore, ws, k, i)
		if lastCue(cs.pledgeBefore, ws, e, j) < 0 {
			return JobStatistic
		}
		pledgeFrom = e
	}
	if findCue(cs.pastAfter, ws, j, b) >= 0 {
		return JobStatistic
	}
	if macroSubject(d, ws, cs, from, i) {
		return JobStatistic
	}
	// A head-count: "emploie 900 personnes", "800 salariés actuellement".
	if _, ok := matchEndingAny(cs.existingBefore, ws, i, from); ok {
		return JobExisting
	}
	if findCue(cs.existingAfter, ws, j, min(b, j+3)) >= 0 {
		return JobExisting
	}
	if lastCue(cs.pledgeBefore, ws, pledgeFrom, j) >= 0 || findCue(cs.pledgeAfter, ws, j, to) >= 0 {
		return JobPledged
	}
	if noun == nounJob {
		return JobPledged
	}
	return JobExisting
}

// mergeJobs folds repeated figures (same count and kind) into one Job and
// ties parts to their totals.
func mergeJobs(hits []jobHit) []Job {
	out := []Job{}
	type key struct {
		count int64
		kind  string
	}
	index := map[key]int{}
	var order []int // index in out of each hit
	for _, h := range hits {
		k := key{h.job.Count, h.job.Kind}
		if at, ok := index[k]; ok {
			m := &out[at]
			m.Also = append(m.Also, h.job.Evidence)
			if m.Year == nil {
				m.Year = h.job.Year
			}
			if m.Qualifier == nil {
				m.Qualifier, m.Direct = h.job.Qualifier, h.job.Direct
			}
			order = append(order, at)
			continue
		}
		index[k] = len(out)
		order = append(order, len(out))
		out = append(out, h.job)
	}
	for n, h := range hits {
		if h.partOfPrev && n > 0 && order[n-1] != order[n] {
			total := out[order[n-1]].Count
			if out[order[n-1]].PartOf != nil {
				total = *out[order[n-1]].PartOf
			}
			out[order[n]].PartOf = &total
		}
	}
	linkTotals(out)
	return out
}

// linkTotals sets PartOf on pledges that follow a larger pledge and add up
// to it: "5 050 emplois... 1 000... 2 000... 1 750... 300".
func linkTotals(jobs []Job) {
	idx := make([]int, 0, len(jobs))
	for i, j := range jobs {
		if j.Kind == JobPledged {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return jobs[idx[a]].Evidence.Start < jobs[idx[b]].Evidence.Start })
	for a, ti := range idx {
		total := jobs[ti].Count
		var sum int64
		var parts []int
		for _, pi := range idx[a+1:] {
			p := &jobs[pi]
			if p.PartOf != nil || p.Count >= total {
				continue
			}
			sum += p.Count
			parts = append(parts, pi)
			if sum >= total {
				break
			}
		}
		if sum == total && len(parts) >= 2 {
			for _, pi := range parts {
				jobs[pi].PartOf = &total
			}
		}
	}
}

// macroSubject reports whether the figure at word i of the sentence
// starting at word from has a macro subject: "le secteur emploie", not
// followed by one actor ("le secteur... la société emploie"), or a pronoun
// opening the sentence after a sentence about the sector ("Celui-ci
// emploie").
func macroSubject(d *doc, ws []word, cs *jobCueSet, from, i int) bool {
	if m := lastCue(cs.macro, ws, from, i); m >= 0 {
		if _, prep := matchAny(cs.macroPreps, ws, m-1, m); m == from || !prep {
			return lastCue(cs.actor, ws, m+1, i) < 0
		}
	}
	if _, ok := matchAny(cs.pronouns, ws, from, i); !ok || lastCue(cs.actor, ws, from, i) >= 0 {
		return false
	}
	si := d.sentenceAt(ws[from].start)
	if si <= 0 {
		return false
	}
	pf, pt := wordsIn(ws, d.sents[si-1].start, d.sents[si-1].end)
	return findCue(cs.macroNouns, ws, pf, pt) >= 0
}
