package extract

import (
	"testing"

	"veille/extract/text"
)

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
		{"the projects a commission approved have the jobs together",
			"La commission a approuvé, mercredi, 27 projets d'investissement appelés à générer 2.950 emplois d'ici 2027. Une convention a été signée avec Sud Cold Chain, qui créera 120 emplois.",
			[]testParty{company("Sud Cold Chain")},
			[]string{"- 2950 y=2027", "Sud Cold Chain 120"}},
		{"one project approved keeps its partner",
			"La commission a approuvé le projet de Sud Cold Chain, appelé à générer 120 emplois. Une convention a été signée avec Sud Cold Chain.",
			[]testParty{company("Sud Cold Chain")},
			[]string{"Sud Cold Chain 120"}},
		{"the projects a subject counts have the jobs together",
			"Le groupe Alpha Hotels et la société Beta Fish ont signé des conventions. Dans le tourisme, deux projets hôteliers à Tiznit et Taroudant devraient créer 340 emplois d'ici 2027.",
			[]testParty{company("Alpha Hotels"), company("Beta Fish")},
			[]string{"- 340 y=2027"}},
		{"one project keeps its partner",
			"Le groupe Alpha Hotels et la société Beta Fish ont signé des conventions. Alpha Hotels ouvrira un hôtel à Tiznit. Le projet hôtelier devrait créer 340 emplois d'ici 2027.",
			[]testParty{company("Alpha Hotels"), company("Beta Fish")},
			[]string{"Alpha Hotels 340 y=2027 at=Tiznit"}},
		{"one plant hosted keeps its partner",
			"La société Oriental Parcs a signé une convention avec la région. La nouvelle tranche devrait accueillir l'usine du groupe et permettre la création de 300 emplois d'ici 2028.",
			[]testParty{company("Oriental Parcs")},
			[]string{"Oriental Parcs 300 y=2028"}},
	})
}

// TestManyBefore walks manyWords, each of which counts two or more, and
// the figures normalize reads.
func TestManyBefore(t *testing.T) {
	for w := range manyWords {
		for _, in := range []string{w + " projets", "une " + w + " de projets"} {
			ws := text.Words(in)
			if !manyBefore(ws, ws.Len()-1) {
				t.Errorf("manyBefore(%q) = false, want true", in)
			}
		}
	}
	for in, want := range map[string]bool{"27 projets": true, "trois projets": true, "une trentaine de projets": true,
		"les deux projets": true, "un projet": false, "1 projet": false, "le projet": false} {
		ws := text.Words(in)
		if got := manyBefore(ws, ws.Len()-1); got != want {
			t.Errorf("manyBefore(%q) = %v, want %v", in, got, want)
		}
	}
}
