package parties

// nameTests are cases of TestFindParties on how a party's name is read:
// a known acronym that leads a longer name.
var nameTests = []struct {
	name        string
	text        string
	signatories []string
	actors      []string
}{
	{
		name: "a known acronym leading a name names the subsidiary, not the parent",
		text: "OCP Verdana, filiale du groupe OCP, et la société Atlas Agro ont signé une convention. Le texte a été signé par le directeur général d'OCP Verdana, Omar Tazi.",
		signatories: []string{
			"OCP Verdana [company party] role=filiale du groupe OCP org=OCP",
			"Atlas Agro [company party]",
			"Omar Tazi [person signed] role=directeur général d'OCP Verdana org=OCP Verdana",
		},
		actors: []string{"OCP [company mention]"},
	},
	{
		name: "a known acronym before a place stays the body",
		text: "Le CRI Souss-Massa a signé une convention avec la société Atlas Agro.",
		signatories: []string{
			"CRI [institution party]",
			"Atlas Agro [company party]",
		},
	},
}
