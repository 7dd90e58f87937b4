package normalize

import "testing"

// yearWant is an expected Year.
type yearWant struct {
	text string
	year int
	kind YearKind
}

func TestYears(t *testing.T) {
	tests := []struct {
		in   string
		want []yearWant
	}{
		// targets
		{"1.500 emplois d'ici 2029", []yearWant{{"d'ici 2029", 2029, YearTarget}}},
		{"d’ici 2029", []yearWant{{"d’ici 2029", 2029, YearTarget}}},
		{"d'ici à 2026", []yearWant{{"d'ici à 2026", 2026, YearTarget}}},
		{"d'ici fin 2026", []yearWant{{"d'ici fin 2026", 2026, YearTarget}}},
		{"d'ici la fin de 2026", []yearWant{{"d'ici la fin de 2026", 2026, YearTarget}}},
		{"à l'horizon 2027", []yearWant{{"à l'horizon 2027", 2027, YearTarget}}},
		{"à l'horizon de 2027", []yearWant{{"à l'horizon de 2027", 2027, YearTarget}}},
		{"a l'horizon 2027", []yearWant{{"a l'horizon 2027", 2027, YearTarget}}},
		{"la stratégie Horizon 2030", []yearWant{{"Horizon 2030", 2030, YearTarget}}},
		{"à fin 2026", []yearWant{{"à fin 2026", 2026, YearTarget}}},
		{"fin 2026", []yearWant{{"fin 2026", 2026, YearTarget}}},
		{"à l'échéance 2030", []yearWant{{"à l'échéance 2030", 2030, YearTarget}}},
		{"prévu pour 2030", []yearWant{{"prévu pour 2030", 2030, YearTarget}}},
		{"prévue en 2028", []yearWant{{"prévue en 2028", 2028, YearTarget}}},
		{"jusqu'en 2030", []yearWant{{"jusqu'en 2030", 2030, YearTarget}}},
		{"avant 2030", []yearWant{{"avant 2030", 2030, YearTarget}}},
		{"d’ici l’année 2027", []yearWant{{"d’ici l’année 2027", 2027, YearTarget}}},
		{"d’ici la fin de l’année 2026", []yearWant{{"d’ici la fin de l’année 2026", 2026, YearTarget}}},
		{"à l’horizon de l’année 2030", []yearWant{{"à l’horizon de l’année 2030", 2030, YearTarget}}},
		{"Le chantier sera livré au plus tard en 2027.", []yearWant{{"au plus tard en 2027", 2027, YearTarget}}},
		{"au plus tard le 31 décembre 2027", []yearWant{{"au plus tard le 31 décembre 2027", 2027, YearTarget}}},
		{"d'ici le 30 juin 2026", []yearWant{{"d'ici le 30 juin 2026", 2026, YearTarget}}},
		{"d'ici fin juin 2026", []yearWant{{"d'ici fin juin 2026", 2026, YearTarget}}},
		{"livré d'ici début 2027", []yearWant{{"d'ici début 2027", 2027, YearTarget}}},
		{"au plus tard début 2028", []yearWant{{"au plus tard début 2028", 2028, YearTarget}}},
		{"d'ici le début de l'année 2027", []yearWant{{"d'ici le début de l'année 2027", 2027, YearTarget}}},
		{"d'ici au premier semestre 2027", []yearWant{{"d'ici au premier semestre 2027", 2027, YearTarget}}},
		{"d'ici la fin du second semestre 2026", []yearWant{{"d'ici la fin du second semestre 2026", 2026, YearTarget}}},
		{"d'ici le premier trimestre 2026", []yearWant{{"d'ici le premier trimestre 2026", 2026, YearTarget}}},
		{"d'ici la fin du premier trimestre 2026", []yearWant{{"d'ici la fin du premier trimestre 2026", 2026, YearTarget}}},
		{"d’ici la rentrée 2026", []yearWant{{"d’ici la rentrée 2026", 2026, YearTarget}}},
		{"d'ici l'été 2027", []yearWant{{"d'ici l'été 2027", 2027, YearTarget}}},
		{"d'ici au printemps 2027", []yearWant{{"d'ici au printemps 2027", 2027, YearTarget}}},
		{"L'usine ouvrira en 2026.", []yearWant{{"en 2026", 2026, YearTarget}}},
		{"Le site sera opérationnel en 2026.", []yearWant{{"en 2026", 2026, YearTarget}}},
		{"La production devrait démarrer en 2025.", []yearWant{{"en 2025", 2025, YearTarget}}},
		{"En 2028, le parc accueillera 40 entreprises.", []yearWant{{"En 2028", 2028, YearTarget}}},
		{"Ces centres permettraient en 2027 de former 900 jeunes.", []yearWant{{"en 2027", 2027, YearTarget}}},
		{"dès 2025, l'usine emploiera 300 personnes", []yearWant{{"dès 2025", 2025, YearTarget}}},
		{"le site devrait générer 5.000 emplois vers 2030", []yearWant{{"vers 2030", 2030, YearTarget}}},
		{"la société créera 1.500 emplois en 2026", []yearWant{{"en 2026", 2026, YearTarget}}},
		{"la région mobilisera 1,5 milliard en 2027", []yearWant{{"en 2027", 2027, YearTarget}}},
		{"le site emploiera 1200. 1.500 emplois existaient en 2021", []yearWant{{"en 2021", 2021, YearPast}}},
		{"vers 2010, le groupe s'est installé à Tanger", []yearWant{{"2010", 2010, YearPlain}}},
		{"l'objectif en 2030", []yearWant{{"en 2030", 2030, YearTarget}}},
		// past
		{"depuis 2003", []yearWant{{"depuis 2003", 2003, YearPast}}},
		{"présent au Maroc depuis 2003, le groupe emploiera 500 personnes d'ici 2026", []yearWant{{"depuis 2003", 2003, YearPast}, {"d'ici 2026", 2026, YearTarget}}},
		{"créé en 2010", []yearWant{{"créé en 2010", 2010, YearPast}}},
		{"créée en 2010", []yearWant{{"créée en 2010", 2010, YearPast}}},
		{"les projets validés en 2023 totalisent 2,1 MMDH et 2.100 emplois prévus", []yearWant{{"validés en 2023", 2023, YearPast}}},
		{"inauguré en 2021", []yearWant{{"inauguré en 2021", 2021, YearPast}}},
		{"inaugurées en 2021", []yearWant{{"inaugurées en 2021", 2021, YearPast}}},
		{"fondé en 1998", []yearWant{{"fondé en 1998", 1998, YearPast}}},
		{"en 2021", []yearWant{{"en 2021", 2021, YearPast}}},
		{"La filiale, créée en 2010, emploiera 800 personnes.", []yearWant{{"créée en 2010", 2010, YearPast}}},
		{"La seconde tranche sera achevée en 2027.", []yearWant{{"en 2027", 2027, YearTarget}}},
		{"Le quai devait être livré en 2019, selon le rapport.", []yearWant{{"en 2019", 2019, YearPast}}},
		{"Le quai devrait être livré en 2026.", []yearWant{{"en 2026", 2026, YearTarget}}},
		{"pour que l'usine soit terminée en 2028", []yearWant{{"en 2028", 2028, YearTarget}}},
		{"pour que le port soit prêt en 2027", []yearWant{{"en 2027", 2027, YearTarget}}},
		{"Le chiffre a reculé, soit 12 en 2015.", []yearWant{{"en 2015", 2015, YearPast}}},
		{"L'usine a été achevée en 2019.", []yearWant{{"achevée en 2019", 2019, YearPast}}},
		{"Le secteur a créé 5.000 emplois en 2021.", []yearWant{{"en 2021", 2021, YearPast}}},
		{"En 2021, le groupe a recruté 300 ingénieurs.", []yearWant{{"En 2021", 2021, YearPast}}},
		{"dès 2019, le groupe a recruté", []yearWant{{"2019", 2019, YearPlain}}},
		// periods
		{"le plan 2014-2020", []yearWant{{"2014", 2014, YearPeriod}, {"2020", 2020, YearPeriod}}},
		{"le plan 2014–2020", []yearWant{{"2014", 2014, YearPeriod}, {"2020", 2020, YearPeriod}}},
		{"le plan 2014/2020", []yearWant{{"2014", 2014, YearPeriod}, {"2020", 2020, YearPeriod}}},
		{"entre 2014 et 2018, 69.900 emplois", []yearWant{{"2014", 2014, YearPeriod}, {"2018", 2018, YearPeriod}}},
		{"de 2016 à 2018", []yearWant{{"2016", 2016, YearPeriod}, {"2018", 2018, YearPeriod}}},
		{"la feuille de route 2023-2027", []yearWant{{"2023", 2023, YearPeriod}, {"2027", 2027, YearPeriod}}},
		// as of
		{"au titre de 2022", []yearWant{{"au titre de 2022", 2022, YearAsOf}}},
		{"au titre de l'exercice 2022", []yearWant{{"au titre de l'exercice 2022", 2022, YearAsOf}}},
		{"à fin juin 2023", []yearWant{{"à fin juin 2023", 2023, YearAsOf}}},
		{"fin décembre 2023", []yearWant{{"fin décembre 2023", 2023, YearAsOf}}},
		{"au 31 décembre 2023", []yearWant{{"au 31 décembre 2023", 2023, YearAsOf}}},
		// plain
		{"le 30 janvier 2024", []yearWant{{"2024", 2024, YearPlain}}},
		{"en mars 2024", []yearWant{{"2024", 2024, YearPlain}}},
		{"15/04/2025", []yearWant{{"2025", 2025, YearPlain}}},
		{"2024-04-15", []yearWant{{"2024", 2024, YearPlain}}},
		{"l'année 2022", []yearWant{{"2022", 2022, YearPlain}}},
		{"Vision 2030", []yearWant{{"2030", 2030, YearPlain}}},
		{"2000 emplois", []yearWant{{"2000", 2000, YearPlain}}},
		// not years
		{"2000 dirhams", nil},
		{"2021 %", nil},
		{"1899 et 2101", nil},
		{"G2030", nil},
		{"12 000", nil},
		{"2021,5", nil},
		{"tél. 05 22 20 30", nil},
		{"des 2000 participants", []yearWant{{"2000", 2000, YearPlain}}},
	}
	for _, tt := range tests {
		got := Years(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Years(%q) = %+v, want %d years", tt.in, got, len(tt.want))
			continue
		}
		spans := make([]Span, len(got))
		from := 0
		for i, w := range tt.want {
			spans[i] = got[i].Span
			sp := wantSpan(t, tt.in, w.text, from)
			from = sp.End
			want := Year{Span: sp, Year: w.year, Kind: w.kind}
			if got[i] != want {
				t.Errorf("Years(%q)[%d] = %+v, want %+v", tt.in, i, got[i], want)
			}
		}
		checkSpans(t, tt.in, spans)
	}
}
