package extract

import (
	"slices"
	"testing"
)

// TestLinkSentencePerParagraph: in a text written a sentence a paragraph,
// a new paragraph carries the subject as a new sentence does.
func TestLinkSentencePerParagraph(t *testing.T) {
	company := func(name string) testParty { return testParty{name: name, kind: KindCompany} }
	parties := []testParty{company("Alpha Logistique"), company("Beta Foods")}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a sentence a paragraph: the subject is carried",
			"Alpha Logistique a signé une convention pour une plateforme à Tanger.\n\n" +
				"Beta Foods a signé une autre convention, pour une unité à Agadir.\n\n" +
				"Beta Foods a également scellé un accord pour une activité de conditionnement.\n\n" +
				"Le montant mobilisé ? 270 millions de dirhams et 168 emplois créés.",
			[]string{"Beta Foods 168"}},
		{"paragraphs of several sentences: the subject is not carried",
			"Alpha Logistique a signé une convention pour une plateforme à Tanger. Son directeur a salué le partenariat.\n\n" +
				"Beta Foods a signé une autre convention, pour une unité à Agadir. La cérémonie s'est tenue à Rabat.\n\n" +
				"Le projet créera 300 emplois d'ici 2027. Les travaux débuteront en janvier.",
			[]string{"- 300 y=2027"}},
	}
	for _, tt := range tests {
		rec := factsOf(tt.text, day(t, "2024-04-30"), parties...)
		var got []string
		for _, c := range rec.Commitments {
			got = append(got, commitmentString(c))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: commitments %q, want %q", tt.name, got, tt.want)
		}
	}
}
