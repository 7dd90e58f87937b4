package parties

// positionTests are cases of TestFindParties on how a party's position
// is told: a signer after an apposition, a colon or a legal form's dot,
// names and roles paired by "respectivement", a project's promoter, a
// cosignatory, a subsidiary apposed to its group.
var positionTests = []findCase{
	{
		name: "the group a subsidiary noun's complement refers back to is no item of the list",
		text: "Le fournisseur coréen Daeil Harness Systems va doubler sa présence au Maroc. Une convention a été signée hier entre la filiale marocaine du groupe, Daeil Harness Morocco, et l'Agence marocaine de développement des investissements et des exportations (AMDIE).",
		signatories: []string{
			"Daeil Harness Morocco [company party]",
			"Agence marocaine de développement des investissements et des exportations [institution party] acr=AMDIE",
		},
		actors: []string{"Daeil Harness Systems [company mention]"},
	},
	{
		name: "a second role apposed without article, the name after both",
		text: "Une convention a été signée samedi à Marrakech. Le texte a été signé par le wali de la région Marrakech-Safi, gouverneur de la préfecture de Marrakech, Karim Alaoui, et le président du Conseil de la région, Samir Bennis.",
		signatories: []string{
			"Karim Alaoui [person signed] role=wali de la région Marrakech-Safi, gouverneur de la préfecture de Marrakech",
			"Samir Bennis [person signed] role=président du Conseil de la région org=Conseil de la région",
		},
		actors: []string{"Conseil de la région [government mention]"},
	},
	{
		name: "signers by video-conference, each from a city",
		text: "La convention a été signée par la directrice de l'OFPPT, Salma Idrissi, depuis Casablanca, le président de la région, Omar Tazi, depuis Béni Mellal, et le président de la société Atlas Motors, Karim Naji.",
		signatories: []string{
			"Salma Idrissi [person signed] role=directrice de l'OFPPT org=OFPPT",
			"Omar Tazi [person signed] role=président de la région",
			"Atlas Motors [company party]",
			"Karim Naji [person signed] role=président de la société Atlas Motors org=Atlas Motors",
		},
		actors: []string{"OFPPT [institution mention]"},
	},
	{
		name:   "an agreement still to be signed has no signatories",
		text:   "Un protocole d'accord devrait être signé entre le groupe Vale Textil et le ministère de l'Industrie dans les prochaines semaines.",
		actors: []string{"Vale Textil [company mention]", "ministère de l'Industrie [government mention]"},
	},
	{
		name: "roles, then their names after respectivement",
		text: "La convention a été paraphée par le ministre de l'Industrie, le ministre délégué chargé de l'Investissement et le président de Orano Mining, respectivement Karim Alami, Youssef Kettani et Chen Weiguo.",
		signatories: []string{
			"Orano Mining [company party]",
			"Karim Alami [person signed] role=ministre de l'Industrie",
			"Youssef Kettani [person signed] role=ministre délégué chargé de l'Investissement",
			"Chen Weiguo [person signed] role=président de Orano Mining org=Orano Mining",
		},
	},
	{
		name: "names, then their roles after respectivement",
		text: "La convention a été signée par Karim Alami et Jean Dupont, respectivement ministre de l'Industrie et PDG du groupe Orano Mining.",
		signatories: []string{
			"Karim Alami [person signed] role=ministre de l'Industrie",
			"Jean Dupont [person signed] role=PDG du groupe Orano Mining org=Orano Mining",
			"Orano Mining [company party]",
		},
	},
	{
		name: "an apposition on the role's company before the name",
		text: "La convention a été paraphée par le président de la région, Omar Saidi, et le directeur général de Fertisud, filiale du groupe Atlas Mines, Karim Bennis.",
		signatories: []string{
			"Omar Saidi [person signed] role=président de la région",
			"Fertisud [company party] role=filiale du groupe Atlas Mines org=Atlas Mines",
			"Karim Bennis [person signed] role=directeur général de Fertisud, filiale du groupe Atlas Mines org=Fertisud",
		},
		actors: []string{"Atlas Mines [company mention]"},
	},
	{
		name: "the heads of two shareholders a colon lists",
		text: "La convention a été signée par le ministre de l'Énergie, Karim Alami, ainsi que les dirigeants des deux actionnaires du consortium : Omar Fassi, PDG de Sahel Power, et Anna Berg, directrice générale de Nordwind Energy.",
		signatories: []string{
			"Karim Alami [person signed] role=ministre de l'Énergie",
			"Omar Fassi [person signed] role=PDG de Sahel Power org=Sahel Power",
			"Sahel Power [company party]",
			"Anna Berg [person signed] role=directrice générale de Nordwind Energy org=Nordwind Energy",
			"Nordwind Energy [company party]",
		},
	},
	{
		name: "a legal form's dot before the name",
		text: "La convention a été signée par le ministre de l'Industrie, Hamid Alami, et le PDG de Kestrel Mining Corp., John Miller.",
		signatories: []string{
			"Hamid Alami [person signed] role=ministre de l'Industrie",
			"Kestrel Mining Corp. [company party]",
			"John Miller [person signed] role=PDG de Kestrel Mining Corp. org=Kestrel Mining Corp.",
		},
	},
	{
		name: "a company named again by its first two words is the same party",
		text: "Le ministère de l'Industrie a signé une convention d'investissement avec l'équipementier Harnstein Kabel Systems. Le projet, porté par l'allemand Harnstein Kabel, sera implanté à Meknès.",
		signatories: []string{
			"ministère de l'Industrie [government party]", "Harnstein Kabel Systems [company party]",
		},
	},
	{
		name: "a company named by its first two words before its full name is the same party",
		text: "Le projet est porté par l'allemand Harnstein Kabel. Le ministère de l'Industrie a signé une convention d'investissement avec l'équipementier Harnstein Kabel Systems.",
		signatories: []string{
			"Harnstein Kabel [company party]", "ministère de l'Industrie [government party]",
		},
	},
	{
		name: "two companies that share their first two words stay apart, and so does their short name",
		text: "Le ministère de l'Industrie a signé deux conventions avec Harnstein Kabel Systems et Harnstein Kabel Logistics. Le projet est porté par l'allemand Harnstein Kabel.",
		signatories: []string{
			"ministère de l'Industrie [government party]", "Harnstein Kabel Systems [company party]", "Harnstein Kabel Logistics [company party]", "Harnstein Kabel [company party]",
		},
	},
	{
		name: "a Danish legal form glued by a slash ends the name, and the name without it is the same party",
		text: "Le ministère de l'Énergie et le développeur danois Vestra Wind A/S ont signé un protocole d'accord. Le texte a été signé par Lars Holm, CEO de Vestra Wind.",
		signatories: []string{
			"ministère de l'Énergie [government party]", "Vestra Wind A/S [company party]",
			"Lars Holm [person signed] role=CEO de Vestra Wind org=Vestra Wind A/S",
		},
	},
	{
		name: "an Italian legal form with a lower-case letter between dots",
		text: "Le ministère de l'Industrie a signé une convention avec le groupe italien Marinelli S.p.A pour une usine à Tanger.",
		signatories: []string{
			"ministère de l'Industrie [government party]", "Marinelli S.p.A [company party]",
		},
	},
	{
		name: "Nordic legal forms ASA and Oyj, and the Italian Srl, are dropped to name the company again",
		text: "Le groupe OCP et la société norvégienne Fjordkem ASA ont signé un mémorandum d'entente. La convention a aussi été signée par Suomi Paper Oyj et Conti Tessile Srl. Le directeur de Fjordkem, Ole Berg, de Suomi Paper, Aino Virtanen, et de Conti Tessile, Marco Conti, ont salué l'accord.",
		signatories: []string{
			"OCP [company party]", "Fjordkem ASA [company party]", "Suomi Paper Oyj [company party]", "Conti Tessile Srl [company party]",
		},
		actors: []string{
			"Ole Berg [person mention] role=directeur de Fjordkem org=Fjordkem ASA",
		},
	},
	{
		name: "a name after the complement of a list noun is no company of the list",
		text: "Une convention d'investissement a été signée par le ministre de l'Industrie, Karim Alami. Le groupe Sahara Shores s'est engagé à recruter 300 personnes et à acheter ses fruits auprès des coopératives de la plaine de Triffa.",
		signatories: []string{
			"Karim Alami [person signed] role=ministre de l'Industrie", "Sahara Shores [company party]",
		},
	},
	{
		name: "a supplier a pledging company buys from is no pledger",
		text: "Une convention d'investissement a été signée par le ministre de l'Industrie, Karim Alami. Le groupe Sahara Shores s'est engagé à recruter 300 personnes et à s'approvisionner auprès de la société Berkane Agro.",
		signatories: []string{
			"Karim Alami [person signed] role=ministre de l'Industrie", "Sahara Shores [company party]",
		},
		actors: []string{"Berkane Agro [company mention]"},
	},
	{
		name: "a body's head before the name its acronym spells, and the initials of a hyphenated word",
		text: "Un avenant a été signé jeudi entre la Région de Souss-Massa, l'Agence spéciale Agadir Ocean Gate (AOG) et le groupe Fonderies du Sud-Ouest (FSO).",
		signatories: []string{
			"Région de Souss-Massa [government party]", "Agence spéciale Agadir Ocean Gate [institution party] acr=AOG",
			"Fonderies du Sud-Ouest [company party] acr=FSO",
		},
	},
	{
		name: "an acronym's long form does not reach back over 'et le' to another party",
		text: "Un avenant a été signé jeudi entre la Région de l'Oriental et le groupe Tôleries Atlas (TLX).",
		signatories: []string{
			"Région de l'Oriental [government party]", "Tôleries Atlas [company party]",
		},
	},
	{
		name: "a signing participle before the side a signer signs for",
		text: "Un avenant a été signé mardi. Signé côté privé par le directeur général de Fonderies Atlas, Youssef Alaoui, cet avenant porte sur un laminoir.",
		signatories: []string{
			"Fonderies Atlas [company party]", "Youssef Alaoui [person signed] role=directeur général de Fonderies Atlas org=Fonderies Atlas",
		},
	},
	{
		name: "côté entreprise is a side, not a company named after it",
		text: "Un avenant a été signé mardi. Signé côté entreprise par le directeur général de Fonderies Atlas, Youssef Alaoui, cet avenant porte sur un laminoir.",
		signatories: []string{
			"Fonderies Atlas [company party]", "Youssef Alaoui [person signed] role=directeur général de Fonderies Atlas org=Fonderies Atlas",
		},
	},
	{
		name: "a local government named before, bare, does not end the enumeration",
		text: "Une convention de partenariat a été signée entre la commune et le Conseil de la région Souss-Massa pour un marché de gros.",
		signatories: []string{
			"Conseil de la région Souss-Massa [government party]",
		},
	},
	{
		name: "an indefinite aim after a council is no part of its name",
		text: "Une convention a été signée entre la commune de Tiznit et le Conseil régional pour un nouveau marché.",
		signatories: []string{
			"commune de Tiznit [government party]", "Conseil régional [government party]",
		},
	},
	{
		name: "a body in a signer's role, party to the contract in an apposition",
		text: "La convention a été signée par Ahmed Tazi, président du conseil communal, et par le directeur régional de l'Office national des pêches (ONP), partie au contrat pour le contrôle.",
		signatories: []string{
			"Ahmed Tazi [person signed] role=président du conseil communal org=conseil communal",
			"Office national des pêches [institution party] acr=ONP",
		},
		actors: []string{"conseil communal [government mention]"},
	},
	{
		name: "a managing partner signs for her fund",
		text: "Une convention a été signée lundi. Le texte a été signé par le président de CDG Invest, Omar Lazrak, et par la managing partner de Cedra Ventures, Salma Idrissi.",
		signatories: []string{
			"CDG Invest [company party]", "Omar Lazrak [person signed] role=président de CDG Invest org=CDG Invest",
			"Cedra Ventures [company party]", "Salma Idrissi [person signed] role=managing partner de Cedra Ventures org=Cedra Ventures",
		},
	},
	{
		name: "companies in quotes after the representatives of companies",
		text: "Ces conventions ont été signées par les représentants des sociétés « Dakhla Oyster Farms » et « Sahara Sea Foods ».",
		signatories: []string{
			"Dakhla Oyster Farms [company party]", "Sahara Sea Foods [company party]",
		},
	},
	{
		name: "a title before the name of a signer after her role: le professeur",
		text: "La convention a été signée par le président de l'université, le professeur Karim Alaoui, et par le directeur général de Nexa Data, Youssef Kadiri.",
		signatories: []string{
			"Karim Alaoui [person signed]", "Nexa Data [company party]", "Youssef Kadiri [person signed] role=directeur général de Nexa Data org=Nexa Data",
		},
	},
	{
		name: "a title before the name of a signer after her role: la professeure",
		text: "La convention a été signée par la présidente de l'université, la professeure Nadia Fassi, et par le directeur général de Nexa Data, Youssef Kadiri.",
		signatories: []string{
			"Nadia Fassi [person signed]", "Nexa Data [company party]", "Youssef Kadiri [person signed] role=directeur général de Nexa Data org=Nexa Data",
		},
	},
	{
		name: "a title before the name of a signer after her role: le docteur",
		text: "La convention a été signée par le directeur du centre, le docteur Omar Tazi, et par le directeur général de Nexa Data, Youssef Kadiri.",
		signatories: []string{
			"Omar Tazi [person signed]", "Nexa Data [company party]", "Youssef Kadiri [person signed] role=directeur général de Nexa Data org=Nexa Data",
		},
	},
	{
		name: "a title before the name of a signer after her role: la docteure",
		text: "La convention a été signée par la directrice du centre, la docteure Leila Amrani, et par le directeur général de Nexa Data, Youssef Kadiri.",
		signatories: []string{
			"Leila Amrani [person signed]", "Nexa Data [company party]", "Youssef Kadiri [person signed] role=directeur général de Nexa Data org=Nexa Data",
		},
	},
	{
		name: "the representatives of a consortium in general, then each with the company he stands for",
		text: "Masen a signé un contrat. Les documents ont été signés par les représentants du consortium, Omar Al Mansoori pour Sahara Wind Power et Lucía Ferrer pour Iberluz.",
		signatories: []string{
			"Masen [institution party]", "Omar Al Mansoori [person signed]", "Sahara Wind Power [company party]",
			"Lucía Ferrer [person signed]", "Iberluz [company party]",
		},
	},
	{
		name:        "a described company as the subject of a signing is the company named before",
		text:        "Le groupe portugais Fios do Norte accélère au Maroc. Le spécialiste du fil technique a signé jeudi une convention d'investissement avec la région de l'Oriental.",
		signatories: []string{"Fios do Norte [company party]", "région de l'Oriental [government party]"},
	},
	{
		name:        "a described subject beside a named party adds no other",
		text:        "Le groupe OCP poursuit sa diversification. Le leader mondial des engrais et la société norvégienne Fjordkem ont signé un mémorandum d'entente.",
		signatories: []string{"Fjordkem [company party]"},
		actors:      []string{"OCP [company mention]"},
	},
	{
		name:        "an ordinal engagement stands for one of the agreements counted",
		text:        "Trois conventions d'investissement ont été signées lundi à Rabat. Le troisième engagement porte sur l'implantation à Safi d'un centre de services de la société marocaine Sahel BPO.",
		signatories: []string{"Sahel BPO [company party]"},
	},
	{
		name:   "an engagement with no ordinal is no agreement",
		text:   "Trois conventions d'investissement ont été signées lundi à Rabat. Cet engagement porte sur l'implantation à Safi d'un centre de services de la société marocaine Sahel BPO.",
		actors: []string{"Sahel BPO [company mention]"},
	},
	{
		name:        "an ordinal for one of the agreements counted, its owner in an apposition",
		text:        "Trois conventions d'investissement ont été signées. Le premier projet, porté par Saharan Sea Foods, porte sur une conserverie. Le second, celui d'Oasis Green Materials, concerne la fabrication de briques. La seconde, celle de la ville, porte sur un parc.",
		signatories: []string{"Saharan Sea Foods [company party]", "Oasis Green Materials [company party]"},
	},
	{
		name:        "in an interview, the company of the speaker signs in the first person",
		text:        "Karima Idrissi (Nexa Data Maroc) : « Nous allons recruter 600 personnes ».\n\nKarima Idrissi : La convention d'investissement que nous avons signée avec le ministère de l'Industrie et l'AMDIE prévoit une aide.",
		signatories: []string{"Nexa Data Maroc [company party]", "ministère de l'Industrie [government party]", "AMDIE [institution party]"},
		actors:      []string{"Karima Idrissi [person mention] org=Nexa Data Maroc"},
	},
	{
		name: "in questions and answers with no caption, the company the lead presents signs in the first person",
		text: "Installé à Oujda, le centre d'Orientis Business Services traite la comptabilité de clients européens. Sa directrice générale, Nadia Berrada, revient sur ce pari.\n\n" +
			"- Pourquoi Oujda ?\n\n- Pour ses universités.\n\n- Quel rôle a joué l'accompagnement public ?\n\n" +
			"- La convention que nous avons signée en 2023 avec la Région de l'Oriental et le Centre régional d'investissement prévoit une prime.",
		signatories: []string{"Orientis Business Services [company party]", "Région de l'Oriental [government party]",
			"Centre régional d'investissement [institution party]"},
		actors: []string{"Nadia Berrada [person mention] role=directrice générale"},
	},
	{
		name:        "in an interview, the company of the speaker asked about the agreement she signed",
		text:        "Omar Fassi (Aerocomp Maroc) : « Nous doublons notre usine ».\n\nQue prévoit le mémorandum d'entente que vous avez signé avec le ministère de l'Industrie ?\n\nOmar Fassi : Un engagement sur cinq ans.",
		signatories: []string{"Aerocomp Maroc [company party]", "ministère de l'Industrie [government party]"},
		actors:      []string{"Omar Fassi [person mention] org=Aerocomp Maroc"},
	},
	{
		name:   "a minister's first person gives no company to her interviewer's guest",
		text:   "Omar Fassi (Aerocomp Maroc) : « Nous doublons notre usine ». La ministre a déclaré : « Nous n'avons rien signé encore ».",
		actors: []string{"Omar Fassi [person mention] org=Aerocomp Maroc", "Aerocomp Maroc [company mention]"},
	},
	{
		name: "a long apposition with a participial phrase on the role's company before the name",
		text: "La convention a été paraphée par le président de la région, Omar Saidi, et le directeur général de Fertisud, filiale du groupe Atlas Mines spécialisée dans les engrais et les produits chimiques de base, Karim Bennis.",
		signatories: []string{
			"Omar Saidi [person signed] role=président de la région",
			"Fertisud [company party] role=filiale du groupe Atlas Mines org=Atlas Mines",
			"Karim Bennis [person signed] role=directeur général de Fertisud, filiale du groupe Atlas Mines spécialisée dans les engrais et les produits chimiques de base org=Fertisud",
		},
		actors: []string{"Atlas Mines [company mention]"},
	},
	{
		name:        "the promoter of a project an agreement story names",
		text:        "Le ministère de l'Industrie a signé douze conventions d'investissement. Parmi elles figure un complexe hôtelier porté par le groupe Marina Bay Resorts à Tanger.",
		signatories: []string{"ministère de l'Industrie [government party]", "Marina Bay Resorts [company party]"},
	},
	{
		name: "a body that is a cosignatory",
		text: "Le ministère de l'Industrie a signé une convention avec la société Orbis Pharma. L'Office de la formation professionnelle (OFP) est cosignataire du texte.",
		signatories: []string{
			"ministère de l'Industrie [government party]",
			"Orbis Pharma [company party]",
			"Office de la formation professionnelle [institution party] acr=OFP",
		},
	},
	{
		name: "a federation that is also a signatory, an incise before its verb",
		text: "Le ministère de l'Industrie a signé une convention avec la société Orbis Pharma. La Fédération des laboratoires, représentée par son président Ali Tazi, en est également signataire.",
		signatories: []string{
			"ministère de l'Industrie [government party]",
			"Orbis Pharma [company party]",
			"Fédération des laboratoires [institution party]",
			"Ali Tazi [person signed] role=président org=Fédération des laboratoires",
		},
	},
	{
		name: "a digit in an acronym doubles its letter, the head word spelled",
		text: "La Fédération Fruits et Fleurs du Souss (F2FS) et la région de l'Oriental ont paraphé une convention-cadre.",
		signatories: []string{
			"Fédération Fruits et Fleurs du Souss [institution party] acr=F2FS",
			"région de l'Oriental [government party]",
		},
	},
	{
		name: "a member of a board signs; a role with an elided article",
		text: "Le groupe Selvane Foods et la région de l'Oriental ont signé un contrat-programme. L'accord a été paraphé par Anouar Kettani, membre du conseil d'administration de Selvane Foods, et par le secrétaire d'État chargé de l'Artisanat, Omar Hejji.",
		signatories: []string{
			"Selvane Foods [company party]",
			"région de l'Oriental [government party]",
			"Anouar Kettani [person signed] role=membre du conseil d'administration de Selvane Foods org=Selvane Foods",
			"Omar Hejji [person signed] role=secrétaire d'État chargé de l'Artisanat",
		},
	},
	{
		name: "members of a management board and of an executive committee sign",
		text: "Les sociétés Nordvik Rail et Atlas Wagons ont conclu un accord. Le document a été signé par Anders Holm, membre du directoire de Nordvik Rail, et Youssef Tahiri, membre du comité exécutif d'Atlas Wagons.",
		signatories: []string{
			"Nordvik Rail [company party]",
			"Atlas Wagons [company party]",
			"Anders Holm [person signed] role=membre du directoire de Nordvik Rail org=Nordvik Rail",
			"Youssef Tahiri [person signed] role=membre du comité exécutif d'Atlas Wagons org=Atlas Wagons",
		},
	},
	{
		name: "a member of a management committee signs for the company",
		text: "La société Bravia Cables a signé une convention avec la région de l'Oriental, représentée par Kamal Jebli, membre du comité de direction de Bravia Cables, et par la présidente de la région, Nadia Ouafi.",
		signatories: []string{
			"Bravia Cables [company party]",
			"région de l'Oriental [government party]",
			"Kamal Jebli [person signed] role=membre du comité de direction de Bravia Cables org=Bravia Cables",
			"Nadia Ouafi [person signed] role=présidente de la région",
		},
	},
	{
		name: "an agreement bears the signatures of its signers",
		text: "Les sociétés Dunes Logistique et Atlas Freight ont conclu un accord de coentreprise. Le texte porte la signature de Hamid Berrada, directeur général de Dunes Logistique, et de Pieter Janssens, président d'Atlas Freight.",
		signatories: []string{
			"Dunes Logistique [company party]",
			"Atlas Freight [company party]",
			"Hamid Berrada [person signed] role=directeur général de Dunes Logistique org=Dunes Logistique",
			"Pieter Janssens [person signed] role=président d'Atlas Freight org=Atlas Freight",
		},
	},
	{
		name: "a decree bears a signature: no signer of the agreement",
		text: "Les sociétés Dunes Logistique et Atlas Freight ont conclu un accord de coentreprise. Le décret d'approbation porte la signature du chef du gouvernement, Aziz Amrani.",
		signatories: []string{
			"Dunes Logistique [company party]",
			"Atlas Freight [company party]",
		},
		actors: []string{"Aziz Amrani [person mention] role=chef du gouvernement"},
	},
	{
		name:   "a role's complements stop before another person named with her role",
		text:   "La visite s'est faite en présence d'Omar Idrissi, directeur de Sofaral, et de Lina Haddad, présidente de Kerama.",
		actors: []string{"Omar Idrissi [person mention] role=directeur de Sofaral org=Sofaral", "Sofaral [company mention]", "Lina Haddad [person mention] role=présidente de Kerama org=Kerama", "Kerama [company mention]"},
	},
	{
		name: "a signer signs alongside the others",
		text: "La ministre de la Santé, Leila Bensaid, a paraphé la convention aux côtés du directeur général de Medica Pharma, Karim Saadi, et de la présidente de la région, Houda Alami.",
		signatories: []string{
			"Leila Bensaid [person signed] role=ministre de la Santé",
			"Medica Pharma [company party]",
			"Karim Saadi [person signed] role=directeur général de Medica Pharma org=Medica Pharma",
			"Houda Alami [person signed] role=présidente de la région",
		},
	},
	{
		name: "alongside at a ceremony of signing is no signature",
		text: "La société Medica Pharma a signé une convention avec la région. La cérémonie de signature s'est tenue aux côtés du wali, Karim Saadi.",
		signatories: []string{
			"Medica Pharma [company party]",
		},
		actors: []string{"Karim Saadi [person mention] role=wali"},
	},
	{
		name: "a contract to be concluded once studies are done has no counterpart yet",
		text: "Le groupe Vale Textil a signé une convention avec la région de l'Oriental. Il devra obtenir ses permis avant de signer un contrat de bail avec la société Nador Terminals.",
		signatories: []string{
			"Vale Textil [company party]",
			"région de l'Oriental [government party]",
		},
		actors: []string{"Nador Terminals [company mention]"},
	},
	{
		name:        "a visit before signing: the signing took place",
		text:        "Une délégation a visité le site hier avant de signer un contrat de bail avec la société Nador Terminals.",
		signatories: []string{"Nador Terminals [company party]"},
	},
	{
		name: "the regional council is the council of the region named before",
		text: "Le Conseil de la région Souss-Massa a signé une convention avec la société Rif Agro. Le président du Conseil régional, Ali Amrani, l'a paraphée.",
		signatories: []string{
			"Conseil de la région Souss-Massa [government party]",
			"Rif Agro [company party]",
			"Ali Amrani [person signed] role=président du Conseil régional org=Conseil de la région Souss-Massa",
		},
	},
	{
		name: "the provincial council is the council of the province named before",
		text: "Le Conseil de la province de Taza a signé une convention avec la société Rif Agro. Le président du Conseil provincial, Ali Amrani, l'a paraphée.",
		signatories: []string{
			"Conseil de la province de Taza [government party]",
			"Rif Agro [company party]",
			"Ali Amrani [person signed] role=président du Conseil provincial org=Conseil de la province de Taza",
		},
	},
	{
		name: "the communal council is the council of the commune named before",
		text: "Le Conseil de la commune de Tiznit a signé une convention avec la société Rif Agro. Le président du Conseil communal, Ali Amrani, l'a paraphée.",
		signatories: []string{
			"Conseil de la commune de Tiznit [government party]",
			"Rif Agro [company party]",
			"Ali Amrani [person signed] role=président du Conseil communal org=Conseil de la commune de Tiznit",
		},
	},
	{
		name: "the prefectoral council is the council of the prefecture named before",
		text: "Le Conseil de la préfecture de Fès a signé une convention avec la société Rif Agro. Le président du Conseil préfectoral, Ali Amrani, l'a paraphée.",
		signatories: []string{
			"Conseil de la préfecture de Fès [government party]",
			"Rif Agro [company party]",
			"Ali Amrani [person signed] role=président du Conseil préfectoral org=Conseil de la préfecture de Fès",
		},
	},
	{
		name: "a long insertion between procédé and the signing",
		text: "La société Rif Agro et le Conseil de la région Souss-Massa ont procédé, jeudi dernier au siège de la wilaya à Agadir, à la signature d'une convention.",
		signatories: []string{
			"Rif Agro [company party]",
			"Conseil de la région Souss-Massa [government party]",
		},
	},
	{
		name: "a locution with a stop word goes on in a body's name",
		text: "La société Selvane Foods et l'Office régional de mise en valeur agricole du Tadla ont signé un contrat-programme.",
		signatories: []string{
			"Selvane Foods [company party]",
			"Office régional de mise en valeur agricole du Tadla [institution party]",
		},
	},
	{
		name: "an upgrading agency: a locution with the preposition à",
		text: "La société Selvane Foods et l'Agence de mise à niveau des entreprises ont signé un contrat-programme.",
		signatories: []string{
			"Selvane Foods [company party]",
			"Agence de mise à niveau des entreprises [institution party]",
		},
	},
	{
		name: "a founding president and a chargée d'affaires sign",
		text: "La convention a été signée par Omar Tazi, président-fondateur de Rif Agro, et par la chargée d'affaires de l'ambassade de France, Claire Martin.",
		signatories: []string{
			"Omar Tazi [person signed] role=président-fondateur de Rif Agro org=Rif Agro",
			"Rif Agro [company party]",
			"Claire Martin [person signed] role=chargée d'affaires de l'ambassade de France",
		},
	},
	{
		name: "a founding president, feminine, and a chargé d'affaires sign",
		text: "La convention a été signée par Leila Tazi, présidente-fondatrice de Rif Agro, et par le chargé d'affaires de l'ambassade de France, Paul Martin.",
		signatories: []string{
			"Leila Tazi [person signed] role=présidente-fondatrice de Rif Agro org=Rif Agro",
			"Rif Agro [company party]",
			"Paul Martin [person signed] role=chargé d'affaires de l'ambassade de France",
		},
	},
	{
		name: "alongside after the signer named by par: no cosigner",
		text: "La convention a été signée par le directeur général de Medica Pharma, Karim Saadi, aux côtés du wali de la région, Omar Tazi.",
		signatories: []string{
			"Medica Pharma [company party]",
			"Karim Saadi [person signed] role=directeur général de Medica Pharma org=Medica Pharma",
		},
		actors: []string{"Omar Tazi [person mention] role=wali de la région"},
	},
	{
		name: "a verb in the imperfect is no word of a body's name",
		text: "C'est un dossier que la Région de l'Oriental suivait depuis deux ans. La société Rif Agro a signé une convention avec la Région de l'Oriental.",
		signatories: []string{
			"Région de l'Oriental [government party]",
			"Rif Agro [company party]",
		},
	},
	{
		name: "a verb in the imperfect plural is no word of a body's name",
		text: "C'est un chantier que la société Rif Agro et le Conseil de la région Souss-Massa préparaient depuis 2020. La société Rif Agro a signé une convention avec le Conseil de la région Souss-Massa.",
		signatories: []string{
			"Rif Agro [company party]",
			"Conseil de la région Souss-Massa [government party]",
		},
	},
}
