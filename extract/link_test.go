package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"veille/extract/text"
)

// commitmentString is a compact form of a commitment for the tables:
// "partner jobs [y=year] [at=place] [mad=amount]".
func commitmentString(c Commitment) string {
	s := "-"
	if c.Partner != nil {
		s = *c.Partner
	}
	if c.Jobs != nil {
		s += fmt.Sprintf(" %d", *c.Jobs)
	}
	if c.Year != nil {
		s += fmt.Sprintf(" y=%d", *c.Year)
	}
	if c.Place != nil {
		s += " at=" + *c.Place
	}
	if c.AmountMAD != nil {
		s += fmt.Sprintf(" mad=%d", *c.AmountMAD)
	}
	return s
}

// company is a company partner of a link case, with the forms that refer
// back to it.
func company(name string, refs ...string) testParty {
	return testParty{name: name, kind: KindCompany, refs: refs}
}

// linkCase is an article in miniature, its partners, and the commitments
// that tie its figures to them, as commitmentString writes them.
type linkCase struct {
	name    string
	text    string
	parties []testParty
	want    []string
}

func TestLink(t *testing.T) {
	runLinkCases(t, []linkCase{
		{"by order of the enumeration",
			"Le ministère a signé hier trois protocoles d'accord avec Alpha Conseil, Beta Systems et Gamma Services. " +
				"Le premier partenariat porte sur un centre d'expertise. Ce projet vise à créer 120 emplois directs d'ici 2029. " +
				"Le deuxième protocole concerne la région de Casablanca-Settat. Cette coopération permettra de générer 640 emplois d'ici 2029. " +
				"Le troisième engagement porte sur un centre d'appels à Oujda. Ce projet vise à créer 210 emplois d'ici 2028.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems"), company("Gamma Services")},
			[]string{"Alpha Conseil 120 y=2029", "Beta Systems 640 y=2029", "Gamma Services 210 y=2028 at=Oujda"}},
		{"by sentence, with an existing head-count and a parent company",
			"À Meknès, la société Delta Relation Client, filiale de Omega Holding, s'engage à créer 900 emplois, en plus des 400 qu'elle emploie actuellement.",
			[]testParty{company("Delta Relation Client"), company("Omega Holding")},
			[]string{"Delta Relation Client 900 at=Meknès"}},
		{"shared subject in the next sentence",
			"Il s'agit d'abord de Sigma Data Maroc, filiale d'un groupe japonais. La filiale devrait créer à terme 700 emplois.",
			[]testParty{company("Sigma Data Maroc", "La filiale")},
			[]string{"Sigma Data Maroc 700"}},
		{"subject carried without a back-reference",
			"Kappa Textile a signé une convention d'investissement. Le projet devrait générer 350 emplois d'ici 2027.",
			[]testParty{company("Kappa Textile"), company("Lambda Mode")},
			[]string{"Kappa Textile 350 y=2027"}},
		{"a reference back opening the sentence after one naming several",
			"Un contrat a été signé entre Kappa Textile et le groupe Lambda Mode. Ce groupe va construire une usine avec la création de 400 postes d'ici 2027.",
			[]testParty{company("Kappa Textile"), company("Lambda Mode", "Ce groupe")},
			[]string{"Lambda Mode 400 y=2027"}},
		{"a reference back after a sentence naming one institution is no subject",
			"La convention a été signée avec l'Agence Sigma. Le groupe Kappa Textile prévoit 100 emplois. Les autorités ont salué l'accord. Le groupe créera 300 emplois.",
			[]testParty{company("Kappa Textile", "Le groupe"), {name: "Agence Sigma", kind: KindInstitution}},
			[]string{"Kappa Textile 100", "Kappa Textile 300"}},
		{"a pledge in the first person is the company of the article",
			"Nexa Relation Client emploie 2.300 salariés. Sa directrice détaille ses plans. Le vivier est saturé. Les salaires montent. " +
				"Le turnover dépasse 35%. « Nous allons recruter 600 personnes d'ici fin 2026. » Un autre projet prévoit 900 emplois d'ici 2027.",
			[]testParty{{name: "Nexa Relation Client", kind: KindCompany, actor: true}},
			[]string{"- 900 y=2027", "Nexa Relation Client 600 y=2026"}},
		{"the first person after a speaker the parties did not name",
			"Nexa Relation Client emploie 2.300 salariés. Sa directrice détaille ses plans. Le vivier est saturé. Les salaires montent. " +
				"Le turnover dépasse 35%. Karima Slaoui : Nous avons ouvert à Oujda en 2022. Au niveau national, nous prévoyons 900 recrutements d'ici fin 2025.",
			[]testParty{{name: "Nexa Relation Client", kind: KindCompany, actor: true}},
			[]string{"Nexa Relation Client 900 y=2025"}},
		{"a zone as the subject after a long opening adverbial",
			"Le groupe Tissmar a signé une convention et créera 300 emplois. Sur une superficie de 150 hectares, la zone devrait générer quelque 4.000 emplois d'ici 2030.",
			[]testParty{company("Tissmar")},
			[]string{"- 4000 y=2030", "Tissmar 300"}},
		{"an indefinite pronoun is no company the parties missed",
			"Le ministère a signé avec Kappa Textile. Certains projettent jusqu'à 25.000 emplois dans la filière d'ici 2030.",
			[]testParty{company("Kappa Textile")},
			[]string{"- 25000 y=2030"}},
		{"a reference back to the company beside an institution",
			"Sertec Ingénierie s'installe à Rabat. Un mémorandum d'entente a été signé lundi entre le ministère, l'Agence Sigma et l'entreprise, qui prévoit de recruter 650 ingénieurs d'ici 2028.",
			[]testParty{company("Sertec Ingénierie", "l'entreprise"), {name: "Agence Sigma", kind: KindInstitution}},
			[]string{"Sertec Ingénierie 650 y=2028"}},
		{"a counted group of investors is no one partner",
			"Deux investisseurs étrangers y ont officialisé des projets représentant ensemble plus de 2.700 emplois. " +
				"Le Conseil régional et le groupe Alpha Logistique ont signé un mémorandum d'entente. La plateforme permettra la création de 900 emplois.",
			[]testParty{company("Alpha Logistique")},
			[]string{"Alpha Logistique 900"}},
		{"a company named beside the partners as a subject",
			"Le Conseil régional et le groupe Alpha Logistique ont signé un mémorandum d'entente. La plateforme permettra la création de 900 emplois. " +
				"Le groupe turc Beta Tekstil y investira 350 millions de dirhams. Le site devrait employer, à terme, 1.800 personnes.",
			[]testParty{company("Alpha Logistique"), {name: "Beta Tekstil", kind: KindCompany, actor: true}},
			[]string{"Alpha Logistique 900", "Beta Tekstil 1800 mad=350000000"}},
		{"respectively",
			"Alpha Conseil, Beta Systems et Gamma Services créeront respectivement 100, 200 et 300 emplois.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems"), company("Gamma Services")},
			[]string{"Alpha Conseil 100", "Beta Systems 200", "Gamma Services 300"}},
		{"total without partner, with its amount",
			"Pas moins de 2 400 emplois devraient être créés d'ici 2026 pour un investissement de 310 MDH. " +
				"Alpha Conseil créera 1 400 emplois. Beta Systems s'engage à créer 1 000 emplois.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems")},
			[]string{"- 2400 y=2026 mad=310000000", "Alpha Conseil 1400", "Beta Systems 1000"}},
		{"the only company of the article",
			"Le ministère et Zeta Energy ont signé un avenant. Sur le plan social, le chantier mobilisera 1 500 emplois, puis 200 emplois permanents d'ici 2030.",
			[]testParty{company("Zeta Energy")},
			[]string{"Zeta Energy 1500", "Zeta Energy 200 y=2030"}},
		{"elided ordinal noun, and a partner the parties missed",
			"Le ministre a présidé la signature de huit conventions d'investissement qui devraient générer 4.650 emplois. " +
				"Le premier projet, porté par Atlas Composites, prévoit 900 emplois à Tanger. Le second, porté par une PME, prévoit 1.100 emplois d'ici 2027.",
			[]testParty{company("Atlas Composites")},
			[]string{"Atlas Composites 900 at=Tanger", "- 1100 y=2027"}},
		{"the place of the signing is not the place of the jobs",
			"Omega Services a signé lundi à Rabat une convention pour créer 300 emplois d'ici 2026 à Rabat et à Salé.",
			[]testParty{company("Omega Services")},
			[]string{"Omega Services 300 y=2026 at=Salé"}},
		{"a figure said first in the lede and then with its partner",
			"Près de 400 postes seront créés d'ici 2027.\n\nLe ministère et Nubio Soft ont signé un accord-cadre et un mémorandum d'entente. " +
				"Le groupe espagnol ouvrira un centre. Près de 400 postes y seront créés d'ici 2027.",
			[]testParty{company("Nubio Soft")},
			[]string{"Nubio Soft 400 y=2027"}},
		{"the subject carried over expires",
			"Trois conventions ont été signées, dont une avec Kappa Textile. Kappa Textile ouvrira une usine. Le site sera moderne. " +
				"Il sera raccordé au port. La région attire des investisseurs. Les zones industrielles devraient créer 5 000 emplois d'ici 2030.",
			[]testParty{company("Kappa Textile"), company("Lambda Mode")},
			[]string{"- 5000 y=2030"}},
		{"the signatories together are not one partner",
			"Alpha Conseil et Beta Systems ont signé une convention-cadre à Rabat. Les signataires tablent sur 6.500 emplois d'ici 2030.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems")},
			[]string{"- 6500 y=2030"}},
		{"a bank that lends is not the investor",
			"Une convention d'investissement a été signée avec Sigma Agro. Elle associe aussi la Banque Atlas, qui apportera le crédit. Les travaux dureront deux ans. Sur le plan social, le projet devrait créer 300 emplois d'ici 2027.",
			[]testParty{company("Sigma Agro"), company("Banque Atlas")},
			[]string{"Sigma Agro 300 y=2027"}},
		{"the signatories together, a bank among them, are not one partner",
			"Sigma Agro et la Banque Atlas ont signé une convention-cadre. Selon les signataires, le projet créera 600 emplois d'ici 2028.",
			[]testParty{company("Sigma Agro"), company("Banque Atlas")},
			[]string{"- 600 y=2028"}},
		{"the agreement of several partners is not one of them",
			"Alpha Conseil a signé avec Beta Systems et Gamma Services un protocole d'accord. Alpha Conseil mènera les travaux. La convention permettra de créer 1.800 emplois d'ici 2028.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems"), company("Gamma Services")},
			[]string{"- 1800 y=2028"}},
		{"the partners in the same sentence as one of them",
			"Le protocole signé avec Alpha Conseil et Beta Systems prévoit que les partenaires créeront 700 emplois d'ici 2027.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems")},
			[]string{"- 700 y=2027"}},
		{"one partner's agreement stays its own",
			"Kappa Textile a signé une convention d'investissement. La convention permettra de créer 450 emplois d'ici 2027.",
			[]testParty{company("Kappa Textile")},
			[]string{"Kappa Textile 450 y=2027"}},
		{"the subject of a paragraph opened by its city",
			"Trois conventions ont été signées avec Alpha Conseil, Beta Systems et Gamma Services.\n\n" +
				"À Meknès, Beta Systems va ouvrir une unité de câblage. Le projet, dont les travaux débuteront en juin, prévoit la création de 720 emplois.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems"), company("Gamma Services")},
			[]string{"Beta Systems 720 at=Meknès"}},
		{"an ordinal's sentence names its company, whatever the order listed",
			"L'agence régionale a signé trois mémorandums avec Alpha Conseil, Beta Systems et Gamma Services. " +
				"Le premier mémorandum lie l'agence régionale à Gamma Services, qui ouvrira un atelier. Le projet devrait générer 500 emplois d'ici 2026. " +
				"Le deuxième concerne une plateforme logistique, avec 320 postes à la clé. " +
				"Le troisième mémorandum prévoit 90 emplois d'ici 2028.",
			[]testParty{{name: "L'agence régionale", kind: KindInstitution}, company("Alpha Conseil"), company("Beta Systems"), company("Gamma Services")},
			[]string{"Gamma Services 500 y=2026", "Alpha Conseil 320", "Beta Systems 90 y=2028"}},
		{"Enfin after ordinals is the next rank",
			"Le ministère a signé trois conventions avec Alpha Conseil, Beta Systems et Gamma Services. " +
				"La première convention prévoit 100 emplois. La deuxième convention prévoit 200 emplois. " +
				"Enfin, le projet de l'usine prévoit 300 emplois d'ici 2027.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems"), company("Gamma Services")},
			[]string{"Alpha Conseil 100", "Beta Systems 200", "Gamma Services 300 y=2027"}},
		{"a role noun stands for the company its mention resolves",
			"Le ministère, Sigma Bank et Omega Motors ont signé un accord. Le promoteur annonce 600 emplois directs à l'horizon 2028.",
			[]testParty{company("Sigma Bank"), company("Omega Motors", "Le promoteur")},
			[]string{"Omega Motors 600 y=2028"}},
		{"a role noun no mention resolves stands for the company that invests",
			"Sigma Bank et Omega Motors ont signé un accord. Omega Motors investira 900 millions de dirhams dans une usine. " +
				"Sigma Bank en assurera le financement. " +
				"L'industriel annonce par ailleurs 400 emplois d'ici 2027.",
			[]testParty{company("Sigma Bank"), company("Omega Motors")},
			[]string{"Omega Motors 400 y=2027 mad=900000000"}},
		{"an institution is the partner of the figure in its own clause",
			"Omega Motors et l'ANAPEC ont signé une convention. Omega Motors recrutera 300 techniciens d'ici 2026. L'ANAPEC s'engage à atteindre 2 500 recrutements d'ici 2027.",
			[]testParty{company("Omega Motors"), {name: "ANAPEC", kind: KindInstitution}},
			[]string{"Omega Motors 300 y=2026", "ANAPEC 2500 y=2027"}},
		{"the office that signs every convention is not one of the ranks",
			"Des conventions ont été signées par l'Office des zones avec Sigma Aero et d'autres opérateurs. La première convention a été conclue avec Sigma Aero, qui créera 80 emplois. " +
				"La deuxième convention concerne une PME de Fès. Elle prévoit la création de 45 emplois.",
			[]testParty{{name: "Office des zones", kind: KindInstitution}, company("Sigma Aero")},
			[]string{"Sigma Aero 80"}},
		{"the developer of the zone is not the investor",
			"Zeta Parcs et Omicron Aero ont signé un accord de cession de terrain. Le site, aménagé par Zeta Parcs, accueillera l'atelier. " +
				"Il emploiera 350 personnes.",
			[]testParty{company("Zeta Parcs"), company("Omicron Aero")},
			[]string{"Omicron Aero 350"}},
		{"a zone's developer named as a party",
			"La convention a été signée entre Atlas Free Zone et Omicron Aero. Le projet s'étendra sur 12 hectares et créera 800 emplois d'ici 2027.",
			[]testParty{company("Atlas Free Zone"), company("Omicron Aero")},
			[]string{"Omicron Aero 800 y=2027"}},
		{"a company named as the place of a site",
			"Omicron Aero a signé un accord avec le ministère. Il a précisé que l'usine sera située au niveau de la future cité Kappa Tech. Elle générera 900 emplois.",
			[]testParty{company("Omicron Aero"), company("Kappa Tech")},
			[]string{"Omicron Aero 900"}},
		{"a site set up by a company",
			"Le site implanté à Kénitra par le groupe Omicron Aero emploiera 350 personnes d'ici 2027.",
			[]testParty{company("Omicron Aero"), company("Kappa Tech")},
			[]string{"Omicron Aero 350 y=2027 at=Kénitra"}},
		{"the source of a statement is not the subject",
			"Alpha Conseil et Beta Systems ont signé un accord. Le site sera opérationnel en 2026, selon un communiqué de Beta Systems. Il créera 420 emplois.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems")},
			nil},
		{"each item of a list names its own partner",
			"Trois contrats ont été signés :\n- Contrat avec Delta Motors pour 600 emplois.\n- Contrat avec Sigma Aero pour 200 emplois.\n" +
				"- Contrats portant sur 5 projets textiles totalisant 1.300 emplois.",
			[]testParty{company("Delta Motors"), company("Sigma Aero")},
			[]string{"Delta Motors 600", "Sigma Aero 200"}},
		{"a deadline said with another figure is not this one's",
			"Les projets d'Omega Motors, qui permettront 2 000 emplois à l'horizon 2028, portent sur une usine et la création de 800 emplois directs.",
			[]testParty{company("Omega Motors")},
			[]string{"Omega Motors 2000 y=2028", "Omega Motors 800"}},
		{"a deadline that opens the sentence",
			"D'ici 2028, Omega Motors créera 2 000 emplois à Kénitra et 800 emplois à Tanger.",
			[]testParty{company("Omega Motors")},
			[]string{"Omega Motors 2000 y=2028", "Omega Motors 800 y=2028"}},
		{"a list of pledges of one company",
			"Omega Motors s'engage à :\n- créer 600 emplois directs ;\n- former 300 techniciens.",
			[]testParty{company("Omega Motors")},
			[]string{"Omega Motors 600"}},
		{"a joint pledge of two companies",
			"Le ministère a signé des contrats avec Alpha Conseil, Beta Systems et Gamma Services. Par ailleurs, 900 autres postes seront créés par les sociétés Beta Systems et Gamma Services.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems"), company("Gamma Services")},
			[]string{"Beta Systems, Gamma Services 900"}},
		{"a joint subject of two companies",
			"Hier, Beta Systems et Gamma Services se sont engagés à créer 300 emplois à Oujda.",
			[]testParty{company("Beta Systems"), company("Gamma Services")},
			[]string{"Beta Systems, Gamma Services 300 at=Oujda"}},
		{"a list of three is no joint pledge",
			"Alpha Conseil, Beta Systems et Gamma Services créeront ensemble 2 000 emplois d'ici 2028.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems"), company("Gamma Services")},
			[]string{"- 2000 y=2028"}},
		{"companies named before the subject",
			"Après Alpha Conseil et Beta Systems, Gamma Services créera 300 emplois.",
			[]testParty{company("Alpha Conseil"), company("Beta Systems"), company("Gamma Services")},
			[]string{"Gamma Services 300"}},
		{"figures in brackets after each company",
			"Les conventions concernent Alpha Conseil (220 emplois), Beta Systems (140) et Gamma Services (95).",
			[]testParty{company("Alpha Conseil"), company("Beta Systems"), company("Gamma Services")},
			[]string{"Alpha Conseil 220", "Beta Systems 140", "Gamma Services 95"}},
		{"a figure in brackets after a name the parties missed",
			"Les conventions concernent Alpha Conseil (220 emplois), Zorba Industries (140 emplois) et Gamma Services (95 emplois).",
			[]testParty{company("Alpha Conseil"), company("Gamma Services")},
			[]string{"Alpha Conseil 220", "Gamma Services 95"}},
		{"each bracket of an enumeration belongs to the head of its item",
			"Parmi les dossiers retenus figurent une conserverie portée par la société Marinor à Safi (210 MDH, 450 emplois), " +
				"une fonderie du groupe Ferrovia à Jorf Lasfar (500 MDH, 800 emplois) et une résidence touristique à Essaouira (90 MDH, 60 emplois).",
			[]testParty{company("Marinor"), company("Ferrovia")},
			[]string{"Marinor 450", "Ferrovia 800"}},
		{"a bracket with no figure ends no item",
			"Kappa Textile et l'Agence de développement (ADS) construiront une usine à Fès (300 emplois).",
			[]testParty{company("Kappa Textile"), {name: "Agence de développement", kind: KindInstitution}},
			[]string{"Kappa Textile 300 at=Fès"}},
		{"a name the parties missed before the first bracket",
			"Kappa Textile a signé une convention. Une autre unité est celle de Zorba Industries (140 emplois).",
			[]testParty{company("Kappa Textile")},
			nil},
		{"figures in brackets after cities",
			"Alpha Conseil créera 1 000 emplois : Fès (300 emplois) et Meknès (700 emplois).",
			[]testParty{company("Alpha Conseil")},
			[]string{"Alpha Conseil 1000", "Alpha Conseil 300", "Alpha Conseil 700"}},
		{"a ministry and a company are no joint pledge",
			"Le ministère et Gamma Services se sont engagés à créer 300 emplois.",
			[]testParty{{name: "ministère", kind: KindGovernment}, company("Gamma Services")},
			[]string{"Gamma Services 300"}},
		{"a joint venture's partner is not the subject",
			"Vega Mode a inauguré deux unités à Tanger. La première est une joint-venture avec le groupe Kappa Textile. Elle a nécessité 90 MDH pour 110 emplois.",
			[]testParty{company("Vega Mode"), company("Kappa Textile")},
			[]string{"Vega Mode 110"}},
		{"a company the parties missed opens the clause: its figures are its own",
			"Kappa Textile a signé une convention pour 480 emplois. Dans la teinture, Zorbatex investira 30 MDH et créera 120 emplois.",
			[]testParty{company("Kappa Textile")},
			[]string{"Kappa Textile 480", "Zorbatex 120 mad=30000000"}},
		{"a city or a person opening the clause keeps the subject",
			"Kappa Textile a signé une convention. À terme, Fès accueillira l'usine. Selon lui, Karim Alaoui sera directeur. Le site créera 480 emplois.",
			[]testParty{company("Kappa Textile"), {name: "Karim Alaoui", kind: KindPerson}},
			[]string{"Kappa Textile 480"}},
		{"a public company beside the investor is not the partner",
			"L'Agence nationale des routes et le groupe Vertilux ont signé une convention à Safi. Le programme créera 300 emplois d'ici 2028.",
			[]testParty{company("Agence nationale des routes"), company("Vertilux")},
			[]string{"Vertilux 300 y=2028"}},
		{"a regional office and a cooperative group sign: the group invests",
			"L'Office régional de mise en valeur agricole, le ministère et Palmeraie Dattes ont signé une convention. Il est prévu 210 emplois.",
			[]testParty{company("Office régional de mise en valeur agricole"), {name: "ministère", kind: KindGovernment}, company("Palmeraie Dattes")},
			[]string{"Palmeraie Dattes 210"}},
		{"the one company partner, named after the pledge",
			"Une convention d'investissement a été signée lundi à Dakhla. Le projet devrait permettre la création de 500 emplois. La convention a été paraphée par le directeur du CRI et le président de la société Sahel Fish.",
			[]testParty{company("Sahel Fish")},
			[]string{"Sahel Fish 500"}},
		{"a federation's members are no one partner",
			"La Fédération des minoteries et la société Sirius Foods ont signé une convention. Les entreprises membres de la fédération s'engagent à créer 400 emplois d'ici 2027.",
			[]testParty{company("Fédération des minoteries"), company("Sirius Foods")},
			[]string{"- 400 y=2027"}},
		{"a counted group of projects is no one partner",
			"Trois conventions ont été signées à Dakhla avec les sociétés Sahel Fish et Atlantic Pêche. Au total, les trois projets devraient générer 1.500 emplois directs d'ici 2027.",
			[]testParty{company("Sahel Fish"), company("Atlantic Pêche")},
			[]string{"- 1500 y=2027"}},
		{"a counted group of one company's projects is its own",
			"La société Costa Hoteles a signé trois conventions. Ces trois projets devraient générer 600 emplois directs d'ici 2027.",
			[]testParty{company("Costa Hoteles")},
			[]string{"Costa Hoteles 600 y=2027"}},
		{"a zone as the subject is no one partner",
			"La société Atlas Froid a signé une convention pour la zone logistique. À terme, la zone devrait générer 3.000 emplois d'ici 2030. L'ensemble de la zone emploiera 4.000 personnes en 2032.",
			[]testParty{company("Atlas Froid")},
			[]string{"- 3000 y=2030", "- 4000 y=2032"}},
		{"a zone in a complement leaves the figure to the company",
			"La société Atlas Froid construira une unité dans la zone d'Agadir pour 188 MDH et la création de 3000 emplois d'ici 2027.",
			[]testParty{company("Atlas Froid")},
			[]string{"Atlas Froid 3000 y=2027 at=Agadir"}},
		{"a bank alone is no investor",
			"Le ministère et le Crédit Agricole du Maroc ont signé une convention. Elle vise les petites exploitations. Cinq régions sont concernées. " +
				"Les pompes seront solaires. Selon les projections, le programme permettra de créer 3.500 emplois d'ici 2027.",
			[]testParty{company("Crédit Agricole du Maroc")},
			[]string{"- 3500 y=2027"}},
		{"the subcontractors' jobs are no one partner's",
			"La société Oriental Mines a signé une convention. Elle recrutera 450 personnes d'ici 2028. Les sous-traitants devraient de leur côté créer 1.200 emplois indirects d'ici 2028.",
			[]testParty{company("Oriental Mines")},
			[]string{"- 1200 y=2028", "Oriental Mines 450 y=2028"}},
		{"a federation alone is no investor",
			"La Fédération des minoteries a signé une convention. Le programme créera 400 emplois d'ici 2027.",
			[]testParty{company("Fédération des minoteries")},
			[]string{"- 400 y=2027"}},
		{"a contrast opens a clause on a company the parties missed",
			"Omega Câbles créera 900 emplois d'ici 2027, tandis que Sirocco Textiles prévoit 300 emplois d'ici 2026.",
			[]testParty{company("Omega Câbles")},
			[]string{"Omega Câbles 900 y=2027", "Sirocco Textiles 300 y=2026"}},
		{"a contrast between two partners",
			"Omega Câbles créera 900 emplois, alors que Sirocco Textiles prévoit 300 emplois.",
			[]testParty{company("Omega Câbles"), company("Sirocco Textiles")},
			[]string{"Omega Câbles 900", "Sirocco Textiles 300"}},
		{"a contrast on a common noun leaves the figure alone",
			"Omega Câbles créera 900 emplois d'ici 2027, tandis que le second site prévoit 300 emplois d'ici 2026.",
			[]testParty{company("Omega Câbles")},
			[]string{"Omega Câbles 900 y=2027", "- 300 y=2026"}},
		{"a contrast on a phase of the project keeps the subject",
			"Omega Câbles a signé une convention. Le chantier mobilisera 900 ouvriers, tandis que l'exploitation devrait générer 300 emplois d'ici 2029.",
			[]testParty{company("Omega Câbles")},
			[]string{"Omega Câbles 900", "Omega Câbles 300 y=2029"}},
		{"a contrast on a pronoun keeps the subject",
			"Omega Câbles créera 900 emplois à Kénitra en 2025, tandis qu'elle créera 300 emplois à Fès d'ici 2026.",
			[]testParty{company("Omega Câbles")},
			[]string{"Omega Câbles 900 y=2025", "Omega Câbles 300 y=2026"}},
		{"a connective does not hide an unknown subject with its relative clause",
			"Kappa Textile a signé une convention d'investissement. Enfin, Lumina Optics Maroc, qui emploie 120 personnes, recrutera 200 personnes d'ici 2027.",
			[]testParty{company("Kappa Textile")},
			[]string{"Lumina Optics Maroc 200 y=2027"}},
		{"an unknown company opening a sentence stops the subject carried over",
			"Kappa Textile a signé une convention d'investissement. Borealis Pack créera 150 emplois d'ici 2027.",
			[]testParty{company("Kappa Textile")},
			[]string{"Borealis Pack 150 y=2027"}},
		{"a short form of the partner's name opens the sentence",
			"Kappa Textile Maroc a signé une convention d'investissement. Kappa, qui emploie 300 personnes, créera 150 emplois.",
			[]testParty{company("Kappa Textile Maroc")},
			[]string{"Kappa Textile Maroc 150"}},
		{"an ordinal's sentence names a company the signatories miss",
			"Le gouvernement a conclu deux accords. Le premier, un mémorandum signé par le directeur du groupe Borealis Wind, porte sur un parc éolien. " +
				"Le projet créera 300 emplois d'ici 2029. Le second accord est une convention avec la société Helio Sud. Elle créera 90 emplois.",
			[]testParty{{name: "gouvernement", kind: KindGovernment}, company("Helio Sud"), {name: "Borealis Wind", kind: KindCompany, actor: true}},
			[]string{"Borealis Wind 300 y=2029", "Helio Sud 90"}},
		{"a list of signers from two companies is about neither",
			"La convention a été paraphée par le directeur de Delta Logistique et par le président de Sirius Foods. Le projet créera 260 emplois d'ici 2028.",
			[]testParty{company("Delta Logistique"), company("Sirius Foods")},
			[]string{"- 260 y=2028"}},
		{"the company that opens a sentence is its subject",
			"Le groupe Delta Logistique a signé une convention avec Sirius Foods. Le projet créera 260 emplois d'ici 2028.",
			[]testParty{company("Delta Logistique"), company("Sirius Foods")},
			[]string{"Delta Logistique 260 y=2028"}},
		{"with two investors, the subject is not carried into the next paragraph",
			"Alpha Logistique a signé une convention pour une plateforme à Tanger. Beta Foods a signé une autre convention, pour une unité à Agadir.\n\n" +
				"Le projet créera 300 emplois d'ici 2027.",
			[]testParty{company("Alpha Logistique"), company("Beta Foods")},
			[]string{"- 300 y=2027"}},
		{"with two investors, the subject is carried within its paragraph",
			"Alpha Logistique a signé une convention pour une plateforme à Tanger.\n\nBeta Foods a signé une autre convention, pour une unité à Agadir. " +
				"Le projet créera 300 emplois d'ici 2027.",
			[]testParty{company("Alpha Logistique"), company("Beta Foods")},
			[]string{"Beta Foods 300 y=2027 at=Agadir"}},
		{"a name that opens a clause without a verb of plans is no partner",
			"Kappa Textile a signé une convention d'investissement. Dans le Souss, Agrinova inaugure un site de 150 emplois d'ici 2027.",
			[]testParty{company("Kappa Textile")},
			[]string{"- 150 y=2027"}},
		{"a person named with a title is no company and keeps the subject",
			"Kappa Textile a signé une convention d'investissement. Enfin, Mme Bennani prévoit 150 emplois d'ici 2027 dans la région.",
			[]testParty{company("Kappa Textile")},
			[]string{"Kappa Textile 150 y=2027"}},
		{"a subject set by 'quant à' and taken up by a pronoun",
			"Kappa Textile créera 300 emplois d'ici 2026. Quant à Orion Bois, elle prévoit 150 emplois d'ici 2028.",
			[]testParty{company("Kappa Textile")},
			[]string{"Kappa Textile 300 y=2026", "Orion Bois 150 y=2028"}},
	})
}

// runLinkCases checks the commitments of each case, and their evidence.
func runLinkCases(t *testing.T, tests []linkCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := factsOf(tt.text, day(t, "2024-04-30"), tt.parties...)
			var got []string
			for _, c := range rec.Commitments {
				got = append(got, commitmentString(c))
				for _, ev := range c.Evidence {
					checkEvidence(t, rec.Text, "commitment", ev)
				}
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("commitments of %q\ngot  %s\nwant %s", tt.text, strings.Join(got, "; "), strings.Join(want, "; "))
			}
		})
	}
}

func TestLinkExistingAndStatistics(t *testing.T) {
	rec := factsOf("À Fès, Delta Relation Client s'engage à créer 900 emplois, en plus des 400 qu'elle emploie actuellement. "+
		"Selon la fédération, le secteur emploie plus de 90 000 personnes.",
		day(t, "2024-04-30"), testParty{name: "Delta Relation Client", kind: KindCompany})
	want := map[int64]string{900: "Delta Relation Client Fès", 400: "Delta Relation Client Fès", 90000: "- -"}
	for _, j := range rec.Jobs {
		got := "-"
		if j.Company != nil {
			got = *j.Company
		}
		if j.Place != nil {
			got += " " + *j.Place
		} else {
			got += " -"
		}
		if got != want[j.Count] {
			t.Errorf("job %d (%s): company and place %q, want %q", j.Count, j.Kind, got, want[j.Count])
		}
	}
	if len(rec.Commitments) != 1 {
		t.Errorf("got %d commitments, want 1 (the pledge only): %+v", len(rec.Commitments), rec.Commitments)
	}
}

func TestLinkNeverPersonOrMinistry(t *testing.T) {
	rec := factsOf("Le ministre Karim Alaoui a annoncé que le ministère de l'Industrie créera 500 emplois d'ici 2027.",
		day(t, "2024-04-30"),
		testParty{name: "Karim Alaoui", kind: KindPerson},
		testParty{name: "ministère de l'Industrie", kind: KindGovernment})
	for _, j := range rec.Jobs {
		if j.Company != nil {
			t.Errorf("job %d tied to %q, want no company", j.Count, *j.Company)
		}
	}
}

func TestLinkAttributed(t *testing.T) {
	rec := factsOf("Pas moins de 2 400 emplois seront créés d'ici 2026. Il s'agit de 1 400 emplois pour la nouvelle usine de Alpha Conseil, à Fès, "+
		"et de 1 000 emplois pour l'atelier de Beta Systems, à Meknès.", day(t, "2024-04-30"),
		testParty{name: "Alpha Conseil", kind: KindCompany}, testParty{name: "Beta Systems", kind: KindCompany})
	want := map[int64]string{1400: "Alpha Conseil", 1000: "Beta Systems"}
	for _, j := range rec.Jobs {
		if w, ok := want[j.Count]; ok && (j.Company == nil || *j.Company != w) {
			t.Errorf("job %d: company %v, want %s", j.Count, j.Company, w)
		}
	}
}

func TestIsBackReference(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"La filiale", "NTT Data Morocco", true},
		{"du cabinet", "KPMG SASU", true},
		{"Cette société", "Cnexia", true},
		{"groupe Inetum", "Inetum", false},
		{"MNC", "Maroc Numeric Cluster", false},
		{"la CDG", "Caisse de dépôt et de gestion", false},
	}
	for _, tt := range tests {
		if got := isBackReference(tt.text, text.Words(tt.text), tt.name); got != tt.want {
			t.Errorf("isBackReference(%q, %q) = %v, want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

func TestIsPublicBody(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Société marocaine d'ingénierie touristique", false}, // a public body by its acronym only (SMIT)
		{"Société marocaine des tabacs", false},
		{"Office chérifien des phosphates", false},
		{"Agence nationale des ports", true},
		{"Office régional de mise en valeur agricole du Tadla", true},
		{"Centre régional d'investissement de l'Oriental", true},
		{"Fédération interprofessionnelle de l'olive", true},
		{"Société Générale Maroc", false},
		{"Atlas Horizons Hotels", false},
		{"Conseil régional de l'Oriental", true},
		{"Conseil Ingénierie Maroc", false},
		{"AMDIE", true},
		{"SMIT", true},
		{"CRI de Fès-Meknès", true},
		{"OCP", false},
		{"Crimson Foods", false},
		{"ÉTABLISSEMENTS PUBLICS de la région", true},
		{"Établissementspublicsdelarégiondel'Oriental", false}, // one word of more than 32 bytes
		{"  Agence nationale des ports", true},
		{"«Agence» nationale", false},
		{"Groupement d'intérêt économique du pôle industriel de l'Oriental", true},
		{"Groupements  d'intérêt  économique  de la région", true},
		{"Établissement public de coopération intercommunale", true},
	}
	for _, tt := range tests {
		if got := isPublicBody(tt.name); got != tt.want {
			t.Errorf("isPublicBody(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPublicPrefix(t *testing.T) {
	tests := []struct{ name, want string }{
		{"AMDIE", "AMDIE"},
		{"Agence nationale des ports", "Agence nationale des ports"},
		{"Agence nationale des ports de Tanger", "Agence nationale des ports"},
		{"  Groupement  d'intérêt  économique  du Nord", "  Groupement  d'intérêt  économique  du"},
		{"Office régional de mise en valeur", "Office régional de mise"},
		{"Haut commissariat au plan ", "Haut commissariat au plan"},
	}
	for _, tt := range tests {
		if got := publicPrefix(tt.name); got != tt.want {
			t.Errorf("publicPrefix(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestPublicPrefixHoldsHeads checks the shortcut of publicPrefix: each
// head of publicHeads has fewer words than the fields kept (a field holds
// one word at least), and a head matches on the prefix of a name as on
// the whole name, for names whose head ends at the last field kept.
func TestPublicPrefixHoldsHeads(t *testing.T) {
	for _, p := range publicHeads().all {
		if len(p) >= publicPrefixFields {
			t.Errorf("a public head of %d words, publicPrefix keeps %d fields", len(p), publicPrefixFields)
		}
	}
	for _, name := range []string{"Groupement d'intérêt économique", "Haut commissariat au plan", "Haut commissariat au Dév.",
		"Conseil régional de l'Oriental", "Établissements publics 2 000", "Office régionaux. Tanger Med", "Agence"} {
		whole, short := text.Words(name), text.Words(publicPrefix(name))
		e1, ok1 := matchAny(publicHeads(), whole, 0, whole.Len())
		e2, ok2 := matchAny(publicHeads(), short, 0, short.Len())
		if e1 != e2 || ok1 != ok2 {
			t.Errorf("head of %q: %d, %v on the whole name, %d, %v on %q", name, e1, ok1, e2, ok2, publicPrefix(name))
		}
	}
}

func TestPublicCompanies(t *testing.T) {
	smit, anp := "SMIT", "ANP"
	got := publicCompanies([]Party{
		{Name: "Société marocaine d'ingénierie touristique", Kind: KindCompany, Acronym: &smit},
		{Name: "Agence marocaine pour l'énergie durable (Masen)", Kind: KindInstitution},
		{Name: "Agence nationale des ports", Kind: KindInstitution, Acronym: &anp},
		{Name: "Atlas Horizons Hotels", Kind: KindCompany},
	}, []Party{
		{Name: "Masen", Kind: KindCompany},
		{Name: "ANP", Kind: KindCompany},
		{Name: "Agence Urbaine Conseil", Kind: KindCompany}, // a company named as a public body
	})
	for name, want := range map[string]bool{"Société marocaine d'ingénierie touristique": true, "SMIT": false,
		"Masen": true, "ANP": true, "Agence Urbaine Conseil": true, "Atlas Horizons Hotels": false,
		"Agence marocaine pour l'énergie durable (Masen)": false} { // an institution: no company to weigh
		if got[name] != want {
			t.Errorf("publicCompanies()[%q] = %v, want %v", name, got[name], want)
		}
	}
}
