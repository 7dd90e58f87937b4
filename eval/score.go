package eval

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"veille/extract"
	"veille/names"
	"veille/normalize"
)

// Field names, as they appear in reports.
const (
	FieldSignatories    = "signatories"
	FieldJobs           = "jobs"
	FieldCommitments    = "commitments"
	FieldAmounts        = "amounts"
	FieldCities         = "cities"
	FieldRegions        = "regions"
	FieldTargetYears    = "target_years"
	FieldAgreementTypes = "agreement_types"
	FieldSignedOn       = "signed_on"
	FieldRelevant       = "relevant"
)

// Fields lists the fields of the headline, in report order.
func Fields() []string {
	return []string{FieldSignatories, FieldJobs, FieldCommitments, FieldAmounts, FieldCities,
		FieldRegions, FieldTargetYears, FieldAgreementTypes, FieldSignedOn}
}

// FieldScore is the score of one field. For the accuracy fields
// (signed_on, relevant) TP counts the right verdicts, FN the wrong ones,
// and Precision, Recall and F1 all give the accuracy.
type FieldScore struct {
	Field     string  `json:"field"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (f *FieldScore) add(o FieldScore) {
	f.TP += o.TP
	f.FP += o.FP
	f.FN += o.FN
}

// finish computes the ratios from the counts. A field with nothing to find
// and nothing found scores 1.
func (f *FieldScore) finish() {
	f.Precision, f.Recall = 1, 1
	if f.TP+f.FP > 0 {
		f.Precision = float64(f.TP) / float64(f.TP+f.FP)
	}
	if f.TP+f.FN > 0 {
		f.Recall = float64(f.TP) / float64(f.TP+f.FN)
	}
	f.F1 = 0
	if f.Precision+f.Recall > 0 {
		f.F1 = 2 * f.Precision * f.Recall / (f.Precision + f.Recall)
	}
}

// Issue is a fact the record missed or one it claimed that the gold lacks.
type Issue struct {
	Field    string `json:"field"`
	Fact     string `json:"fact"`
	Evidence string `json:"evidence,omitempty"` // the gold's raw text for a miss, the record's sentence for a false alarm
}

// ArticleScore is the score of one article.
type ArticleScore struct {
	Name        string       `json:"name"`
	Gold        string       `json:"gold"`
	Article     string       `json:"article,omitempty"`
	Error       string       `json:"error,omitempty"` // why there is no record
	Fields      []FieldScore `json:"fields"`          // counts only
	Misses      []Issue      `json:"misses"`
	FalseAlarms []Issue      `json:"false_alarms"`
}

// Report is the score of a set of articles.
type Report struct {
	Articles   int            `json:"articles"`
	Headline   float64        `json:"headline"` // mean of the F1 of Fields
	Fields     []FieldScore   `json:"fields"`
	Relevance  FieldScore     `json:"relevance"` // accuracy of Record.Relevant, outside the headline
	PerArticle []ArticleScore `json:"per_article"`
}

// Field returns the score of the named field, or nil.
func (r *Report) Field(name string) *FieldScore {
	if name == FieldRelevant {
		return &r.Relevance
	}
	for i := range r.Fields {
		if r.Fields[i].Field == name {
			return &r.Fields[i]
		}
	}
	return nil
}

// Score compares every case's record with its gold.
func Score(cases []Case) *Report {
	r := &Report{Articles: len(cases), PerArticle: []ArticleScore{}}
	for _, f := range Fields() {
		r.Fields = append(r.Fields, FieldScore{Field: f})
	}
	r.Relevance.Field = FieldRelevant
	for _, c := range cases {
		as := ScoreArticle(c.Gold, c.Record)
		if c.Err != nil {
			as.Error = c.Err.Error()
		}
		for _, fs := range as.Fields {
			r.Field(fs.Field).add(fs)
		}
		r.PerArticle = append(r.PerArticle, as)
	}
	sum := 0.0
	for i := range r.Fields {
		r.Fields[i].finish()
		sum += r.Fields[i].F1
	}
	r.Headline = sum / float64(len(r.Fields))
	r.Relevance.finish()
	return r
}

// ScoreArticle compares one record with its gold; rec nil (extraction
// failed) misses every gold fact.
func ScoreArticle(g Gold, rec *extract.Record) ArticleScore {
	if rec == nil {
		rec = &extract.Record{}
	}
	s := &scorer{as: ArticleScore{Name: g.Name, Gold: g.Path, Article: g.Article, Misses: []Issue{}, FalseAlarms: []Issue{}}}
	s.signatories(g, rec)
	s.jobs(g, rec)
	s.commitments(g, rec)
	s.amounts(g, rec)
	s.places(g, rec)
	s.targetYears(g, rec)
	s.agreementTypes(g, rec)
	s.signedOn(g, rec)
	s.relevance(g, rec)
	return s.as
}

// scorer accumulates the score of one article.
type scorer struct{ as ArticleScore }

// fact is one item on either side of a comparison: how to print it and
// the text that backs it.
type fact struct{ show, evidence string }

// compare matches gold items to predicted ones one to one under ok and
// records the counts and issues of field. Predicted items for which skip
// returns true, when left unmatched, are not counted.
func (s *scorer) compare(field string, gold, pred []fact, ok func(g, p int) bool, skip func(p int) bool) {
	goldTo, used := pairUp(len(gold), len(pred), ok)
	fs := FieldScore{Field: field}
	for i, p := range goldTo {
		if p >= 0 {
			fs.TP++
			continue
		}
		fs.FN++
		s.as.Misses = append(s.as.Misses, Issue{Field: field, Fact: gold[i].show, Evidence: gold[i].evidence})
	}
	for j, u := range used {
		if u || (skip != nil && skip(j)) {
			continue
		}
		fs.FP++
		s.as.FalseAlarms = append(s.as.FalseAlarms, Issue{Field: field, Fact: pred[j].show, Evidence: pred[j].evidence})
	}
	s.as.Fields = append(s.as.Fields, fs)
}

// verdict records an accuracy field: one right or wrong answer.
func (s *scorer) verdict(field string, right bool, miss Issue) {
	fs := FieldScore{Field: field}
	if right {
		fs.TP = 1
	} else {
		fs.FN = 1
		s.as.Misses = append(s.as.Misses, miss)
	}
	s.as.Fields = append(s.as.Fields, fs)
}

// pairUp finds a maximum one-to-one matching of nGold items with nPred
// items under ok (augmenting paths; the lists are short). goldTo[i] is the
// predicted item of gold item i, -1 if none; used[j] tells whether
// predicted item j is matched.
func pairUp(nGold, nPred int, ok func(g, p int) bool) (goldTo []int, used []bool) {
	goldTo = make([]int, nGold)
	predTo := make([]int, nPred)
	for i := range goldTo {
		goldTo[i] = -1
	}
	for j := range predTo {
		predTo[j] = -1
	}
	var try func(g int, seen []bool) bool
	try = func(g int, seen []bool) bool {
		for p := 0; p < nPred; p++ {
			if seen[p] || !ok(g, p) {
				continue
			}
			seen[p] = true
			if predTo[p] < 0 || try(predTo[p], seen) {
				predTo[p], goldTo[g] = g, p
				return true
			}
		}
		return false
	}
	for g := range goldTo {
		try(g, make([]bool, nPred))
	}
	used = make([]bool, nPred)
	for j, g := range predTo {
		used[j] = g >= 0
	}
	return goldTo, used
}

func sentence(e extract.Evidence) string {
	if e.Sentence != "" {
		return e.Sentence
	}
	return e.Text
}

func (s *scorer) signatories(g Gold, rec *extract.Record) {
	var gold, presided []fact
	for _, p := range g.Signatories {
		f := fact{show: p.Name, evidence: "via " + string(p.Via)}
		if p.Via == extract.ViaPresided {
			presided = append(presided, f)
		} else {
			gold = append(gold, f)
		}
	}
	pred := make([]fact, len(rec.Signatories))
	for i, p := range rec.Signatories {
		pred[i] = fact{show: p.Name, evidence: sentence(p.Evidence)}
	}
	s.compare(FieldSignatories, gold, pred,
		func(i, j int) bool { return names.Same(gold[i].show, pred[j].show) },
		func(j int) bool {
			for _, p := range presided {
				if names.Same(p.show, pred[j].show) {
					return true
				}
			}
			return false
		})
}

func (s *scorer) jobs(g Gold, rec *extract.Record) {
	gold := make([]fact, len(g.Jobs))
	for i, j := range g.Jobs {
		gold[i] = fact{show: fmt.Sprintf("%d %s", j.Count, j.Kind), evidence: j.Raw}
	}
	pred := make([]fact, len(rec.Jobs))
	for i, j := range rec.Jobs {
		pred[i] = fact{show: fmt.Sprintf("%d %s", j.Count, j.Kind), evidence: sentence(j.Evidence)}
	}
	s.compare(FieldJobs, gold, pred, func(i, j int) bool {
		return g.Jobs[i].Count == rec.Jobs[j].Count && g.Jobs[i].Kind == rec.Jobs[j].Kind
	}, nil)
}

// commitment is a job pledge tied to a partner or a year.
type commitment struct {
	count   int64
	partner *string
	year    *int
}

func (c commitment) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d jobs", c.count)
	if c.partner != nil {
		fmt.Fprintf(&b, " by %s", *c.partner)
	}
	if c.year != nil {
		fmt.Fprintf(&b, " by %d", *c.year)
	}
	return b.String()
}

func (c commitment) matches(o commitment) bool {
	if c.count != o.count || (c.year == nil) != (o.year == nil) || (c.year != nil && *c.year != *o.year) {
		return false
	}
	if c.partner == nil || o.partner == nil {
		return c.partner == nil && o.partner == nil
	}
	return names.Same(*c.partner, *o.partner)
}

// predictedCommitments returns the record's commitments carrying a job
// count and a partner or a year (as the gold's do), then its pledged jobs
// with a company or a year whose count none of those carries.
func predictedCommitments(rec *extract.Record) ([]commitment, []fact) {
	var cs []commitment
	var fs []fact
	counts := map[int64]bool{}
	for _, c := range rec.Commitments {
		if c.Jobs == nil || (nonEmpty(c.Partner) == nil && c.Year == nil) {
			continue
		}
		counts[*c.Jobs] = true
		cs = append(cs, commitment{count: *c.Jobs, partner: nonEmpty(c.Partner), year: c.Year})
		ev := ""
		if len(c.Evidence) > 0 {
			ev = sentence(c.Evidence[0])
		}
		fs = append(fs, fact{show: cs[len(cs)-1].String(), evidence: ev})
	}
	for _, j := range rec.Jobs {
		if j.Kind != extract.JobPledged || counts[j.Count] || (nonEmpty(j.Company) == nil && j.Year == nil) {
			continue
		}
		cs = append(cs, commitment{count: j.Count, partner: nonEmpty(j.Company), year: j.Year})
		fs = append(fs, fact{show: cs[len(cs)-1].String(), evidence: sentence(j.Evidence)})
	}
	return cs, fs
}

func nonEmpty(s *string) *string {
	if s == nil || strings.TrimSpace(*s) == "" {
		return nil
	}
	return s
}

func (s *scorer) commitments(g Gold, rec *extract.Record) {
	var gc []commitment
	var gold []fact
	for _, j := range g.Jobs {
		if j.Kind != extract.JobPledged || (nonEmpty(j.Company) == nil && j.Year == nil) {
			continue
		}
		c := commitment{count: j.Count, partner: nonEmpty(j.Company), year: j.Year}
		gc = append(gc, c)
		gold = append(gold, fact{show: c.String(), evidence: j.Raw})
	}
	pc, pred := predictedCommitments(rec)
	s.compare(FieldCommitments, gold, pred, func(i, j int) bool { return gc[i].matches(pc[j]) }, nil)
}

func (s *scorer) amounts(g Gold, rec *extract.Record) {
	gold := make([]fact, len(g.Amounts))
	for i, a := range g.Amounts {
		gold[i] = fact{show: fmt.Sprintf("%d %s", a.Value, a.Currency), evidence: a.Raw}
	}
	pred := make([]fact, len(rec.Amounts))
	for i, a := range rec.Amounts {
		pred[i] = fact{show: fmt.Sprintf("%d %s", a.Value, a.Currency), evidence: sentence(a.Evidence)}
	}
	s.compare(FieldAmounts, gold, pred, func(i, j int) bool {
		return g.Amounts[i].Value == rec.Amounts[j].Value && strings.EqualFold(g.Amounts[i].Currency, rec.Amounts[j].Currency)
	}, nil)
}

// keyedSet is a set of facts compared by key, in the order first met.
type keyedSet struct {
	keys  []string
	facts []fact
	seen  map[string]bool
}

func (ks *keyedSet) add(k string, f fact) {
	if k == "" || ks.seen[k] {
		return
	}
	if ks.seen == nil {
		ks.seen = map[string]bool{}
	}
	ks.seen[k] = true
	ks.keys = append(ks.keys, k)
	ks.facts = append(ks.facts, f)
}

func (s *scorer) compareSets(field string, gold, pred *keyedSet) {
	s.compare(field, gold.facts, pred.facts, func(i, j int) bool { return gold.keys[i] == pred.keys[j] }, nil)
}

func (s *scorer) places(g Gold, rec *extract.Record) {
	var gc, gr, pc, pr keyedSet
	for _, c := range g.Cities {
		name, k := placeName(c)
		gc.add(k, fact{show: name})
	}
	for _, c := range g.Regions {
		name, k := placeName(c)
		gr.add(k, fact{show: name})
	}
	for _, p := range rec.Places {
		f := fact{evidence: sentence(p.Evidence)}
		switch {
		case p.Kind == normalize.PlaceCity:
			f.show, _ = placeName(p.Name)
			pc.add(names.Key(f.show), f)
		case p.Kind == normalize.PlaceRegion:
			f.show, _ = placeName(p.Name)
			pr.add(names.Key(f.show), f)
		case p.City != nil && *p.City != "":
			f.show, _ = placeName(*p.City)
			pc.add(names.Key(f.show), f)
		}
	}
	s.compareSets(FieldCities, &gc, &pc)
	s.compareSets(FieldRegions, &gr, &pr)
}

func (s *scorer) targetYears(g Gold, rec *extract.Record) {
	var gold, pred keyedSet
	for _, y := range g.TargetYears {
		gold.add(strconv.Itoa(y), fact{show: strconv.Itoa(y)})
	}
	for _, y := range rec.TargetYears {
		pred.add(strconv.Itoa(y.Year), fact{show: strconv.Itoa(y.Year), evidence: sentence(y.Evidence)})
	}
	s.compareSets(FieldTargetYears, &gold, &pred)
}

func (s *scorer) agreementTypes(g Gold, rec *extract.Record) {
	var gold, pred keyedSet
	for _, t := range g.AgreementTypes {
		gold.add(names.AgreementKey(t), fact{show: t})
	}
	for _, a := range rec.Agreements {
		pred.add(names.AgreementKey(a.Type), fact{show: a.Type, evidence: sentence(a.Evidence)})
	}
	s.compareSets(FieldAgreementTypes, &gold, &pred)
}

// signedOn scores the signing date over the articles where the gold or the
// record has one: right when the record's agreements carry exactly one
// distinct date, the gold's.
func (s *scorer) signedOn(g Gold, rec *extract.Record) {
	set := map[string]bool{}
	for _, a := range rec.Agreements {
		if a.SignedOn != nil && *a.SignedOn != "" {
			set[*a.SignedOn] = true
		}
	}
	dates := make([]string, 0, len(set))
	for d := range set {
		dates = append(dates, d)
	}
	sort.Strings(dates)
	if g.SignedOn == nil && len(dates) == 0 {
		return
	}
	want := "none"
	if g.SignedOn != nil {
		want = *g.SignedOn
	}
	got := "none"
	if len(dates) > 0 {
		got = strings.Join(dates, ", ")
	}
	right := g.SignedOn != nil && len(dates) == 1 && dates[0] == *g.SignedOn
	s.verdict(FieldSignedOn, right, Issue{Field: FieldSignedOn, Fact: want, Evidence: "record: " + got})
}

func (s *scorer) relevance(g Gold, rec *extract.Record) {
	if g.Relevant == nil {
		return
	}
	s.verdict(FieldRelevant, rec.Relevant == *g.Relevant,
		Issue{Field: FieldRelevant, Fact: strconv.FormatBool(*g.Relevant), Evidence: "record: " + strconv.FormatBool(rec.Relevant)})
}
