package extract

import "testing"

func TestIsRelevant(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"signed agreement", "Le ministère et la société Alpha ont signé lundi une convention d'investissement pour une usine à Kénitra.", true},
		{"job pledge without agreement", "Le groupe prévoit de créer 400 emplois d'ici 2027 dans son nouveau site de Tanger.", true},
		{"investment project", "Le projet d'investissement de 300 millions de dirhams permettra à la société de s'implanter à Agadir.", true},
		{"sports", "Le Raja a battu le Wydad 2-1 devant 38 000 spectateurs ; le club écope d'une amende de 50 000 dirhams.", false},
		{"court", "Le tribunal a condamné l'ancien directeur à huit ans de prison pour le détournement de 9 millions de dirhams entre 2016 et 2019.", false},
		{"weather", "Une vague de chaleur touchera Marrakech et Fès, avec 47 degrés attendus mardi et 12 millimètres de pluie à Tanger.", false},
		{"politics", "Le candidat a obtenu 12 400 voix, soit 41 % des suffrages, lors de la législative partielle de Kénitra.", false},
		{"quarterly results", "Au premier semestre, le chiffre d'affaires du groupe a atteint 2,3 milliards de dirhams et le résultat net 310 MDH.", false},
		{"cease-fire agreement", "Les deux camps ont signé un accord de cessez-le-feu après des semaines de combats.", false},
		{"statistics only", "Le secteur a créé entre 2014 et 2018 près de 70 000 emplois, selon la fédération.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := factsOf(tt.text, day(t, "2024-04-30"))
			if rec.Relevant != tt.want {
				t.Errorf("isRelevant(%q) = %v, want %v (agreements %d, jobs %d, amounts %d)",
					tt.text, rec.Relevant, tt.want, len(rec.Agreements), len(rec.Jobs), len(rec.Amounts))
			}
		})
	}
}
