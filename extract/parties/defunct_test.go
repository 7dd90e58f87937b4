package parties

import (
	"slices"
	"testing"
)

// TestClosureNouns checks each row of closureNouns: the company closed is
// no antecedent of "l'entreprise", so it is no party of the pledge.
func TestClosureNouns(t *testing.T) {
	for noun := range closureNouns {
		in := "Le protocole, signé par la directrice générale de l'ONHYM, Nawal Chraïbi, et le président-directeur général de la CMO, Driss Alaoui, porte sur un programme d'exploration. " +
			"La région reste marquée par la " + noun + " des Charbonnages du Maroc en 2000. " +
			"Les sous-traitants devraient créer près de 1.200 emplois indirects, selon l'étude réalisée pour le compte de l'entreprise."
		if got, _ := findStrings(t, in); slices.Contains(got, "Charbonnages du Maroc [company party]") {
			t.Errorf("signatories of %q = %q, want Charbonnages du Maroc no party", in, got)
		}
	}
}
