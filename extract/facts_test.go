package extract

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"veille/extract/parties"
	"veille/normalize"
)

// TestParseBytesFacts runs the whole of Parse on a plain-text article and
// checks the facts this package's stages find in it.
func TestParseBytesFacts(t *testing.T) {
	article := "Le ministère de l'Industrie et la société Orion Câblage ont signé, lundi à Rabat, une convention d'investissement.\n\n" +
		"Le projet, d'un montant de 420 millions de dirhams, devrait créer 1.800 emplois directs d'ici 2027, " +
		"en plus des 650 qu'Orion Câblage emploie actuellement à Kénitra.\n\n" +
		"Selon la fédération, le secteur emploie plus de 220 000 personnes.\n"
	rec, err := ParseBytes(context.Background(), []byte(article), WithPublished(time.Date(2024, 4, 30, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatalf("ParseBytes: %v", err)
	}
	kinds := map[int64]JobKind{}
	for _, j := range rec.Jobs {
		kinds[j.Count] = j.Kind
	}
	for count, kind := range map[int64]JobKind{1800: JobPledged, 650: JobExisting, 220000: JobStatistic} {
		if kinds[count] != kind {
			t.Errorf("job %d: kind %q, want %q (jobs %+v)", count, kinds[count], kind, rec.Jobs)
		}
	}
	if len(rec.Amounts) != 1 || rec.Amounts[0].Value != 420_000_000 || rec.Amounts[0].Kind != AmountInvestment {
		t.Errorf("amounts = %+v, want one investment of 420000000", rec.Amounts)
	}
	if len(rec.TargetYears) != 1 || rec.TargetYears[0].Year != 2027 {
		t.Errorf("target years = %+v, want [2027]", rec.TargetYears)
	}
	if len(rec.Agreements) != 1 {
		t.Fatalf("agreements = %+v, want one", rec.Agreements)
	}
	a := rec.Agreements[0]
	if a.Type != "convention d'investissement" || a.SignedOn == nil || *a.SignedOn != "2024-04-29" || a.Place == nil || *a.Place != "Rabat" {
		t.Errorf("agreement = %s, want convention d'investissement x1 on=2024-04-29 at=Rabat", agreementString(a))
	}
	if !rec.Relevant {
		t.Error("Relevant = false, want true")
	}
	for what, evs := range allEvidence(rec) {
		for _, ev := range evs {
			checkEvidence(t, rec.Text, what, ev)
		}
	}
}

// benchArticle is a realistic article body: agreements, pledges,
// head-counts, statistics, money, places and dates.
var benchArticle = strings.Repeat("Le ministère de l'Industrie et la société Orion Câblage ont signé, lundi à Rabat, en marge du Salon Industrie Expo, une convention d'investissement.\n\n"+
	"Le projet, d'un montant de 420 millions de dirhams, devrait créer 1.800 emplois directs et 3.000 indirects d'ici 2027, "+
	"en plus des 650 qu'Orion Câblage emploie actuellement à Kénitra. Implantée depuis 2003, la filiale a inauguré un site en 2021.\n\n"+
	"Selon la fédération, le secteur emploie plus de 220 000 personnes et a réalisé un chiffre d'affaires à l'export de 13 milliards de dirhams en 2021. "+
	"Le secteur a créé entre 2014 et 2018, 69.900 emplois, notamment à Tanger, Fès, Casablanca et Agadir.\n\n", 4)

// BenchmarkFacts runs the fact stages of this package (places, years,
// amounts, jobs, agreements, links, relevance) on a clean article body.
func BenchmarkFacts(b *testing.B) {
	text, _ := normalize.Clean(benchArticle)
	ref := time.Date(2024, 4, 30, 0, 0, 0, 0, time.UTC)
	parties := []testParty{{name: "Orion Câblage", kind: KindCompany}}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		rec := factsOf(text, ref, parties...)
		if len(rec.Jobs) == 0 {
			b.Fatal("no jobs found")
		}
	}
}

// TestParseLimits checks that WithMaxSize bounds both Parse, which reads at
// most one byte past the limit, and ParseBytes, and that a page within the
// limit still parses.
func TestParseLimits(t *testing.T) {
	page := []byte("La société a signé une convention d'investissement à Fès.\n")
	tests := []struct {
		name string
		max  int
		want error
	}{
		{"over the limit", len(page) - 1, ErrTooLarge},
		{"at the limit", len(page), nil},
	}
	for _, tt := range tests {
		_, err := Parse(context.Background(), bytes.NewReader(page), WithMaxSize(tt.max))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Parse error = %v, want %v", tt.name, err, tt.want)
		}
		_, err = ParseBytes(context.Background(), page, WithMaxSize(tt.max))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: ParseBytes error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestParseCancelled checks that Parse stops with the error of a context
// that is done, before or during the stages.
func TestParseCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	article := "La société Orion Câblage a signé une convention.\n\nElle créera 1.800 emplois d'ici 2027."
	_, err := ParseBytes(ctx, []byte(article))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("ParseBytes(cancelled) error = %v, want context.Canceled", err)
	}
	d := newDoc(article, "", time.Time{})
	if err := extractFacts(ctx, d, newRecord(), parties.Find); !errors.Is(err, context.Canceled) {
		t.Fatalf("extractFacts(cancelled) error = %v, want context.Canceled", err)
	}
}
