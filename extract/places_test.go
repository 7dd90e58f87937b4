package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestFindPlaces(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "name kind [city] xMentions"
	}{
		{"variants give the canonical name", "Le groupe ouvre un site à Fez, puis un autre à Tangier et à Fès.",
			[]string{"Fès city x2", "Tanger city x1"}},
		{"a region hides its cities", "Le centre sera installé dans la région Casablanca-Settat.",
			[]string{"Casablanca-Settat region x1"}},
		{"a park gives its city", "La cérémonie s'est tenue à Casanearshore.",
			[]string{"Casanearshore park Casablanca x1"}},
		{"a city after the park's name", "Le centre de données sera bâti au Technopolis de Rabat.",
			[]string{"Rabat city x1", "Technopolis park Salé x1"}},
		{"a city before the park's name", "Le centre ouvrira à Rabat Technopolis en 2026.",
			[]string{"Rabat city x1", "Technopolis park Salé x1"}},
		{"a park named after its own city", "Le câblier s'installe à Tanger Automotive City.",
			[]string{"Tanger Automotive City park Tanger x1", "Tanger city x1"}},
		{"country and foreign places are kept", "Le Maroc attire des groupes de Paris.",
			[]string{"Maroc country x1", "Paris foreign x1"}},
		{"no place", "Les 12 régions du Royaume seront concernées.", nil},
		{"readers' comments are not the article",
			"Le groupe ouvre un site à Oujda.\n\nRéactions des lecteurs (2)\n\nKarim, Nador : enfin des emplois à Nador !",
			[]string{"Oujda city x1"}},
		{"a heading about a reaction is not the comments",
			"Réaction du ministre\n\nLe ministre salue le projet de Nador.",
			[]string{"Nador city x1"}},
		{"a teaser line is not the article", "Le groupe ouvre un site à Oujda.\nLire aussi : un hôtel de Dublin vendu à Agadir",
			[]string{"Oujda city x1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := factsOf(tt.text, day(t, "2024-04-30"))
			var got []string
			for _, p := range rec.Places {
				s := p.Name + " " + string(p.Kind)
				if p.City != nil {
					s += " " + *p.City
				}
				got = append(got, s+fmt.Sprintf(" x%d", p.Mentions))
				checkEvidence(t, rec.Text, "place", p.Evidence)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("places of %q\ngot  %s\nwant %s", tt.text, strings.Join(got, "; "), strings.Join(tt.want, "; "))
			}
		})
	}
}
