package extract

import (
	"context"
	"testing"
	"time"
)

// TestCommitmentAgreement checks that a pledge is filed under the
// article's agreement only when its company is a party to it.
func TestCommitmentAgreement(t *testing.T) {
	article := "Le Conseil régional de l'Oriental et la société Oasis Eaux ont signé lundi une convention de partenariat. " +
		"Oasis Eaux créera 40 emplois d'ici 2027.\n\n" +
		"Dans la foulée, la société Dadès Flora, qui exploite déjà une distillerie, recrutera 120 personnes d'ici 2028.\n"
	rec, err := ParseBytes(context.Background(), []byte(article), WithPublished(time.Date(2026, 2, 6, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatalf("ParseBytes: %v", err)
	}
	want := map[string]string{"Oasis Eaux": "convention de partenariat", "Dadès Flora": ""}
	got := map[string]string{}
	for _, c := range rec.Commitments {
		if c.Partner == nil {
			continue
		}
		got[*c.Partner] = ""
		if c.Agreement != nil {
			got[*c.Partner] = *c.Agreement
		}
	}
	for partner, agreement := range want {
		if a, ok := got[partner]; !ok || a != agreement {
			t.Errorf("commitment of %s: agreement %q (found %v), want %q; commitments %+v", partner, a, ok, agreement, rec.Commitments)
		}
	}
}
