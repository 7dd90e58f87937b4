package eval

import (
	"bytes"
	"context"
	"testing"
)

// fixtureFloors are the lowest F1 (accuracy for signed_on and relevant)
// each field may score over fixtures/pages: where the extractor stands.
// Floors only go up.
var fixtureFloors = map[string]float64{
	FieldSignatories:    1,
	FieldJobs:           1,
	FieldCommitments:    1,
	FieldAmounts:        1,
	FieldCities:         1,
	FieldRegions:        1,
	FieldTargetYears:    1,
	FieldAgreementTypes: 1,
	FieldSignedOn:       1,
	FieldRelevant:       1,
	"headline":          1,
}

func TestFixturesEval(t *testing.T) {
	golds, err := LoadGold("../fixtures/pages")
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) < 17 {
		t.Fatalf("LoadGold found %d gold files, want at least 17", len(golds))
	}
	cases, err := Run(context.Background(), golds)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.Err != nil {
			t.Errorf("extract %s: %v", c.Gold.Article, c.Err)
		}
	}
	r := Score(cases)
	var b bytes.Buffer
	if err := WriteTable(&b, r, testing.Verbose()); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", b.String())
	for _, f := range append(Fields(), FieldRelevant) {
		if got := r.Field(f).F1; got < fixtureFloors[f] {
			t.Errorf("%s F1 = %.3f, want >= %.3f", f, got, fixtureFloors[f])
		}
	}
	if r.Headline < fixtureFloors["headline"] {
		t.Errorf("headline = %.3f, want >= %.3f", r.Headline, fixtureFloors["headline"])
	}
}
