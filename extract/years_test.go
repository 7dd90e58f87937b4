package extract

import (
	"slices"
	"testing"
	"time"
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
		// The deadline forms of the press.
		{"Le câblier créera 800 emplois d'ici l'année 2027.", []int{2027}},
		{"Le câblier créera 800 emplois au plus tard en 2027.", []int{2027}},
		{"La ligne sera livrée d'ici la fin de l'année 2026.", []int{2026}},
		{"Le parc comptera 90 usines à l'horizon de l'année 2030.", []int{2030}},
		{"Le parc comptera 90 usines à horizon 2030, d'ici à 2032 ou avant fin 2033.", []int{2030, 2032, 2033}},
		{"Les recrutements seront bouclés d'ici le 31 mars 2027.", []int{2027}},
		{"Le site sera livré d'ici début 2027.", []int{2027}},
		{"La ligne ouvrira d'ici la fin du premier semestre 2027.", []int{2027}},
		{"L'ambition est de créer 2000 emplois en 2027.", []int{2027}},
		// The part of a figure after a deadline has a time of its own.
		{"Le groupe créera 900 emplois d'ici 2029, dont 400 dès la fin de l'année 2027.", []int{2029, 2027}},
		{"L'État mobilisera 3 MMDH à l'horizon 2030, dont 1 MMDH en 2027.", []int{2030, 2027}},
		{"L'usine emploie 900 personnes, dont 400 recrutées en 2021.", nil},
		{"Le groupe a investi 900 MDH, dont 400 MDH en 2027 pour le site.", nil},
		// "prévu pour": a deadline, but not for a budget line or a start.
		{"Les 4 000 postes budgétaires prévus pour 2025 iront surtout à l'enseignement.", nil},
		{"Les crédits d'investissement prévus pour 2026 augmentent de 8 %.", nil},
		{"Le lancement des travaux est programmé pour 2025.", nil},
		{"L'achèvement du chantier est prévu pour 2027.", []int{2027}},
		{"La mise en service de la centrale est prévue en 2027.", []int{2027}},
		// A start in a clause before: "et" and a subject of its own open another.
		{"Les travaux doivent démarrer dans les prochaines semaines et la mise en service est prévue pour 2027.", []int{2027}},
		{"Le lancement et la commercialisation sont prévus pour 2026.", nil},
		{"La livraison de la digue est programmée en 2028.", []int{2028}},
		{"Le démarrage de la production est programmé en 2026.", nil},
		{"Les recettes fiscales prévues en 2026 progressent de 6 %.", nil},
		// "en": a deadline after a state reached or in a workforce target.
		{"Tout sera mis en œuvre pour que le nouveau quai soit prêt en 2026.", []int{2026}},
		{"L'usine sera opérationnelle en 2027 et produira des moteurs.", []int{2027}},
		{"La seconde tranche devrait être achevée en 2028.", []int{2028}},
		{"Le câblier devra porter ses effectifs à 3 000 salariés en 2027.", []int{2027}},
		{"Le groupe compte atteindre un effectif de 900 personnes en 2026.", []int{2026}},
		{"Les travaux doivent débuter en 2025 et l'usine ouvrira ses portes.", nil},
		{"La croissance devrait atteindre 3 % en 2026, selon la banque centrale.", nil},
		{"Le site était opérationnel en 2025, avant sa fermeture.", nil},
		// "en" in a clause that states an aim.
		{"L'objectif est d'accueillir 3 millions de visiteurs en 2029.", []int{2029}},
		{"La région vise 40 000 hectares irrigués en 2028.", []int{2028}},
		{"Les exportations devraient progresser de 5 % en 2026.", nil},
		// The year of an event that a deadline marker opens.
		{"Les stades seront rénovés d'ici le Mondial 2030.", []int{2030}},
		{"Le port sera étendu à l'horizon de la Coupe du monde 2030.", []int{2030}},
		{"Les billets du Mondial 2030 seront vendus en ligne.", nil},
		// A part of a year a schedule aims at, not a start.
		{"L'ouverture de l'institut est prévue pour la rentrée 2027.", []int{2027}},
		{"La livraison des premiers lots est attendue pour le second semestre 2026.", []int{2026}},
		{"Le lancement des travaux est programmé pour l'été 2025.", nil},
		{"Son entrée en production est prévue au second semestre 2026, selon l'opérateur.", []int{2026}},
		{"La mise en service de l'unité est attendue au premier trimestre 2027.", []int{2027}},
		{"La nouvelle ligne devrait entrer en production courant 2026.", []int{2026}},
		{"Le démarrage du chantier est prévu au second semestre 2025.", nil},
		// The year of the completion of the project.
		{"En 2028, une fois l'ensemble achevé, le site devrait employer 900 personnes.", []int{2028}},
		{"Une fois les deux usines en service, au premier semestre 2027, l'effectif sera porté à 900 salariés.", []int{2027}},
		{"Une fois à pleine capacité, en 2026, elle générera 380 emplois directs.", []int{2026}},
		{"En 2026, le groupe a ouvert une usine.", nil},
		// "dès" a state reached.
		{"La centrale devrait entrer en service dès 2027, selon l'office.", []int{2027}},
		{"L'usine devra démarrer dès 2026.", nil},
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

func TestFindTargetYearsAsOf(t *testing.T) {
	tests := []struct {
		published string
		text      string
		want      []int
	}{
		// A year before the publication year states how things stood then.
		{"2025-03-10", "À fin 2023, le parc industriel accueillait une trentaine d'usines.", nil},
		{"2025-03-10", "Fin 2024, l'encours des crédits atteignait 12 milliards de dirhams.", nil},
		{"2025-03-10", "Les recrutements se poursuivront d'ici 2024 puis d'ici 2027.", []int{2027}},
		// A past tense makes "fin" an as-of date whatever the publication.
		{"2024-06-01", "La banque a réalisé un bénéfice de 900 millions de dirhams à fin 2024.", nil},
		{"2024-06-01", "L'opérateur a dépassé les 2 000 abonnés fin 2025, selon le rapport.", nil},
		// A pledge after the past verb keeps its deadline.
		{"2024-06-01", "Le groupe a signé une convention pour créer 500 emplois à fin 2026.", []int{2026}},
		{"2024-06-01", "L'usine devra produire 10 000 unités à fin 2025.", []int{2025}},
		// Unknown publication date: only the tense tells.
		{"", "Le réseau comptera 40 agences d'ici 2022.", []int{2022}},
	}
	for _, tt := range tests {
		var ref time.Time // unknown
		if tt.published != "" {
			ref = day(t, tt.published)
		}
		rec := factsOf(tt.text, ref)
		var got []int
		for _, y := range rec.TargetYears {
			got = append(got, y.Year)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("target years of %q published %s = %v, want %v", tt.text, tt.published, got, tt.want)
		}
	}
}
