package parties

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"veille/extract/text"
)

// partyString renders a party for comparison: "Name [kind via]" then the
// role, organization and acronym when set.
func partyString(p Party) string {
	s := fmt.Sprintf("%s [%s %s]", p.Name, p.Kind, p.Via)
	if p.Role != nil {
		s += " role=" + *p.Role
	}
	if p.Organization != nil {
		s += " org=" + *p.Organization
	}
	if p.Acronym != nil {
		s += " acr=" + *p.Acronym
	}
	return s
}

// partyStrings renders parties with partyString.
func partyStrings(ps []Party) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, partyString(p))
	}
	return out
}

// findStrings finds the parties of the article in and returns its
// signatories and actors as partyStrings writes them.
func findStrings(t *testing.T, in string) (signatories, actors []string) {
	t.Helper()
	sig, act, _, err := Find(context.Background(), text.New(in, "", time.Time{}))
	if err != nil {
		t.Fatal(err)
	}
	return partyStrings(sig), partyStrings(act)
}

// findCase is a case of TestFindParties: an article in miniature and
// the signatories and actors it names, as partyStrings writes them.
type findCase struct {
	name        string
	text        string
	signatories []string
	actors      []string
}

// findCases are the cases of every table of TestFindParties; they seed
// FuzzParties as well.
var findCases = slices.Concat(partiesTests, pressTests, positionTests, countedTests, pledgeTests, nameTests, ordinalTests, stateTests)

// partiesTests are articles in miniature, written for these tests, with
// the signatories and actors they name.
var partiesTests = []findCase{
	{
		name: "role before the name, inner commas, enumeration after par",
		text: "La convention a été paraphée par le ministre délégué chargé du Budget, de la Fiscalité et de la Dette publique, Karim Benali, la ministre déléguée chargée de l'Emploi et des Compétences, Leila Amrani, et le directeur général du groupe Datalys, Marc Renaud.",
		signatories: []string{
			"Karim Benali [person signed] role=ministre délégué chargé du Budget, de la Fiscalité et de la Dette publique",
			"Leila Amrani [person signed] role=ministre déléguée chargée de l'Emploi et des Compétences",
			"Datalys [company party]",
			"Marc Renaud [person signed] role=directeur général du groupe Datalys org=Datalys",
		},
	},
	{
		name: "role after the name, et par",
		text: "L'accord a été signé par Samira Touzani, ministre de l'Énergie et des Mines, et par Omar Fettah, président de la société Atlasol.",
		signatories: []string{
			"Samira Touzani [person signed] role=ministre de l'Énergie et des Mines",
			"Omar Fettah [person signed] role=président de la société Atlasol org=Atlasol",
			"Atlasol [company party]",
		},
	},
	{
		name: "role and name without comma",
		text: "Le contrat, paraphé par le ministre délégué Amine Tazi et par la directrice générale de Nexora Maroc, Salma Idrissi, porte sur un centre de données.",
		signatories: []string{
			"Amine Tazi [person signed] role=ministre délégué",
			"Nexora Maroc [company party]",
			"Salma Idrissi [person signed] role=directrice générale de Nexora Maroc org=Nexora Maroc",
		},
	},
	{
		name: "subject of ont signé, a State and a described company",
		text: "Le Maroc et l'équipementier italien Ferroni Group ont signé jeudi à Rabat un accord pour une usine à Kénitra.",
		signatories: []string{
			"Maroc [government party]",
			"Ferroni Group [company party]",
		},
	},
	{
		name: "an incise between the auxiliary and the signing verb",
		text: "Le Crédit Agricole du Maroc et la Fédération interprofessionnelle des viandes rouges ont, pour leur part, signé une convention de partenariat.",
		signatories: []string{
			"Crédit Agricole du Maroc [company party]",
			"Fédération interprofessionnelle des viandes rouges [institution party]",
		},
	},
	{
		name:        "a project's aim after a body's name is not the body's",
		text:        "Un protocole d'accord a été paraphé avec le Groupement Chtouka Primeurs pour la construction à Biougra d'une station de conditionnement.",
		signatories: []string{"Groupement Chtouka Primeurs [institution party]"},
	},
	{
		name: "acronym pairing and a bare acronym",
		text: "Le ministère de l'Agriculture a signé une convention avec la Caisse de Dépôt et de Gestion (CDG). La CDG apportera 200 millions de dirhams.",
		signatories: []string{
			"ministère de l'Agriculture [government party]",
			"Caisse de Dépôt et de Gestion [institution party] acr=CDG",
		},
	},
	{
		name: "two ministries joined by ainsi que, then les deux ministères",
		text: "Les ministères de l'Économie et des Finances, ainsi que de l'Équipement et de l'Eau, ont signé une convention avec la société Hydrogest. Dans un communiqué, les deux ministères précisent le calendrier.",
		signatories: []string{
			"ministère de l'Économie et des Finances [government party]",
			"ministère de l'Équipement et de l'Eau [government party]",
			"Hydrogest [company party]",
		},
	},
	{
		name: "companies listed after avec les entreprises",
		text: "Le Conseil régional de Souss-Massa a signé trois conventions avec les entreprises Novatex SA, Atlas Wiring Morocco et Delta Consulting, en marge du forum.",
		signatories: []string{
			"Conseil régional de Souss-Massa [government party]",
			"Novatex SA [company party]",
			"Atlas Wiring Morocco [company party]",
			"Delta Consulting [company party]",
		},
	},
	{
		name: "subsidiary of a parent, named by Il s'agit de",
		text: "Deux conventions d'investissement ont été signées hier à Tanger. Il s'agit de Lumina Cables Maroc, filiale de Lumina Holding, et de Rifpack. La filiale devrait créer 400 emplois.",
		signatories: []string{
			"Lumina Cables Maroc [company party] role=filiale de Lumina Holding org=Lumina Holding",
			"Rifpack [company party]",
		},
		actors: []string{"Lumina Holding [company mention]"},
	},
	{
		name: "avec sa filiale: the subsidiary pledges, the group is its organization",
		text: "Un mémorandum d'entente a été signé lundi à Rabat. Le groupe Veltrix s'implantera à Oujda avec sa filiale Callnova, qui prévoit 600 emplois.",
		signatories: []string{
			"Callnova [company party] role=filiale du groupe Veltrix org=Veltrix",
		},
		actors: []string{"Veltrix [company mention]"},
	},
	{
		name: "a quoted person is an actor, the signing bodies are parties",
		text: "Le Maroc et le groupe Solvex ont signé un accord à Rabat. \"C'est un jalon\", a déclaré Nadia Bennis, directrice générale de Solvex.",
		signatories: []string{
			"Maroc [government party]",
			"Solvex [company party]",
		},
		actors: []string{"Nadia Bennis [person mention] role=directrice générale de Solvex org=Solvex"},
	},
	{
		name: "en présence de is not signing",
		text: "La convention a été signée par le président du Conseil régional de l'Oriental, Mustapha Idrissi, en présence du wali de la région, Youssef Karimi.",
		signatories: []string{
			"Mustapha Idrissi [person signed] role=président du Conseil régional de l'Oriental org=Conseil régional de l'Oriental",
		},
		actors: []string{"Conseil régional de l'Oriental [government mention]", "Youssef Karimi [person mention] role=wali de la région"},
	},
	{
		name: "presided, not signed",
		text: "La cérémonie s'est déroulée sous la présidence du chef du gouvernement, Aziz Benkirane. La convention a été signée par Rachid Tahiri, PDG de Sunvolt Energy.",
		signatories: []string{
			"Aziz Benkirane [person presided] role=chef du gouvernement",
			"Rachid Tahiri [person signed] role=PDG de Sunvolt Energy org=Sunvolt Energy",
			"Sunvolt Energy [company party]",
		},
	},
	{
		name: "entre X et Y after an agreement noun",
		text: "Une convention de partenariat a été conclue mardi entre l'Agence nationale des ports (ANP) et l'Université Ibn Tofail.",
		signatories: []string{
			"Agence nationale des ports [institution party] acr=ANP",
			"Université Ibn Tofail [institution party]",
		},
	},
	{
		name: "sentence-initial words are not names, no agreement means no signatories",
		text: "Selon Rachid Tahiri, le secteur recrute. Pour Nadia Lamrani, la demande progresse. Dans les villes de Fès et Meknès, les centres ouvriront en 2026.",
		actors: []string{
			"Rachid Tahiri [person mention]",
			"Nadia Lamrani [person mention]",
		},
	},
	{
		name: "places are not people, a company without agreement is an actor",
		text: "Le groupe Orbis a inauguré une usine à Kénitra, a indiqué son PDG, Luc Garnier, qui a visité Marrakech et Agadir.",
		actors: []string{
			"Orbis [company mention]",
			"Luc Garnier [person mention] role=PDG org=Orbis",
		},
	},
	{
		name: "a ministry signing with a cluster, bare acronym later",
		text: "Le ministère de la Jeunesse et de la Culture a signé un contrat-programme avec Rabat Gaming Cluster (RGC). Le RGC formera 500 jeunes.",
		signatories: []string{
			"ministère de la Jeunesse et de la Culture [government party]",
			"Rabat Gaming Cluster [institution party] acr=RGC",
		},
	},
	{
		name: "the person who signs and is quoted stays a signatory",
		text: "Le protocole a été signé par Hicham Berrada, directeur général de Cloudway. \"Nous recruterons\", a ajouté M. Berrada.",
		signatories: []string{
			"Hicham Berrada [person signed] role=directeur général de Cloudway org=Cloudway",
			"Cloudway [company party]",
		},
	},
	{
		name: "unknown names in a subject enumeration are companies",
		text: "Dans le cadre de ce programme, Telnova Maroc et Fibrex ont signé une convention avec l'Agence de développement du digital (ADD).",
		signatories: []string{
			"Telnova Maroc [company party]",
			"Fibrex [company party]",
			"Agence de développement du digital [institution party] acr=ADD",
		},
	},
	{
		name: "a ceremony presided by its subject, a role with ancien and a coordinated adjective",
		text: "Le ministre du Commerce, Adil Berrada, a présidé la signature d'un accord entre la société Gardena et Karim Saidi, ancien ministre de l'Économie sociale et solidaire.",
		signatories: []string{
			"Adil Berrada [person presided] role=ministre du Commerce",
			"Gardena [company party]",
			"Karim Saidi [person signed] role=ancien ministre de l'Économie sociale et solidaire",
		},
	},
	{
		name: "an event with an acronym is not a body; Il s'agit de after the parties",
		text: "Les deux parties ont signé l'accord en marge du Salon international de l'industrie (SIDI). Il s'agit du ministère de la Santé et de l'Office national de l'eau (ONEP).",
		signatories: []string{
			"ministère de la Santé [government party]",
			"Office national de l'eau [institution party] acr=ONEP",
		},
	},
	{
		name: "a nationality noun introduces a company; a past job figure is no pledge",
		text: "Le chinois Sunrise Motors a signé mardi une convention avec le ministère de l'Industrie. Le groupe Vantor, qui a créé 3 000 emplois depuis 2015, n'est pas concerné.",
		signatories: []string{
			"Sunrise Motors [company party]",
			"ministère de l'Industrie [government party]",
		},
		actors: []string{"Vantor [company mention]"},
	},
	{
		name: "civilities inside an enumeration after par",
		text: "Le contrat a été signé par M. Hamza Kettani, président de Solaris Maroc, et Mme Rim Tazi, directrice de l'Agence urbaine de Salé.",
		signatories: []string{
			"Hamza Kettani [person signed] role=président de Solaris Maroc org=Solaris Maroc",
			"Solaris Maroc [company party]",
			"Rim Tazi [person signed] role=directrice de l'Agence urbaine de Salé org=Agence urbaine de Salé",
		},
		actors: []string{"Agence urbaine de Salé [institution mention]"},
	},
	{
		name: "parties represented by their signatories, inside an entre enumeration",
		text: "L'accord a été signé entre l'État, représenté par la ministre de l'Énergie, Leila Berrada, et la société Helios Power, représentée par son directeur général, Tom Baker.",
		signatories: []string{
			"État [government party]",
			"Leila Berrada [person signed] role=ministre de l'Énergie",
			"Helios Power [company party]",
			"Tom Baker [person signed] role=directeur général org=Helios Power",
		},
	},
	{
		name: "a list of signatories; an English name with Bank is a company",
		text: "Huit conventions ont été signées à Tanger. Parmi les signataires figurent Marsa Bank of Commerce, Atlas Logistics et la Banque de Tanger.",
		signatories: []string{
			"Marsa Bank of Commerce [company party]",
			"Atlas Logistics [company party]",
			"Banque de Tanger [institution party]",
		},
	},
	{
		name: "a speaker with an unknown first name; a body name with pour",
		text: "Le projet avance bien, a déclaré Taoufiq Zemmouri, directeur général du Fonds Atlas pour l'innovation. Selon Yahyaoui Lkhider, les travaux débuteront en mai.",
		actors: []string{
			"Taoufiq Zemmouri [person mention] role=directeur général du Fonds Atlas pour l'innovation org=Fonds Atlas pour l'innovation",
			"Fonds Atlas pour l'innovation [institution mention]",
			"Yahyaoui Lkhider [person mention]",
		},
	},
	{
		name: "pledging companies are not parties when the signing names the company",
		text: "Le ministère de l'Industrie a signé une convention avec la société Rif Wiring. Dans la région, les constructeurs Novamot et Kelvia devraient créer 5 000 emplois d'ici 2030.",
		signatories: []string{
			"ministère de l'Industrie [government party]",
			"Rif Wiring [company party]",
		},
		actors: []string{"Novamot [company mention]", "Kelvia [company mention]"},
	},
	{
		name: "names with particles, hyphens and M'",
		text: "Selon Ursula von der Leyen, présidente de la Commission européenne, et Jean-Pierre Raffin, ancien Premier ministre, le projet est historique. Hassan Ait M'barek, directeur de l'usine, a confirmé.",
		actors: []string{
			"Ursula von der Leyen [person mention] role=présidente de la Commission européenne org=Commission européenne",
			"Commission européenne [institution mention]",
			"Jean-Pierre Raffin [person mention] role=ancien Premier ministre",
			"Hassan Ait M'barek [person mention] role=directeur de l'usine",
		},
	},
	{
		name:        "a capitalised place after a trigger's description is not a company",
		text:        "Le groupe implanté à Dakhla Atlantique depuis 2019 a signé une convention avec la société Sahel Énergie.",
		signatories: []string{"Sahel Énergie [company party]"},
	},
	{
		name: "inverted subject after Ont apposé leur signature; a federation signs through its president",
		text: "Quatre conventions ont été signées jeudi à Meknès. Ont apposé leur signature le ministre de la Pêche, Rachid Amrani, la ministre déléguée chargée de l'Artisanat, Salma Kettani, et le président de la FIMAP, Youssef Lahlou.",
		signatories: []string{
			"Rachid Amrani [person signed] role=ministre de la Pêche",
			"Salma Kettani [person signed] role=ministre déléguée chargée de l'Artisanat",
			"FIMAP [company party]",
			"Youssef Lahlou [person signed] role=président de la FIMAP org=FIMAP",
		},
	},
	{
		name: "inverted subject after Ont signé and its object",
		text: "Ont signé ce protocole d'accord, au siège de la wilaya, le wali de la région, Hamid Berrada, et la directrice générale de Solaria, Claire Dumas.",
		signatories: []string{
			"Hamid Berrada [person signed] role=wali de la région",
			"Solaria [company party]",
			"Claire Dumas [person signed] role=directrice générale de Solaria org=Solaria",
		},
	},
	{
		name: "ont apposé leur signature after the subject",
		text: "Le ministre de l'Eau, Nizar Alaoui, et le directeur général de la société Hydrova, Paul Girard, ont apposé leur signature au bas d'un contrat de dessalement.",
		signatories: []string{
			"Nizar Alaoui [person signed] role=ministre de l'Eau",
			"Hydrova [company party]",
			"Paul Girard [person signed] role=directeur général de la société Hydrova org=Hydrova",
		},
	},
	{
		name: "bodies that concluded or sealed an agreement are parties",
		text: "L'assureur Securis a conclu un partenariat avec la société Medinet. Quelques jours plus tôt, l'Office national des pêches et le groupe Marfish avaient scellé une convention.",
		signatories: []string{
			"Securis [company party]",
			"Medinet [company party]",
			"Office national des pêches [institution party]",
			"Marfish [company party]",
		},
	},
	{
		name: "a modal or recent past before the signing infinitive",
		text: "La société Nordwind et la Région de l'Oriental vont apposer leur signature sur une convention. La banque Crediwest et l'Agence Alpha viennent de signer un accord de financement.",
		signatories: []string{
			"Nordwind [company party]",
			"Région de l'Oriental [government party]",
			"Crediwest [company party]",
			"Agence Alpha [institution party]",
		},
	},
	{
		name: "d'une part, d'autre part and respectivement split the sides of a passive enumeration",
		text: "Les trois contrats ont été signés par la ministre du Tourisme, Houda Alami, d'une part, et respectivement par Yassine Berrada, PDG de Riadotel, et Sophie Marchand, directrice générale de Voyagia, d'autre part.",
		signatories: []string{
			"Houda Alami [person signed] role=ministre du Tourisme",
			"Yassine Berrada [person signed] role=PDG de Riadotel org=Riadotel",
			"Riadotel [company party]",
			"Sophie Marchand [person signed] role=directrice générale de Voyagia org=Voyagia",
			"Voyagia [company party]",
		},
	},
	{
		name: "entre X, d'une part, et Y, d'autre part",
		text: "Un accord-cadre a été conclu entre l'Université Hassan Ier, d'une part, et la société Biolab, d'autre part.",
		signatories: []string{
			"Université Hassan Ier [institution party]",
			"Biolab [company party]",
		},
	},
	{
		name: "capitalised roles: companies sign through their executives; a guest and his company stay actors",
		text: "Le contrat de location a été signé par M. Karim Lahrichi, Directeur Général de Atlantic Free Zones, et Mme Julie Perrin, Administratrice Déléguée du groupe Moveo, en présence de M. Hassan Tazi, Président du Directoire de Banque Atlas Invest.",
		signatories: []string{
			"Karim Lahrichi [person signed] role=Directeur Général de Atlantic Free Zones org=Atlantic Free Zones",
			"Atlantic Free Zones [company party]",
			"Julie Perrin [person signed] role=Administratrice Déléguée du groupe Moveo org=Moveo",
			"Moveo [company party]",
		},
		actors: []string{
			"Hassan Tazi [person mention] role=Président du Directoire de Banque Atlas Invest org=Banque Atlas Invest",
			"Banque Atlas Invest [institution mention]",
		},
	},
	{
		name: "a group signs through a subsidiary named after it",
		text: "Le groupe Ventura, à travers sa filiale Ventura Maroc, et le groupe Kobalt ont signé un contrat d'approvisionnement. M. Samir Haddou, Président du Directoire de Kobalt, a salué l'accord.",
		signatories: []string{
			"Ventura [company party]",
			"Ventura Maroc [company party] role=filiale du groupe Ventura org=Ventura",
			"Kobalt [company party]",
		},
		actors: []string{"Samir Haddou [person mention] role=Président du Directoire de Kobalt org=Kobalt"},
	},
	{
		name: "the body a signatory speaks for is no party when the parties are named",
		text: "Le Maroc et la société Vireo ont signé un accord. Il a été paraphé par Nabil Sefrioui, directeur de l'Agence du numérique, et par Anne Roux, présidente de Vireo.",
		signatories: []string{
			"Maroc [government party]",
			"Vireo [company party]",
			"Nabil Sefrioui [person signed] role=directeur de l'Agence du numérique org=Agence du numérique",
			"Anne Roux [person signed] role=présidente de Vireo org=Vireo",
		},
		actors: []string{"Agence du numérique [institution mention]"},
	},
	{
		name: "a parent group described by its nationality is an actor, not a party",
		text: "Solvena Maroc, filiale du groupe néerlandais Solvena Holding, et l'Agence du bassin hydraulique du Loukkos ont conclu un accord pour une station de conditionnement.",
		signatories: []string{
			"Solvena Maroc [company party] role=filiale du groupe néerlandais Solvena Holding org=Solvena Holding",
			"Agence du bassin hydraulique du Loukkos [institution party]",
		},
		actors: []string{"Solvena Holding [company mention]"},
	},
	{
		name: "a parent body with its acronym is an actor; a sector adjective does not cut the parent",
		text: "Tamwil Capital, filiale de la Banque de Financement Rural (BFR), et la société Agrivia ont signé une convention. La veille, Medistock, filiale du groupe pharmaceutique Kelvon Pharma, avait signé un contrat avec la Région de l'Oriental.",
		signatories: []string{
			"Tamwil Capital [company party] role=filiale de la Banque de Financement Rural (BFR) org=Banque de Financement Rural",
			"Agrivia [company party]",
			"Medistock [company party] role=filiale du groupe pharmaceutique Kelvon Pharma org=Kelvon Pharma",
			"Région de l'Oriental [government party]",
		},
		actors: []string{
			"Banque de Financement Rural [institution mention] acr=BFR",
			"Kelvon Pharma [company mention]",
		},
	},
	{
		name: "a subsidiary in parentheses or wholly owned, in an enumeration after avec",
		text: "L'Agence urbaine de Settat a signé un accord avec Petrolux Maroc (filiale à 51 % du pétrolier italien Petrolux SpA) et la société Granova. Nexwave, filiale à 100% du groupe coréen Nexwave Holdings, a conclu un contrat avec la Commune de Had Soualem.",
		signatories: []string{
			"Agence urbaine de Settat [institution party]",
			"Petrolux Maroc [company party] role=filiale à 51 % du pétrolier italien Petrolux SpA org=Petrolux SpA",
			"Granova [company party]",
			"Nexwave [company party] role=filiale à 100% du groupe coréen Nexwave Holdings org=Nexwave Holdings",
			"Commune de Had Soualem [government party]",
		},
		actors: []string{
			"Petrolux SpA [company mention]",
			"Nexwave Holdings [company mention]",
		},
	},
	{
		name: "une filiale in an apposition, inside an enumeration after avec",
		text: "Le port de Tanger Med a signé un contrat avec Navalis, une filiale du groupe grec Kostas Shipping, et la société Ferryline.",
		signatories: []string{
			"Navalis [company party] role=filiale du groupe grec Kostas Shipping org=Kostas Shipping",
			"Ferryline [company party]",
		},
		actors: []string{"Kostas Shipping [company mention]"},
	},
	{
		name: "counterparts of several agreements: lie ... à, concerne, porte sur, conclu avec",
		text: "Deux conventions et un mémorandum ont été signés jeudi à Agadir. La première convention lie l'Agence régionale d'exécution des projets du Souss à la société Ocealis. La seconde concerne le fabricant allemand Brenner Pumpen, qui ouvrira un atelier. Le mémorandum porte sur la société Dunavia. Un contrat lié à Sardex sera signé plus tard. Le dernier bilan de la société Portavia concerne l'export.",
		signatories: []string{
			"Agence régionale d'exécution des projets du Souss [institution party]",
			"Ocealis [company party]",
			"Brenner Pumpen [company party]",
			"Dunavia [company party]",
		},
		actors: []string{"Portavia [company mention]"},
	},
	{
		name: "long body names with de, des, du in a subject enumeration",
		text: "L'Office de commercialisation et d'exportation des produits agricoles (OCEPA), la Banque du Sud, le Crédit de l'Ouest et l'Union des coopératives agricoles Souss Massa ont signé mardi une convention de financement.",
		signatories: []string{
			"Office de commercialisation et d'exportation des produits agricoles [institution party] acr=OCEPA",
			"Banque du Sud [institution party]",
			"Crédit de l'Ouest [company party]",
			"Union des coopératives agricoles Souss Massa [institution party]",
		},
	},
	{
		name: "a body named with pour and complements after it, without acronym",
		text: "Le Fonds régional pour la promotion des métiers du cuir et de la maroquinerie et la Coopérative des tanneurs de Fès ont paraphé un accord.",
		signatories: []string{
			"Fonds régional pour la promotion des métiers du cuir et de la maroquinerie [institution party]",
			"Coopérative des tanneurs de Fès [institution party]",
		},
	},
	{
		name: "a company in a caption signs under the name of the signing sentence",
		text: "Nadia Berrada (Helvio Maroc) : « Le marché est prometteur. » Helvio, filiale du groupe suisse Helvio Industries, et la Commune de Berrechid ont signé une convention d'implantation.",
		signatories: []string{
			"Helvio [company party] role=filiale du groupe suisse Helvio Industries org=Helvio Industries",
			"Commune de Berrechid [government party]",
		},
		actors: []string{
			"Nadia Berrada [person mention] org=Helvio",
			"Helvio Industries [company mention]",
		},
	},
	{
		name: "a company after a speaker in an interview header is her organization, not a party",
		text: "Omar Fassi (Marjan Logistique) : « La demande ne faiblit pas. » La Région de l'Oriental et la société Transalp ont signé une convention d'investissement.",
		signatories: []string{
			"Région de l'Oriental [government party]",
			"Transalp [company party]",
		},
		actors: []string{
			"Omar Fassi [person mention] org=Marjan Logistique",
			"Marjan Logistique [company mention]",
		},
	},
	{
		name: "the company of a signatory is a party beside a named public body",
		text: "Le Conseil régional de l'Oriental a signé une convention d'investissement. Elle a été paraphée par le président du Conseil régional de l'Oriental, Driss Amrani, le directeur du CRI de l'Oriental, Youssef Kettani, et le directeur général de la société Ferrovia Parts, Marco Bellini.",
		signatories: []string{
			"Conseil régional de l'Oriental [government party]",
			"Driss Amrani [person signed] role=président du Conseil régional de l'Oriental org=Conseil régional de l'Oriental",
			"Youssef Kettani [person signed] role=directeur du CRI de l'Oriental org=CRI de l'Oriental",
			"Ferrovia Parts [company party]",
			"Marco Bellini [person signed] role=directeur général de la société Ferrovia Parts org=Ferrovia Parts",
		},
		actors: []string{"CRI de l'Oriental [institution mention] acr=CRI"},
	},
	{
		name: "no agreement: a concluded season and a leader are mentions",
		text: "Le club a conclu sa saison par un titre. Son président, Ali Bennani, a remercié M. Omar Kadiri, directeur général de Sportel.",
		actors: []string{
			"Ali Bennani [person mention] role=président",
			"Omar Kadiri [person mention] role=directeur général de Sportel org=Sportel",
			"Sportel [company mention]",
		},
	},
}

// TestFindParties checks the signatories and actors of each case.
func TestFindParties(t *testing.T) {
	for _, tt := range findCases {
		t.Run(tt.name, func(t *testing.T) {
			sig, act := findStrings(t, tt.text)
			if got, want := sig, orEmpty(tt.signatories); !slices.Equal(got, want) {
				t.Errorf("signatories of %q\n got %q\nwant %q", tt.text, got, want)
			}
			if got, want := act, orEmpty(tt.actors); !slices.Equal(got, want) {
				t.Errorf("actors of %q\n got %q\nwant %q", tt.text, got, want)
			}
		})
	}
}

// orEmpty returns s, or an empty slice for nil.
func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// TestFindCancelled checks that Find stops with the context's error.
func TestFindCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := text.New(partiesTests[0].text, "", time.Time{})
	if _, _, _, err := Find(ctx, d); !errors.Is(err, context.Canceled) {
		t.Fatalf("Find on a cancelled context: err = %v, want context.Canceled", err)
	}
}
