package parties

import (
	"slices"
	"testing"
)

func TestShouting(t *testing.T) {
	tests := []struct {
		in   string
		want []string // signatories
	}{
		{"L'ACCORD A PORTÉ SUR L'EXTENSION DE L'UNITÉ INDUSTRIELLE DE CETTE ENTITÉ SPÉCIALISÉE DANS L'ASSEMBLAGE, SIGNÉ PAR LA SOCIÉTÉ RATIER FIGEAC.", nil},
		{"LE GROUPE SAFRAN ET LA CDG SIGNENT UN ACCORD À MARRAKECH", nil},
		{"La société Ratier Figeac a signé un accord avec l'ONDA pour l'extension de son unité.", []string{"ONDA [institution party]", "Ratier Figeac [company party]"}},
	}
	for _, tt := range tests {
		got, _ := findStrings(t, tt.in)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("signatories of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}
