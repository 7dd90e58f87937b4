package extract

import (
	"sort"
	"strings"
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
		for _, s := range list {
			out = append(out, jobNoun{cue(s), kind})
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
var jobPreAdjectives = sync.OnceValue(func() cueList {
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
	headCount cueList
	// "650 que la société emploie": a relative clause with its verb.
	relative    phrase
	employVerbs cueList
	// verbs that let "personnes", "ingénieurs"... count as jobs.
	employ, recruit cueList
	// training between the verb and the people: "compte former 300 jeunes".
	training        cueList
	employOrRecruit cueList
	// existing head-count: just before the number, or after it.
	existingBefore, existingAfter cueList
	// past creation: a retrospective statistic.
	pastBefore, pastAfter cueList
	// a pledge: before the number anywhere in the sentence, or after it.
	pledgeBefore, pledgeAfter cueList
	// macro subjects ("le secteur emploie") and the subjects that are one
	// actor ("la société", "le projet"), which cancel a macro subject said
	// earlier in the sentence.
	macro, actor cueList
	// a head-count that grows: "porter l'effectif de 600 à 1.100".
	growth cueList
	// the country as the subject opening a sentence: "Le Maroc vise...".
	country cueList
	// a macro noun opening a relative clause: "du secteur, qui emploie".
	macroRelative cueList
	// prepositions that make a macro noun a complement ("dans le secteur").
	macroPreps cueList
	// a pronoun subject that may stand for a macro subject of the
	// sentence before ("Celui-ci emploie...").
	pronouns cueList
	// a verb of creating or employing after the pronoun "en" standing for
	// jobs: "en créer 900".
	clitic cueList
	// losses and jobs kept ("la suppression de 300 emplois", "300 emplois
	// menacés") are not pledges: they are reported as statistics.
	loss, lossAfter cueList
	// "5 000 emplois créés en 2023": a past participle right after the
	// noun tells a retrospective figure.
	pastParticiple cueList
	// "dont 1.000", "parmi lesquels 900": a part of the figure before, whose
	// noun may be elided ("dont 2.100 au Maroc") when one of elidedNext or
	// punctuation follows.
	partOf, elidedNext cueList
	versus             phrase // "contre": a figure compared with the one before
	// a count of companies, projects or zones: the head-count or the jobs
	// of many of them is a statistic ("120 sociétés qui emploient...").
	entities cueList
	// "le site existant": the head-count of what is already there.
	existingSubject cueList
	// the total a growth verb sets: "porte à 2.500 le nombre de salariés",
	// "portera à 900 l'effectif".
	raiseTo, staffTotal, numberOf cueList
	// people a programme serves, not employs: "au profit de 1.800 jeunes",
	// "500 jeunes chercheurs d'emploi"; "pour 1.800 jeunes", but not "un
	// site pour 900 salariés" (its staff).
	beneficiaryBefore, beneficiaryAfter cueList
	beneficiaryFor                      phrase
	// projects a commission approved: their jobs add up many investors'
	// ("les projets approuvés en 2024 représentent 3.400 emplois"), when
	// a past year or lastYear dates the approval.
	approved, lastYear cueList
}

// manyEntities is the count of companies or zones from which their
// head-count is a statistic even with no date: "120 sociétés qui
// emploient 18 000 salariés" is a sector's figure, "deux filiales qui
// emploient 900 salariés" a group's.
const manyEntities = 10

var jobCues = sync.OnceValue(func() *jobCueSet {
	cs := &jobCueSet{
		relative:    cue("qu|que"),
		employVerbs: cues("emploie(nt)", "emploi", "employait", "employaient", "compte(nt)", "comptait", "comptaient"),
		headCount: cues("qu elle(s)|il(s)|on emploie(nt)|emploi|employait|employaient|compte(nt)",
			"que compte(nt)|emploie(nt)", "déjà en poste"),
		employ: cues("emploie(nt)", "emploi", "employer", "employant", "emploiera", "emploieront",
			"employait", "employaient", "comptait", "comptaient",
			"comptera", "compteront",
			"compte(nt)", "comptant", "effectif(s)", "fait travailler", "occupe(nt)", "regroupe(nt)",
			"rassemble(nt)", "fort(e) de"),
		training: cues("former", "formera", "formeront", "formation(s)", "formé(e)(s)", "qualifier", "certifier",
			"accompagner", "sensibiliser", "initier"),
		recruit: cues("recruter", "recrutera", "recruteront", "recrutement(s)", "embaucher",
			"embauchera", "embaucheront", "embauche(s)", "former et recruter", "employer",
			"emploiera", "emploieront", "mobiliser", "intégrer", "recruté(e)(s)", "embauché(e)(s)", "employé(e)(s)"),
		existingBefore: cues("emploie(nt)", "emploi", "employant", "emploie(nt) actuellement|déjà|directement|indirectement", "emploie(nt) aujourd'hui",
			"compte(nt)", "comptant", "compte(nt) actuellement|déjà", "compte(nt) aujourd'hui", "effectif(s)",
			"effectif(s) actuel(s)", "fort(e) de", "regroupe(nt)", "rassemble(nt)", "occupe(nt)",
			"dispose(nt) de", "employait", "employaient", "fait|font travailler", "faisait|faisaient travailler",
			"effectif(s) actuel(s) de|d", "effectif(s) de|d", "effectif(s) total|global de|d"),
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
			"générateur(s) de", "génératrice(s) de", "emploiera", "emploieront", "employer", "mobilisera",
			"mobiliseront", "mobiliser"),
		pledgeAfter: cues("seront|sera|vont être|devraient être|devrait être|pourraient être créé(e)(s)",
			"seront|devraient être|vont être recruté(e)(s)|embauché(e)(s)|généré(e)(s)",
			"à terme", "d ici", "à l horizon", "horizon", "prévu(e)(s)", "à créer", "à pourvoir"),
		macro: cues("le|ce|la|cette|l secteur|filière|branche|industrie|écosystème|économie|pays|royaume|gouvernement|stratégie",
			"le|la seul|seule secteur|filière|branche|industrie", "la|cette région|province|préfecture",
			"le|l tourisme|textile|automobile|aéronautique|agriculture|bâtiment|btp|offshoring|outsourcing|artisanat|immobilier",
			"la|cette feuille de route", "le|ce|l marché du travail", "les secteurs", "ces secteurs"),
		actor: cues("société", "entreprise", "groupe", "filiale", "projet", "usine", "centre", "partenariat",
			"protocole", "convention", "accord", "mémorandum", "investisseur", "opérateur", "unité", "site",
			"coopération", "initiative", "firme", "multinationale", "plateforme", "complexe", "investissement"),
		growth: cues("porter", "portera", "porteront", "passer", "passera", "passeront", "augmenter",
			"augmentera", "faire passer", "fera passer", "hausser", "élever", "élèvera"),
		country: cues("le maroc", "le royaume", "l état", "l économie nationale"),
		macroRelative: cues("secteur|filière|branche|industrie|écosystème|économie qui",
			"secteur|filière|branche|industrie|écosystème|économie , qui"),
		macroPreps: cues("dans", "de", "du", "des", "au", "aux", "à", "pour", "sur", "en", "par", "avec"),
		pronouns:   cues("celui ci", "celle ci", "ce dernier", "cette dernière", "il", "elle"),
		clitic: cues("en créer|créera|créeront|crée|créent|générer|générera|généreront|recruter|recrutera|" +
			"recruteront|embaucher|embauchera|employer|emploie|emploient|emploiera|compte|comptera"),
		loss: cues("suppression(s)", "supprimer", "supprimera", "supprimeront", "licenciement(s)", "licencier",
			"licenciera", "perte(s)", "perdre", "perdu", "détruire", "détruit", "destruction(s)", "menace(nt)",
			"menacé(e)(s)", "sauvegarde(r)", "préserver", "maintien", "maintenir"),
		lossAfter: cues("supprimé(e)(s)", "menacé(e)(s)", "perdu(e)(s)", "détruit(e)(s)", "sauvegardé(e)(s)",
			"préservé(e)(s)", "maintenu(e)(s)", "en jeu"),
		pastParticiple: cues("créé(e)(s)", "généré(e)(s)", "recruté(e)(s)", "embauché(e)(s)", "occupé(e)(s)"),
		partOf:         cues("dont", "parmi lesquels|lesquelles|eux|elles"),
		elidedNext:     cues("à", "au", "aux", "en", "dans", "pour", "sur", "chez", "et", "ou", "seulement", "environ"),
		versus:         cue("contre"),
		entities: cues("entreprise(s)", "société(s)", "projet(s)", "zone(s)", "unité(s)", "usine(s)",
			"opérateur(s)", "exploitation(s)", "coopérative(s)", "investisseur(s)", "parc(s)", "établissement(s)",
			"firme(s)", "pme", "tpme", "start up(s)", "startup(s)", "industriel(s)", "exportateur(s)", "filiale(s)"),
		existingSubject: cues("existant(e)(s)", "déjà installé(e)(s)|implanté(e)(s)"),
		raiseTo: cues("porte(nt)|porter|portera|porteront|porterait|porteraient|porté(e)(s) à",
			"fait|fera|va faire passer à"),
		staffTotal: cues("l effectif(s)", "l effectif total|global", "son|ses|leur|leurs effectif(s)"),
		numberOf:   cues("le nombre total de|d", "le nombre de|d", "le total de|d"),
		beneficiaryBefore: cues("au profit de|du|des|d", "en faveur de|du|des|d", "à destination de|du|des|d",
			"bénéficiant à"),
		beneficiaryFor: cue("pour"),
		beneficiaryAfter: cues("chercheur(s)|demandeur(s) d emploi(s)", "en quête d emploi",
			"bénéficiaire(s)", "candidat(s)", "stagiaire(s)", "porteur(s) de projet(s)", "en formation",
			"en recherche d emploi", "sans emploi"),
		approved: cues("projet(s)|dossier(s)|investissement(s)|convention(s) approuvé(e)(s)|validé(e)(s)|" +
			"agréé(e)(s)|autorisé(e)(s)|adopté(e)(s)|retenu(e)(s)"),
		lastYear: cues("l an dernier|passé", "l année dernière|passée", "l exercice précédent"),
	}
	cs.employOrRecruit = joinCues(cs.employ, cs.recruit)
	return cs
})

// jobHit is a job figure found in the text before deduplication.
type jobHit struct {
	job        Job
	sent       int  // sentence index
	partOfPrev bool // "dont 1.200 directs": a part of the previous figure
	// bare: no verb of its own pledges the figure ("Il s'agit de 1 400
	// emplois pour..."): a breakdown of a total said before.
	bare bool
}

// findJobs lists the job figures of the body: pledges, existing
// head-counts and statistics. The same count of the same kind said again
// is one Job whose Also keeps the other mentions.
func findJobs(d *doc) []Job {
	ws := d.words()
	years := d.years()
	targets := d.targets()
	// In its own clause a pledge is dated by any future year ("recruter 400
	// ingénieurs en 2025"); from further away only by a deadline.
	var future []normalize.Year
	asOf := map[normalize.Span]bool{}
	for _, y := range d.asOf() {
		asOf[y.Span] = true
	}
	for _, y := range years {
		if y.Kind == normalize.YearTarget && !asOf[y.Span] {
			future = append(future, y)
		}
	}
	nums := d.numbers()
	figs := figureStarts(ws, nums)
	starts := map[int]int{} // word after each number, by its first word
	for _, n := range nums {
		a, b := wordsIn(ws, n.Start, n.End)
		starts[a] = b
	}
	cs := jobCues()
	var hits []jobHit
	for _, n := range nums {
		if !n.IsInt || n.Int <= 0 || n.Percent || n.Year {
			continue
		}
		from, to := d.sentenceWords(ws, n.Start)
		i, j := wordsIn(ws, n.Start, n.End)
		if i >= j || j > to || (j < len(ws) && ws[j].Start == n.End && !ws[j].Punct()) {
			continue // glued to a word: "6e", "3ème"
		}
		hit, ok := readJob(d, ws, cs, window{from, to, i, listEnd(ws, starts, j, to)}, hits)
		if !ok {
			continue
		}
		hit.job.Count = n.Int
		hit.job.Approx = approxOf(n.Approx)
		if n.Max != nil && *n.Max > n.Value && lastCue(cs.growth, ws, max(from, i-6), i) >= 0 {
			// "porter l'effectif de 600 à 1.100 salariés": a head-count now
			// and the one pledged.
			grown := hit
			grown.job.Count, grown.job.Kind = int64(*n.Max), JobPledged
			hit.job.Kind, hit.job.Approx = JobExisting, nil
			for _, h := range []*jobHit{&hit, &grown} {
				h.sent = d.SentenceAt(n.Start)
				h.job.Evidence = d.evidence(n.Start, h.job.Evidence.End)
			}
			grown.job.Year = yearFor(ws, future, targets, figs, window{from, to, i, j})
			grown.job.Also = []Evidence{}
			hits = append(hits, hit, grown)
			continue
		}
		hit.sent = d.SentenceAt(n.Start)
		if hit.job.Kind == JobPledged {
			hit.job.Year = yearFor(ws, future, targets, figs, window{from, to, i, j})
		}
		hit.job.Evidence = d.evidence(n.Start, hit.job.Evidence.End)
		a, _ := clauseOf(ws, from, to, i, j)
		hit.bare = lastCue(cs.pledgeBefore, ws, a, i) < 0
		hits = append(hits, hit)
	}
	return mergeJobs(hits)
}

// headCountAfter matches the relative clause of an anaphoric head-count
// after a number: "qu'elle emploie", "que la société emploie", "que compte
// le groupe". It returns the word after the verb.
func headCountAfter(ws []word, cs *jobCueSet, j, to int) (int, bool) {
	if e, ok := matchAny(cs.headCount, ws, j, to); ok {
		return e, true
	}
	if _, ok := cs.relative.Match(ws, j, to); !ok {
		return j, false
	}
	for k := j + 1; k < min(to, j+6) && !clauseBreak(ws[k]); k++ {
		if e, ok := matchAny(cs.employVerbs, ws, k, to); ok {
			return e, true
		}
	}
	return j, false
}

// listEnd returns where the noun of the number ending at word j is looked
// for: after the last number of a list it opens ("100, 200 et 300
// emplois": the noun of 100 follows 300).
func listEnd(ws []word, starts map[int]int, j, to int) int {
	k := j
	for k+1 < to && listJoiners[ws[k].Fold] {
		next, ok := starts[k+1]
		if !ok {
			break
		}
		k = next
	}
	return k
}

// readJob reads the noun phrase after the number at words [w.i, w.j) of
// the sentence [w.from, w.to) and classifies the figure; prev are the job
// figures read before it. It returns the job with Evidence.End set to the
// byte end of the phrase.
func readJob(d *doc, ws []word, cs *jobCueSet, w window, prev []jobHit) (jobHit, bool) {
	r := &jobRead{d: d, ws: ws, cs: cs, w: w, prev: prev}
	if h, ok := r.headCount(); ok {
		return h, true
	}
	k := w.j
	for {
		e, ok := matchAny(jobPreAdjectives(), ws, k, w.to)
		if !ok {
			break
		}
		k = e
	}
	noun, kind := -1, -1
	for _, jn := range jobNouns() {
		if e, ok := jn.p.Match(ws, k, w.to); ok && e > noun {
			noun, kind = e, jn.kind
		}
	}
	elided := false
	if noun < 0 {
		if h, done, ok := r.withoutNoun(k); done {
			return h, ok
		}
		noun, kind, elided = k, nounJob, true
	}
	return r.withNoun(noun, kind, elided)
}

// jobRead is the reading of one figure: the document, its words and job
// cues, where the figure is, and the job figures read before it.
type jobRead struct {
	d    *doc
	ws   []word
	cs   *jobCueSet
	w    window
	prev []jobHit
}

// found returns a hit of the kind, ending at word e.
func (r *jobRead) found(kind JobKind, e int) jobHit {
	var h jobHit
	h.job = Job{Kind: kind, Also: []Evidence{}}
	h.job.Evidence.End = r.ws[e-1].End
	return h
}

// headCount reads "800 qu'elle emploie actuellement": an anaphoric
// head-count, or "les 300 qu'elle compte recruter": a pledge.
func (r *jobRead) headCount() (jobHit, bool) {
	ws, cs, to := r.ws, r.cs, r.w.to
	e, ok := headCountAfter(ws, cs, r.w.j, to)
	if !ok {
		return jobHit{}, false
	}
	kind := JobExisting
	if e2, ok := matchAny(cs.existingAfter, ws, e, to); ok {
		e = e2
	} else if e2, ok := matchAny(cs.pledgeBefore, ws, e, to); ok {
		kind, e = JobPledged, e2
	}
	return r.found(kind, e), true
}

// withoutNoun reads a figure with no job noun after it: a raised total, a
// clitic "en", or a noun elided after a job figure of the same sentence.
// done says whether the figure is read (ok: as a job); if not, its noun is
// elided and read as jobs.
func (r *jobRead) withoutNoun(k int) (h jobHit, done, ok bool) {
	d, ws, cs, prev := r.d, r.ws, r.cs, r.prev
	from, to, i, j := r.w.from, r.w.to, r.w.i, r.w.j
	if e, ok := newTotal(ws, cs, k, to); ok && lastCue(cs.raiseTo, ws, max(from, i-4), i) >= 0 {
		// "porte à 2.500 le nombre de salariés": the total the head-count
		// is raised to, reported as pledged like "porter de 600 à 1.100".
		return r.found(JobPledged, e), true, true
	}
	if _, ok := matchEndingAny(cs.clitic, ws, i, from); ok && len(prev) > 0 {
		// "devrait à elle seule en créer 900": "en" stands for the
		// jobs of an earlier figure.
		return r.found(classifyJob(d, ws, cs, r.w, nounJob), j), true, true
	}
	// "1.200 emplois directs et 3.000 indirects": the noun is elided
	// when a job figure of the same sentence came just before.
	if len(prev) == 0 || prev[len(prev)-1].sent != d.SentenceAt(ws[i].Start) {
		return h, true, false
	}
	if _, ok := cs.versus.MatchEnding(ws, i, from); ok {
		// "9.000 collaborateurs, contre 6.500 actuellement".
		if e, ok := matchAny(cs.existingAfter, ws, j, to); ok {
			return r.found(JobExisting, e), true, true
		}
	}
	if p, ok := matchEndingAny(cs.partOf, ws, i, from); ok && elidedPartEnds(ws, cs, j, to) &&
		followsFigure(d, ws, prev[len(prev)-1], p) {
		// "9.500 collaborateurs, dont 2.100 au Maroc": a part of the
		// figure before, of its kind.
		h = r.found(prev[len(prev)-1].job.Kind, j)
		h.partOfPrev = true
		return h, true, true
	}
	return h, false, false
}

// withNoun reads the figure whose noun of the kind ends at word noun (or
// is elided there): its qualifier and its kind.
func (r *jobRead) withNoun(noun, kind int, elided bool) (jobHit, bool) {
	d, ws, cs, prev := r.d, r.ws, r.cs, r.prev
	from, to, i := r.w.from, r.w.to, r.w.i
	var h jobHit
	if kind == nounPeople {
		// "310 ouvriers que compte l'usine": the verb follows.
		_, employed := headCountAfter(ws, cs, noun, to)
		v := lastCue(cs.employOrRecruit, ws, max(from, i-6), i)
		if !employed && (v < 0 || findCue(cs.training, ws, v+1, i) >= 0) {
			return h, false // "compte former 300 techniciens": trainees
		}
	}
	if kind != nounJob && beneficiaries(ws, cs, r.w, noun, kind) {
		return h, false
	}
	end := noun
	var q *jobQualifier
	for _, jq := range jobQualifiers() {
		if e, ok := jq.p.Match(ws, noun, to); ok && e > end {
			end, q = e, &jq
		}
	}
	if elided && q == nil {
		return h, false
	}
	h = r.found(classifyJob(d, ws, cs, window{from, to, i, end}, kind), end)
	if q != nil {
		s := d.Text[ws[noun].Start:ws[end-1].End]
		h.job.Qualifier = &s
		h.job.Direct = q.direct
	}
	if elided {
		h.job.Kind = prev[len(prev)-1].job.Kind
	}
	if _, ok := matchEndingAny(cs.partOf, ws, i, from); ok && len(prev) > 0 && prev[len(prev)-1].sent == d.SentenceAt(ws[i].Start) {
		h.partOfPrev = true
	}
	return h, true
}

// beneficiaries reports people a programme serves rather than employs: the
// figure at word i after "au profit de" (or "pour" people), or its noun
// ending at word noun followed by "chercheurs d'emploi", "stagiaires"...
func beneficiaries(ws []word, cs *jobCueSet, w window, noun, kind int) bool {
	from, to, i := w.from, w.to, w.i
	if _, ok := matchEndingAny(cs.beneficiaryBefore, ws, i, from); ok {
		return true
	}
	if _, ok := cs.beneficiaryFor.MatchEnding(ws, i, from); ok && kind == nounPeople {
		return true
	}
	_, ok := matchAny(cs.beneficiaryAfter, ws, noun, to)
	return ok
}

// newTotal matches, at word k after a number, the head-count a growth verb
// sets: "le nombre de salariés", "l'effectif de l'usine". It returns the
// word after it.
func newTotal(ws []word, cs *jobCueSet, k, to int) (int, bool) {
	if e, ok := matchAny(cs.staffTotal, ws, k, to); ok {
		return e, true
	}
	e, ok := matchAny(cs.numberOf, ws, k, to)
	if !ok {
		return k, false
	}
	for _, jn := range jobNouns() {
		if jn.kind == nounPeople {
			continue
		}
		if n, ok := jn.p.Match(ws, e, to); ok {
			return n, true
		}
	}
	return k, false
}

// followsFigure reports whether the part cue at word p comes right after
// the job figure h, no other figure between them: in "500 emplois et 900
// MDH, dont 300 en 2025" the 300 is a part of the sum, not of the jobs.
func followsFigure(d *doc, ws []word, h jobHit, p int) bool {
	k := wordAt(ws, d.Byte(h.job.Evidence.End))
	if p-k > 8 {
		return false
	}
	for ; k < p; k++ {
		if isDigits(ws[k].Fold) {
			return false
		}
	}
	return true
}

// elidedPartEnds reports whether a part with an elided noun ends at word
// j: at a clause break, the end of the sentence or a word of elidedNext.
func elidedPartEnds(ws []word, cs *jobCueSet, j, to int) bool {
	if j >= to || ws[j].Punct() {
		return true
	}
	_, ok := matchAny(cs.elidedNext, ws, j, to)
	return ok
}

// classifyJob tells an aggregate (aggregateOf) from the kinds jobKind
// tells.
func classifyJob(d *doc, ws []word, cs *jobCueSet, w window, noun int) JobKind {
	kind := jobKind(d, ws, cs, w, noun)
	if kind != JobStatistic && aggregateOf(d, ws, cs, w, kind) {
		return JobStatistic
	}
	return kind
}

// aggregateOf reports the jobs of many companies or projects: a count of
// them before the figure in its sentence, when the sentence looks back ("À
// fin 2023, 640 entreprises employant 52 000 personnes", "depuis 2021, 85
// projets appelés à générer 40.000 emplois") or, for a head-count, when
// they are many; or the projects a commission approved in a past year.
func aggregateOf(d *doc, ws []word, cs *jobCueSet, w window, kind JobKind) bool {
	from, to, i := w.from, w.to, w.i
	if k := lastCue(cs.approved, ws, from, i); k >= 0 && (pastYearBefore(d, ws, from, i) || lastCue(cs.lastYear, ws, k, i) >= 0) {
		return true // "les projets approuvés en 2024"
	}
	n := entityCount(d, ws, cs, from, i)
	if n < 2 {
		return false
	}
	return retrospective(d, ws, from, to) || (kind == JobExisting && n >= manyEntities)
}

// entityCount returns the count of the last "N entreprises", "N projets"
// among words [from, i) (0 if none).
func entityCount(d *doc, ws []word, cs *jobCueSet, from, i int) int64 {
	var n int64
	if i <= from {
		return 0
	}
	for _, num := range within(d.numbers(), ws[from].Start, ws[i-1].End) {
		a, b := wordsIn(ws, num.Start, num.End)
		if a < from || b > i || !num.IsInt || num.Percent || num.Year {
			continue
		}
		if _, ok := matchAny(cs.entities, ws, b, i); ok {
			n = num.Int
		}
	}
	return n
}

// pastYearBefore reports a year among words [from, i) that is not a
// deadline: "approuvés en 2024".
func pastYearBefore(d *doc, ws []word, from, i int) bool {
	for _, y := range within(d.years(), ws[from].Start, ws[i].Start) {
		if y.Kind != normalize.YearTarget && y.End <= ws[i].Start {
			return true
		}
	}
	return false
}

// retrospective reports a sentence that states a past period or the date
// of a state of affairs: "depuis 2022", "à fin 2023" (in 2025), "au titre
// de 2022".
func retrospective(d *doc, ws []word, from, to int) bool {
	start, end := ws[from].Start, ws[to-1].End
	for _, y := range within(d.asOf(), start, end) {
		if y.End <= end {
			return true
		}
	}
	for _, y := range within(d.years(), start, end) {
		if y.Kind == normalize.YearPast && y.End <= end && startsSincePeriod(y.Text) {
			return true
		}
	}
	return false
}

// jobKind tells a pledge from a head-count and a statistic by the cues
// of the sentence [from, to) around the figure at words [i, j), in this
// order: a statistic when the sentence has a plan period, a past creation
// ("a créé", "ont été créés", "5 000 emplois créés"), a loss, or a macro
// subject (the sector, the country's target); a head-count after "emploie"
// or before "actuellement"; a pledge after a pledge cue or a verb in the
// future; else by the noun: "emplois" are pledged, "salariés" counted.
func jobKind(d *doc, ws []word, cs *jobCueSet, w window, noun int) JobKind {
	from, to, i, j := w.from, w.to, w.i, w.j
	_, b := clauseOf(ws, from, to, i, j)
	// Retrospective: a plan period in the sentence, or a past creation not
	// followed by a new pledge ("a créé 500 emplois... prévoit de créer").
	for _, y := range within(d.years(), ws[from].Start, ws[to-1].End) {
		if y.Kind == normalize.YearPeriod && y.End <= ws[to-1].End {
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
	a, _ := clauseOf(ws, from, to, i, j)
	if lastCue(cs.loss, ws, max(a, i-4), i) >= 0 || findCue(cs.lossAfter, ws, j, min(b, j+2)) >= 0 {
		return JobStatistic
	}
	if e, ok := matchAny(cs.pastParticiple, ws, j, to); ok &&
		lastCue(cs.pledgeBefore, ws, a, j) < 0 && findCue(cs.pledgeAfter, ws, e, b) < 0 {
		return JobStatistic
	}
	if macroSubject(d, ws, cs, from, i) {
		return JobStatistic
	}
	// "les 650 salariés que l'entreprise emploie déjà".
	if e, ok := headCountAfter(ws, cs, j, to); ok {
		if _, ok := matchAny(cs.pledgeBefore, ws, e, to); !ok {
			return JobExisting
		}
	}
	// A head-count: "emploie 900 personnes", "800 salariés actuellement".
	if _, ok := matchEndingAny(cs.existingBefore, ws, i, from); ok {
		return JobExisting
	}
	if findCue(cs.existingAfter, ws, j, min(b, j+3)) >= 0 {
		return JobExisting
	}
	if k := lastCue(cs.existingSubject, ws, from, i); k >= 0 &&
		lastCue(cs.pledgeBefore, ws, k, j) < 0 && findCue(cs.pledgeAfter, ws, j, b) < 0 && !futureBefore(ws, k, i) {
		return JobExisting // "le site existant ... 260 salariés"
	}
	if lastCue(cs.pledgeBefore, ws, pledgeFrom, j) >= 0 || findCue(cs.pledgeAfter, ws, j, to) >= 0 {
		return JobPledged
	}
	if noun == nounJob || futureBefore(ws, max(a, i-4), i) {
		return JobPledged // "accueillera 1 000 employés"
	}
	return JobExisting
}

// futureSuffixes end the forms of the simple future ("créera",
// "accueilleront", "offrira").
var futureSuffixes = []string{"era", "eront", "ira", "iront", "dra", "dront"}

// futureBefore reports a verb in the simple future among words [from, to).
func futureBefore(ws []word, from, to int) bool {
	for k := from; k < to; k++ {
		w := ws[k]
		if w.Punct() || w.Cap() || len(w.Fold) < 5 {
			continue
		}
		for _, suf := range futureSuffixes {
			if strings.HasSuffix(w.Fold, suf) {
				return true
			}
		}
	}
	return false
}

// mergeJobs folds repeated figures (same count and kind) into one Job and
// ties parts to their totals.
func mergeJobs(hits []jobHit) []Job {
	out := []Job{}
	type key struct {
		count int64
		kind  JobKind
	}
	index := map[key]int{}
	var order []int   // index in out of each hit
	var sents [][]int // sentences of each job's mentions
	var bare []bool   // whether its first mention is bare
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
			sents[at] = append(sents[at], h.sent)
			continue
		}
		index[k] = len(out)
		order = append(order, len(out))
		out = append(out, h.job)
		sents = append(sents, []int{h.sent})
		bare = append(bare, h.bare)
	}
	for n, h := range hits {
		if h.partOfPrev && n > 0 && order[n-1] != order[n] {
			t := order[n-1]
			if out[t].PartOf != nil {
				t = index[key{*out[t].PartOf, out[t].Kind}]
			}
			setPart(out, sents, bare, order[n], t)
		}
	}
	linkTotals(out, sents, bare)
	return out
}

// setPart makes job p a part of job t. A bare part said in the sentence
// of its total or in the next one (a breakdown: "2 400 emplois d'ici 2026.
// Il s'agit de 1 400... et de 1 000...") shares its deadline; a part
// pledged on its own ("Alpha créera 1 400 emplois") does not.
func setPart(jobs []Job, sents [][]int, bare []bool, p, t int) {
	total := jobs[t].Count
	jobs[p].PartOf = &total
	if jobs[p].Year != nil || !bare[p] {
		return
	}
	for _, s := range sents[t] {
		if s <= sents[p][0] && sents[p][0] <= s+1 {
			jobs[p].Year = jobs[t].Year
			return
		}
	}
}

// linkTotals sets PartOf on pledges that follow a larger pledge and add up
// to it: "5 050 emplois... 1 000... 2 000... 1 750... 300".
func linkTotals(jobs []Job, sents [][]int, bare []bool) {
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
				setPart(jobs, sents, bare, pi, ti)
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
	if m := lastMacro(ws, cs, from, i); m >= 0 {
		return lastCue(cs.actor, ws, m+1, i) < 0
	}
	if m := lastCue(cs.macroRelative, ws, from, i); m >= 0 && lastCue(cs.actor, ws, m+1, i) < 0 {
		return true // "les opérateurs du secteur, qui emploie..."
	}
	if e, ok := matchAny(cs.country, ws, from, i); ok && lastCue(cs.actor, ws, e, i) < 0 && !properNoun(ws, e, i) {
		return true // "Le Maroc ambitionne de créer un million d'emplois": a national target
	}
	if _, ok := matchAny(cs.pronouns, ws, from, i); !ok || lastCue(cs.actor, ws, from, i) >= 0 {
		return false
	}
	si := d.SentenceAt(ws[from].Start)
	if si <= 0 {
		return false
	}
	pf, pt := wordsIn(ws, d.Sents[si-1].Start, d.Sents[si-1].End)
	return lastMacro(ws, cs, pf, pt) >= 0
}

// properNoun reports a capitalised word among words [from, to): a
// company named beside the country ("Le Maroc et Renault vont créer...").
func properNoun(ws []word, from, to int) bool {
	for k := from; k < to; k++ {
		if ws[k].Cap() {
			return true
		}
	}
	return false
}

// lastMacro returns the last macro subject among words [from, to): "le
// secteur", not a complement such as "dans le secteur" (-1 if none).
func lastMacro(ws []word, cs *jobCueSet, from, to int) int {
	for m := lastCue(cs.macro, ws, from, to); m >= 0; m = lastCue(cs.macro, ws, from, m) {
		if _, prep := matchAny(cs.macroPreps, ws, m-1, m); m == from || !prep {
			return m
		}
	}
	return -1
}
