package parties

import (
	"context"
	"slices"
	"testing"
	"time"

	"veille/extract/text"
)

// TestPartyMentions checks the back-references that link ties figures
// with: civilities, same family names, role nouns, generic company nouns.
func TestPartyMentions(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "surface -> party", in text order, back-references only
	}{
		{
			name: "same family name told apart by civility",
			text: "Un protocole d'accord a été signé par Ghizlane Alaoui, ministre du Tourisme, et Hamid Alaoui, ministre de l'Agriculture. Mme Alaoui a salué le projet. M. Alaoui a rappelé les objectifs.",
			want: []string{"Mme Alaoui -> Ghizlane Alaoui", "M. Alaoui -> Hamid Alaoui"},
		},
		{
			name: "civility without a period and la ministre",
			text: "La convention a été signée par le ministre de l'Industrie, Karim Lahlou, et la ministre déléguée chargée du Commerce, Houda Bennani. M Lahlou a indiqué que le projet avance. Selon la ministre, la demande est forte.",
			want: []string{"M Lahlou -> Karim Lahlou", "la ministre -> Houda Bennani"},
		},
		{
			name: "la filiale, la société, celle-ci",
			text: "Un accord a été signé hier. Il s'agit de Nordica Services Maroc, filiale de Nordica Group. La filiale devrait créer 300 emplois. La société Zentek, quant à elle, ouvrira un site. Celle-ci emploiera 80 personnes.",
			want: []string{"La filiale -> Nordica Services Maroc", "Celle-ci -> Zentek"},
		},
		{
			name: "les deux ministères and le ministère",
			text: "Les ministères de l'Intérieur, ainsi que de la Santé, ont signé une convention. Les deux ministères ont publié un communiqué.",
			want: []string{"Les deux ministères -> ministère de l'Intérieur", "Les deux ministères -> ministère de la Santé"},
		},
		{
			name: "a civility before a compound family name, l'opérateur, le constructeur",
			text: "La ministre déléguée chargée du Numérique, Amal El Fassi Seghrouni, a signé un accord avec l'opérateur Telnet Maroc et le constructeur Voltis. Mme El Fassi Seghrouni a salué l'engagement de l'opérateur. Le constructeur investira 40 millions de dirhams.",
			want: []string{"El Fassi Seghrouni -> Amal El Fassi Seghrouni", "l'opérateur -> Telnet Maroc", "Le constructeur -> Voltis"},
		},
		{
			name: "a role with its complement picks the person with that role",
			text: "La convention a été signée par le ministre de l'Industrie, Karim Lahlou, et le ministre de l'Agriculture, Omar Radi. Le ministre de l'Industrie a salué un projet structurant.",
			want: []string{"Le ministre de l'Industrie -> Karim Lahlou"},
		},
		{
			name: "investor, promoter, producer and project holder refer back to the company",
			text: "La Région de l'Oriental a signé une convention avec la société Olivera. L'investisseur mobilisera 80 millions de dirhams. Le promoteur prévoit 200 emplois. Le producteur exportera vers l'Europe. Selon le porteur du projet, les travaux commencent en mai.",
			want: []string{"L'investisseur -> Olivera", "Le promoteur -> Olivera", "Le producteur -> Olivera", "le porteur du projet -> Olivera"},
		},
		{
			name: "industrial, supplier, start-up, retailer, maker and operator nouns",
			text: "Le ministère du Commerce a signé un accord avec la société Kapton. L'industriel ouvrira une usine. L'équipementier formera 50 techniciens. La start-up lèvera des fonds. L'enseigne recrutera 30 vendeurs. Le fabricant vise l'export. L'opérateur se dit confiant.",
			want: []string{"L'industriel -> Kapton", "L'équipementier -> Kapton", "La start-up -> Kapton", "L'enseigne -> Kapton", "Le fabricant -> Kapton", "L'opérateur -> Kapton"},
		},
		{
			name: "trade nouns refer back to the company",
			text: "Le ministère a signé un accord avec la société Lumitex. Le textilien ouvrira une usine. Le câblier recrutera 30 opérateurs. L'avionneur vise l'export. " +
				"Le logisticien livrera en mai. Le motoriste suivra.",
			want: []string{"Le textilien -> Lumitex", "Le câblier -> Lumitex", "L'avionneur -> Lumitex", "Le logisticien -> Lumitex", "Le motoriste -> Lumitex"},
		},
		{
			name: "a cooperative and a grouping refer back to theirs",
			text: "La coopérative Tadla Al Khair a inauguré son usine. La coopérative exporte. Le groupement Atlas Agri a signé. Le groupement recrutera.",
			want: []string{"La coopérative -> Tadla Al Khair", "Le groupement -> Atlas Agri"},
		},
		{
			name: "bare acronym after its long form",
			text: "L'Office national des aéroports (ONDA) a signé un accord avec la compagnie Aerolux. L'ONDA investira 90 millions de dirhams.",
			want: []string{"ONDA -> Office national des aéroports"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := text.New(tt.text, "", time.Time{})
			sig, act, ms, err := Find(context.Background(), d)
			if err != nil {
				t.Fatal(err)
			}
			named := map[string]bool{}
			for _, p := range append(sig, act...) {
				named[p.Evidence.Text] = true
			}
			got := []string{}
			for i, m := range ms {
				if i > 0 && ms[i-1].Start > m.Start {
					t.Errorf("mentions out of text order at %d", i)
				}
				surface := d.Text[m.Start:m.End]
				if surface != m.Name && !named[surface] && !isRepeat(ms[:i], surface) {
					got = append(got, surface+" -> "+m.Name)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("back-references of %q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// isRepeat reports whether a surface form was already seen as a mention.
func isRepeat(ms []Mention, surface string) bool {
	for _, m := range ms {
		if m.Name == surface {
			return true
		}
	}
	return false
}

// BenchmarkFindParties measures the party rules on a page-sized article
// built from the test sentences.
func BenchmarkFindParties(b *testing.B) {
	var page string
	for _, tt := range partiesTests {
		page += tt.text + "\n\n"
	}
	d := text.New(page, "", time.Time{})
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, _, err := Find(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAppendKeyWords checks that the words of a key are its tokens, split
// at the spaces or tokenised.
func TestAppendKeyWords(t *testing.T) {
	for _, tt := range []struct {
		key   string
		plain bool
	}{
		{"maroc telecom", true}, {"renault", true}, {"a b", true}, {"caisse de depot et de gestion", true},
		{"l'office national", false}, {"s.a.", false}, {" ocp", false}, {"ocp ", false}, {"a  b", false},
		{"2t", false}, {"tanger med 2", false}, {"eaux-forets", false}, {"", false}, {"sud-ouest aero", false},
	} {
		if got := plainKey(tt.key); got != tt.plain {
			t.Errorf("plainKey(%q) = %v, want %v", tt.key, got, tt.plain)
		}
		if got, want := appendKeyWords([]string{"x"}, tt.key), text.AppendTexts([]string{"x"}, tt.key); !slices.Equal(got, want) {
			t.Errorf("appendKeyWords(%q) = %q, want %q", tt.key, got, want)
		}
	}
}
