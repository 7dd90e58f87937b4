package extract

import "testing"

// TestLinkMany checks the figures that belong to many companies together,
// or to none of the partners: zones, the companies a place hosts,
// statistics; and investments without jobs.
func TestLinkMany(t *testing.T) {
	runLinkCases(t, []linkCase{
		{"a zone named as the subject is no company",
			"Kappa Textile créera 300 emplois d'ici 2026, tandis que Souss Agro Park prévoit 900 emplois d'ici 2028.",
			[]testParty{company("Kappa Textile")},
			[]string{"Kappa Textile 300 y=2026", "- 900 y=2028"}},
		{"statistics are never commitments",
			"Omega Services s'installe à Rabat. Le secteur emploie plus de 90 000 personnes.",
			[]testParty{company("Omega Services")},
			nil},
		{"investment of a partner without jobs",
			"Theta Cloud a signé une convention d'investissement : elle investira 800 millions de dirhams dans un centre de données à Salé.",
			[]testParty{company("Theta Cloud")},
			[]string{"Theta Cloud mad=800000000"}},
		{"capital spending without an agreement is no commitment",
			"Au premier semestre, Theta Cloud a investi 450 millions de dirhams dans ses magasins.",
			[]testParty{company("Theta Cloud")},
			nil},
		{"the companies a place is to host have the jobs together",
			"La société Oriental Parcs a signé une convention avec la région. Une fois commercialisée, la nouvelle tranche devrait accueillir une quarantaine d'unités industrielles et permettre la création de 3 000 emplois d'ici 2028.",
			[]testParty{company("Oriental Parcs")},
			[]string{"- 3000 y=2028"}},
		{"one plant hosted keeps its partner",
			"La société Oriental Parcs a signé une convention avec la région. La nouvelle tranche devrait accueillir l'usine du groupe et permettre la création de 300 emplois d'ici 2028.",
			[]testParty{company("Oriental Parcs")},
			[]string{"Oriental Parcs 300 y=2028"}},
	})
}
