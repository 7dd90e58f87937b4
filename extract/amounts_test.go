package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// amountString is a compact form of an amount for the tables:
// "value currency kind [y=year] [approx]".
func amountString(a Amount) string {
	s := fmt.Sprintf("%d %s %s", a.Value, a.Currency, a.Kind)
	if a.Year != nil {
		s += fmt.Sprintf(" y=%d", *a.Year)
	}
	if a.Approx != nil {
		s += " " + string(*a.Approx)
	}
	return s
}

func TestFindAmounts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"investment envelope", "Le projet mobilise une enveloppe de 120 millions de dirhams.",
			[]string{"120000000 MAD investment"}},
		{"investment after the amount", "Un total de 65 millions de dirhams d'investissement est prévu.",
			[]string{"65000000 MAD investment"}},
		{"parenthesised MDH counted once", "Pour un investissement de plus de 50 millions de dirhams (MDH), le groupe s'étend.",
			[]string{"50000000 MAD investment more_than"}},
		{"revenue dated by its clause", "Le secteur a réalisé un chiffre d'affaires à l'export de 13 milliards de dirhams en 2021.",
			[]string{"13000000000 MAD revenue y=2021"}},
		{"two kinds in one sentence",
			"Ce projet de 200 MDH devrait générer des exportations de 1,5 milliard de dirhams.",
			[]string{"200000000 MAD investment", "1500000000 MAD revenue"}},
		{"per-job premium is other", "L'État accorde une prime de 6.000 DH par emploi créé.",
			[]string{"6000 MAD other"}},
		{"per-unit investment is a rate, not a total", "Le coût est de 100.000 DH par poste.", nil},
		{"a capped grant per farm", "La subvention de l'État est plafonnée à 75.000 dirhams par exploitation.",
			[]string{"75000 MAD other"}},
		{"a sum per job with no cue is a premium", "La région versera 15.000 dirhams par emploi créé.",
			[]string{"15000 MAD other"}},
		{"a sum per recruit", "La région prendra en charge la formation, à hauteur de 8.000 dirhams par recrue.",
			[]string{"8000 MAD other"}},
		{"state budget", "Le budget de l'État prévoit 300 milliards de dirhams.",
			[]string{"300000000000 MAD budget"}},
		{"foreign currency", "Le groupe investira près de 30 millions d'euros.",
			[]string{"30000000 EUR investment about"}},
		{"a teaser line is not the article", "Le groupe investira 40 millions de dirhams.\nÀ lire aussi : un fonds de 900 millions de dirhams pour Dakhla",
			[]string{"40000000 MAD investment"}},
		{"same amount twice is one fact",
			"Le montant global atteint 80 MDH. Ces 80 MDH d'investissement financeront l'usine.",
			[]string{"80000000 MAD investment"}},
		{"a yearly revenue is not a rate", "Le site vise un chiffre d'affaires de 500 MDH par an.",
			[]string{"500000000 MAD revenue"}},
		{"a monthly salary is other", "Les techniciens toucheront un salaire de 5.500 dirhams par mois.",
			[]string{"5500 MAD other"}},
		{"a dividend per share is other, a price per share is none", "Le conseil propose un dividende de 14 dirhams par action. Le titre cote 480 dirhams l'action.",
			[]string{"14 MAD other"}},
		{"a range gives both ends", "Le prix du ticket variera entre 8 et 15 dirhams selon la ligne.",
			[]string{"8 MAD other", "15 MAD other"}},
		{"a range with de ... à and a shared scale", "Le fonds financera des projets de 2 à 40 millions de dirhams.",
			[]string{"2000000 MAD investment", "40000000 MAD investment"}},
		{"a price with cents is no whole sum", "Le kilowattheure sera facturé 1,35 dirham hors taxes, pour un projet de 2,5 milliards de dirhams.",
			[]string{"2500000000 MAD investment"}},
		{"subsidy", "Une subvention de 2 millions de dirhams sera versée.", []string{"2000000 MAD other"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := factsOf(tt.text, day(t, "2024-04-30"))
			var got []string
			for _, a := range rec.Amounts {
				got = append(got, amountString(a))
				checkEvidence(t, rec.Text, "amount", a.Evidence)
				if (a.Currency == "MAD") != (a.ValueMAD != nil) {
					t.Errorf("%s: ValueMAD = %v for currency %s", tt.name, a.ValueMAD, a.Currency)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("amounts of %q\ngot  %s\nwant %s", tt.text, strings.Join(got, "; "), strings.Join(tt.want, "; "))
			}
		})
	}
}

func TestFindAmountsAlso(t *testing.T) {
	rec := factsOf("Le montant global atteint 80 MDH. Ces 80 MDH d'investissement financeront l'usine.", day(t, "2024-04-30"))
	if len(rec.Amounts) != 1 || len(rec.Amounts[0].Also) != 1 {
		t.Fatalf("got %+v, want one amount with one more mention", rec.Amounts)
	}
	checkEvidence(t, rec.Text, "also", rec.Amounts[0].Also[0])
}

func TestFindAmountsRangeEvidence(t *testing.T) {
	rec := factsOf("Les primes iront de 5.000 à 12.000 dirhams par emploi créé.", day(t, "2024-04-30"))
	var got []string
	for _, a := range rec.Amounts {
		got = append(got, fmt.Sprintf("%d=%s", a.Value, a.Evidence.Text))
		checkEvidence(t, rec.Text, "range end", a.Evidence)
	}
	want := []string{"5000=de 5.000", "12000=12.000 dirhams par emploi"}
	if !slices.Equal(got, want) {
		t.Errorf("range ends = %q, want %q", got, want)
	}
}
