package normalize

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestScanTextMatchesScanners(t *testing.T) {
	for _, s := range []string{
		"",
		"Le groupe investira 1,5 milliard de dirhams d'ici 2027 et créera 2.400 emplois, signé hier, mercredi 5 février 2025.",
		"Entre 2014 et 2020, le secteur a créé plus de 30 000 postes ; à fin juin 2023, l'usine comptait 900 salariés.",
		"Tanger, le 6 février 2025 – entre 50 et 300 DH par mois, dont 20 % pour 2000 dirhams, depuis 2003.",
		"Rendez-vous le 12 courant, ou lundi prochain, avant 2030 : 15/04/2025, 2024-04-15, mars 2024.",
		// Places read from the lexing as from the text: elisions, dashes,
		// line breaks, invisible and modifier-letter runes, digits glued to
		// letters, marks with nothing before them.
		"L'usine de Tanger Automotive City, à Casablanca-Settat et au Grand Casablanca ; Tanger\nAutomotive City.",
		"Casa\u00adblanca, Tanger\rAutomotive City, Tanger \u2013 Automotive City, d'Agadir, Laʼayoune, 8Marrakech, \u0301Fès, ٣Rabat٣ Salé.",
	} {
		got := ScanText(s)
		want := Scan{Numbers: Numbers(s), Amounts: Amounts(s), Years: Years(s), Dates: Dates(s, time.Time{}), Places: Places(s)}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("ScanText(%q)\ngot  %+v\nwant %+v", s, got, want)
		}
	}
}

func TestScanTextArticle(t *testing.T) {
	got := ScanText(frArticle)
	want := Scan{Numbers: Numbers(frArticle), Amounts: Amounts(frArticle), Years: Years(frArticle), Dates: Dates(frArticle, time.Time{}), Places: Places(frArticle)}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ScanText of the benchmark article differs from the five scanners")
	}
}

// TestElidedForms checks each row of elidedForms: the elided word before an
// apostrophe takes its full form as its key.
func TestElidedForms(t *testing.T) {
	for short, full := range elidedForms {
		toks := Lex(short + "’x")
		if len(toks) != 3 || toks[0].key != full {
			t.Errorf("Lex(%q’x): first key %q, want %q (%+v)", short, toks[0].key, full, toks)
		}
	}
	if toks := Lex("Le x"); toks[0].key != "le" {
		t.Errorf("a word before no apostrophe keeps its form: %q", toks[0].key)
	}
}

// TestMonth checks every row of the month table through Month, and the
// forms the press writes them in.
func TestMonth(t *testing.T) {
	for _, m := range frMonths {
		for _, form := range []string{m.form, strings.ToUpper(m.form), Fold(m.form)} {
			if got, ok := Month(form); !ok || got != m.month {
				t.Errorf("Month(%q) = %d, %v, want %d", form, got, ok, m.month)
			}
		}
	}
	for _, w := range []string{"", "lundi", "marsx", "2024"} {
		if got, ok := Month(w); ok {
			t.Errorf("Month(%q) = %d, want none", w, got)
		}
	}
}

// TestScanTokens checks that scanning the tokens of Lex finds what
// ScanText finds, and the accessors of Token.
func TestScanTokens(t *testing.T) {
	s := "Le groupe investira 1,5 milliard de dirhams d’ici 2027 et créera 2.400 emplois,\nsigné hier, mercredi 5 février 2025."
	toks := Lex(s)
	if got, want := ScanTokens(s, toks), ScanText(s); !reflect.DeepEqual(got, want) {
		t.Errorf("ScanTokens = %+v\nScanText = %+v", got, want)
	}
	var words, numbers, breaks int
	for _, tok := range toks {
		switch {
		case tok.IsWord():
			words++
		case tok.IsNumber():
			numbers++
		case tok.IsLineBreak():
			breaks++
		}
		if sp := tok.Span(); sp.Start >= sp.End || sp.End > len(s) {
			t.Errorf("token span %+v outside the text", sp)
		}
	}
	if words != 15 || numbers != 7 || breaks != 1 {
		t.Errorf("%d words, %d numbers, %d line breaks; want 15, 7, 1", words, numbers, breaks)
	}
}

// TestKeySet checks that a KeySet holds every key added, turns away most
// others, and that a nil set holds nothing.
func TestKeySet(t *testing.T) {
	var set KeySet
	keys := []string{"millions", "dirhams", "mdh", "janvier", "fin", "%", "d'ici", "é"}
	for _, k := range keys {
		set.Add(k)
	}
	for _, k := range keys {
		if !set.Has(k) {
			t.Errorf("Has(%q) = false after Add", k)
		}
	}
	passed := 0
	words := strings.Fields("le groupe a annoncé la création de nouveaux emplois dans la région de tanger en 2026 avec ses partenaires")
	for _, w := range words {
		if set.Has(w) {
			passed++
		}
	}
	if passed*4 > len(words) {
		t.Errorf("%d of %d other words pass the set", passed, len(words))
	}
	var none *KeySet
	if none.Has("millions") {
		t.Error("a nil set holds a key")
	}
}

// TestScannerReuse reads texts of different lengths with one Scanner, in
// an order where a long piece comes before short ones (stale scratch would
// show), and compares each with a fresh ScanRange.
func TestScannerReuse(t *testing.T) {
	texts := []string{
		frArticle,
		"Le groupe investira 1,5 milliard de dirhams d'ici 2027 et créera 2.400 emplois à Tanger.",
		"",
		"Entre 2014 et 2020, 30 000 postes ; code G20, 05 22 48 76 00, 15/04/2025 à Casablanca.",
		"Tanger",
	}
	var x Scanner
	for _, s := range texts {
		toks := Lex(s)
		got, want := x.Range(s, 0, len(s), toks), ScanRange(s, 0, len(s), toks)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Scanner.Range(%.40q) = %+v\nScanRange = %+v", s, got, want)
		}
	}
}

// TestScannerAppend reads the lines of a text one after the other into one
// Scan, as a caller reading a text by pieces does, and compares each list
// with those of ScanRange on each line, one after the other.
func TestScannerAppend(t *testing.T) {
	s := frArticle + "\nLe groupe investira 1,5 milliard de dirhams d'ici 2027 à Tanger.\n\nEntre 2014 et 2020, 30 000 postes le 15/04/2025 à Casablanca.\n"
	var x Scanner
	var got, want Scan
	for lo := 0; lo < len(s); {
		hi := lo + strings.IndexByte(s[lo:], '\n') + 1
		toks := LexRange(nil, s, lo, hi)
		x.Append(&got, s, lo, hi, toks)
		one := ScanRange(s, lo, hi, toks)
		want.Numbers = append(want.Numbers, one.Numbers...)
		want.Amounts = append(want.Amounts, one.Amounts...)
		want.Years = append(want.Years, one.Years...)
		want.Dates = append(want.Dates, one.Dates...)
		want.Places = append(want.Places, one.Places...)
		lo = hi
	}
	if len(want.Numbers) == 0 || len(want.Amounts) < 2 || len(want.Years) == 0 || len(want.Dates) == 0 || len(want.Places) < 2 {
		t.Fatalf("the text finds too little to test: %+v", want)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Scanner.Append line by line = %+v\nScanRange of each line = %+v", got, want)
	}
}
