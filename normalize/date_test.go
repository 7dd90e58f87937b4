package normalize

import (
	"testing"
	"time"
)

// dateWant is an expected Date; ymd is "2024-01-30", "2024-01" or "" when
// unresolved.
type dateWant struct {
	text      string
	year      int
	month     int
	day       int
	precision Precision
	relative  bool
	resolved  bool
}

func TestDates(t *testing.T) {
	ref := time.Date(2024, time.January, 31, 10, 0, 0, 0, time.UTC) // a Wednesday
	var zero time.Time
	tests := []struct {
		in   string
		ref  time.Time
		want []dateWant
	}{
		// absolute
		{"le 30 janvier 2024", zero, []dateWant{{"30 janvier 2024", 2024, 1, 30, PrecisionDay, false, true}}},
		{"le 9 mars 2023", ref, []dateWant{{"9 mars 2023", 2023, 3, 9, PrecisionDay, false, true}}},
		{"le 1er avril 2023", zero, []dateWant{{"1er avril 2023", 2023, 4, 1, PrecisionDay, false, true}}},
		{"le premier avril 2023", zero, []dateWant{{"premier avril 2023", 2023, 4, 1, PrecisionDay, false, true}}},
		{"mercredi 12 octobre 2022", zero, []dateWant{{"mercredi 12 octobre 2022", 2022, 10, 12, PrecisionDay, false, true}}},
		{"Mardi 30 Janvier 2024", zero, []dateWant{{"Mardi 30 Janvier 2024", 2024, 1, 30, PrecisionDay, false, true}}},
		{"le 12 fevrier 2024", zero, []dateWant{{"12 fevrier 2024", 2024, 2, 12, PrecisionDay, false, true}}},
		{"le 12 févr. 2024", zero, []dateWant{{"12 févr. 2024", 2024, 2, 12, PrecisionDay, false, true}}},
		{"le 12 sept. 2024", zero, []dateWant{{"12 sept. 2024", 2024, 9, 12, PrecisionDay, false, true}}},
		{"le 3 déc. 2023", zero, []dateWant{{"3 déc. 2023", 2023, 12, 3, PrecisionDay, false, true}}},
		{"le 3 dec 2023", zero, []dateWant{{"3 dec 2023", 2023, 12, 3, PrecisionDay, false, true}}},
		{"le 15 aout 2023", zero, []dateWant{{"15 aout 2023", 2023, 8, 15, PrecisionDay, false, true}}},
		{"le 29 février 2024", zero, []dateWant{{"29 février 2024", 2024, 2, 29, PrecisionDay, false, true}}},
		{"15/04/2025", zero, []dateWant{{"15/04/2025", 2025, 4, 15, PrecisionDay, false, true}}},
		{"5/4/2025", zero, []dateWant{{"5/4/2025", 2025, 4, 5, PrecisionDay, false, true}}},
		{"15-04-2025", zero, []dateWant{{"15-04-2025", 2025, 4, 15, PrecisionDay, false, true}}},
		{"15.04.2025", zero, []dateWant{{"15.04.2025", 2025, 4, 15, PrecisionDay, false, true}}},
		{"2024-04-15", zero, []dateWant{{"2024-04-15", 2024, 4, 15, PrecisionDay, false, true}}},
		{"publié le 2024-04-15.", zero, []dateWant{{"2024-04-15", 2024, 4, 15, PrecisionDay, false, true}}},
		{"le 15/04/25", zero, []dateWant{{"15/04/25", 2025, 4, 15, PrecisionDay, false, true}}},
		{"le 03.11.98", zero, []dateWant{{"03.11.98", 1998, 11, 3, PrecisionDay, false, true}}},
		{"le 31 octobre 74, il", zero, []dateWant{{"31 octobre 74", 1974, 10, 31, PrecisionDay, false, true}}},
		{"le 2 mai 23.", zero, []dateWant{{"2 mai 23", 2023, 5, 2, PrecisionDay, false, true}}},
		{"Mardi 30 janv. 2024", zero, []dateWant{{"Mardi 30 janv. 2024", 2024, 1, 30, PrecisionDay, false, true}}},
		{"signé le 22 avr. à Rabat", ref, []dateWant{{"22 avr.", 2024, 4, 22, PrecisionDay, true, true}}},
		{"signé le 22 janv. à Rabat", ref, []dateWant{{"22 janv.", 2024, 1, 22, PrecisionDay, true, true}}},
		{"le premier janvier", ref, []dateWant{{"premier janvier", 2024, 1, 1, PrecisionDay, true, true}}},
		{"mars 2024", zero, []dateWant{{"mars 2024", 2024, 3, 0, PrecisionMonth, false, true}}},
		{"janv. 2024", zero, []dateWant{{"janv. 2024", 2024, 1, 0, PrecisionMonth, false, true}}},
		{"à fin juin 2023", zero, []dateWant{{"juin 2023", 2023, 6, 0, PrecisionMonth, false, true}}},
		// day and month, year from ref
		{"le 1er avril", ref, []dateWant{{"1er avril", 2024, 4, 1, PrecisionDay, true, true}}},
		{"le 20 décembre", ref, []dateWant{{"20 décembre", 2023, 12, 20, PrecisionDay, true, true}}},
		{"le 1er avril", zero, []dateWant{{"1er avril", 0, 4, 1, PrecisionDay, true, false}}},
		{"mardi 30 janvier", ref, []dateWant{{"mardi 30 janvier", 2024, 1, 30, PrecisionDay, true, true}}},
		{"mardi 30 janvier", time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC), []dateWant{{"mardi 30 janvier", 2018, 1, 30, PrecisionDay, true, true}}},
		{"publié le 15/04 à Rabat", ref, []dateWant{{"le 15/04", 2024, 4, 15, PrecisionDay, true, true}}},
		{"du 28/12 au 03/01", ref, []dateWant{{"du 28/12", 2023, 12, 28, PrecisionDay, true, true}, {"au 03/01", 2024, 1, 3, PrecisionDay, true, true}}},
		{"mardi 30/01", ref, []dateWant{{"mardi 30/01", 2024, 1, 30, PrecisionDay, true, true}}},
		{"le 15/04", zero, []dateWant{{"le 15/04", 0, 4, 15, PrecisionDay, true, false}}},
		{"Le 27, le ministre", ref, []dateWant{{"Le 27", 2024, 1, 27, PrecisionDay, true, true}}},
		{"signé le 12 à Rabat", ref, []dateWant{{"le 12", 2024, 1, 12, PrecisionDay, true, true}}},
		{"le 31.", time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC), []dateWant{{"le 31", 2024, 1, 31, PrecisionDay, true, true}}},
		{"le 30 dernier", ref, []dateWant{{"le 30 dernier", 2024, 1, 30, PrecisionDay, true, true}}},
		{"jeudi 25, le ministre", ref, []dateWant{{"jeudi 25", 2024, 1, 25, PrecisionDay, true, true}}},
		{"ce vendredi 26.", ref, []dateWant{{"ce vendredi 26", 2024, 1, 26, PrecisionDay, true, true}}},
		{"le 27", zero, []dateWant{{"le 27", 0, 0, 27, PrecisionDay, true, false}}},
		{"en mars dernier", ref, []dateWant{{"mars dernier", 2023, 3, 0, PrecisionMonth, true, true}}},
		{"en janvier dernier", ref, []dateWant{{"janvier dernier", 2023, 1, 0, PrecisionMonth, true, true}}},
		{"en décembre dernier", ref, []dateWant{{"décembre dernier", 2023, 12, 0, PrecisionMonth, true, true}}},
		{"en janv. prochain", ref, []dateWant{{"janv. prochain", 2025, 1, 0, PrecisionMonth, true, true}}},
		{"en mars prochain", ref, []dateWant{{"mars prochain", 2024, 3, 0, PrecisionMonth, true, true}}},
		{"en mars dernier", zero, []dateWant{{"mars dernier", 0, 3, 0, PrecisionMonth, true, false}}},
		{"il y a trois jours", ref, []dateWant{{"il y a trois jours", 2024, 1, 28, PrecisionDay, true, true}}},
		{"il y a 2 semaines", ref, []dateWant{{"il y a 2 semaines", 2024, 1, 17, PrecisionDay, true, true}}},
		{"il y a une semaine", ref, []dateWant{{"il y a une semaine", 2024, 1, 24, PrecisionDay, true, true}}},
		{"il y a six mois", ref, []dateWant{{"il y a six mois", 2023, 7, 0, PrecisionMonth, true, true}}},
		{"il y a près de dix ans", ref, []dateWant{{"il y a près de dix ans", 2014, 0, 0, PrecisionYear, true, true}}},
		{"il y a trois jours", zero, []dateWant{{"il y a trois jours", 0, 0, 0, PrecisionDay, true, false}}},
		{"le 8 mars dernier", ref, []dateWant{{"8 mars dernier", 2023, 3, 8, PrecisionDay, true, true}}},
		{"le 8 février prochain", ref, []dateWant{{"8 février prochain", 2024, 2, 8, PrecisionDay, true, true}}},
		{"le 20 janvier prochain", ref, []dateWant{{"20 janvier prochain", 2025, 1, 20, PrecisionDay, true, true}}},
		{"le 29 février dernier", ref, []dateWant{{"29 février dernier", 2020, 2, 29, PrecisionDay, true, true}}},
		{"le 8 mars dernier", zero, []dateWant{{"8 mars dernier", 0, 3, 8, PrecisionDay, true, false}}},
		{"le 12 courant", ref, []dateWant{{"12 courant", 2024, 1, 12, PrecisionDay, true, true}}},
		{"signé le 9 du mois courant à Fès", ref, []dateWant{{"9 du mois courant", 2024, 1, 9, PrecisionDay, true, true}}},
		{"le 9 du mois en cours", ref, []dateWant{{"9 du mois en cours", 2024, 1, 9, PrecisionDay, true, true}}},
		{"le 9 du mois", ref, nil},
		{"le 28 du mois dernier", ref, []dateWant{{"28 du mois dernier", 2023, 12, 28, PrecisionDay, true, true}}},
		{"le 31 du mois passé", time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), nil},
		{"le 12 courant", zero, []dateWant{{"12 courant", 0, 0, 12, PrecisionDay, true, false}}},
		// relative
		{"hier", ref, []dateWant{{"hier", 2024, 1, 30, PrecisionDay, true, true}}},
		{"Hier, mardi, le ministre", ref, []dateWant{{"Hier, mardi", 2024, 1, 30, PrecisionDay, true, true}}},
		{"hier mardi", ref, []dateWant{{"hier mardi", 2024, 1, 30, PrecisionDay, true, true}}},
		{"hier, lundi", ref, []dateWant{{"hier, lundi", 2024, 1, 30, PrecisionDay, true, true}}},
		{"hier, mardi 30 janvier 2024", zero, []dateWant{{"hier, mardi 30 janvier 2024", 2024, 1, 30, PrecisionDay, false, true}}},
		{"avant-hier", ref, []dateWant{{"avant-hier", 2024, 1, 29, PrecisionDay, true, true}}},
		{"aujourd'hui", ref, []dateWant{{"aujourd'hui", 2024, 1, 31, PrecisionDay, true, true}}},
		{"aujourd’hui", ref, []dateWant{{"aujourd’hui", 2024, 1, 31, PrecisionDay, true, true}}},
		{"à ce jour", ref, []dateWant{{"ce jour", 2024, 1, 31, PrecisionDay, true, true}}},
		{"demain", ref, []dateWant{{"demain", 2024, 2, 1, PrecisionDay, true, true}}},
		{"lundi", ref, []dateWant{{"lundi", 2024, 1, 29, PrecisionDay, true, true}}},
		{"ce mercredi", ref, []dateWant{{"ce mercredi", 2024, 1, 31, PrecisionDay, true, true}}},
		{"mercredi dernier", ref, []dateWant{{"mercredi dernier", 2024, 1, 24, PrecisionDay, true, true}}},
		{"jeudi prochain", ref, []dateWant{{"jeudi prochain", 2024, 2, 1, PrecisionDay, true, true}}},
		{"jeudi", ref, []dateWant{{"jeudi", 2024, 1, 25, PrecisionDay, true, true}}},
		{"hier", zero, []dateWant{{"hier", 0, 0, 0, PrecisionDay, true, false}}},
		{"ce mercredi", zero, []dateWant{{"ce mercredi", 0, 0, 0, PrecisionDay, true, false}}},
		{"la semaine dernière", ref, []dateWant{{"la semaine dernière", 0, 0, 0, 0, true, false}}},
		// not dates
		{"le Mardigras", ref, nil},
		{"samedis", ref, nil},
		{"le 31 février 2024", zero, nil},
		{"le 30 février", ref, nil},
		{"le 32 mars 2024", zero, nil},
		{"15/13/2025", zero, nil},
		{"1.500 emplois", zero, nil},
		{"mars", zero, nil},
		{"sept emplois", zero, nil},
		{"en 2024", zero, nil},
		{"2014-2020", zero, nil},
		{"a 14:30", zero, nil},
		{"24/7", ref, nil},
		{"un score de 3/10", ref, nil},
		{"15/04", ref, nil},
		{"le 15/4", ref, nil},
		{"le 15-04", ref, nil},
		{"le 31/02", ref, nil},
		{"15-04-25", zero, nil},
		{"le 27 salariés", ref, nil},
		{"le 1er site", ref, nil},
		{"le 15, 16 et 17", ref, nil},
		{"le 3 à 4 %", ref, nil},
		{"le 27,5", ref, nil},
		{"le 31 octobre 74 salariés", zero, []dateWant{{"31 octobre", 0, 10, 31, PrecisionDay, true, false}}},
		{"il y a trois usines", ref, nil},
		{"il y a 2 millions de jours", ref, nil},
		{"mars derniers", ref, nil},
	}
	for _, tt := range tests {
		got := Dates(tt.in, tt.ref)
		if len(got) != len(tt.want) {
			t.Errorf("Dates(%q, %v) = %+v, want %d dates", tt.in, tt.ref, got, len(tt.want))
			continue
		}
		spans := make([]Span, len(got))
		from := 0
		for i, w := range tt.want {
			spans[i] = got[i].Span
			sp := wantSpan(t, tt.in, w.text, from)
			from = sp.End
			want := Date{Span: sp, Text: w.text, Year: w.year, Month: w.month, Day: w.day, Precision: w.precision, Relative: w.relative, Resolved: w.resolved}
			if got[i] != want {
				t.Errorf("Dates(%q, %v)[%d] = %+v, want %+v", tt.in, tt.ref.Format(time.DateOnly), i, got[i], want)
			}
		}
		checkSpans(t, tt.in, spans)
	}
}
