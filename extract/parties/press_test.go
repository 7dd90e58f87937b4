package parties

// pressTests carry the forms of real French press that the first
// grammar missed, written anew for these tests: one rule a case.
var pressTests = []findCase{
	{
		name:        "generic group before the other party",
		text:        "Des contrats d'investissement ont été signés lundi entre plusieurs équipementiers automobiles et le ministère de l'Industrie, du Commerce et de l'Économie verte.",
		signatories: []string{"ministère de l'Industrie, du Commerce et de l'Économie verte [government party]"},
	},
	{
		name: "generic group then its members after a colon",
		text: "Les conventions ont été signées avec plusieurs industriels étrangers : Korvatec, Almira Cables et Sunwire.",
		signatories: []string{
			"Korvatec [company party]", "Almira Cables [company party]", "Sunwire [company party]",
		},
	},
	{
		name: "generic group then notamment",
		text: "Le ministre a signé des accords avec des opérateurs privés, notamment Quantexa et Lumeo.",
		signatories: []string{
			"Quantexa [company party]", "Lumeo [company party]",
		},
	},
	{
		name:        "quoted name after a trigger noun",
		text:        "Le protocole a été signé entre le Conseil régional de l'Oriental et le groupe « Veltrano ».",
		signatories: []string{"Conseil régional de l'Oriental [government party]", "Veltrano [company party]"},
	},
	{
		name: "ratifié par the heads of two bodies",
		text: "Une convention a été signée jeudi. Le mémorandum a été ratifié par les directeurs généraux de Nordal Maroc et Nordal Italia.",
		signatories: []string{
			"Nordal Maroc [company party]", "Nordal Italia [company party]",
		},
	},
	{
		name:        "la PDG de is one person",
		text:        "La ministre a signé l'accord avec la PDG de Quorix, Nadia Ferhat.",
		signatories: []string{"Quorix [company party]", "Nadia Ferhat [person signed] role=PDG de Quorix org=Quorix"},
	},
	{
		name:        "faire l'objet d'une convention, the State as its authorities",
		text:        "L'usine de Kénitra a fait l'objet d'une convention avec les autorités marocaines. Le groupe Tessal s'engage à y créer 300 emplois.",
		signatories: []string{"autorités marocaines [government party]"},
		actors:      []string{"Tessal [company mention]"},
	},
	{
		name:   "local authorities are not the State",
		text:   "Une convention a été signée avec les autorités locales.",
		actors: []string{},
	},
	{
		name:        "approved by a commission: the counterpart is a party, not the commission",
		text:        "La commission des investissements a approuvé une convention d'investissement avec la société Helvora.",
		signatories: []string{"Helvora [company party]"},
	},
	{
		name: "signed in the sentence after the agreement is named",
		text: "Contrat d'investissement avec le groupe Pralina pour une usine à Fès. Il a été signé par Karim Alaoui.",
		signatories: []string{
			"Pralina [company party]", "Karim Alaoui [person signed]",
		},
	},
	{
		name: "il s'agit de after ont procédé à la signature",
		text: "Quatre opérateurs ont procédé à la signature de mémorandums avec le gouvernement. Il s'agit de Quantexa, Lumeo et Vardis.",
		signatories: []string{
			"gouvernement [government party]", "Quantexa [company party]", "Lumeo [company party]", "Vardis [company party]",
		},
	},
	{
		name:        "procédé, an insertion, à la signature",
		text:        "L'Agence régionale de l'eau et la société Hydrana ont procédé, mardi 4 mars, à la signature d'une convention.",
		signatories: []string{"Agence régionale de l'eau [institution party]", "Hydrana [company party]"},
	},
	{
		name:        "the tutelary ministry names no ministry",
		text:        "Cette usine est le fruit d'une convention signée avec le ministère de tutelle.",
		signatories: []string{},
	},
	{
		name:        "a sentence opening on Entre after the signing",
		text:        "Un protocole d'accord a été signé samedi. Entre Lin Hao, le président de la firme chinoise, et le royaume du Maroc.",
		signatories: []string{"Lin Hao [person signed] role=président de la firme chinoise", "royaume du Maroc [government party]"},
	},
	{
		name:        "an agreement that is the subject of avec",
		text:        "Des conventions ont été signées à Rabat. La dernière convention a été réalisée avec l'entreprise allemande Kessler.",
		signatories: []string{"Kessler [company party]"},
	},
	{
		name:        "a long agent clause before par, with du and au inside",
		text:        "Les conventions ont été signées dans le cadre du soutien au tissu industriel du Royaume par la ministre de l'Industrie, Samia Berrada.",
		signatories: []string{"Samia Berrada [person signed] role=ministre de l'Industrie"},
	},
	{
		name: "local governments in lower case, an office with its acronym",
		text: "Une convention a été signée entre la commune de Tafrent, le conseil provincial de Tafrent, la région Souss-Massa et l'Office national marocain du tourisme (ONMT).",
		signatories: []string{
			"commune de Tafrent [government party]", "conseil provincial de Tafrent [government party]",
			"région Souss-Massa [government party]", "Office national marocain du tourisme [institution party] acr=ONMT",
		},
	},
	{
		name: "a council and a wilaya named after their region",
		text: "Le conseil de la région de l'Oriental a signé un accord avec la wilaya de la région de l'Oriental.",
		signatories: []string{
			"conseil de la région de l'Oriental [government party]", "wilaya de la région de l'Oriental [government party]",
		},
	},
	{
		name:        "a region as a place is no body; a wali's region is his role",
		text:        "Une convention a été signée dans la région de Fès-Meknès avec la société Dralix, en présence du wali de la région de Fès-Meknès, Omar Bennis.",
		signatories: []string{"Dralix [company party]"},
		actors:      []string{"Omar Bennis [person mention] role=wali de la région de Fès-Meknès"},
	},
	{
		name:        "a known office by its acronym alone; the body a signatory heads is no party unless named as one",
		text:        "Le directeur général de l'ONSSA, Yassine Tahiri, a signé la convention.",
		signatories: []string{"Yassine Tahiri [person signed] role=directeur général de l'ONSSA org=ONSSA"},
		actors:      []string{"ONSSA [institution mention]"},
	},
	{
		name: "a name with an initial before its role",
		text: "L'accord a été signé par le ministre de l'Industrie, Samir Alaoui, et John T. Harlan, président de Vexor.",
		signatories: []string{
			"Samir Alaoui [person signed] role=ministre de l'Industrie",
			"John T. Harlan [person signed] role=président de Vexor org=Vexor",
			"Vexor [company party]",
		},
	},
	{
		name: "a role with lower-case complements, then the name without a comma",
		text: "Les conventions ont été signées par le ministre de l'Économie et des finances Karim Berrada et par les dirigeants des entreprises concernées.",
		signatories: []string{
			"Karim Berrada [person signed] role=ministre de l'Économie et des finances",
		},
	},
	{
		name: "a federal minister, an apposition between the signatories, a representative",
		text: "Un accord a été signé par le ministre fédéral allemand de la Coopération, Hans Keller, en visite au Maroc, et le représentant du consortium bancaire, Omar Senhaji.",
		signatories: []string{
			"Hans Keller [person signed] role=ministre fédéral allemand de la Coopération",
			"Omar Senhaji [person signed] role=représentant du consortium bancaire",
		},
	},
	{
		name: "entre closing the noun phrase an agreement heads",
		text: "Trois accords ont été signés. 1- Le mémorandum relatif à la coopération pour le vaccin antigrippal entre l'État marocain et la société Virexa, signé par le ministre de la Santé, Hamid Lahlou.",
		signatories: []string{
			"État marocain [government party]", "Virexa [company party]",
			"Hamid Lahlou [person signed] role=ministre de la Santé",
		},
	},
	{
		name: "the bodies of a list item headed by an agreement are its parties",
		text: "Plusieurs contrats ont été signés.\n- Contrat d'investissement pour l'installation au Maroc d'une usine du groupe BRANTEL.\n- Convention de partenariat pour le développement de l'écosystème de l'Office national des pêches.",
		signatories: []string{
			"BRANTEL [company party]", "Office national des pêches [institution party]",
		},
	},
	{
		name:        "a capitalised head with its complement, and its alias in parentheses",
		text:        "Le contrat a été signé avec la Société de Conserves Atlantiques (Consatl). Consatl prévoit 200 emplois.",
		signatories: []string{"Société de Conserves Atlantiques [company party] acr=Consatl"},
	},
	{
		name:        "a party named by its acronym is the body its initials spell",
		text:        "L'Office chérifien des phosphates a ouvert un site à Jorf. Le contrat a été signé avec l'OCP.",
		signatories: []string{"Office chérifien des phosphates [institution party]"},
		actors:      []string{"OCP [company mention]"},
	},
	{
		name:        "an organisation head after de is no company word",
		text:        "Le ministre de l'Économie et de la Réforme de l'Administration, Nabil Chraibi, a signé la convention.",
		signatories: []string{"Nabil Chraibi [person signed] role=ministre de l'Économie et de la Réforme de l'Administration"},
	},
	{
		name:   "a trade agreement with a union of States has no parties",
		text:   "Un accord de libre-échange avec l'Union européenne a été évoqué par le ministre, qui a rappelé les conventions signées.",
		actors: []string{"Union européenne [institution mention]"},
	},
	{
		name:        "a fund introduced by its noun",
		text:        "Le groupe minier Tazrit a conclu un pacte d'associés avec le fonds Argane Capital.",
		signatories: []string{"Tazrit [company party]", "Argane Capital [company party]"},
	},
	{
		name:        "the State named as written",
		text:        "L'accord a été signé entre la société Veltra et le Royaume.",
		signatories: []string{"Veltra [company party]", "Royaume [government party]"},
	},
	{
		name:        "jobs à la clé are a pledge",
		text:        "Des contrats ont été signés avec le ministère de l'Industrie. Le lot climatisation revient à Norcool Morocco, avec 40 emplois à la clé.",
		signatories: []string{"ministère de l'Industrie [government party]", "Norcool Morocco [company party]"},
	},
	{
		name:        "the company named in the object of porte sur and concerne",
		text:        "Huit conventions ont été signées. La quatrième convention porte sur l'extension de la production de Moratek à Kénitra. La cinquième concerne l'extension des activités de l'ATMA, société marocaine de mécanique.",
		signatories: []string{"Moratek [company party]", "ATMA [company party]"},
	},
	{
		name:        "an unknown name closing the sentence in the object of porte sur",
		text:        "Trois conventions ont été signées. La deuxième convention porte sur l'extension de Kestrel Aerostructures.",
		signatories: []string{"Kestrel Aerostructures [company party]"},
	},
	{
		name:        "no body in the object: no party",
		text:        "Une convention a été signée. La convention porte sur la formation de 500 jeunes aux métiers de l'Automobile et sur le développement de Casablanca.",
		signatories: []string{},
	},
	{
		name: "triggers and company words of tourism, mining and ports; P-DG",
		text: "La convention a été signée avec l'hôtelier Dunes d'Ambre, le minier Tifnout et Atlas Ocean Shipping, en présence du P-DG de Oued Mining, Rachid Benali.",
		signatories: []string{
			"Dunes d'Ambre [company party]", "Tifnout [company party]", "Atlas Ocean Shipping [company party]",
		},
		actors: []string{"Oued Mining [company mention]", "Rachid Benali [person mention] role=P-DG de Oued Mining org=Oued Mining"},
	},
	{
		name:        "a local council approves its own agreement; a commission approves those of others",
		text:        "Le conseil communal de Tiznit a approuvé une convention de partenariat avec la société Sahel Eaux. La Commission des investissements a approuvé 20 conventions d'investissement.",
		signatories: []string{"conseil communal de Tiznit [government party]", "Sahel Eaux [company party]"},
		actors:      []string{"Commission des investissements [institution mention]"},
	},
	{
		name: "a company named like a public body, a brand with an inner capital",
		text: "Le ministère du Tourisme et la Société marocaine d'ingénierie portuaire ont signé une convention. L'Office a conclu des accords avec plusieurs compagnies aériennes, notamment Ryanair, easyJet et Transavia.",
		signatories: []string{
			"ministère du Tourisme [government party]", "Société marocaine d'ingénierie portuaire [company party]",
			"Ryanair [company party]", "easyJet [company party]", "Transavia [company party]",
		},
	},
	{
		name:   "the object of a study is no agreement",
		text:   "La convention avec la société Helvora a fait l'objet d'une étude.",
		actors: []string{"Helvora [company mention]"},
	},
	{
		name:        "a sentence opening on Entre after a sentence that signs no agreement",
		text:        "Le club a signé une victoire face à son rival. Entre Karim Tahiri et les supporters, le courant ne passe plus.",
		signatories: []string{},
		actors:      []string{"Karim Tahiri [person mention]"},
	},
	{
		name:   "an agreement named in passing before a signing sentence",
		text:   "Le Maroc dispose déjà d'un accord avec la société Nordlys. Le ministre a signé hier le livre d'or.",
		actors: []string{"Nordlys [company mention]"},
	},
	{
		name:        "a name cut short after an initial is no name",
		text:        "Les contrats ont été signés par Karim Alaoui, Moulay H",
		signatories: []string{"Karim Alaoui [person signed]"},
	},
	{
		name:        "signed under a presidency, then par",
		text:        "La convention a été signée sous la haute présidence du Roi par le PDG de la société Atlas Golf, Karim Tazi.",
		signatories: []string{"Atlas Golf [company party]", "Karim Tazi [person signed] role=PDG de la société Atlas Golf org=Atlas Golf"},
	},
	{
		name:        "farming bodies: an aggregator, a cooperative, an economic interest group",
		text:        "Un contrat a été signé entre l'agrégateur Agrosouss, la coopérative Tafraout Argan et le groupement d'intérêt économique Oasis Dattes.",
		signatories: []string{"Agrosouss [company party]", "Tafraout Argan [company party]", "Oasis Dattes [company party]"},
	},
	{
		name:        "a consent is no agreement; a protocole d'accord is",
		text:        "La convention a été signée hier. Le projet sera conduit en accord avec les autorités marocaines. Un protocole d'accord avec la société Ferrania a aussi été signé.",
		signatories: []string{"Ferrania [company party]"},
	},
	{
		name:        "a body's short name in parentheses, in lower case but one word",
		text:        "La convention a été signée avec la Fédération nationale de la datte (Fenadat). Le président de Fenadat, Ali Berrada, s'en félicite.",
		signatories: []string{"Fédération nationale de la datte [institution party] acr=Fenadat"},
		actors:      []string{"Ali Berrada [person mention] role=président de Fenadat org=Fédération nationale de la datte"},
	},
	{
		name:        "a regional office keeps its territory",
		text:        "Le conseil a approuvé une convention avec l'ORMVA de Ouarzazate et le CRI de Drâa-Tafilalet.",
		signatories: []string{"ORMVA de Ouarzazate [institution party] acr=ORMVA", "CRI de Drâa-Tafilalet [institution party] acr=CRI"},
	},
	{
		name:        "a council named by its head alone is the one named in full",
		text:        "Le Conseil régional a tenu sa session. Le Conseil régional de l'Oriental a approuvé une convention avec le Conseil régional et l'Agence de l'Oriental.",
		signatories: []string{"Conseil régional de l'Oriental [government party]", "Agence de l'Oriental [institution party]"},
	},
	{
		name:        "a head alone that fits two bodies stays apart",
		text:        "Le Conseil régional de l'Oriental et le Conseil régional de Souss-Massa ont signé une convention avec le Conseil régional.",
		signatories: []string{"Conseil régional de l'Oriental [government party]", "Conseil régional de Souss-Massa [government party]", "Conseil régional [government party]"},
	},
	{
		name:        "lie the parties named before to a new one",
		text:        "Une première convention a été signée avec la région. La seconde lie les mêmes signataires à la société Ostrava Cables.",
		signatories: []string{"Ostrava Cables [company party]"},
	},
	{
		name:        "the government of a summary gives way to the minister who signs for it",
		text:        "Le gouvernement a conclu deux accords. Le premier a été signé par le ministre de l'Eau, Karim Lahlou, et le PDG de Hydrova, Sami Tazi.",
		signatories: []string{"Karim Lahlou [person signed] role=ministre de l'Eau", "Hydrova [company party]", "Sami Tazi [person signed] role=PDG de Hydrova org=Hydrova"},
		actors:      []string{"gouvernement [government mention]"},
	},
	{
		name:        "the government alone is a party",
		text:        "Le gouvernement a conclu un accord avec la société Hydrova.",
		signatories: []string{"gouvernement [government party]", "Hydrova [company party]"},
	},
	{
		name:        "the Moroccan government is the formal party beside its minister",
		text:        "Le gouvernement marocain a conclu un accord avec Hydrova, signé par le ministre de l'Eau, Karim Lahlou.",
		signatories: []string{"gouvernement marocain [government party]", "Hydrova [company party]", "Karim Lahlou [person signed] role=ministre de l'Eau"},
	},
	{
		name: "the company a signer speaks for is the party of its own agreement",
		text: "Un protocole d'entente a été signé par la ministre de l'Énergie, Salma Idrissi, et le directeur général du consortium Nordvik Power, Erik Lund. Une convention a ensuite été signée entre l'Agence de l'eau et la société Hydrova.",
		signatories: []string{
			"Salma Idrissi [person signed] role=ministre de l'Énergie",
			"Nordvik Power [company party]",
			"Erik Lund [person signed] role=directeur général du consortium Nordvik Power org=Nordvik Power",
			"Agence de l'eau [institution party]", "Hydrova [company party]",
		},
	},
	{
		name:        "a company name that opens on a compass point",
		text:        "Des conventions ont été signées avec des entreprises. Sud Textiles prévoit 200 emplois à Agadir ; le Nord Maroc attire les projets.",
		signatories: []string{"Sud Textiles [company party]"},
	},
	{
		name:        "a name without a company word that pledges, after a relative clause",
		text:        "Une convention a été signée à Agadir. Enfin, Argan Blue Valley, qui exploite déjà deux domaines, recrutera 300 personnes. Souss Vision Group présente son bilan.",
		signatories: []string{"Argan Blue Valley [company party]"},
		actors:      []string{"Souss Vision Group [company mention]"},
	},
	{
		name:        "a name without a company word is a company only where it pledges",
		text:        "Une convention a été signée à Agadir. Atlas Horizons investira 40 MDH, annonce Karim Tazi. Oued Draa Vision a été présentée.",
		signatories: []string{"Atlas Horizons [company party]"},
		actors:      []string{"Karim Tazi [person mention]"},
	},
	{
		name:        "a one-word name after a descriptor, pledging jobs",
		text:        "Une convention a été signée à Nador. Le câblier suédois Voltrak prévoit la création de 400 emplois ; le gouvernement Haddad créera un fonds. Le chancelier suédois Lindqvist a salué le projet.",
		signatories: []string{"Voltrak [company party]"},
	},
	{
		name:        "a sector written as an acronym describes the company named after it",
		text:        "Le ministre a signé à Fès une convention avec l’ESN tunisienne Codexia. L’accord lie aussi la SSII Numeris au projet.",
		signatories: []string{"Codexia [company party]", "Numeris [company party]"},
	},
	{
		name: "the agent's preposition said again, after a role with a participle",
		text: "Deux accords ont été signés jeudi. Ils ont été paraphés par le directeur général délégué de Norvex Maroc, Samir Alaoui, par la présidente de Tirsa Group, Hind Bakkali, et par le DG de Quantel, Luc Moreau.",
		signatories: []string{
			"Norvex Maroc [company party]",
			"Samir Alaoui [person signed] role=directeur général délégué de Norvex Maroc org=Norvex Maroc",
			"Tirsa Group [company party]",
			"Hind Bakkali [person signed] role=présidente de Tirsa Group org=Tirsa Group",
			"Quantel [company party]",
			"Luc Moreau [person signed] role=DG de Quantel org=Quantel",
		},
	},
	{
		name:        "a role scoped to a zone before the name",
		text:        "Un avenant a été signé lundi par le directeur général de Sarvan Tech pour la zone Europe-Afrique, Ravi Kumar.",
		signatories: []string{"Sarvan Tech [company party]", "Ravi Kumar [person signed] role=directeur général de Sarvan Tech pour la zone Europe-Afrique org=Sarvan Tech"},
	},
	{
		name: "a body named by aims joined with their articles, then its alias",
		text: "Une convention a été signée mardi par le directeur de l'Office pour la formation et le développement rural des provinces du Nord (Office du Nord), Karim Salhi.",
		signatories: []string{
			"Karim Salhi [person signed] role=directeur de l'Office pour la formation et le développement rural des provinces du Nord (Office du Nord) org=Office pour la formation et le développement rural des provinces du Nord (Office du Nord)",
		},
		actors: []string{"Office pour la formation et le développement rural des provinces du Nord (Office du Nord) [institution mention]"},
	},
	{
		name: "the heads of the parties after their plural role, each for a body",
		text: "Un protocole d'accord a été signé mardi avec Veldra Energie et Sunhaven Power. Les deux sociétés étaient représentées par leurs directeurs généraux respectifs, Jonas Weber pour Veldra Energie et Rashed Al Qasimi pour Sunhaven Power.",
		signatories: []string{
			"Veldra Energie [company party]", "Sunhaven Power [company party]",
			"Jonas Weber [person signed]", "Rashed Al Qasimi [person signed]",
		},
	},
	{
		name:        "a company's name without its trailing Corporation is the same company",
		text:        "Le groupe a signé un accord avec le japonais Hoshida Chemical Corporation. L'accord a été signé par le président de Hoshida Chemical, Kenji Sato.",
		signatories: []string{"Hoshida Chemical Corporation [company party]", "Kenji Sato [person signed] role=président de Hoshida Chemical org=Hoshida Chemical Corporation"},
	},
	{
		name:        "the council of the region without the region's name is the one named in full",
		text:        "Une convention a été signée entre la société Solvara et le Conseil de la région Souss-Massa. Le Conseil de la région y contribuera à hauteur de 20 MDH.",
		signatories: []string{"Solvara [company party]", "Conseil de la région Souss-Massa [government party]"},
	},
	{
		name:        "a reference with its nationality, then the other party",
		text:        "Le groupe a signé un accord avec Tosaka Chemicals. Un mémorandum a ensuite été paraphé entre la société japonaise et l'Université Hassan II.",
		signatories: []string{"Tosaka Chemicals [company party]", "Université Hassan II [institution party]"},
	},
	{
		name:        "a project company after its trigger noun, not a project's name",
		text:        "L'office a signé un contrat avec la société de projet Sunvale Power pour une centrale. Le projet Noor Atlas sera livré en 2028.",
		signatories: []string{"Sunvale Power [company party]"},
	},
	{
		name:        "a partnership still under study has no party yet",
		text:        "Une convention a été signée mardi avec la société Olivara. Un partenariat avec l'Office régional de formation est également à l'étude.",
		signatories: []string{"Olivara [company party]"},
		actors:      []string{"Office régional de formation [institution mention]"},
	},
	{
		name:        "places joined by a hyphen name a route, not a company after a trigger noun",
		text:        "Le groupe Lumivo a signé une convention avec l'AMDIE. Elle veut attirer les opérateurs de l'axe Agadir-Marrakech vers la région.",
		signatories: []string{"Lumivo [company party]", "AMDIE [institution party]"},
		actors:      []string{},
	},
	{
		name:        "an acronym spelled from inside a compound word is the company's",
		text:        "Le câblier allemand Veltra Kabel (VKB) ouvrira une usine à Meknès. La convention a été signée par le ministre, Hamid Bennani, et le directeur général de VKB, Jörg Albrecht.",
		signatories: []string{"Veltra Kabel [company party] acr=VKB", "Hamid Bennani [person signed] role=ministre", "Jörg Albrecht [person signed] role=directeur général de VKB org=Veltra Kabel"},
	},
	{
		name:        "a role scoped to a country, the person after it",
		text:        "Une convention a été signée avec la société Lumivo. Elle a été signée par sa directrice générale Maroc, Nadia Bennis.",
		signatories: []string{"Lumivo [company party]", "Nadia Bennis [person signed] role=directrice générale Maroc"},
	},
	{
		name:        "an English title after the name",
		text:        "Les deux groupes ont signé un accord. Il a été signé par Rajiv Sharma, Chairman de Tarkam Industries.",
		signatories: []string{"Rajiv Sharma [person signed] role=Chairman de Tarkam Industries org=Tarkam Industries", "Tarkam Industries [company party]"},
	},
	{
		name: "the territory of a body after its acronym, then the next party",
		text: "La convention, conclue entre le Centre régional d'investissement (CRI) de Fès-Meknès et la société Nordval Foods, concerne une usine.",
		signatories: []string{
			"Centre régional d'investissement [institution party] acr=CRI", "Nordval Foods [company party]",
		},
	},
	{
		name: "an agency signs with companies named only as a group; those that pledge are the parties",
		text: "L'Agence régionale a signé six conventions avec des entreprises nationales. Parmi les projets, le câblier Velkor Maroc créera 900 emplois, tandis que Sud Textiles prévoit 300 emplois.",
		signatories: []string{
			"Agence régionale [institution party]", "Velkor Maroc [company party]", "Sud Textiles [company party]",
		},
	},
	{
		name:        "the government named as the counterpart stays beside its minister",
		text:        "Le groupe Solvane a signé un protocole d'accord avec le gouvernement. Le texte a été paraphé par le ministre de l'Énergie, Karim Lahlou.",
		signatories: []string{"Solvane [company party]", "gouvernement [government party]", "Karim Lahlou [person signed] role=ministre de l'Énergie"},
	},
	{
		name:        "lie a public body named in lower case to a company",
		text:        "Deux mémorandums ont été signés lundi. Le premier lie la région au groupe espagnol Ardena, déjà installé à Rabat.",
		signatories: []string{"Ardena [company party]"},
	},
	{
		name:   "an agreement to be signed later has no signatories yet",
		text:   "Le comité a approuvé douze projets. Les conventions seront signées dans les prochaines semaines par l'État et les investisseurs concernés.",
		actors: []string{},
	},
	{
		name: "the sides of the signing told in incises, an adjective in -que is no participle",
		text: "Deux conventions ont été signées mardi. Elles ont été paraphées, pour la partie publique, par le ministre de l'Industrie, Karim Alaoui, et, pour la partie privée, par le directeur général de Velmora Industries, Paul Girard.",
		signatories: []string{
			"Karim Alaoui [person signed] role=ministre de l'Industrie",
			"Velmora Industries [company party]",
			"Paul Girard [person signed] role=directeur général de Velmora Industries org=Velmora Industries",
		},
	},
	{
		name: "an inverted signing verb after an opening phrase, the heads of the companies after it",
		text: "Quatre conventions ont été signées jeudi. Côté privé, ont signé les dirigeants de Solvex, Marinor et Atlantis Foods.",
		signatories: []string{
			"Solvex [company party]", "Marinor [company party]", "Atlantis Foods [company party]",
		},
	},
	{
		name:        "a verb in the future ends a body's name",
		text:        "Une convention a été signée avec la société Olivara. Le Conseil de la région prendra en charge la route d'accès et le Conseil régional contribuera aux études.",
		signatories: []string{"Olivara [company party]"},
		actors:      []string{"Conseil de la région [government mention]", "Conseil régional [government mention]"},
	},
	{
		name: "a pronoun for the agreement signed before, as the subject of lie",
		text: "Une convention a été signée mercredi à Rabat. Celle-ci lie l'Office régional de l'Oriental (ORO) au groupe indien Tarun Motors.",
		signatories: []string{
			"Office régional de l'Oriental [institution party] acr=ORO", "Tarun Motors [company party]",
		},
	},
	{
		name: "le document, for the agreement signed before, lies its parties together",
		text: "Un mémorandum d'entente a été signé jeudi à Oujda. Le document lie le ministère du Tourisme, le Conseil de la région de l'Oriental et le groupe Sahara Shores.",
		signatories: []string{
			"ministère du Tourisme [government party]", "Conseil de la région de l'Oriental [government party]", "Sahara Shores [company party]",
		},
	},
	{
		name: "ce texte, for the agreement signed before, lies a body and a company",
		text: "Une convention a été paraphée mardi. Ce texte lie la Commune de Berkane et le fabricant turc Demir Kablo.",
		signatories: []string{
			"Commune de Berkane [government party]", "Demir Kablo [company party]",
		},
	},
	{
		name:   "a document that lies two bodies with no signing before names no parties",
		text:   "La région publie son rapport annuel. Le document lie la croissance de Berkane au tourisme.",
		actors: []string{},
	},
	{
		name:   "logistics and freight words make company names, even after a place",
		text:   "Le ministère a signé cinq conventions avec des entreprises. Parmi les projets figurent : – Souss Cold Chain, entrepôt frigorifique à Agadir : 410 MDH ; – Tadla Freight, plateforme à Béni Mellal : 90 MDH.",
		actors: []string{"Souss Cold Chain [company mention]", "Tadla Freight [company mention]"},
	},
	{
		name:        "foreign particles inside company names",
		text:        "La convention a été signée avec Banco de Fomento et Van der Berg Logistics.",
		signatories: []string{"Banco de Fomento [company party]", "Van der Berg Logistics [company party]"},
	},
	{
		name: "lie, after an incise between commas and an adverbial, to a consortium of two companies",
		text: "Deux contrats ont été signés mardi. Le contrat d'exploitation, d'une durée de vingt ans, lie de son côté l'ONDA au groupement formé par Puerto del Sol et Atlas Ports.",
		signatories: []string{
			"ONDA [institution party]", "Puerto del Sol [company party]", "Atlas Ports [company party]",
		},
	},
	{
		name: "celui de stands for the role said before",
		text: "Le contrat a été paraphé par le président de Puerto del Sol, Diego Ramos, et par celui d'Atlas Ports, Karim Alaoui.",
		signatories: []string{
			"Puerto del Sol [company party]",
			"Diego Ramos [person signed] role=président de Puerto del Sol org=Puerto del Sol",
			"Atlas Ports [company party]",
			"Karim Alaoui [person signed] role=celui d'Atlas Ports org=Atlas Ports",
		},
	},
	{
		name:   "celui de with no name after it is no role",
		text:   "Le candidat de la liste verte devance celui de Tadamoun, crédité de 4 000 voix.",
		actors: []string{},
	},
	{
		name: "each side named with côté",
		text: "L'accord a été signé, côté marocain, par le ministre de l'Énergie, Youssef Alami, et, côté coréen, par le président de Hanwol Batteries, Park Jiwon.",
		signatories: []string{
			"Youssef Alami [person signed] role=ministre de l'Énergie",
			"Hanwol Batteries [company party]",
			"Park Jiwon [person signed] role=président de Hanwol Batteries org=Hanwol Batteries",
		},
	},
	{
		name:        "a party after a body's aims, and a Spanish long form with its acronym",
		text:        "L'Agence nationale pour l'eau et le constructeur portugais Hidro Vale del Norte (HVN) ont signé un accord.",
		signatories: []string{"Agence nationale pour l'eau [institution party]", "Hidro Vale del Norte [company party] acr=HVN"},
	},
	{
		name:   "a company described as the subsidiary of an unnamed group",
		text:   "Le premier projet est porté par Novachim, filiale d'un groupe rbati, qui construira une usine à Safi.",
		actors: []string{"Novachim [company mention]"},
	},
	{
		name:   "a trade noun heads a company name",
		text:   "À Berkane, la Conserverie Nour Al Fath obtient le feu vert pour une nouvelle ligne.",
		actors: []string{"Conserverie Nour Al Fath [company mention]"},
	},
	{
		name:        "a pledging company beside an agreement two named bodies signed is no party of it",
		text:        "La commission a validé le projet du groupe Tamris Hotels, qui créera 90 emplois. En marge de la session, l'Agence régionale de l'eau et l'Université Ibn Zohr ont signé une convention.",
		signatories: []string{"Agence régionale de l'eau [institution party]", "Université Ibn Zohr [institution party]"},
		actors:      []string{"Tamris Hotels [company mention]"},
	},
	{
		name:        "a pledging company beside an agreement one body signed is its other party",
		text:        "La commission a validé le projet du groupe Tamris Hotels, qui créera 90 emplois. L'Agence régionale de l'eau a signé une convention d'investissement.",
		signatories: []string{"Tamris Hotels [company party]", "Agence régionale de l'eau [institution party]"},
	},
	{
		name: "son président is the president of the body named nearest before",
		text: "Une convention a été conclue entre EIS et le Conseil de la région de l'Oriental, représenté par son président, Karim Tazi.",
		signatories: []string{
			"EIS [company party]",
			"Conseil de la région de l'Oriental [government party]",
			"Karim Tazi [person signed] role=président org=Conseil de la région de l'Oriental",
		},
	},
	{
		name: "a body's known short name is the body named in full",
		text: "L'Agence marocaine pour l'énergie durable et le groupe Ventis ont signé un accord. Il a été paraphé par la présidente de Masen, Salma Idrissi, et le directeur général de Ventis, Omar Alaoui.",
		signatories: []string{
			"Agence marocaine pour l'énergie durable [institution party]",
			"Ventis [company party]",
			"Salma Idrissi [person signed] role=présidente de Masen org=Masen",
			"Omar Alaoui [person signed] role=directeur général de Ventis org=Ventis",
		},
		actors: []string{"Masen [institution mention]"}, // folded into the body: no second party
	},
	{
		name:   "a ministry's complements stop before another person's role",
		text:   "La cérémonie s'est tenue en présence du secrétaire général du ministère de l'Agriculture et des Forêts et du directeur de l'Office régional du Tadla.",
		actors: []string{"ministère de l'Agriculture et des Forêts [government mention]", "Office régional du Tadla [institution mention]"},
	},
}
