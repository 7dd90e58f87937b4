package normalize

import (
	"errors"
	"testing"
)

// numWant is an expected Number; flags holds p (Percent), y (Year) and
// w (Words).
type numWant struct {
	text   string
	value  float64
	approx Approx
	max    float64 // 0: no range
	flags  string
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []numWant
	}{
		// thousands separators
		{"1.500 emplois", []numWant{{text: "1.500", value: 1500}}},
		{"5 050 emplois", []numWant{{text: "5 050", value: 5050}}},
		{"5\u00a0050 emplois", []numWant{{text: "5\u00a0050", value: 5050}}},
		{"5\u202f050 emplois", []numWant{{text: "5\u202f050", value: 5050}}},
		{"5\u2009050 emplois", []numWant{{text: "5\u2009050", value: 5050}}},
		{"1 000 000 de visiteurs", []numWant{{text: "1 000 000", value: 1e6}}},
		{"2.000.000 de visiteurs", []numWant{{text: "2.000.000", value: 2e6}}},
		{"1'000 postes", []numWant{{text: "1'000", value: 1000}}},
		{"1’000 postes", []numWant{{text: "1’000", value: 1000}}},
		{"69.900 emplois", []numWant{{text: "69.900", value: 69900}}},
		{"6.000 salariés", []numWant{{text: "6.000", value: 6000}}},
		{"100.000 habitants", []numWant{{text: "100.000", value: 100000}}},
		// decimals
		{"1,5 point", []numWant{{text: "1,5", value: 1.5}}},
		{"un taux de 2,75", []numWant{{text: "2,75", value: 2.75}}},
		{"4.213,85 unités", []numWant{{text: "4.213,85", value: 4213.85}}},
		{"6 700,54 tonnes", []numWant{{text: "6 700,54", value: 6700.54}}},
		{"1.5 million", []numWant{{text: "1.5 million", value: 1.5e6}}},
		{"3.25 tonnes", []numWant{{text: "3.25", value: 3.25}}},
		{"0,5 tonne", []numWant{{text: "0,5", value: 0.5}}},
		// multipliers
		{"2 millions de visiteurs", []numWant{{text: "2 millions", value: 2e6}}},
		{"1,5 milliard", []numWant{{text: "1,5 milliard", value: 1.5e9}}},
		{"13 milliards", []numWant{{text: "13 milliards", value: 1.3e10}}},
		{"13 Mds", []numWant{{text: "13 Mds", value: 1.3e10}}},
		{"3 Md", []numWant{{text: "3 Md", value: 3e9}}},
		{"1 M", []numWant{{text: "1 M", value: 1e6}}},
		{"50 K abonnés", []numWant{{text: "50 K", value: 50000}}},
		{"50K abonnés", []numWant{{text: "50K", value: 50000}}},
		{"500 mille", []numWant{{text: "500 mille", value: 500000}}},
		{"1,135 milliard", []numWant{{text: "1,135 milliard", value: 1.135e9}}},
		{"deux milliards", []numWant{{text: "deux milliards", value: 2e9, flags: "w"}}},
		{"un million de touristes", []numWant{{text: "un million", value: 1e6, flags: "w"}}},
		{"100 m de long", []numWant{{text: "100", value: 100}}},
		{"selon M. Alami, 3 sites", []numWant{{text: "3", value: 3}}},
		// words
		{"trois sites", []numWant{{text: "trois", value: 3, flags: "w"}}},
		{"seize régions", []numWant{{text: "seize", value: 16, flags: "w"}}},
		{"dix-sept sites", []numWant{{text: "dix-sept", value: 17, flags: "w"}}},
		{"vingt-cinq sites", []numWant{{text: "vingt-cinq", value: 25, flags: "w"}}},
		{"vingt et un sites", []numWant{{text: "vingt et un", value: 21, flags: "w"}}},
		{"soixante-dix sites", []numWant{{text: "soixante-dix", value: 70, flags: "w"}}},
		{"soixante et onze sites", []numWant{{text: "soixante et onze", value: 71, flags: "w"}}},
		{"soixante-et-onze sites", []numWant{{text: "soixante-et-onze", value: 71, flags: "w"}}},
		{"quatre-vingts sites", []numWant{{text: "quatre-vingts", value: 80, flags: "w"}}},
		{"quatre-vingt-dix sites", []numWant{{text: "quatre-vingt-dix", value: 90, flags: "w"}}},
		{"quatre-vingt-dix-neuf sites", []numWant{{text: "quatre-vingt-dix-neuf", value: 99, flags: "w"}}},
		{"deux cents postes", []numWant{{text: "deux cents", value: 200, flags: "w"}}},
		{"cent vingt postes", []numWant{{text: "cent vingt", value: 120, flags: "w"}}},
		{"mille postes", []numWant{{text: "mille", value: 1000, flags: "w"}}},
		{"deux mille cinq cents postes", []numWant{{text: "deux mille cinq cents", value: 2500, flags: "w"}}},
		{"trois mille postes", []numWant{{text: "trois mille", value: 3000, flags: "w"}}},
		{"les neuf régions", []numWant{{text: "neuf", value: 9, flags: "w"}}},
		{"deux trois", []numWant{{text: "deux", value: 2, flags: "w"}, {text: "trois", value: 3, flags: "w"}}},
		// collective nouns
		{"une centaine d'emplois", []numWant{{text: "une centaine", value: 100, approx: About, flags: "w"}}},
		{"une dizaine de sites", []numWant{{text: "une dizaine", value: 10, approx: About, flags: "w"}}},
		{"une vingtaine de sites", []numWant{{text: "une vingtaine", value: 20, approx: About, flags: "w"}}},
		{"un millier de postes", []numWant{{text: "un millier", value: 1000, approx: About, flags: "w"}}},
		{"deux centaines de postes", []numWant{{text: "deux centaines", value: 200, approx: About, flags: "w"}}},
		{"des milliers de postes", nil},
		{"des centaines de postes", nil},
		// halves and parts of a scaled figure
		{"un million et demi de visiteurs", []numWant{{text: "un million et demi", value: 1.5e6, flags: "w"}}},
		{"3 millions et demi de visiteurs", []numWant{{text: "3 millions et demi", value: 3.5e6}}},
		{"deux milliards et demie", []numWant{{text: "deux milliards et demie", value: 2.5e9, flags: "w"}}},
		{"un demi-million de visiteurs", []numWant{{text: "un demi-million", value: 5e5, flags: "w"}}},
		{"un demi milliard", []numWant{{text: "un demi milliard", value: 5e8, flags: "w"}}},
		{"un million deux cent mille visiteurs", []numWant{{text: "un million deux cent mille", value: 1.2e6, flags: "w"}}},
		{"3 milliards 250 millions", []numWant{{text: "3 milliards 250 millions", value: 3.25e9}}},
		{"1 million 400 000 touristes", []numWant{{text: "1 million 400 000", value: 1.4e6}}},
		{"1 million 400 touristes", []numWant{{text: "1 million", value: 1e6}, {text: "400", value: 400}}},
		{"3 milliards, 250 millions", []numWant{{text: "3 milliards", value: 3e9}, {text: "250 millions", value: 2.5e8}}},
		{"2 millions 3 millions", []numWant{{text: "2 millions", value: 2e6}, {text: "3 millions", value: 3e6}}},
		{"2 millions 2030", []numWant{{text: "2 millions", value: 2e6}, {text: "2030", value: 2030, flags: "y"}}},
		{"un demi", nil},
		{"une demi-heure", nil},
		// approximation markers
		{"plus de 1.500 emplois", []numWant{{text: "plus de 1.500", value: 1500, approx: MoreThan}}},
		{"au-delà de 300 postes", []numWant{{text: "au-delà de 300", value: 300, approx: MoreThan}}},
		{"dépassant 300 postes", []numWant{{text: "dépassant 300", value: 300, approx: MoreThan}}},
		{"un peu plus de 300 postes", []numWant{{text: "un peu plus de 300", value: 300, approx: MoreThan}}},
		{"au moins 300 postes", []numWant{{text: "au moins 300", value: 300, approx: AtLeast}}},
		{"pas moins de 300 postes", []numWant{{text: "pas moins de 300", value: 300, approx: AtLeast}}},
		{"au minimum 300 postes", []numWant{{text: "au minimum 300", value: 300, approx: AtLeast}}},
		{"près de 300 postes", []numWant{{text: "près de 300", value: 300, approx: About}}},
		{"pres de 300 postes", []numWant{{text: "pres de 300", value: 300, approx: About}}},
		{"environ 300 postes", []numWant{{text: "environ 300", value: 300, approx: About}}},
		{"quelque 300 postes", []numWant{{text: "quelque 300", value: 300, approx: About}}},
		{"de l'ordre de 300 postes", []numWant{{text: "de l'ordre de 300", value: 300, approx: About}}},
		{"de l’ordre de 300 postes", []numWant{{text: "de l’ordre de 300", value: 300, approx: About}}},
		{"autour de 300 postes", []numWant{{text: "autour de 300", value: 300, approx: About}}},
		{"à peu près 300 postes", []numWant{{text: "à peu près 300", value: 300, approx: About}}},
		{"quasiment 300 postes", []numWant{{text: "quasiment 300", value: 300, approx: About}}},
		{"approximativement 300 postes", []numWant{{text: "approximativement 300", value: 300, approx: About}}},
		{"jusqu'à 300 postes", []numWant{{text: "jusqu'à 300", value: 300, approx: UpTo}}},
		{"jusqu’à 300 postes", []numWant{{text: "jusqu’à 300", value: 300, approx: UpTo}}},
		{"au plus 300 postes", []numWant{{text: "au plus 300", value: 300, approx: UpTo}}},
		{"au maximum 300 postes", []numWant{{text: "au maximum 300", value: 300, approx: UpTo}}},
		{"moins de 300 postes", []numWant{{text: "moins de 300", value: 300, approx: LessThan}}},
		{"Plus de 300 postes", []numWant{{text: "Plus de 300", value: 300, approx: MoreThan}}},
		{"environ quatre milliards", []numWant{{text: "environ quatre milliards", value: 4e9, approx: About, flags: "w"}}},
		// ranges
		{"entre 500 et 700 postes", []numWant{{text: "entre 500 et 700", value: 500, max: 700}}},
		{"de 500 à 700 postes", []numWant{{text: "de 500 à 700", value: 500, max: 700}}},
		{"500 à 700 postes", []numWant{{text: "500 à 700", value: 500, max: 700}}},
		{"1 000 à 1 500 postes", []numWant{{text: "1 000 à 1 500", value: 1000, max: 1500}}},
		{"entre 800 000 et 1 million", []numWant{{text: "entre 800 000 et 1 million", value: 800000, max: 1e6}}},
		{"de 5 à 3 sites", []numWant{{text: "5", value: 5}, {text: "3", value: 3}}},
		{"entre 1,5 et 2 millions", []numWant{{text: "entre 1,5 et 2 millions", value: 1.5e6, max: 2e6}}},
		{"entre 2014 et 2018, 69.900 emplois", []numWant{{text: "2014", value: 2014, flags: "y"}, {text: "2018", value: 2018, flags: "y"}, {text: "69.900", value: 69900}}},
		{"de 2016 à 2018", []numWant{{text: "2016", value: 2016, flags: "y"}, {text: "2018", value: 2018, flags: "y"}}},
		{"2014-2020", []numWant{{text: "2014", value: 2014, flags: "y"}, {text: "2020", value: 2020, flags: "y"}}},
		{"10 - 20 postes", []numWant{{text: "10 - 20", value: 10, max: 20}}},
		{"10 – 20 postes", []numWant{{text: "10 – 20", value: 10, max: 20}}},
		{"5-10 % des postes", []numWant{{text: "5-10 %", value: 5, max: 10, flags: "p"}}},
		{"10 -20 postes", []numWant{{text: "10", value: 10}, {text: "20", value: 20}}},
		{"2014 - 2020", []numWant{{text: "2014", value: 2014, flags: "y"}, {text: "2020", value: 2020, flags: "y"}}},
		{"2014/2020", []numWant{{text: "2014", value: 2014, flags: "y"}, {text: "2020", value: 2020, flags: "y"}}},
		// percentages
		{"72 % des salariés", []numWant{{text: "72 %", value: 72, flags: "p"}}},
		{"72% des salariés", []numWant{{text: "72%", value: 72, flags: "p"}}},
		{"72\u00a0% des salariés", []numWant{{text: "72\u00a0%", value: 72, flags: "p"}}},
		{"72 pour cent des salariés", []numWant{{text: "72 pour cent", value: 72, flags: "p"}}},
		{"3,5 pc de croissance", []numWant{{text: "3,5 pc", value: 3.5, flags: "p"}}},
		{"10 PC portables", []numWant{{text: "10", value: 10}}},
		{"plus de 40 %", []numWant{{text: "plus de 40 %", value: 40, approx: MoreThan, flags: "p"}}},
		// years
		{"en 2021", []numWant{{text: "2021", value: 2021, flags: "y"}}},
		{"en 2021 150 emplois", []numWant{{text: "2021", value: 2021, flags: "y"}, {text: "150", value: 150}}},
		{"en 2021 150 000 emplois", []numWant{{text: "2021", value: 2021, flags: "y"}, {text: "150 000", value: 150000}}},
		{"1899 et 2101", []numWant{{text: "1899", value: 1899}, {text: "2101", value: 2101}}},
		{"12 régions", []numWant{{text: "12", value: 12}}},
		// signs and decimal parts are not phone numbers
		{"+5 % de ventes", []numWant{{text: "5 %", value: 5, flags: "p"}}},
		{"(+28,523 unités)", []numWant{{text: "28,523", value: 28.523}}},
		{"106,03 tonnes", []numWant{{text: "106,03", value: 106.03}}},
		{"10 000,00 unités", []numWant{{text: "10 000,00", value: 10000}}},
		{"+1 500 000 visiteurs", []numWant{{text: "1 500 000", value: 1.5e6}}},
		// not numbers
		{"le 3e plus grand", nil},
		{"le 1er site", nil},
		{"la 2nde phase", nil},
		{"le troisième site", nil},
		{"le G20", nil},
		{"2T Services", nil},
		{"la COVID-19", nil},
		{"l'A380", nil},
		{"à 14h30", nil},
		{"à 14:30", nil},
		{"24/7", nil},
		{"le 15/04/2025", nil},
		{"le 2024-04-15", nil},
		{"le 30 janvier 2024", nil},
		{"le 1er avril", nil},
		{"le 12 sept. 2024", nil},
		{"le 15/04/25", nil},
		{"le 15/04", nil},
		{"le 27, le ministre", nil},
		{"il y a trois ans", nil},
		{"le 31 octobre 74.", nil},
		{"version 1.2.3", nil},
		{"tél. 05 22 48 76 00", nil},
		{"tél. 0522-48-76-00", nil},
		{"tél. +212 5 22 48 76 00", nil},
		{"tél. +33 1 23 45 67 89", nil},
		{"tél. +212 522 487 600", nil},
		{"tél. +212 522-48-76-00", nil},
		{"n° 123456789", nil},
		{"un investissement", nil},
		{"une usine", nil},
		{"un bâtiment neuf", nil},
		{"50 millions de dirhams", nil},
		{"le groupe ADH", nil},
	}
	for _, tt := range tests {
		got := Numbers(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Numbers(%q) = %d numbers %+v, want %d", tt.in, len(got), got, len(tt.want))
			continue
		}
		spans := make([]Span, len(got))
		from := 0
		for i, w := range tt.want {
			g := got[i]
			spans[i] = g.Span
			sp := wantSpan(t, tt.in, w.text, from)
			from = sp.End
			var max float64
			if g.IsRange {
				max = g.Max
			}
			flags := ""
			if g.Percent {
				flags += "p"
			}
			if g.Year {
				flags += "y"
			}
			if g.Words {
				flags += "w"
			}
			if g.Span != sp || g.In(tt.in) != w.text || g.Value != w.value || g.Approx != w.approx || max != w.max || flags != w.flags {
				t.Errorf("Numbers(%q)[%d] = %+v (max %v, flags %q), want %+v at %+v", tt.in, i, g, max, flags, w, sp)
			}
		}
		checkSpans(t, tt.in, spans)
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		value   float64
		isInt   bool
		wantErr bool
	}{
		{"1.500", 1500, true, false},
		{" 1 500 ", 1500, true, false},
		{"1,5", 1.5, false, false},
		{"1,5 milliard", 1.5e9, true, false},
		{"17,46 milliards", 1.746e10, true, false},
		{"un", 1, true, false},
		{"une", 1, true, false},
		{"vingt et un", 21, true, false},
		{"quatre-vingts", 80, true, false},
		{"plus de 300", 300, true, false},
		{"72 %", 72, true, false},
		{"", 0, false, true},
		{"abc", 0, false, true},
		{"300 emplois", 0, false, true},
		{"50 DH", 0, false, true},
		{"G20", 0, false, true},
		{"3e", 0, false, true},
		{"99999999999999999999", 0, false, true},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in)
		if tt.wantErr {
			if err == nil || !errors.Is(err, ErrNoMatch) {
				t.Errorf("ParseNumber(%q) = %+v, %v, want an error wrapping ErrNoMatch", tt.in, got, err)
			}
			continue
		}
		if err != nil || got.Value != tt.value || got.IsInt != tt.isInt || (tt.isInt && float64(got.Int) != tt.value) {
			t.Errorf("ParseNumber(%q) = %+v, %v, want value %v (int %v)", tt.in, got, err, tt.value, tt.isInt)
		}
	}
}
