package parties

import (
	"strings"
	"testing"
)

// nameTests are cases of TestFindParties on how a party's name is read:
// a known acronym that leads a longer name, a place's name after its
// place noun.
var nameTests = []findCase{
	{
		name: "an investor from a region is not named after it",
		text: "Un complexe hôtelier de 320 chambres est porté par un investisseur du Golfe, pour 780 MDH.",
	},
	{
		name: "the territory of a body right after its acronym, then the next party",
		text: "Un protocole signé entre le Centre régional d'investissement (CRI) Souss-Massa et la société Souss Greenhouse Tech concerne une usine.",
		signatories: []string{
			"Centre régional d'investissement [institution party] acr=CRI", "Souss Greenhouse Tech [company party]",
		},
	},
	{
		name:        "a business park in a list of parties names the company that runs it",
		text:        "Une convention a été conclue entre le ministère de l'Industrie, Tanger Med Zones et Kabeltec Systems.",
		signatories: []string{"ministère de l'Industrie [government party]", "Tanger Med Zones [company party]", "Kabeltec Systems [company party]"},
	},
	{
		name: "a business park alone after a party cue is a place",
		text: "Une convention a été signée à Rabat. Le trafic a été porté par Tanger Med, qui a traité 8,6 millions de conteneurs.",
	},
	{
		name: "a trade noun introduces a company's name",
		text: "Trois projets se détachent. Le textilien Lumitex étend son site de Fès, et le câblier Kabeltec ouvre une usine à Tanger. " +
			"Le logisticien Nordalia, le papetier Cartonor, le plasturgiste Plastima et le motoriste Turbel suivent, " +
			"avec le manufacturier Kortex et le pneumaticien Rolvia.",
		actors: []string{"Lumitex [company mention]", "Kabeltec [company mention]", "Nordalia [company mention]",
			"Cartonor [company mention]", "Plastima [company mention]", "Turbel [company mention]",
			"Kortex [company mention]", "Rolvia [company mention]"},
	},
	{
		name:        "a city after a locative, then d', is the place of the company named after it",
		text:        "Le ministère a signé trois conventions. La troisième porte sur l'implantation à Taza d'Orvance BPO, avec 350 postes à la clé.",
		signatories: []string{"Orvance BPO [company party]"},
	},
	{
		name: "a partner named after 'son partenaire' is a company of the list",
		text: "Un protocole a été signé jeudi entre le constructeur Kestrel Motors, son partenaire marocain Atlas Mobility Holding et le ministère de l'Industrie.",
		signatories: []string{
			"Kestrel Motors [company party]",
			"Atlas Mobility Holding [company party]",
			"ministère de l'Industrie [government party]",
		},
	},
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
		name:        "a body's name stops before the period an agreement covers",
		text:        "Un avenant au contrat-programme a été conclu entre l'État et la Région pour la période 2020-2026.",
		signatories: []string{"État [government party]"},
	},
	{
		name:        "a plan named after its noun is no company",
		text:        "Un mémorandum d'entente a été signé mercredi à Rabat avec Kaliane Digital. La feuille de route Maroc Digital 2030 ambitionne de porter ce nombre à 270.000 emplois à l'horizon 2030.",
		signatories: []string{"Kaliane Digital [company party]"},
	},
	{
		name: "a name a trigger describes after it, in an apposition",
		text: "Des conventions ont été signées avec l'Etat. Le dernier projet est celui de Siegecor, fabricant de coiffes de sièges, qui table sur 1.100 emplois.",
		signatories: []string{
			"Etat [government party]",
			"Siegecor [company party]",
		},
	},
	{
		name: "the shareholders of a joint venture are not the subject that signs",
		text: "Le consortium NordWind Hydrogen, coentreprise entre l'énergéticien allemand Hanseatic Energie et le développeur danois Skagen Power, a signé jeudi à Rabat un mémorandum d'entente avec le ministère de la Transition énergétique.",
		signatories: []string{
			"NordWind Hydrogen [company party]",
			"ministère de la Transition énergétique [government party]",
		},
		actors: []string{"Hanseatic Energie [company mention]", "Skagen Power [company mention]"},
	},
	{
		name: "an abbreviated legal form keeps its dot",
		text: "Un mémorandum d'entente a été signé entre l'Etat et la société américaine Cobalt Engines Inc., portant sur un centre de maintenance.",
		signatories: []string{
			"Etat [government party]",
			"Cobalt Engines Inc. [company party]",
		},
	},
	{
		name: "a known acronym before its region stays the body, named with it",
		text: "Le CRI Souss-Massa a signé une convention avec la société Atlas Agro.",
		signatories: []string{
			"CRI Souss-Massa [institution party] acr=CRI",
			"Atlas Agro [company party]",
		},
	},
	{
		name: "a company's first word names it again once it is named in full",
		text: "L'École des mines de Rabat a signé une convention avec Oryx Nearshore Services. Le DG d'Oryx, Karim Sebti, a signé pour l'entreprise.",
		signatories: []string{
			"École des mines de Rabat [institution party]",
			"Oryx Nearshore Services [company party]",
			"Karim Sebti [person signed] role=DG d'Oryx org=Oryx Nearshore Services",
		},
	},
	{
		name: "a group named by the first word of its subsidiary stays the group",
		text: "Oryx Nearshore Services, filiale du groupe Oryx, a signé une convention avec l'École des mines de Rabat.",
		signatories: []string{
			"Oryx Nearshore Services [company party] role=filiale du groupe Oryx org=Oryx",
			"École des mines de Rabat [institution party]",
		},
		actors: []string{"Oryx [company mention]"},
	},
	{
		name: "a name after a place noun names a place, not a company",
		text: "Le fabricant allemand Nordhaus Solar va construire une usine au Parc Atlas Green Tech. Une convention a été signée entre le ministère de l'Industrie et l'industriel.",
		signatories: []string{
			"Nordhaus Solar [company party]",
			"ministère de l'Industrie [government party]",
		},
	},
}

// TestSiteNouns checks each noun of siteNouns: the name it heads, with a
// company word in it, is no company.
func TestSiteNouns(t *testing.T) {
	for noun := range siteNouns {
		site := strings.ToUpper(noun[:1]) + noun[1:] + " Atlas Green Tech"
		in := "La société Nordhaus Solar va construire une usine. Elle sera située au " + site + "."
		_, act := findStrings(t, in)
		for _, p := range act {
			if strings.Contains(p, "Green Tech") {
				t.Errorf("actors of %q = %q, want no company in %q", in, act, site)
			}
		}
	}
}
