package extract

import (
	"sync"

	"veille/extract/text"
)

// Relevance scores: an article is relevant when its facts and cue words
// reach relevantScore. A signed agreement of a specific kind or a pledged
// job is enough on its own; a generic "accord" or an investment amount
// needs a cue word too, so that a cease-fire "accord" or a budget story is
// not taken for a deal. Cue words alone never are.
const (
	relevantScore    = 4
	scoreAgreement   = 4 // a signed protocole d'accord, convention, contrat-programme...
	scoreGeneric     = 3 // a signed "accord"
	scorePledge      = 4 // a pledged job
	scoreInvestment  = 2 // an investment amount
	maxScoreFromCues = 3
)

// relevanceCues are words of investment and job-creation stories with
// their weight; each counts once.
var relevanceCues = sync.OnceValue(func() *taggedCues[string] {
	c := new(taggedCues[string])
	for _, t := range []struct {
		s      string
		weight int
	}{
		{"projet(s) d'investissement", 2}, {"s'implanter", 2}, {"s'implantera", 2},
		{"implantation", 1}, {"usine(s)", 1}, {"création d'emplois", 2}, {"créer des emplois", 2},
		{"investir", 1}, {"investissement(s)", 1}, {"investisseur(s)", 1}, {"partenariat", 1},
		{"offshoring", 1}, {"outsourcing", 1}, {"nearshore", 1}, {"externalisation", 1},
		{"zone industrielle", 1}, {"zone franche", 1}, {"zone d'accélération industrielle", 1},
		{"centre de compétences", 1}, {"centre de services", 1}, {"extension", 1},
		{"unité de production", 1}, {"emplois directs", 1},
	} {
		c.add(t.s, t.weight, t.s)
	}
	return c
})

// isRelevant says whether the article is about an agreement, an
// investment or a job pledge, by the score of its facts and cue words.
func isRelevant(d *doc, rec *Record) bool {
	score := 0
	for _, a := range rec.Agreements {
		if a.Type == genericAgreement {
			score = max(score, scoreGeneric)
		} else {
			score = max(score, scoreAgreement)
		}
	}
	for _, j := range rec.Jobs {
		if j.Kind == JobPledged {
			score += scorePledge
			break
		}
	}
	for _, a := range rec.Amounts {
		if a.Kind == AmountInvestment {
			score += scoreInvestment
			break
		}
	}
	switch {
	case score >= relevantScore:
		return true
	case score+maxScoreFromCues < relevantScore:
		return false // cue words could not make up for it
	}
	return cuesReach(d.words(), relevantScore-score)
}

// cuesReach reports whether the relevance cues of the words ws weigh
// need or more, each cue counted once.
func cuesReach(ws words, need int) bool {
	cueScore := 0
	seen := map[string]bool{}
	cs := relevanceCues()
	for i := range ws.Len() {
		if !cs.mayHold(text.KeyHash(ws.Fold(i))) {
			continue // most words: a bit read
		}
		for _, c := range cs.at(ws, i) {
			if _, ok := matchFiled(c.p, ws, i, ws.Len()); ok && !seen[c.tag] {
				seen[c.tag] = true
				if cueScore += c.weight; cueScore >= need {
					return true
				}
			}
		}
	}
	return false
}
