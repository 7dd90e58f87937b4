package normalize

import (
	"errors"
	"testing"
)

// moneyWant is an expected Money.
type moneyWant struct {
	text     string
	value    int64
	max      int64
	currency string
	approx   Approx
	perUnit  bool
}

func TestAmounts(t *testing.T) {
	tests := []struct {
		in   string
		want []moneyWant
	}{
		// dirham spellings
		{"500 dirhams", []moneyWant{{text: "500 dirhams", value: 500, currency: "MAD"}}},
		{"1 dirham", []moneyWant{{text: "1 dirham", value: 1, currency: "MAD"}}},
		{"500 DH", []moneyWant{{text: "500 DH", value: 500, currency: "MAD"}}},
		{"500 Dh", []moneyWant{{text: "500 Dh", value: 500, currency: "MAD"}}},
		{"500 Dhs", []moneyWant{{text: "500 Dhs", value: 500, currency: "MAD"}}},
		{"500 DHS", []moneyWant{{text: "500 DHS", value: 500, currency: "MAD"}}},
		{"500 DHs", []moneyWant{{text: "500 DHs", value: 500, currency: "MAD"}}},
		{"500 MAD", []moneyWant{{text: "500 MAD", value: 500, currency: "MAD"}}},
		{"500DH", []moneyWant{{text: "500DH", value: 500, currency: "MAD"}}},
		{"50 MDH", []moneyWant{{text: "50 MDH", value: 50e6, currency: "MAD"}}},
		{"50 MDHS", []moneyWant{{text: "50 MDHS", value: 50e6, currency: "MAD"}}},
		{"50 Mdhs", []moneyWant{{text: "50 Mdhs", value: 50e6, currency: "MAD"}}},
		{"50 MDh", []moneyWant{{text: "50 MDh", value: 50e6, currency: "MAD"}}},
		{"17,46 MMDH", []moneyWant{{text: "17,46 MMDH", value: 17460000000, currency: "MAD"}}},
		{"2 MMDHS", []moneyWant{{text: "2 MMDHS", value: 2e9, currency: "MAD"}}},
		{"13 Mds DH", []moneyWant{{text: "13 Mds DH", value: 13e9, currency: "MAD"}}},
		{"13 Mds de DH", []moneyWant{{text: "13 Mds de DH", value: 13e9, currency: "MAD"}}},
		{"3 Md DH", []moneyWant{{text: "3 Md DH", value: 3e9, currency: "MAD"}}},
		{"8,3 M DH", []moneyWant{{text: "8,3 M DH", value: 8300000, currency: "MAD"}}},
		{"2 millions de DH", []moneyWant{{text: "2 millions de DH", value: 2e6, currency: "MAD"}}},
		{"1 million de dirhams", []moneyWant{{text: "1 million de dirhams", value: 1e6, currency: "MAD"}}},
		{"3 milliards de dirhams", []moneyWant{{text: "3 milliards de dirhams", value: 3e9, currency: "MAD"}}},
		{"1,5 milliard de dirhams", []moneyWant{{text: "1,5 milliard de dirhams", value: 1500000000, currency: "MAD"}}},
		{"17,46 milliards de DH", []moneyWant{{text: "17,46 milliards de DH", value: 17460000000, currency: "MAD"}}},
		{"4.213,85 millions de DH", []moneyWant{{text: "4.213,85 millions de DH", value: 4213850000, currency: "MAD"}}},
		{"1,135 milliard de dirhams", []moneyWant{{text: "1,135 milliard de dirhams", value: 1135000000, currency: "MAD"}}},
		{"50 millions de dirhams (MDH)", []moneyWant{{text: "50 millions de dirhams (MDH)", value: 50e6, currency: "MAD"}}},
		{"3 milliards de dirhams (MMDH) investis", []moneyWant{{text: "3 milliards de dirhams (MMDH)", value: 3e9, currency: "MAD"}}},
		{"5 050 DH", []moneyWant{{text: "5 050 DH", value: 5050, currency: "MAD"}}},
		{"5\u202f050\u00a0DH", []moneyWant{{text: "5\u202f050\u00a0DH", value: 5050, currency: "MAD"}}},
		{"1.500.000 dirhams", []moneyWant{{text: "1.500.000 dirhams", value: 1500000, currency: "MAD"}}},
		{"12,50 DH", []moneyWant{{text: "12,50 DH", value: 13, currency: "MAD"}}},
		{"10 000,00 $", []moneyWant{{text: "10 000,00 $", value: 10000, currency: "USD"}}},
		{"106,03 milliards de dirhams", []moneyWant{{text: "106,03 milliards de dirhams", value: 106030000000, currency: "MAD"}}},
		{"(+28,523 MMDH)", []moneyWant{{text: "28,523 MMDH", value: 28523000000, currency: "MAD"}}},
		{"+12 MDH", []moneyWant{{text: "12 MDH", value: 12e6, currency: "MAD"}}},
		// halves and parts of a scaled figure
		{"7 milliards et demi de dirhams", []moneyWant{{text: "7 milliards et demi de dirhams", value: 7500000000, currency: "MAD"}}},
		{"un million et demi de dirhams", []moneyWant{{text: "un million et demi de dirhams", value: 1500000, currency: "MAD"}}},
		{"3 millions et demi de DH", []moneyWant{{text: "3 millions et demi de DH", value: 3500000, currency: "MAD"}}},
		{"un demi-milliard de dollars", []moneyWant{{text: "un demi-milliard de dollars", value: 5e8, currency: "USD"}}},
		{"4 milliards 310 millions DH", []moneyWant{{text: "4 milliards 310 millions DH", value: 4310000000, currency: "MAD"}}},
		{"un million deux cent mille dirhams", []moneyWant{{text: "un million deux cent mille dirhams", value: 1200000, currency: "MAD"}}},
		{"1 million 250 000 dirhams", []moneyWant{{text: "1 million 250 000 dirhams", value: 1250000, currency: "MAD"}}},
		{"1,3 milliard 20 millions de DH", []moneyWant{{text: "1,3 milliard 20 millions de DH", value: 1320000000, currency: "MAD"}}},
		// words
		{"trois milliards de dirhams", []moneyWant{{text: "trois milliards de dirhams", value: 3e9, currency: "MAD"}}},
		{"un milliard de dirhams", []moneyWant{{text: "un milliard de dirhams", value: 1e9, currency: "MAD"}}},
		{"deux cents dirhams", []moneyWant{{text: "deux cents dirhams", value: 200, currency: "MAD"}}},
		{"environ quatre milliards de dirhams", []moneyWant{{text: "environ quatre milliards de dirhams", value: 4e9, currency: "MAD", approx: About}}},
		// euros, dollars
		{"20 €", []moneyWant{{text: "20 €", value: 20, currency: "EUR"}}},
		{"20€", []moneyWant{{text: "20€", value: 20, currency: "EUR"}}},
		{"€20", []moneyWant{{text: "€20", value: 20, currency: "EUR"}}},
		{"20 euros", []moneyWant{{text: "20 euros", value: 20, currency: "EUR"}}},
		{"1 euro", []moneyWant{{text: "1 euro", value: 1, currency: "EUR"}}},
		{"20 EUR", []moneyWant{{text: "20 EUR", value: 20, currency: "EUR"}}},
		{"EUR 20", []moneyWant{{text: "EUR 20", value: 20, currency: "EUR"}}},
		{"5 millions d'euros", []moneyWant{{text: "5 millions d'euros", value: 5e6, currency: "EUR"}}},
		{"5 millions d’euros", []moneyWant{{text: "5 millions d’euros", value: 5e6, currency: "EUR"}}},
		{"5 M€", []moneyWant{{text: "5 M€", value: 5e6, currency: "EUR"}}},
		{"2 Md€", []moneyWant{{text: "2 Md€", value: 2e9, currency: "EUR"}}},
		{"50 k€", []moneyWant{{text: "50 k€", value: 50000, currency: "EUR"}}},
		{"$500", []moneyWant{{text: "$500", value: 500, currency: "USD"}}},
		{"500 $", []moneyWant{{text: "500 $", value: 500, currency: "USD"}}},
		{"500 USD", []moneyWant{{text: "500 USD", value: 500, currency: "USD"}}},
		{"USD 500", []moneyWant{{text: "USD 500", value: 500, currency: "USD"}}},
		{"500 dollars", []moneyWant{{text: "500 dollars", value: 500, currency: "USD"}}},
		{"500 dollars américains", []moneyWant{{text: "500 dollars américains", value: 500, currency: "USD"}}},
		{"3 millions de dollars", []moneyWant{{text: "3 millions de dollars", value: 3e6, currency: "USD"}}},
		{"3 M$", []moneyWant{{text: "3 M$", value: 3e6, currency: "USD"}}},
		// Canadian and Australian dollars
		{"20 $ CA", []moneyWant{{text: "20 $ CA", value: 20, currency: "CAD"}}},
		{"20 $CAD", []moneyWant{{text: "20 $CAD", value: 20, currency: "CAD"}}},
		{"20 $CA", []moneyWant{{text: "20 $CA", value: 20, currency: "CAD"}}},
		{"C$ 20", []moneyWant{{text: "C$ 20", value: 20, currency: "CAD"}}},
		{"5 millions de dollars canadiens", []moneyWant{{text: "5 millions de dollars canadiens", value: 5e6, currency: "CAD"}}},
		{"1 dollar canadien", []moneyWant{{text: "1 dollar canadien", value: 1, currency: "CAD"}}},
		{"20 $ AU", []moneyWant{{text: "20 $ AU", value: 20, currency: "AUD"}}},
		{"3 milliards de dollars australiens", []moneyWant{{text: "3 milliards de dollars australiens", value: 3e9, currency: "AUD"}}},
		{"20 $AUD", []moneyWant{{text: "20 $AUD", value: 20, currency: "AUD"}}},
		{"20 $ au total", []moneyWant{{text: "20 $", value: 20, currency: "USD"}}},
		// thousands of dirhams and centimes
		{"500 KDH", []moneyWant{{text: "500 KDH", value: 5e5, currency: "MAD"}}},
		{"50 millions de centimes", []moneyWant{{text: "50 millions de centimes", value: 5e5, currency: "MAD"}}},
		{"2 milliards de centimes", []moneyWant{{text: "2 milliards de centimes", value: 2e7, currency: "MAD"}}},
		{"un ticket de 20 centimes", nil},
		{"300 millions de centimes d'euros", []moneyWant{{text: "300 millions de centimes d'euros", value: 3e6, currency: "EUR"}}},
		// a currency word with a slip of one letter, behind a scale word only
		{"120 millions de dirams", []moneyWant{{text: "120 millions de dirams", value: 120e6, currency: "MAD"}}},
		{"3 milliards de dirahms", []moneyWant{{text: "3 milliards de dirahms", value: 3e9, currency: "MAD"}}},
		{"un milliard de dirhames", []moneyWant{{text: "un milliard de dirhames", value: 1e9, currency: "MAD"}}},
		{"120 dirams", nil},
		{"12 millions de dinars", nil},
		{"5 millions de dolars", []moneyWant{{text: "5 millions de dolars", value: 5e6, currency: "USD"}}},
		{"5 millions d'eros", nil},
		// approximations
		{"plus de 500 MDH", []moneyWant{{text: "plus de 500 MDH", value: 500e6, currency: "MAD", approx: MoreThan}}},
		{"pas moins de 2 milliards de DH", []moneyWant{{text: "pas moins de 2 milliards de DH", value: 2e9, currency: "MAD", approx: AtLeast}}},
		{"près de 300 MDH", []moneyWant{{text: "près de 300 MDH", value: 300e6, currency: "MAD", approx: About}}},
		{"jusqu'à 1 milliard de dirhams", []moneyWant{{text: "jusqu'à 1 milliard de dirhams", value: 1e9, currency: "MAD", approx: UpTo}}},
		{"moins de 10 MDH", []moneyWant{{text: "moins de 10 MDH", value: 10e6, currency: "MAD", approx: LessThan}}},
		// ranges
		{"entre 500 et 700 millions de dirhams", []moneyWant{{text: "entre 500 et 700 millions de dirhams", value: 500e6, max: 700e6, currency: "MAD"}}},
		{"de 1 à 2 milliards de DH", []moneyWant{{text: "de 1 à 2 milliards de DH", value: 1e9, max: 2e9, currency: "MAD"}}},
		{"entre 500 et 700 MDH", []moneyWant{{text: "entre 500 et 700 MDH", value: 500e6, max: 700e6, currency: "MAD"}}},
		{"entre 500 DH et 700 DH", []moneyWant{{text: "entre 500 DH et 700 DH", value: 500, max: 700, currency: "MAD"}}},
		{"entre 500 millions et 1 milliard de DH", []moneyWant{{text: "entre 500 millions et 1 milliard de DH", value: 500e6, max: 1e9, currency: "MAD"}}},
		{"10 - 20 euros", []moneyWant{{text: "10 - 20 euros", value: 10, max: 20, currency: "EUR"}}},
		{"10-20 euros", []moneyWant{{text: "10-20 euros", value: 10, max: 20, currency: "EUR"}}},
		{"5 – 8 millions de DH", []moneyWant{{text: "5 – 8 millions de DH", value: 5e6, max: 8e6, currency: "MAD"}}},
		{"20 - 10 euros", []moneyWant{{text: "10 euros", value: 10, currency: "EUR"}}},
		{"un prêt de 150 M€ à 3,5 %", []moneyWant{{text: "150 M€", value: 150e6, currency: "EUR"}}},
		{"de 4,8 milliards de dirhams en 2024 à 12 milliards de dirhams en 2030", []moneyWant{{text: "4,8 milliards de dirhams", value: 4.8e9, currency: "MAD"}, {text: "12 milliards de dirhams", value: 12e9, currency: "MAD"}}},
		{"de 500 DH à 700 euros", []moneyWant{{text: "500 DH", value: 500, currency: "MAD"}, {text: "700 euros", value: 700, currency: "EUR"}}},
		// rates
		{"6.000 DH par emploi", []moneyWant{{text: "6.000 DH par emploi", value: 6000, currency: "MAD", perUnit: true}}},
		{"5.500 dirhams par mois", []moneyWant{{text: "5.500 dirhams par mois", value: 5500, currency: "MAD", perUnit: true}}},
		{"5.500 DH/mois", []moneyWant{{text: "5.500 DH/mois", value: 5500, currency: "MAD", perUnit: true}}},
		{"20 MDH par an", []moneyWant{{text: "20 MDH par an", value: 20e6, currency: "MAD", perUnit: true}}},
		{"20 MDH financés par la BEI", []moneyWant{{text: "20 MDH", value: 20e6, currency: "MAD"}}},
		{"20 MDH par Maroc Telecom", []moneyWant{{text: "20 MDH", value: 20e6, currency: "MAD"}}},
		// several
		{"un budget de 50 MDH et 3 millions d'euros", []moneyWant{{text: "50 MDH", value: 50e6, currency: "MAD"}, {text: "3 millions d'euros", value: 3e6, currency: "EUR"}}},
		// currency implied by a list
		{"une enveloppe de 8 milliards de dirhams, dont 3 milliards pour les routes et 1,5 milliard pour l'eau", []moneyWant{
			{text: "8 milliards de dirhams", value: 8e9, currency: "MAD"}, {text: "3 milliards", value: 3e9, currency: "MAD"},
			{text: "1,5 milliard", value: 1.5e9, currency: "MAD"}}},
		{"des lots de 1,2, 3 et 4 millions de dirhams", []moneyWant{
			{text: "1,2", value: 1.2e6, currency: "MAD"}, {text: "3", value: 3e6, currency: "MAD"},
			{text: "4 millions de dirhams", value: 4e6, currency: "MAD"}}},
		{"5, 10 et 15 MDH", []moneyWant{
			{text: "5", value: 5e6, currency: "MAD"}, {text: "10", value: 10e6, currency: "MAD"}, {text: "15 MDH", value: 15e6, currency: "MAD"}}},
		{"12 milliards d'euros contre 9 milliards", []moneyWant{
			{text: "12 milliards d'euros", value: 12e9, currency: "EUR"}, {text: "9 milliards", value: 9e9, currency: "EUR"}}},
		{"passé de 2 milliards de DH à 3,5 milliards", []moneyWant{
			{text: "2 milliards de DH", value: 2e9, currency: "MAD"}, {text: "3,5 milliards", value: 3.5e9, currency: "MAD"}}},
		{"5 MMDH, dont 2 milliards pour l'eau", []moneyWant{{text: "5 MMDH", value: 5e9, currency: "MAD"}, {text: "2 milliards", value: 2e9, currency: "MAD"}}},
		{"300 MDH (2 millions par an)", []moneyWant{{text: "300 MDH", value: 300e6, currency: "MAD"}, {text: "2 millions par an", value: 2e6, currency: "MAD", perUnit: true}}},
		{"des primes de 5 000, 10 000 et 15 000 dirhams", []moneyWant{
			{text: "5 000", value: 5000, currency: "MAD"}, {text: "10 000", value: 10000, currency: "MAD"}, {text: "15 000 dirhams", value: 15000, currency: "MAD"}}},
		{"800 000, 1 et 2 millions de dirhams", []moneyWant{{text: "1", value: 1e6, currency: "MAD"}, {text: "2 millions de dirhams", value: 2e6, currency: "MAD"}}},
		{"300 MDH et 2 millions de visiteurs", []moneyWant{{text: "300 MDH", value: 300e6, currency: "MAD"}}},
		{"300 MDH. La ville compte 2 millions", []moneyWant{{text: "300 MDH", value: 300e6, currency: "MAD"}}},
		{"300 MDH pour 2 millions", []moneyWant{{text: "300 MDH", value: 300e6, currency: "MAD"}}},
		{"300 MDH et 40 %", []moneyWant{{text: "300 MDH", value: 300e6, currency: "MAD"}}},
		{"5 usines et 20 MDH", []moneyWant{{text: "20 MDH", value: 20e6, currency: "MAD"}}},
		{"plus de 5 et 20 MDH", []moneyWant{{text: "20 MDH", value: 20e6, currency: "MAD"}}},
		{"en 2020 et 20 MDH", []moneyWant{{text: "20 MDH", value: 20e6, currency: "MAD"}}},
		// not money
		{"le groupe ADH", nil},
		{"ADH 500", nil},
		{"DHL 500", nil},
		{"500 DHL", nil},
		{"500 emplois", nil},
		{"72 % du MAD", nil},
		{"2 millions de visiteurs", nil},
		{"des milliards de dirhams", nil},
		{"en dirhams", nil},
		{"500 mad", nil},
		{"3 Md MMDH", nil},
		{"2 millions MDH", nil},
		{"99999999999999999999 DH", nil},
		{"20 milliards de milliards de DH", nil},
	}
	for _, tt := range tests {
		got := Amounts(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("Amounts(%q) = %+v, want %d amounts", tt.in, got, len(tt.want))
			continue
		}
		spans := make([]Span, len(got))
		from := 0
		for i, w := range tt.want {
			g := got[i]
			spans[i] = g.Span
			sp := wantSpan(t, tt.in, w.text, from)
			from = sp.End
			want := Money{Span: sp, Text: w.text, Value: w.value, Max: w.max, Currency: w.currency, Approx: w.approx, PerUnit: w.perUnit}
			if g != want {
				t.Errorf("Amounts(%q)[%d] = %+v, want %+v", tt.in, i, g, want)
			}
		}
		checkSpans(t, tt.in, spans)
	}
}

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in       string
		value    int64
		currency string
		wantErr  bool
	}{
		{"1,5 milliard de dirhams", 1500000000, "MAD", false},
		{" 300 MDH ", 300e6, "MAD", false},
		{"€ 20", 20, "EUR", false},
		{"un milliard de dirhams", 1e9, "MAD", false},
		{"", 0, "", true},
		{"300", 0, "", true},
		{"300 MDH investis", 0, "", true},
		{"DH", 0, "", true},
		{"72 %", 0, "", true},
	}
	for _, tt := range tests {
		got, err := ParseMoney(tt.in)
		if tt.wantErr {
			if err == nil || !errors.Is(err, ErrNoMatch) {
				t.Errorf("ParseMoney(%q) = %+v, %v, want an error wrapping ErrNoMatch", tt.in, got, err)
			}
			continue
		}
		if err != nil || got.Value != tt.value || got.Currency != tt.currency {
			t.Errorf("ParseMoney(%q) = %+v, %v, want %d %s", tt.in, got, err, tt.value, tt.currency)
		}
	}
}

func TestSameLetters(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"MDH", "MDH", true},
		{"M DH", "MDH", true},
		{"$\u00a0CA", "$ CA", true},
		{"$\u202fCA ", " $CA", true},
		{"", " ", true},
		{"DH", "Dh", false},
		{"MD", "MDH", false},
		{"MDH", "MD", false},
		{"\xff", "\xfe", false},
	} {
		if got := sameLetters(c.a, c.b); got != c.want {
			t.Errorf("sameLetters(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestOneEditApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"dirams", "dirhams", true},   // deleted
		{"dirhamss", "dirhams", true}, // inserted
		{"dirhems", "dirhams", true},  // replaced
		{"dirahms", "dirhams", true},  // swapped
		{"dirhmas", "dirhams", true},  // swapped at the end
		{"dirhams", "dirhams", false}, // the word itself is no slip
		{"dinars", "dirhams", false},
		{"diahrms", "dirhams", false}, // two edits
		{"", "a", true},
		{"", "ab", false},
	} {
		if got := oneEditApart(c.a, c.b); got != c.want {
			t.Errorf("oneEditApart(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := oneEditApart(c.b, c.a); got != c.want {
			t.Errorf("oneEditApart(%q, %q) = %v, want %v", c.b, c.a, got, c.want)
		}
	}
}

// TestSlipForms walks the currency words read with a slip: each, a letter
// dropped, is still its currency behind a scale word.
func TestSlipForms(t *testing.T) {
	n := 0
	for k := range frCurrencies {
		c := &frCurrencies[k]
		if !slipForm(c) {
			continue
		}
		n++
		in := "2 millions de " + c.form[:1] + c.form[2:]
		got, err := ParseMoney(in)
		if err != nil || got.Currency != c.code || got.Value != 2e6 {
			t.Errorf("ParseMoney(%q) = %+v, %v, want 2000000 %s", in, got, err, c.code)
		}
	}
	if n == 0 {
		t.Error("no currency word is read with a slip")
	}
}
