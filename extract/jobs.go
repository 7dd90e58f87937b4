package extract

import (
	"sort"
	"sync"

	"veille/extract/text"
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

// peopleNouns are the nouns of people (nounPeople): jobs only after a verb
// of employing or recruiting.
var peopleNouns = []string{"personne(s)", "jeune(s)", "ingénieur(s)", "agent(s)", "téléconseiller(s)",
	"technicien(s)", "développeur(s)", "consultant(s)", "cadre(s)", "ouvrier(s)",
	"opérateur(s)", "conseiller(s)", "profil(s)", "talent(s)", "informaticien(s)",
	"travailleur(s)", "chargé(s) de clientèle", "conseillers clients", "professionnel(s)",
	"formateur(s)", "formatrice(s)", "encadrant(s)", "enseignant(s)", "chercheur(s)", "médecin(s)",
	"infirmier(s)", "infirmière(s)", "chauffeur(s)", "commerciaux", "vendeur(s)", "manutentionnaire(s)",
	"soudeur(s)", "mécanicien(s)", "pilote(s)", "saisonnier(s)", "saisonnière(s)", "artisan(s)", "artisane(s)",
	"marin(s)", "pêcheur(s)", "livreur(s)", "fonctionnaire(s)",
	// the feminine of the nouns above that differ: "380 ouvrières"
	"ouvrière(s)", "opératrice(s)", "technicienne(s)", "conseillère(s)", "travailleuse(s)", "couturière(s)"}

// jobNouns indexes the job nouns by the keys of their first word: every
// figure of a text looks for one after it.
var jobNouns = sync.OnceValue(func() *keyIndex[jobNoun] {
	out := new(keyIndex[jobNoun])
	add := func(kind int, list ...string) {
		for _, s := range list {
			p := cue(s)
			out.put(p[0], jobNoun{p, kind})
		}
	}
	add(nounJob, "emploi(s)", "poste(s)", "poste(s) d'emploi(s)", "poste(s) de travail",
		"job(s)", "opportunité(s) d'emploi(s)", "recrutement(s)", "embauche(s)")
	add(nounStaff, "collaborateur(s)", "collaboratrice(s)", "salarié(e)(s)", "employé(e)(s)", "actif(s) occupé(s)")
	add(nounPeople, peopleNouns...)
	return out
})

// jobNounsAt returns the job nouns that may start at word k, before word
// to, in the order of the table.
func jobNounsAt(ws words, k, to int) []jobNoun {
	if k < 0 || k >= to {
		return nil
	}
	return jobNouns().at(ws, k)
}

// jobPreAdjectives may stand between the number and the noun ("5 050
// nouveaux emplois"); they all announce new jobs.
var jobPreAdjectives = sync.OnceValue(func() cueList {
	return cues("nouveau(x)", "nouvelle(s)", "futur(s)", "future(s)", "autre(s)", "de", "d",
		// a part of jobs named before: "200 de ces nouveaux postes".
		"de|d ces|nos|leurs|ses|les", "des")
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

// jobHit is a job figure found in the text before deduplication. Its
// evidence is built from its span as the hits are merged: a dense page
// has thousands of hits.
type jobHit struct {
	job        jobFigure
	span       text.Span // the figure and its noun phrase, in bytes
	sent       int       // sentence index
	partOfPrev bool      // "dont 1.200 directs": a part of the previous figure
	// bare: no verb of its own pledges the figure ("Il s'agit de 1 400
	// emplois pour..."): a breakdown of a total said before.
	bare bool
}

// jobFigure is what a hit says of its Job: the fields of the figure
// itself, those of Job under the same names.
type jobFigure struct {
	Count     int64
	Kind      JobKind
	Qualifier *string
	Direct    *bool
	Approx    *Approx
	Year      *int
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
	future := futureYears(years, d.asOf())
	nums := d.numbers()
	figs := figures{all: figureStarts(ws, nums), kind: make([]int, 0, len(nums))} // one a number at most
	starts := numberWords(ws, nums)
	cs := jobCues()
	var hits pile[jobHit]
	for _, n := range nums {
		if !n.IsInt || n.Int <= 0 || n.Int > maxJobCount || n.Percent {
			continue
		}
		from, to := d.sentenceWords(ws, n.Start)
		i, j := wordsIn(ws, n.Start, n.End)
		if i >= j || j > to || (j < ws.Len() && ws.Span(j).Start == n.End && !ws.At(j).Punct()) {
			continue // glued to a word: "6e", "3ème"
		}
		if n.Year && !jobNounNext(ws, j, to) {
			continue
		}
		hit, ok := readJob(d, ws, cs, window{from, to, i, listEnd(ws, starts, j, to)}, hits.tail())
		if !ok {
			continue
		}
		hit.job.Count = n.Int
		hit.job.Approx = approxOf(n.Approx)
		ranged := n.IsRange && n.Max > n.Value
		if ranged && lastCue(cs.growth, ws, max(from, i-6), i) < 0 {
			hit.job.Count = int64(n.Max) // "entre 400 et 500 personnes": the bound by the noun
		} else if ranged {
			// "porter l'effectif de 600 à 1.100 salariés": a head-count now
			// and the one pledged.
			grown := hit
			grown.job.Count, grown.job.Kind = int64(n.Max), JobPledged
			hit.job.Kind, hit.job.Approx = JobExisting, nil
			for _, h := range []*jobHit{&hit, &grown} {
				h.sent = d.SentenceAt(n.Start)
				h.span.Start = n.Start
			}
			grown.job.Year = yearFor(ws, future, targets, figs, window{from, to, i, j})
			hits.add(hit)
			hits.add(grown)
			figs.kind = append(figs.kind, i)
			continue
		}
		hit.sent = d.SentenceAt(n.Start)
		hit.job.Kind = addedKind(ws, cs, hits.tail(), hit, window{from, to, i, j})
		// A pledge with a first stage of its own ("250 ingénieurs dès sa
		// première année") takes no deadline, neither the sentence's nor
		// its total's.
		early := earlyPart(ws, hit.span.End)
		if hit.job.Kind == JobPledged {
			if hit.partOfPrev {
				hit.job.Year = partYear(ws, future, targets, figs, window{from, to, i, j})
			}
			if hit.job.Year == nil && !early {
				hit.job.Year = yearFor(ws, future, targets, figs, datedWindow(ws, window{from, to, i, j}, hit.span.End))
			}
		}
		hit.span.Start = n.Start
		a, _ := clauseOf(ws, from, to, i, j)
		hit.bare = lastCue(cs.pledgeBefore, ws, a, i) < 0 && !early
		hits.add(hit)
		figs.kind = append(figs.kind, i)
	}
	datePrevious(d, ws, &hits, future)
	dateBack(d, ws, &hits, future, targets)
	dateTotals(d, ws, &hits, future)
	dateIndirects(ws, &hits)
	dateDirects(ws, &hits)
	dateRaised(ws, cs, &hits)
	dateJoined(d, ws, &hits, future)
	return mergeJobs(d, &hits)
}

// headCountAfter matches the relative clause of an anaphoric head-count
// after a number: "qu'elle emploie", "que la société emploie", "que compte
// le groupe". It returns the word after the verb.
func headCountAfter(ws words, cs *jobCueSet, j, to int) (int, bool) {
	if e, ok := matchAny(cs.headCount, ws, j, to); ok {
		return e, true
	}
	if _, ok := cs.relative.Match(ws, j, to); !ok {
		return j, false
	}
	for k := j + 1; k < min(to, j+6) && !clauseBreak(ws, k); k++ {
		if e, ok := matchAny(cs.employVerbs, ws, k, to); ok {
			return e, true
		}
	}
	return j, false
}

// listEnd returns where the noun of the number ending at word j is looked
// for: after the last number of a list it opens ("100, 200 et 300
// emplois": the noun of 100 follows 300).
func listEnd(ws words, starts numberSpans, j, to int) int {
	k := j
	for k+1 < to && listJoiners[ws.Fold(k)] {
		next, ok := starts.after(k + 1)
		if !ok {
			break
		}
		k = next
	}
	return k
}

// maxJobCount is the largest count of jobs: a figure above it is a sum,
// even when a job noun follows the list it opens ("16,5 milliards et
// environ 21.000 emplois"). The country's whole workforce is a tenth of it.
const maxJobCount = 100_000_000

// futureYears returns the years normalize calls targets that are not
// as-of dates: years itself when they all are, as on a page dense with
// deadlines, else a copy.
func futureYears(years, asOf []normalize.Year) []normalize.Year {
	isAsOf := map[normalize.Span]bool{}
	for _, y := range asOf {
		isAsOf[y.Span] = true
	}
	future := func(y normalize.Year) bool { return y.Kind == normalize.YearTarget && !isAsOf[y.Span] }
	n := 0
	for _, y := range years {
		if future(y) {
			n++
		}
	}
	if n == len(years) {
		return years[:n:n]
	}
	out := make([]normalize.Year, 0, n) // one allocation
	for _, y := range years {
		if future(y) {
			out = append(out, y)
		}
	}
	return out
}

// numberSpans holds the word range [a, b) of each number of the text, in
// text order: a sorted list, not a map, on a page of thousands of figures.
type numberSpans [][2]int32

// numberWords returns the word ranges of nums.
func numberWords(ws words, nums []normalize.Number) numberSpans {
	out := make(numberSpans, len(nums))
	for k, n := range nums {
		a, b := wordsIn(ws, n.Start, n.End)
		out[k] = [2]int32{int32(a), int32(b)}
	}
	return out
}

// after returns the word after the last number whose first word is a.
func (s numberSpans) after(a int) (int, bool) {
	k := sort.Search(len(s), func(k int) bool { return int(s[k][0]) > a }) - 1
	if k < 0 || int(s[k][0]) != a {
		return 0, false
	}
	return int(s[k][1]), true
}
