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
		{"a park whose name does not write its city names no city", "La cérémonie s'est tenue à Casanearshore.",
			[]string{"Casanearshore park x1"}},
		{"a zone names no city", "Le motoriste s'installe dans la zone d'accélération industrielle de Midparc.",
			[]string{"Midparc park x1"}},
		{"a district names no city", "Le siège quitte Sidi Maârouf pour un immeuble neuf.",
			[]string{"Sidi Maârouf district x1"}},
		{"a city after the park's name", "Le centre de données sera bâti au Technopolis de Rabat.",
			[]string{"Rabat city x1", "Technopolis park x1"}},
		{"a city before the park's name", "Le centre ouvrira à Rabat Technopolis en 2026.",
			[]string{"Rabat city x1", "Technopolis park x1"}},
		{"a park named after its own city", "Le câblier s'installe à Tanger Automotive City.",
			[]string{"Tanger Automotive City park Tanger x1", "Tanger city x1"}},
		{"a district named after its city", "Les bureaux sont à Casablanca-Anfa depuis mars.",
			[]string{"Anfa district Casablanca x1", "Casablanca city x1"}},
		{"a name in camel case writes its city", "Le programme lance FèsShore puis TangerMed Zones.",
			[]string{"Fès Shore park Fès x1", "Fès city x1", "Tanger Med park Tanger x1", "Tanger city x1"}},
		{"a later mention that writes the city gives it", "L'Aéropôle Mohammed V grandit : l'Aéropôle de Nouaceur compte 40 usines.",
			[]string{"Aéropôle de Nouaceur park Nouaceur x2", "Nouaceur city x1"}},
		{"a rural commune is a place but no city", "L'usine de Melloussa exporte par le port de Tanger.",
			[]string{"Melloussa commune x1", "Tanger city x1"}},
		{"resort towns are towns", "Le complexe de Taghazout ouvre avant celui de Mirleft.",
			[]string{"Mirleft city x1", "Taghazout city x1"}},
		{"a prefecture named after two towns gives its seat, the first", "La zone est située dans la préfecture de M'diq-Fnideq. Une coopérative d'Aït Iaaza y vend son huile.",
			[]string{"Aït Iaaza city x1", "préfecture de M'diq-Fnideq province M'diq x1"}},
		{"a family name is no town", "Le directeur, Mohamed Ben Ahmed, a visité l'usine de Ben Guerir.",
			[]string{"Ben Guerir city x1"}},
		{"a town after a preposition", "Le groupe ouvre un atelier à Ben Ahmed. Ben Ahmed accueille déjà deux usines.",
			[]string{"Ben Ahmed city x2"}},
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

// TestFamilyNameIsNoTown checks that a town's name that is the family name
// of a person the parties found is no mention of the town.
func TestFamilyNameIsNoTown(t *testing.T) {
	karim := testParty{name: "Karim Benslimane", kind: KindPerson, actor: true}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the family name", "Karim Benslimane, président de la filiale, a signé l'accord à Rabat.", []string{"Rabat"}},
		{"the town after the person", "Karim Benslimane a visité l'usine de Benslimane.", []string{"Benslimane"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range factsOf(tt.text, day(t, "2024-04-30"), karim).Places {
				got = append(got, p.Name)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("places of %q: got %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}
