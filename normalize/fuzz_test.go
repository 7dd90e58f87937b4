package normalize

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// fuzzSeeds returns the seed corpus: the tables' forms in context and the
// sentences of the benchmark article (whole, it makes minimizing slow).
func fuzzSeeds() []string {
	seeds := strings.SplitAfter(frArticle, ". ")
	seeds = append(seeds,
		"plus de 1.500 emplois d'ici 2029", "5\u202f050 emplois", "1,5 milliard de dirhams (MDH)",
		"entre 500 et 700 millions de DH", "hier, mardi 30 janvier", "15/04/2025", "2014-2020",
		"en 2021 150 emplois", "G20 2T COVID-19 3e", "&amp;amp; l&#8217;an\u00a0\u200b",
		"quatre-vingt-dix-neuf", "6.000 DH par emploi", "72 %", "tél. 05 22 48 76 00",
		"le 15/04/25", "publié le 15/04 à Rabat", "mardi 12/03", "le 31 octobre 74, il", "Le 27, le ministre",
		"ce mardi 27.", "en janv. dernier", "22 avr.", "le premier janvier", "un million deux cent mille",
		"2 milliards 690 millions DH", "un demi-milliard de dollars", "10 000,00 $", "(+28,523 MMDH)",
		"10 - 20 euros", "5-10 %", "5 milliards de dirhams, dont 2 milliards pour", "1,2, 3 et 4 millions de dirhams",
		"tél. +212 5 22 48 76 00", "au plus tard le 31 décembre 2027",
	)
	for _, h := range frHalves {
		seeds = append(seeds, "3 millions et "+h, "un "+h+"-milliard")
	}
	for _, u := range frAgoUnits {
		seeds = append(seeds, frAgo+" trois "+u.form)
	}
	for _, l := range frAmountLinks {
		seeds = append(seeds, "5 MDH "+l+" 2 millions")
	}
	for _, l := range frShortDateLeads {
		seeds = append(seeds, l+" 05/03")
	}
	for _, w := range frNumberWords {
		seeds = append(seeds, w.word+" sites")
	}
	for _, m := range frMultipliers {
		seeds = append(seeds, "3 "+m.form)
	}
	for _, c := range frCurrencies {
		seeds = append(seeds, "7 "+c.form, "environ 7 millions de "+c.form)
	}
	for _, a := range frApproxMarkers {
		seeds = append(seeds, a.form+" 500")
	}
	for _, m := range frMonths {
		seeds = append(seeds, "le 1er "+m.form+" 2024")
	}
	for _, m := range frYearMarkers {
		seeds = append(seeds, m.form+" 2027")
	}
	return seeds
}

// addSeeds adds the seed corpus to f.
func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
}

// groupThousands writes n with a space between groups of three digits.
func groupThousands(n int64, sep string) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func FuzzClean(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		out, m := Clean(s)
		if text := CleanText(s); text != out {
			t.Fatalf("CleanText(%q) = %q, want Clean's %q", s, text, out)
		}
		if again, _ := Clean(out); again != out {
			t.Fatalf("Clean not idempotent on %q: %q then %q", s, out, again)
		}
		if again := CleanText(out); again != out { // clean text: isClean's fast path
			t.Fatalf("CleanText not idempotent on %q: %q then %q", s, out, again)
		}
		if !utf8.ValidString(out) {
			t.Fatalf("Clean(%q) = %q, not UTF-8", s, out)
		}
		if strings.Contains(out, "  ") || strings.Contains(out, "\n\n\n") || strings.TrimSpace(out) != out {
			t.Fatalf("Clean(%q) = %q, white space not collapsed", s, out)
		}
		checkOffsetMap(t, s, out, m)
	})
}

func FuzzNumbers(f *testing.F) {
	addSeeds(f)
	// Figures whose value lies far from where they start (valueAhead).
	for _, s := range []string{"un peu plus de - 500", "de l'ordre de entre 3 et 4 millions", "aux alentours de $ 20 millions", "entre deux et trois cents", "de l’ordre d'un milliard"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Numbers(s)
		spans := make([]Span, len(got))
		for i, n := range got {
			spans[i] = n.Span
			checkSpans(t, s, spans[:i+1])
			if n.IsRange && n.Max < n.Value {
				t.Fatalf("Numbers(%q): range %v..%v", s, n.Value, n.Max)
			}
		}
		checkValueAhead(t, s)
	})
}

// checkValueAhead checks that scan, which tries a figure only where a
// value lies within reach (valueAhead), finds what trying one at every
// token that may start it finds.
func checkValueAhead(t *testing.T, s string) {
	sc := newScanner(s)
	got := sc.scan()
	var want []quantity
	for i := 0; i < len(sc.toks); i++ {
		if sc.toks[i].kind != tokNum && sc.flags[i]&flagQuantityStart == 0 {
			continue
		}
		if q, ok := sc.parseQuantity(i, false); ok {
			want = append(want, q)
			i = q.end - 1
		}
	}
	sc.impliedCurrencies(want)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("scan(%q) = %+v, want %+v", s, got, want)
	}
}

func FuzzParseNumber(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			return
		}
		// Invisible runes (soft hyphens, zero-width spaces) around the number
		// are ignored like white space.
		trimmed := strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || isInvisible(r) })
		if n.In(s) != trimmed {
			t.Fatalf("ParseNumber(%q) = %+v: span is not the trimmed input", s, n)
		}
		if n.IsInt && n.Int > 1e6 && n.Int < 1e15 {
			checkScaledRoundTrip(t, s, n.Int)
		}
		// A whole number survives formatting with any thousands separator.
		if n.IsInt && n.Int >= 0 && n.Int < 1e15 {
			for _, sep := range []string{" ", ".", "\u00a0", "\u202f"} {
				text := groupThousands(n.Int, sep)
				back, err := ParseNumber(text)
				if err != nil || !back.IsInt || back.Int != n.Int {
					t.Fatalf("ParseNumber(%q) = %+v, %v after ParseNumber(%q) = %d", text, back, err, s, n.Int)
				}
			}
		}
	})
}

// codeForm is a currency form of each code, for round trips.
var codeForm = map[string]string{"MAD": "DH", "EUR": "€", "USD": "$", "GBP": "£", "XOF": "FCFA", "CNY": "CNY", "CAD": "$ CA", "AUD": "$ AU"}

func FuzzAmounts(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := Amounts(s)
		spans := make([]Span, len(got))
		for i, m := range got {
			spans[i] = m.Span
			checkSpans(t, s, spans[:i+1])
			if s[m.Start:m.End] != m.Text || m.Value < 0 || (m.Max != 0 && m.Max < m.Value) || codeForm[m.Currency] == "" {
				t.Fatalf("Amounts(%q)[%d] = %+v", s, i, m)
			}
		}
	})
}

func FuzzParseMoney(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		if err != nil {
			return
		}
		if strings.TrimSpace(s) != m.Text {
			t.Fatalf("ParseMoney(%q) = %+v: span is not the trimmed input", s, m)
		}
		if m.Value >= 1e18 {
			return // 19 digits: beyond the 18 significant digits ParseMoney reads
		}
		text := groupThousands(m.Value, ".") + " " + codeForm[m.Currency]
		back, err := ParseMoney(text)
		if err != nil || back.Value != m.Value || back.Currency != m.Currency {
			t.Fatalf("ParseMoney(%q) = %+v, %v after ParseMoney(%q) = %+v", text, back, err, s, m)
		}
	})
}

func FuzzDates(f *testing.F) {
	addSeeds(f)
	ref := time.Date(2024, time.March, 14, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range []time.Time{{}, ref} {
			got := Dates(s, r)
			spans := make([]Span, len(got))
			for i, d := range got {
				spans[i] = d.Span
				checkSpans(t, s, spans[:i+1])
				if s[d.Start:d.End] != d.Text {
					t.Fatalf("Dates(%q): Text %q is not the span", s, d.Text)
				}
				if d.Resolved && d.Precision == PrecisionDay {
					tm := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
					if tm.Year() != d.Year || int(tm.Month()) != d.Month || tm.Day() != d.Day {
						t.Fatalf("Dates(%q) = %+v: not a calendar day", s, d)
					}
					checkDateRoundTrip(t, s, d)
				}
				if r.IsZero() && d.Relative && d.Resolved {
					t.Fatalf("Dates(%q) with no reference resolved %+v", s, d)
				}
			}
		}
	})
}

func FuzzYears(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := Years(s)
		spans := make([]Span, len(got))
		for i, y := range got {
			spans[i] = y.Span
			checkSpans(t, s, spans[:i+1])
			if y.Year < 1900 || y.Year > 2100 || y.Kind < YearPlain || y.Kind > YearAsOf ||
				!strings.HasSuffix(y.In(s), strconv.Itoa(y.Year)) {
				t.Fatalf("Years(%q)[%d] = %+v", s, i, y)
			}
		}
	})
}

// checkDateRoundTrip checks that the day d found in s reads back from its
// numeric spellings: dd/mm/yyyy, dd/mm/yy (years 1969–2068) and, against
// a reference in the same year, "le dd/mm".
func checkDateRoundTrip(t *testing.T, s string, d Date) {
	t.Helper()
	forms := []string{fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)}
	if d.Year >= 1969 && d.Year <= 2068 {
		forms = append(forms, fmt.Sprintf("%02d/%02d/%02d", d.Day, d.Month, d.Year%100))
	}
	ref := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	forms = append(forms, fmt.Sprintf("le %02d/%02d", d.Day, d.Month))
	for _, f := range forms {
		back := Dates(f, ref)
		if len(back) != 1 || back[0].Year != d.Year || back[0].Month != d.Month || back[0].Day != d.Day || back[0].Text != f {
			t.Fatalf("Dates(%q) = %+v after Dates(%q) found %+v", f, back, s, d)
		}
	}
}

// checkScaledRoundTrip checks that n, found in s, reads back when written
// with "millions" and a smaller part ("2690 millions 500 000") or a half
// ("3 millions et demi").
func checkScaledRoundTrip(t *testing.T, s string, n int64) {
	t.Helper()
	var text string
	switch rest := n % 1e6; {
	case rest == 5e5:
		text = fmt.Sprintf("%d millions et demi", n/1e6)
	case rest >= 1000:
		text = fmt.Sprintf("%d millions %s", n/1e6, groupThousands(rest, " "))
	default:
		return
	}
	back, err := ParseNumber(text)
	if err != nil || !back.IsInt || back.Int != n {
		t.Fatalf("ParseNumber(%q) = %+v, %v after ParseNumber(%q) = %d", text, back, err, s, n)
	}
}
