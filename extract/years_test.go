package extract

import (
	"slices"
	"testing"
)

func TestFindTargetYears(t *testing.T) {
	tests := []struct {
		text string
		want []int
	}{
		{"Le centre vise 300 emplois d'ici 2029.", []int{2029}},
		{"Le programme sera achevé à l'horizon de 2027, puis étendu à l'horizon 2031.", []int{2027, 2031}},
		{"La mise en service est prévue pour 2030 ; d'ici 2030 tout sera prêt.", []int{2030}},
		{"Implantée au Maroc depuis 2003, la société a ouvert un site inauguré en 2021.", nil},
		{"L'association, créée en 2010, a publié ses comptes à fin juin 2023.", nil},
		{"Le plan 2014-2020 a atteint ses objectifs entre 2014 et 2018.", nil},
	}
	for _, tt := range tests {
		rec := factsOf(tt.text, day(t, "2024-04-30"))
		var got []int
		for _, y := range rec.TargetYears {
			got = append(got, y.Year)
			checkEvidence(t, rec.Text, "year", y.Evidence)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("target years of %q = %v, want %v", tt.text, got, tt.want)
		}
	}
}
