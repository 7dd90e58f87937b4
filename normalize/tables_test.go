package normalize

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// The tests below walk the French tables: every row is a case.

func TestNumberWordsTable(t *testing.T) {
	for _, w := range frNumberWords {
		in := w.word
		if w.kind == wordHundred || w.kind == wordThousand {
			in = "deux " + w.word
		}
		want := float64(w.value)
		if in != w.word {
			want *= 2
		}
		got, err := ParseNumber(in)
		if err != nil || got.Value != want || !got.Words {
			t.Errorf("ParseNumber(%q) = %+v, %v, want %v in words", in, got, err, want)
		}
	}
}

func TestMultipliersTable(t *testing.T) {
	for _, m := range frMultipliers {
		in := "3 " + m.form
		want, approx := 3*float64(pow10(m.exp)), Exact
		if m.approx {
			approx = About
		}
		got, err := ParseNumber(in)
		if err != nil || got.Value != want || got.Approx != approx {
			t.Errorf("ParseNumber(%q) = %+v, %v, want %v %q", in, got, err, want, approx)
		}
		if title := in + ". Alami"; m.title {
			if got := Numbers(title); len(got) != 1 || got[0].Value != 3 {
				t.Errorf("Numbers(%q) = %+v, want 3: a title, not a multiplier", title, got)
			}
		}
	}
}

func TestHalvesTable(t *testing.T) {
	for _, h := range frHalves {
		for in, want := range map[string]float64{"3 millions " + frHalfAnd + " " + h: 3.5e6, "un " + h + "-milliard": 5e8} {
			got, err := ParseNumber(in)
			if err != nil || got.Value != want {
				t.Errorf("ParseNumber(%q) = %+v, %v, want %v", in, got, err, want)
			}
		}
	}
}

func TestCollectivesTable(t *testing.T) {
	for _, c := range frCollectives {
		in := "une " + c.form
		got := Numbers(in)
		if len(got) != 1 || got[0].Value != float64(c.value) || got[0].Approx != About || got[0].In(in) != in {
			t.Errorf("Numbers(%q) = %+v, want about %d", in, got, c.value)
		}
	}
}

func TestOrdinalsTable(t *testing.T) {
	for _, o := range frOrdinalSuffixes {
		in := "le 3" + o + " site"
		if got := Numbers(in); len(got) != 0 {
			t.Errorf("Numbers(%q) = %+v, want no number (ordinal)", in, got)
		}
	}
}

func TestPercentTable(t *testing.T) {
	for _, p := range frPercentWords {
		in := "12 " + p
		got, err := ParseNumber(in)
		if err != nil || !got.Percent || got.Value != 12 {
			t.Errorf("ParseNumber(%q) = %+v, %v, want 12 percent", in, got, err)
		}
	}
}

func TestDeterminersTable(t *testing.T) {
	for _, d := range frNumberDeterminers {
		in := d + " neuf"
		got := Numbers(in)
		if len(got) == 0 || got[len(got)-1].Value != 9 {
			t.Errorf("Numbers(%q) = %+v, want nine", in, got)
		}
	}
}

func TestApproxTable(t *testing.T) {
	for _, a := range frApproxMarkers {
		in := a.form + " 500"
		got, err := ParseNumber(in)
		if err != nil || got.Approx != a.approx || got.Value != 500 || got.In(in) != in {
			t.Errorf("ParseNumber(%q) = %+v, %v, want 500 %q", in, got, err, a.approx)
		}
		in = a.form + " 50 MDH"
		m, err := ParseMoney(in)
		if err != nil || m.Approx != a.approx || m.Value != 50e6 {
			t.Errorf("ParseMoney(%q) = %+v, %v, want 50000000 %q", in, m, err, a.approx)
		}
	}
}

func TestCurrenciesTable(t *testing.T) {
	for _, c := range frCurrencies {
		fig, want := int64(7), int64(7) // "7 MDH" is 7e6, "700 centimes" 7
		if c.exp < 0 {
			fig *= pow10(-c.exp)
		} else {
			want *= pow10(c.exp)
		}
		in := fmt.Sprint(fig) + " " + c.form
		got, err := ParseMoney(in)
		if err != nil || got.Value != want || got.Currency != c.code {
			t.Errorf("ParseMoney(%q) = %+v, %v, want %d %s", in, got, err, want, c.code)
		}
		if c.prefix {
			in = c.form + " 7"
			got, err := ParseMoney(in)
			if err != nil || got.Value != 7 || got.Currency != c.code {
				t.Errorf("ParseMoney(%q) = %+v, %v, want 7 %s", in, got, err, c.code)
			}
		}
		if c.exact {
			in = "7 " + strings.ToLower(c.form)
			if got := Amounts(in); len(got) != 0 && got[0].Currency == c.code {
				t.Errorf("Amounts(%q) = %+v, want no %s (case-sensitive)", in, got, c.code)
			}
		}
	}
}

func TestAmountLinksTable(t *testing.T) {
	for _, l := range frAmountLinks {
		in := "5 milliards de dirhams " + l + " 2 milliards pour l'eau"
		got := Amounts(in)
		if len(got) != 2 || got[1].Value != 2e9 || got[1].Currency != "MAD" || got[1].Text != "2 milliards" {
			t.Errorf("Amounts(%q) = %+v, want 2 milliards MAD second", in, got)
		}
	}
	for _, c := range frCurrencies {
		if b := tables().baseCurrency[c.code]; b == nil || b.exp != 0 {
			t.Errorf("currency %s has no unscaled form to imply", c.code)
		}
	}
	for _, j := range frListJoins {
		sep := " "
		if j == "," {
			sep = ""
		}
		in := "lots de 3" + sep + j + " 4 millions de dirhams"
		got := Amounts(in)
		if len(got) != 2 || got[0].Value != 3e6 || got[0].Currency != "MAD" || got[0].Text != "3" {
			t.Errorf("Amounts(%q) = %+v, want 3 millions MAD first", in, got)
		}
	}
}

func TestMonthsTable(t *testing.T) {
	for _, m := range frMonths {
		for _, form := range []string{m.form, strings.ToUpper(m.form[:1]) + m.form[1:], foldKey(m.form)} {
			in := "le 12 " + form + " 2024"
			got := Dates(in, time.Time{})
			if len(got) != 1 || got[0].Month != m.month || got[0].Day != 12 || got[0].Year != 2024 {
				t.Errorf("Dates(%q) = %+v, want 2024-%02d-12", in, got, m.month)
			}
		}
	}
}

func TestWeekdaysTable(t *testing.T) {
	ref := time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC) // Wednesday
	for wd, name := range frWeekdays {
		got := Dates(frThisWeekday+" "+name, ref)
		back := (3 - wd + 7) % 7
		want := ref.AddDate(0, 0, -back)
		if len(got) != 1 || got[0].Day != want.Day() || got[0].Month != int(want.Month()) {
			t.Errorf("Dates(%q) = %+v, want %s", frThisWeekday+" "+name, got, want.Format(time.DateOnly))
		}
	}
}

func TestRelativeDaysTable(t *testing.T) {
	ref := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	for _, r := range frRelativeDays {
		got := Dates(r.form, ref)
		want := ref.AddDate(0, 0, r.offset)
		if len(got) != 1 || got[0].Text != r.form || !got[0].Resolved ||
			got[0].Year != want.Year() || got[0].Month != int(want.Month()) || got[0].Day != want.Day() {
			t.Errorf("Dates(%q) = %+v, want %s", r.form, got, want.Format(time.DateOnly))
		}
	}
	for _, w := range frRelativeWeeks {
		got := Dates(w, ref)
		if len(got) != 1 || got[0].Resolved || !got[0].Relative {
			t.Errorf("Dates(%q) = %+v, want one unresolved relative date", w, got)
		}
	}
}

func TestLastNextTable(t *testing.T) {
	ref := time.Date(2024, time.March, 13, 0, 0, 0, 0, time.UTC) // Wednesday
	for _, r := range frLastNext {
		got := Dates("mercredi "+r.form, ref)
		want := ref.AddDate(0, 0, 7*r.offset)
		if len(got) != 1 || got[0].Day != want.Day() || got[0].Month != int(want.Month()) {
			t.Errorf("Dates(%q) = %+v, want %s", "mercredi "+r.form, got, want.Format(time.DateOnly))
		}
		got = Dates("en mars "+r.form, ref)
		if len(got) != 1 || got[0].Year != 2024+r.offset || got[0].Month != 3 || got[0].Precision != PrecisionMonth {
			t.Errorf("Dates(%q) = %+v, want March %d", "en mars "+r.form, got, 2024+r.offset)
		}
	}
}

func TestAgoUnitsTable(t *testing.T) {
	ref := time.Date(2024, time.March, 13, 0, 0, 0, 0, time.UTC)
	for _, u := range frAgoUnits {
		in := frAgo + " 2 " + u.form
		got := Dates(in, ref)
		want := ref.AddDate(-2*u.years, -2*u.months, -2*u.days)
		if len(got) != 1 || got[0].Text != in || got[0].Precision != u.precision || got[0].Year != want.Year() {
			t.Errorf("Dates(%q) = %+v, want %s", in, got, want.Format(time.DateOnly))
		}
	}
}

func TestDateLeadsTable(t *testing.T) {
	ref := time.Date(2024, time.March, 13, 0, 0, 0, 0, time.UTC)
	for _, l := range frShortDateLeads {
		in := l + " 05/03"
		if got := Dates(in, ref); len(got) != 1 || got[0].Text != in || got[0].Day != 5 || got[0].Month != 3 || got[0].Year != 2024 {
			t.Errorf("Dates(%q) = %+v, want 2024-03-05", in, got)
		}
	}
	for _, l := range frBareDayLeads {
		in := l + " 5"
		if got := Dates(in, ref); len(got) != 1 || got[0].Text != in || got[0].Day != 5 || got[0].Month != 3 {
			t.Errorf("Dates(%q) = %+v, want 2024-03-05", in, got)
		}
		for _, f := range frBareDayFollowers {
			in := l + " 5 " + f + " Rabat"
			if got := Dates(in, ref); len(got) != 1 || got[0].Day != 5 || got[0].Month != 3 {
				t.Errorf("Dates(%q) = %+v, want 2024-03-05", in, got)
			}
		}
	}
}

func TestYearMarkersTable(t *testing.T) {
	for _, m := range frYearMarkers {
		var in string
		if m.where&beforeYear != 0 {
			in = "le site " + m.form + " 2027"
			checkYearKind(t, in, m.form+" 2027", m.kind)
		}
		if m.where&beforeDate != 0 {
			in = "le site " + m.form + " 30 juin 2023"
			checkYearKind(t, in, m.form+" 30 juin 2023", m.kind)
		}
	}
}

func checkYearKind(t *testing.T, in, text string, kind YearKind) {
	t.Helper()
	got := Years(in)
	if len(got) != 1 || got[0].Kind != kind || got[0].In(in) != text {
		t.Errorf("Years(%q) = %+v, want %q kind %d", in, got, text, kind)
	}
}

func TestParticiplesTable(t *testing.T) {
	for _, p := range frPastParticiples {
		for _, end := range frAgreementEndings {
			form := p + end
			in := fmt.Sprintf("Le site, %s en 2010, sera agrandi.", form)
			checkYearKind(t, in, form+" en 2010", YearPast)
		}
	}
}

func TestFutureWordsTable(t *testing.T) {
	for _, w := range frFutureWords {
		checkYearKind(t, "le site "+w+" le lancement en 2030", "en 2030", YearTarget)
	}
	for _, w := range frNotFuture {
		checkYearKind(t, "le "+w+" en 2020", "en 2020", YearPast)
	}
}

func TestFutureEndingsTable(t *testing.T) {
	for _, end := range frFutureEndings {
		checkYearKind(t, "l'usine ouvri"+end+" ses portes en 2030", "en 2030", YearTarget)
	}
	checkYearKind(t, "l'usine ouvrit ses portes en 2010", "en 2010", YearPast)
}

// The tests below walk the function words of fr_grammar.go.

func TestNumberAndTable(t *testing.T) {
	for _, u := range frNumberAndUnits {
		in := "soixante " + frNumberAnd + " " + u
		want := 60 + float64(tables().numberWords[foldKey(u)].value)
		if got, err := ParseNumber(in); err != nil || got.Value != want || got.In(in) != in {
			t.Errorf("ParseNumber(%q) = %+v, %v, want %v", in, got, err, want)
		}
	}
	in := "soixante " + frNumberAnd + " deux" // only the units of the table join
	if got := Numbers(in); len(got) != 2 || got[0].Value != 60 {
		t.Errorf("Numbers(%q) = %+v, want 60 then 2", in, got)
	}
}

func TestArticleNumbersTable(t *testing.T) {
	for _, a := range frArticleNumbers {
		if in := a + " projet"; len(Numbers(in)) != 0 {
			t.Errorf("Numbers(%q) = %+v, want no figure (an article)", in, Numbers(in))
		}
		in := a + " milliard"
		if got, err := ParseNumber(in); err != nil || got.Value != 1e9 {
			t.Errorf("ParseNumber(%q) = %+v, %v, want 1e9", in, got, err)
		}
	}
}

func TestNineOrNew(t *testing.T) {
	for in, want := range map[string]int{"un bâtiment " + frNineOrNew: 0, "les " + frNineOrNew + " régions": 1} {
		if got := Numbers(in); len(got) != want {
			t.Errorf("Numbers(%q) = %+v, want %d figures", in, got, want)
		}
	}
}

func TestPercentLowerOnlyTable(t *testing.T) {
	for _, p := range frPercentLowerOnly {
		in := "12 " + strings.ToUpper(p)
		if got := Numbers(in); len(got) == 0 || got[0].Percent {
			t.Errorf("Numbers(%q) = %+v, want 12, not a percent", in, got)
		}
		in = "12 " + p
		if got, err := ParseNumber(in); err != nil || !got.Percent {
			t.Errorf("ParseNumber(%q) = %+v, %v, want 12 percent", in, got, err)
		}
	}
}

func TestRangesTable(t *testing.T) {
	for _, r := range frRanges {
		in := r.open + " 500 " + r.to + " 700"
		if got, err := ParseNumber(in); err != nil || got.Value != 500 || !got.IsRange || got.Max != 700 {
			t.Errorf("ParseNumber(%q) = %+v, %v, want 500 to 700", in, got, err)
		}
		in = r.open + " 2014 " + r.to + " 2018"
		if got := Years(in); len(got) != 2 || got[0].Kind != YearPeriod || got[1].Kind != YearPeriod {
			t.Errorf("Years(%q) = %+v, want a period", in, got)
		}
		in = "environ " + r.open + " 500 " + r.to + " 700"
		got, err := ParseNumber(in)
		if r.exactOnly && err == nil {
			t.Errorf("ParseNumber(%q) = %+v, want no single figure", in, got)
		}
		if !r.exactOnly && (err != nil || !got.IsRange || got.Approx != About) {
			t.Errorf("ParseNumber(%q) = %+v, %v, want about 500 to 700", in, got, err)
		}
	}
	in := "500 " + frRangeTo + " 700"
	if got, err := ParseNumber(in); err != nil || !got.IsRange || got.Max != 700 {
		t.Errorf("ParseNumber(%q) = %+v, %v, want 500 to 700", in, got, err)
	}
}

func TestUnitOf(t *testing.T) {
	in := "2 millions " + frUnitOf + " dirhams"
	if got, err := ParseMoney(in); err != nil || got.Value != 2e6 || got.Currency != "MAD" {
		t.Errorf("ParseMoney(%q) = %+v, %v, want 2e6 MAD", in, got, err)
	}
	in = "5 milliards de dirhams, dont 2 millions " + frUnitOf + " visiteurs"
	if got := Amounts(in); len(got) != 1 {
		t.Errorf("Amounts(%q) = %+v, want one amount (the visitors have their own unit)", in, got)
	}
}

func TestAgentDeterminersTable(t *testing.T) {
	in := "500 dirhams " + frRatePer + " mois"
	if got, err := ParseMoney(in); err != nil || !got.PerUnit || got.Text != in {
		t.Errorf("ParseMoney(%q) = %+v, %v, want a rate", in, got, err)
	}
	for _, d := range frAgentDeterminers {
		in := "500 dirhams " + frRatePer + " " + d + " banque"
		if got := Amounts(in); len(got) != 1 || got[0].PerUnit || got[0].Text != "500 dirhams" {
			t.Errorf("Amounts(%q) = %+v, want 500 dirhams, not a rate", in, got)
		}
	}
}

func TestDayWords(t *testing.T) {
	ref := time.Date(2024, time.March, 13, 0, 0, 0, 0, time.UTC)
	days := map[string]string{
		frFirstDay + " avril 2024": "2024-04-01",
		"le 5 " + frBareDayLast:    "2024-03-05",
	}
	for _, m := range frDayOfMonth {
		days["le 5 "+m.form] = fmt.Sprintf("2024-%02d-05", 3+m.months)
	}
	for in, want := range days {
		got := Dates(in, ref)
		if len(got) != 1 || !strings.HasSuffix(in, got[0].Text) ||
			fmt.Sprintf("%d-%02d-%02d", got[0].Year, got[0].Month, got[0].Day) != want {
			t.Errorf("Dates(%q) = %+v, want %s", in, got, want)
		}
	}
	for _, s := range frFirstDaySuffixes {
		in := "1" + s + " avril 2024"
		if got := Dates(in, ref); len(got) != 1 || got[0].Text != in || got[0].Day != 1 {
			t.Errorf("Dates(%q) = %+v, want 2024-04-01", in, got)
		}
	}
}

func TestFromYearTable(t *testing.T) {
	checkYearKind(t, "le site sera agrandi "+frFromYear+" 2027", frFromYear+" 2027", YearTarget)
	checkYearKind(t, "le site sera agrandi "+foldKey(frFromYear)+" 2027", "2027", YearPlain)
	for _, p := range frFromYearPhrases {
		checkYearKind(t, "le site sera agrandi "+p+" 2027", p+" 2027", YearTarget)
		checkYearKind(t, "le site a été agrandi "+p+" 2017", "2017", YearPlain)
	}
	checkYearKind(t, "le site sera agrandi "+frYearIn+" 2027", frYearIn+" 2027", YearTarget)
}

func TestAroundYearTable(t *testing.T) {
	for _, p := range frAroundYear {
		checkYearKind(t, "le site sera agrandi "+p+" 2027", p+" 2027", YearTarget)
		checkYearKind(t, "le site a été agrandi "+p+" 2017", "2017", YearPlain)
	}
}
