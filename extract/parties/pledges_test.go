package parties

import (
	"slices"
	"testing"
)

// pledgeTests are cases of TestFindParties on the companies that pledge
// a site, and on the counted group of companies they belong to.
var pledgeTests = []findCase{
	{
		name: "a company of the other side, named before the counted group, is not one of it",
		text: "La société Atlas Parks a signé trois contrats de location. Les contrats ont été signés par le directeur général d'Atlas Parks, Omar Tazi, et par les représentants des trois entreprises. Le premier est porté par le groupe Rif Agro. La société Nador Câbles injectera 90 MDH. Enfin, la société Berkane Solar y ouvrira un entrepôt, pour 20 MDH et 80 emplois.",
		signatories: []string{
			"Atlas Parks [company party]",
			"Omar Tazi [person signed] role=directeur général d'Atlas Parks org=Atlas Parks",
			"Rif Agro [company party]",
			"Nador Câbles [company party]",
			"Berkane Solar [company party]",
		},
	},
	{
		name: "the companies that will carry out or modernise a site pledge it",
		text: "Trois conventions ont été signées jeudi à Fès. Cèdre Resorts & Spa construira à Ifrane un hôtel (260 emplois), l'huilerie Olea Saïss modernisera ses installations d'El Hajeb pour 150 MDH et Sefrou Agro-Logistique réalisera à Sefrou une plateforme de 95 MDH.",
		signatories: []string{
			"Cèdre Resorts & Spa [company party]",
			"Olea Saïss [company party]",
			"Sefrou Agro-Logistique [company party]",
		},
	},
	{
		name: "a company described as working for a client is the one the counted signers sign for",
		text: "Les conventions ont été signées par le ministre, Moulay Hafid Elalamy, et par les dirigeants des deux sociétés. Le premier projet est celui du français Hexacomp Aerostructures, fabricant de panneaux pour Airbus et ses sous-traitants. Le groupe va y investir 75 millions d'euros, qui créera 550 emplois. Le second est porté par Sitas Engineering, qui créera 100 emplois.",
		signatories: []string{
			"Moulay Hafid Elalamy [person signed] role=ministre",
			"Hexacomp Aerostructures [company party]",
			"Sitas Engineering [company party]",
		},
	},
	{
		name:        "the company whose subcontractors invest does not pledge",
		text:        "Nous avons signé en février une convention avec le Conseil régional. Le secteur emploie six mille personnes à Khouribga, et les sous-traitants locaux de l'OCP sont de plus en plus nombreux à investir.",
		signatories: []string{"Conseil régional [government party]"},
		actors:      []string{"OCP [company mention]"},
	},
	{
		name:        "an operator whose name is not told does not pledge",
		text:        "Nous avons signé en février une convention avec le Conseil régional. La société Atlas Lait investit à Fès. Nous ne pouvons pas encore communiquer le nom de l'opérateur, mais le projet devrait créer 600 emplois.",
		signatories: []string{"Conseil régional [government party]"},
		actors:      []string{"Atlas Lait [company mention]"},
	},
	{
		name:   "an approval whose agreements will be signed later: the promoter is no party",
		text:   "La commission a approuvé douze conventions d'investissement. Parmi les projets figure une laiterie portée par la coopérative Al Baraka, qui devrait générer 400 postes. Les conventions seront signées dans les prochaines semaines.",
		actors: []string{"Al Baraka [company mention]"},
	},
	{
		name:   "an approval whose agreements will be signed later: the pledging company is no party",
		text:   "La commission a approuvé douze conventions d'investissement, qui seront signées avec les investisseurs. La société Rif Agro créera 300 emplois.",
		actors: []string{"Rif Agro [company mention]"},
	},
}

// TestSiteFutures checks each verb of siteFutures: a company that will
// set up a site with jobs is the party of a signing that names none.
func TestSiteFutures(t *testing.T) {
	for verb := range siteFutures {
		subject := "La société Rif Agro"
		if verb[len(verb)-1] == 't' {
			subject = "Les sociétés Rif Agro et Nador Câbles"
		}
		wantPledgerParty(t, subject+" y "+verb+" une usine, pour 40 MDH et 180 emplois.")
	}
}

// wantPledgerParty checks that Rif Agro, the company of the pledge, is a
// party of a signing whose sentence names only a minister.
func wantPledgerParty(t *testing.T, pledge string) {
	t.Helper()
	in := "La convention a été signée par le ministre de l'Industrie, Karim Alami. " + pledge
	if got, _ := findStrings(t, in); !slices.Contains(got, "Rif Agro [company party]") {
		t.Errorf("signatories of %q = %q, want Rif Agro a party", in, got)
	}
}
