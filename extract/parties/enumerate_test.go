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
