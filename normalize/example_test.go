package normalize_test

import (
	"fmt"
	"time"

	"veille/normalize"
)

func ExampleClean() {
	s, m := normalize.Clean("l&#8217;usine  emploiera 1\u202f500\u00a0personnes")
	fmt.Printf("%q\n", s)
	fmt.Println(m.Source(len("l’usine")))
	// Output:
	// "l’usine emploiera 1 500 personnes"
	// 13
}

func ExampleNumbers() {
	s := "Plus de 1.500 emplois directs, une centaine d'ingénieurs, 72 % de femmes."
	for _, n := range normalize.Numbers(s) {
		fmt.Printf("%q %v %q percent=%v\n", n.In(s), n.Value, n.Approx, n.Percent)
	}
	// Output:
	// "Plus de 1.500" 1500 "more_than" percent=false
	// "une centaine" 100 "about" percent=false
	// "72 %" 72 "" percent=true
}

func ExampleAmounts() {
	for _, m := range normalize.Amounts("Un investissement de 1,5 milliard de dirhams (MDH), soit entre 500 et 700 MDH par an.") {
		fmt.Printf("%q %d-%d %s per-unit=%v\n", m.Text, m.Value, m.Max, m.Currency, m.PerUnit)
	}
	// Output:
	// "1,5 milliard de dirhams (MDH)" 1500000000-0 MAD per-unit=false
	// "entre 500 et 700 MDH par an" 500000000-700000000 MAD per-unit=true
}

func ExampleDates() {
	published := time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)
	for _, d := range normalize.Dates("La convention a été signée hier, mardi, et sera effective le 1er avril.", published) {
		fmt.Printf("%q %d-%02d-%02d\n", d.Text, d.Year, d.Month, d.Day)
	}
	// Output:
	// "hier, mardi" 2024-01-30
	// "1er avril" 2024-04-01
}

func ExampleYears() {
	kinds := map[normalize.YearKind]string{
		normalize.YearPlain: "plain", normalize.YearTarget: "target", normalize.YearPast: "past",
		normalize.YearPeriod: "period", normalize.YearAsOf: "as-of",
	}
	s := "Présent depuis 2003, le groupe vise 2.000 emplois d'ici 2029 (plan 2024-2027)."
	for _, y := range normalize.Years(s) {
		fmt.Printf("%q %s\n", y.In(s), kinds[y.Kind])
	}
	// Output:
	// "depuis 2003" past
	// "d'ici 2029" target
	// "2024" period
	// "2027" period
}

func ExampleCompilePhrase() {
	p, err := normalize.CompilePhrase("protocole(s) d'accord signé(e)(s)", normalize.Lex)
	if err != nil {
		panic(err)
	}
	fmt.Println(p)
	toks := normalize.Lex("Les protocoles d’accord signés hier")
	end, ok := normalize.MatchAt(p, toks, 1)
	fmt.Println(end, ok)
	_, err = normalize.CompilePhrase("d'ici|avant", normalize.Lex)
	fmt.Println(err)
	// Output:
	// [[protocole protocoles] [de] [accord] [signe signee signes signees]]
	// 6 true
	// normalize: phrase "d'ici|avant": alternatives of "d'ici|avant" read as 2 and 1 tokens
}
