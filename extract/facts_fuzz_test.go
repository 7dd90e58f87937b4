package extract

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"veille/extract/text"
	"veille/normalize"
)

// day parses an ISO date for the tests.
func day(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// testParty is a party the tests name, found in the text by its name.
type testParty struct {
	name string
	kind PartyKind
	refs []string // other forms that refer back to it ("la filiale")
	// actor: only named in the text, not a signatory.
	actor bool
}

// factsOf runs the fact stages over text as Parse does, with the given
// parties standing in for findParties, so that the tests of the facts do
// not depend on the party rules.
func factsOf(body string, ref time.Time, parties ...testParty) *Record {
	body, _ = normalize.Clean(body)
	rec := newRecord()
	rec.Text = body
	if err := extractFacts(context.Background(), newDoc(body, "", ref), rec, func(context.Context, *text.Doc) (sig, actors []Party, mentions []mention, err error) {
		sig, actors = []Party{}, []Party{}
		for _, p := range parties {
			if p.actor {
				actors = append(actors, Party{Name: p.name, Kind: p.kind, Via: ViaMention})
			} else {
				sig = append(sig, Party{Name: p.name, Kind: p.kind, Via: ViaParty})
			}
			for _, form := range append([]string{p.name}, p.refs...) {
				for at := 0; ; {
					i := strings.Index(body[at:], form)
					if i < 0 {
						break
					}
					mentions = append(mentions, mention{Name: p.name, Span: text.Span{Start: at + i, End: at + i + len(form)}})
					at += i + len(form)
				}
			}
		}
		sortMentions(mentions)
		return sig, actors, mentions, nil
	}); err != nil {
		panic(err) // a background context is never done
	}
	return rec
}

func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// checkEvidence reports evidence that does not point at its text.
func checkEvidence(t *testing.T, text string, what string, ev Evidence) {
	t.Helper()
	runes := []rune(text)
	if ev.Start < 0 || ev.End > len(runes) || ev.Start > ev.End {
		t.Errorf("%s: evidence [%d, %d) outside the text (%d runes)", what, ev.Start, ev.End, len(runes))
		return
	}
	if got := string(runes[ev.Start:ev.End]); got != ev.Text {
		t.Errorf("%s: text at [%d, %d) = %q, want evidence text %q", what, ev.Start, ev.End, got, ev.Text)
	}
	if !strings.Contains(ev.Sentence, ev.Text) {
		t.Errorf("%s: sentence %q does not hold %q", what, ev.Sentence, ev.Text)
	}
}

// allEvidence lists every evidence of a record with a label.
func allEvidence(rec *Record) map[string][]Evidence {
	out := map[string][]Evidence{}
	for _, p := range rec.Places {
		out["place "+p.Name] = append(out["place "+p.Name], p.Evidence)
	}
	for _, y := range rec.TargetYears {
		out["year"] = append(out["year"], y.Evidence)
	}
	for _, a := range rec.Amounts {
		out["amount"] = append(append(out["amount"], a.Evidence), a.Also...)
	}
	for _, j := range rec.Jobs {
		out["job"] = append(append(out["job"], j.Evidence), j.Also...)
	}
	for _, a := range rec.Agreements {
		out["agreement"] = append(out["agreement"], a.Evidence)
	}
	for _, c := range rec.Commitments {
		out["commitment"] = append(out["commitment"], c.Evidence...)
	}
	for _, p := range append(append([]Party{}, rec.Signatories...), rec.Actors...) {
		out["party "+p.Name] = append(out["party "+p.Name], p.Evidence)
	}
	return out
}

var fuzzSeeds = []string{
	"La société s'engage à créer 1.500 emplois directs et 3.000 indirects d'ici 2027 à Fès.",
	"Le secteur a créé entre 2014 et 2018, 42.300 emplois, pour un chiffre d'affaires de 9 milliards de dirhams en 2021.",
	"Ils ont signé hier, mardi à Rabat, trois protocoles d'accord en marge du salon « Africa Tech ».",
	"en plus des 800 qu'elle emploie actuellement, 65 millions de dirhams (MDH) d'investissement.",
	"Le premier protocole... le deuxième engagement… 2 conventions-cadres, MoU, l'accord de libre-échange.",
	"À Casanearshore, ce mercredi, 1 000 apprenants dont 734 diplômés, 72 % , 12 régions.",
	"",
	"1.",
	"Le 9 mars 2023, « »  « GITEX » lors du",
	"Le projet portera l'effectif de 600 à 1.100 salariés, contre 400 actuellement ; 100, 200 et 300 emplois.",
	"Lire aussi : 5 000 emplois à Dubaï\n\nRéactions des lecteurs (2)\n\nKarim, Nador : 10 000 postes !",
	"Le premier, porté par Alpha ; le second, respectivement 1 et 2 emplois, en créer 900, qu'elle compte recruter.",
	"Oujda, le 3 mars 2025 – Ils ont signé le lundi 2 mars 2025 une charte ; à fin 2023, 40 sociétés employaient 9 000 personnes.",
	"Le groupe compte 9.500 collaborateurs, dont 2.100 au Maroc, et porte à 2.500 le nombre de salariés ; entre 50 et 300 dirhams.",
	"Les signataires tablent sur 6.500 emplois au Rabat Technopolis, parmi lesquels 900 à Tanger Automotive City.",
	"FèsShore et TangerMed, près de Melloussa, seront prêts en 2027 d'ici le Mondial 2030 ; budgets prévus pour 2026.",
	"la société A à Fès (420 MDH, 600 emplois) et un hôtel (180 MDH, 140 emplois), tandis que Nord Mode prévoit 400 emplois. Enfin, Zed, qui",
	"Cnexia créera 300 emplois durant les travaux. La mise en service de cette usine est prévue pour 2027, puis 2.000 à terme (",
}

// FuzzFacts runs every fact stage over arbitrary text: no panic, and every
// evidence points at its own text inside the record's text.
func FuzzFacts(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	ref := time.Date(2024, 4, 30, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		rec := factsOf(s, ref, testParty{name: "Cnexia", kind: KindCompany, refs: []string{"la filiale"}})
		for what, evs := range allEvidence(rec) {
			for _, ev := range evs {
				checkEvidence(t, rec.Text, what, ev)
			}
		}
	})
}
