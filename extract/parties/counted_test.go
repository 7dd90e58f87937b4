package parties

import "testing"

// countedTests are cases of TestFindParties on the heads of a counted
// group of companies who sign for the companies the article lists.
var countedTests = []findCase{
	{
		name: "the heads of the three companies sign for the three listed",
		text: "La région de l'Oriental a signé trois conventions d'investissement. Les conventions ont été signées, côté public, par le président de la région, Omar Tazi, et côté privé par les dirigeants des trois entreprises. La première lie la région à la société Rif Agro. La deuxième concerne la société Nador Câbles. Enfin, la société Berkane Solar injectera 90 MDH dans une usine.",
		signatories: []string{
			"région de l'Oriental [government party]",
			"Omar Tazi [person signed] role=président de la région",
			"Rif Agro [company party]",
			"Nador Câbles [company party]",
			"Berkane Solar [company party]",
		},
	},
	{
		name: "the heads of four companies, three named: the pledger is left a mention",
		text: "La région de l'Oriental a signé quatre conventions d'investissement. Les conventions ont été signées, côté public, par le président de la région, Omar Tazi, et côté privé par les dirigeants des quatre entreprises. La première lie la région à la société Rif Agro. La deuxième concerne la société Nador Câbles. Enfin, la société Berkane Solar injectera 90 MDH dans une usine.",
		signatories: []string{
			"région de l'Oriental [government party]",
			"Omar Tazi [person signed] role=président de la région",
			"Rif Agro [company party]",
			"Nador Câbles [company party]",
		},
		actors: []string{"Berkane Solar [company mention]"},
	},
}

// TestPledgeVerbs checks each verb of commitmentWords added for pledges
// of money and head-count: the pledging company is the party of a signing
// that names none.
func TestPledgeVerbs(t *testing.T) {
	for _, tt := range []struct{ verb, rest string }{
		{"va injecter", "90 MDH dans une usine"},
		{"injectera", "90 MDH dans une usine"},
		{"injecteront", "90 MDH dans une usine"},
		{"emploiera", "300 personnes"},
		{"emploieront", "300 personnes"},
	} {
		subject := "La société Rif Agro"
		if tt.verb == "injecteront" || tt.verb == "emploieront" {
			subject = "Les sociétés Rif Agro et Nador Câbles"
		}
		wantPledgerParty(t, subject+" "+tt.verb+" "+tt.rest+".")
	}
}
