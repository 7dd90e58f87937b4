package parties

import (
	"slices"
	"strings"
	"testing"
)

// TestSignersForWhom: a signer's list goes on after an incise that says
// whom the next signers stand for.
func TestSignersForWhom(t *testing.T) {
	in := "Deux conventions ont été signées mercredi à Tanger avec Iberlog Maroc et Medipharm Atlas. " +
		"Les documents ont été signés, du côté d'Alpha Zones, par son directeur général, Hicham Bennani, et, pour les deux entreprises, " +
		"par Miguel Ferrer, administrateur délégué d'Iberlog Maroc, et par Nadia Berrada, directrice générale de Medipharm Atlas."
	got, _ := findStrings(t, in)
	for _, want := range []string{"Miguel Ferrer [person signed]", "Nadia Berrada [person signed]"} {
		if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("signatories of %q = %q, want %s", in, got, want)
		}
	}
}

// TestLinkingParticiples: the participle of "lier" names the parties as
// the verb does ("la convention, liant A et B, …").
func TestLinkingParticiples(t *testing.T) {
	for _, verb := range []string{"liant", "reliant"} {
		in := "La convention, " + verb + " l’Agence nationale des ports et Nexolia Services, a été paraphée mardi à Oujda."
		got, _ := findStrings(t, in)
		for _, want := range []string{"Agence nationale des ports [institution party]", "Nexolia Services [company party]"} {
			if !slices.Contains(got, want) {
				t.Errorf("signatories of %q = %q, want %s", in, got, want)
			}
		}
	}
}
