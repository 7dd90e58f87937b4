package parties

import (
	"context"
	"slices"
	"testing"
	"time"

	"veille/extract/text"
)

// TestClosureNouns checks each row of closureNouns: the company closed is
// no antecedent of "l'entreprise", so it is no party of the pledge.
func TestClosureNouns(t *testing.T) {
	for noun := range closureNouns {
		in := "Le protocole, signé par la directrice générale de l'ONHYM, Nawal Chraïbi, et le président-directeur général de la CMO, Driss Alaoui, porte sur un programme d'exploration. " +
			"La région reste marquée par la " + noun + " des Charbonnages du Maroc en 2000. " +
			"Les sous-traitants devraient créer près de 1.200 emplois indirects, selon l'étude réalisée pour le compte de l'entreprise."
		sig, _, _, err := Find(context.Background(), text.New(in, "", time.Time{}))
		if err != nil {
			t.Fatal(err)
		}
		if got := partyStrings(sig); slices.Contains(got, "Charbonnages du Maroc [company party]") {
			t.Errorf("signatories of %q = %q, want Charbonnages du Maroc no party", in, got)
		}
	}
}

// TestParentComplements checks that the group a subsidiary noun's
// complement refers back to is no item of a list of parties.
func TestParentComplements(t *testing.T) {
	in := "Le fournisseur coréen Daeil Harness Systems va doubler sa présence au Maroc. Une convention a été signée hier entre la filiale marocaine du groupe, Daeil Harness Morocco, et l'Agence marocaine de développement des investissements et des exportations (AMDIE)."
	want := []string{
		"Daeil Harness Morocco [company party]",
		"Agence marocaine de développement des investissements et des exportations [institution party] acr=AMDIE",
	}
	sig, _, _, err := Find(context.Background(), text.New(in, "", time.Time{}))
	if err != nil {
		t.Fatal(err)
	}
	if got := partyStrings(sig); !slices.Equal(got, want) {
		t.Errorf("signatories of %q\n got %q\nwant %q", in, got, want)
	}
}
