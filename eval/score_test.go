package eval

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"veille/extract"
)

func sp(s string) *string { return &s }
func ip(i int) *int       { return &i }
func i64(i int64) *int64  { return &i }

// inetumGold is a small hand-made gold of the Inetum kind of story.
func inetumGold() Gold {
	return Gold{
		Name: "inetum", Path: "inetum.gold.json", Published: sp("2024-04-30"), Relevant: boolp(true),
		Signatories: []GoldParty{
			{Name: "Inetum", Kind: "company", Via: "party"},
			{Name: "Ghita Mezzour", Kind: "person", Via: "signed"},
			{Name: "Aziz Akhannouch", Kind: "person", Via: "presided"},
		},
		Jobs: []GoldJob{
			{Count: 1500, Kind: "pledged", Year: ip(2027), Company: sp("Inetum"), Raw: "1.500 emplois"},
			{Count: 800, Kind: "existing", Company: sp("Inetum"), Raw: "800 qu'elle emploie"},
		},
		Amounts:        []GoldAmount{{Value: 50000000, Currency: "MAD", Raw: "50 MDH"}},
		Cities:         []string{"Rabat", "Casablanca"},
		Regions:        []string{"Casablanca-Settat"},
		TargetYears:    []int{2027},
		SignedOn:       sp("2024-04-29"),
		AgreementTypes: []string{"mémorandum d'entente"},
	}
}

func boolp(b bool) *bool { return &b }

// inetumRecord is a perfect record for inetumGold.
func inetumRecord() *extract.Record {
	return &extract.Record{
		Relevant: true,
		Signatories: []extract.Party{
			{Name: "groupe Inetum", Kind: "company", Via: "party"},
			{Name: "Ghita Mezzour", Kind: "person", Via: "signed"},
		},
		Jobs: []extract.Job{
			{Count: 1500, Kind: "pledged", Year: ip(2027), Company: sp("Inetum")},
			{Count: 800, Kind: "existing"},
		},
		Amounts:     []extract.Amount{{Value: 50000000, Currency: "MAD", ValueMAD: i64(50000000)}},
		Places:      []extract.Place{{Name: "Rabat", Kind: "city"}, {Name: "Casanearshore", Kind: "park", City: sp("Casablanca")}, {Name: "Casablanca-Settat", Kind: "region"}, {Name: "Dublin", Kind: "foreign"}},
		TargetYears: []extract.TargetYear{{Year: 2027}},
		Agreements:  []extract.Agreement{{Type: "MoU", SignedOn: sp("2024-04-29")}},
	}
}

func TestScorePerfect(t *testing.T) {
	r := Score([]Case{{Gold: inetumGold(), Record: inetumRecord()}})
	for _, f := range r.Fields {
		if f.F1 != 1 || f.FP != 0 || f.FN != 0 {
			t.Errorf("%s = %+v, want F1 1 with no error", f.Field, f)
		}
	}
	if r.Headline != 1 {
		t.Errorf("headline = %v, want 1", r.Headline)
	}
	if r.Relevance.TP != 1 {
		t.Errorf("relevance = %+v, want one right verdict", r.Relevance)
	}
	if a := r.PerArticle[0]; len(a.Misses)+len(a.FalseAlarms) != 0 {
		t.Errorf("issues = %+v %+v, want none", a.Misses, a.FalseAlarms)
	}
}

// counts returns the (tp, fp, fn) of a field of the one-article report.
func counts(t *testing.T, g Gold, rec *extract.Record, field string) [3]int {
	t.Helper()
	f := Score([]Case{{Gold: g, Record: rec}}).Field(field)
	return [3]int{f.TP, f.FP, f.FN}
}

func TestScoreFields(t *testing.T) {
	tests := []struct {
		name  string
		field string
		edit  func(g *Gold, r *extract.Record)
		want  [3]int // tp, fp, fn
	}{
		{"repeated job is a false alarm", FieldJobs, func(g *Gold, r *extract.Record) {
			r.Jobs = append(r.Jobs, r.Jobs[0])
		}, [3]int{2, 1, 0}},
		{"job of the wrong kind", FieldJobs, func(g *Gold, r *extract.Record) {
			r.Jobs[1].Kind = "pledged"
		}, [3]int{1, 1, 1}},
		{"presided missing is not required", FieldSignatories, func(g *Gold, r *extract.Record) {}, [3]int{2, 0, 0}},
		{"presided found is not penalised", FieldSignatories, func(g *Gold, r *extract.Record) {
			r.Signatories = append(r.Signatories, extract.Party{Name: "Aziz Akhannouch", Kind: "person", Via: "presided"})
		}, [3]int{2, 0, 0}},
		{"lone family name", FieldSignatories, func(g *Gold, r *extract.Record) {
			r.Signatories[1].Name = "Mezzour"
		}, [3]int{1, 1, 1}},
		{"commitment from a job with company and year", FieldCommitments, func(g *Gold, r *extract.Record) {}, [3]int{1, 0, 0}},
		{"commitment with the wrong year", FieldCommitments, func(g *Gold, r *extract.Record) {
			r.Jobs[0].Year = ip(2026)
		}, [3]int{0, 1, 1}},
		{"commitment without its partner", FieldCommitments, func(g *Gold, r *extract.Record) {
			r.Jobs[0].Company = nil
		}, [3]int{0, 1, 1}},
		{"commitments of the record win over its jobs", FieldCommitments, func(g *Gold, r *extract.Record) {
			r.Commitments = []extract.Commitment{{Partner: sp("le groupe Inetum"), Jobs: i64(1500), Year: ip(2027)}}
			r.Jobs[0].Company = sp("Autre Société")
		}, [3]int{1, 0, 0}},
		{"a job without company or year is no commitment", FieldCommitments, func(g *Gold, r *extract.Record) {
			g.Jobs[0].Company, g.Jobs[0].Year = nil, nil
			r.Jobs[0].Company, r.Jobs[0].Year = nil, nil
		}, [3]int{0, 0, 0}},
		{"a commitment without partner or year is not scored", FieldCommitments, func(g *Gold, r *extract.Record) {
			g.Jobs[0].Company, g.Jobs[0].Year = nil, nil
			r.Jobs[0].Company, r.Jobs[0].Year = nil, nil
			r.Commitments = []extract.Commitment{{Jobs: i64(1500)}}
		}, [3]int{0, 0, 0}},
		{"amount in another currency", FieldAmounts, func(g *Gold, r *extract.Record) {
			r.Amounts[0].Currency = "EUR"
		}, [3]int{0, 1, 1}},
		{"city variant and foreign city", FieldCities, func(g *Gold, r *extract.Record) {
			g.Cities = append(g.Cities, "Fès")
			r.Places = append(r.Places, extract.Place{Name: "Fez", Kind: "city"}, extract.Place{Name: "Paris", Kind: "foreign"})
		}, [3]int{3, 0, 0}},
		{"city said twice counts once", FieldCities, func(g *Gold, r *extract.Record) {
			r.Places = append(r.Places, extract.Place{Name: "Rabat", Kind: "city"})
		}, [3]int{2, 0, 0}},
		{"region is not a city", FieldCities, func(g *Gold, r *extract.Record) {
			r.Places = append(r.Places, extract.Place{Name: "Rabat-Salé-Kénitra", Kind: "region"})
		}, [3]int{2, 0, 0}},
		{"extra region", FieldRegions, func(g *Gold, r *extract.Record) {
			r.Places = append(r.Places, extract.Place{Name: "Rabat-Salé-Kénitra", Kind: "region"})
		}, [3]int{1, 1, 0}},
		{"past year", FieldTargetYears, func(g *Gold, r *extract.Record) {
			r.TargetYears = append(r.TargetYears, extract.TargetYear{Year: 2003})
		}, [3]int{1, 1, 0}},
		{"plural type", FieldAgreementTypes, func(g *Gold, r *extract.Record) {
			r.Agreements[0].Type = "mémorandums d’entente"
		}, [3]int{1, 0, 0}},
		{"extra generic type", FieldAgreementTypes, func(g *Gold, r *extract.Record) {
			r.Agreements = append(r.Agreements, extract.Agreement{Type: "accord"})
		}, [3]int{1, 1, 0}},
		{"signed_on right", FieldSignedOn, func(g *Gold, r *extract.Record) {
			r.Agreements = append(r.Agreements, extract.Agreement{Type: "accord", SignedOn: sp("2024-04-29")})
		}, [3]int{1, 0, 0}},
		{"signed_on two dates", FieldSignedOn, func(g *Gold, r *extract.Record) {
			r.Agreements = append(r.Agreements, extract.Agreement{Type: "accord", SignedOn: sp("2024-04-30")})
		}, [3]int{0, 0, 1}},
		{"signed_on missing", FieldSignedOn, func(g *Gold, r *extract.Record) {
			r.Agreements[0].SignedOn = nil
		}, [3]int{0, 0, 1}},
		{"signed_on claimed without gold", FieldSignedOn, func(g *Gold, r *extract.Record) {
			g.SignedOn = nil
		}, [3]int{0, 0, 1}},
		{"signed_on absent on both sides is not scored", FieldSignedOn, func(g *Gold, r *extract.Record) {
			g.SignedOn = nil
			r.Agreements[0].SignedOn = nil
		}, [3]int{0, 0, 0}},
		{"relevance wrong", FieldRelevant, func(g *Gold, r *extract.Record) {
			r.Relevant = false
		}, [3]int{0, 0, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, r := inetumGold(), inetumRecord()
			tt.edit(&g, r)
			if got := counts(t, g, r, tt.field); got != tt.want {
				t.Errorf("%s (tp, fp, fn) = %v, want %v", tt.field, got, tt.want)
			}
		})
	}
}

func TestScoreMicroAverage(t *testing.T) {
	// Two articles: the second record misses its only job, so jobs are
	// 2 found of 3 over both, not the mean of the two articles' F1.
	g2 := Gold{Name: "b", Jobs: []GoldJob{{Count: 300, Kind: "pledged"}}}
	r := Score([]Case{{Gold: inetumGold(), Record: inetumRecord()}, {Gold: g2, Record: &extract.Record{}}})
	f := r.Field(FieldJobs)
	if f.TP != 2 || f.FN != 1 || f.FP != 0 {
		t.Fatalf("jobs = %+v, want tp 2, fn 1", f)
	}
	if want := 0.8; f.F1 < want-1e-9 || f.F1 > want+1e-9 {
		t.Errorf("jobs F1 = %v, want %v", f.F1, want)
	}
	if r.Articles != 2 {
		t.Errorf("articles = %d, want 2", r.Articles)
	}
}

func TestScoreNoRecord(t *testing.T) {
	a := ScoreArticle(inetumGold(), nil)
	if len(a.FalseAlarms) != 0 {
		t.Errorf("false alarms = %v, want none", a.FalseAlarms)
	}
	// 2 signatories, 2 jobs, 1 commitment, 1 amount, 2 cities, 1 region,
	// 1 year, 1 type, signed_on and relevance.
	if got, want := len(a.Misses), 13; got != want {
		t.Errorf("misses = %d (%v), want %d", got, a.Misses, want)
	}
}

func TestScoreEvidence(t *testing.T) {
	rec := inetumRecord()
	rec.Jobs = append(rec.Jobs, extract.Job{Count: 120000, Kind: "statistic", Evidence: extract.Evidence{Text: "120 000", Sentence: "Le secteur emploie 120 000 personnes."}})
	a := ScoreArticle(inetumGold(), rec)
	var found bool
	for _, f := range a.FalseAlarms {
		if f.Field == FieldJobs && f.Fact == "120000 statistic" && f.Evidence == "Le secteur emploie 120 000 personnes." {
			found = true
		}
	}
	if !found {
		t.Errorf("false alarms = %+v, want the 120000 statistic with its sentence", a.FalseAlarms)
	}
}

func TestWriteTableAndJSON(t *testing.T) {
	rec := inetumRecord()
	rec.Places = append(rec.Places, extract.Place{Name: "Agadir", Kind: "city", Evidence: extract.Evidence{Sentence: "Un bureau à Agadir."}})
	r := Score([]Case{{Gold: inetumGold(), Record: rec}})
	var b bytes.Buffer
	if err := WriteTable(&b, r, true); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"signatories", "signed_on", "headline", "+ cities", "Agadir", "« Un bureau à Agadir. »"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	js, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(js, &back); err != nil {
		t.Fatal(err)
	}
	if back.Headline != r.Headline || back.Field(FieldCities).FP != 1 {
		t.Errorf("JSON round trip = headline %v, cities %+v; want %v and one false alarm", back.Headline, back.Field(FieldCities), r.Headline)
	}
}
