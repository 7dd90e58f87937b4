package parties

// stateTests are articles in miniature that name States, Moroccan and
// foreign, or lists of signers, with the signatories and actors they name.
var stateTests = []findCase{
	{
		name: "a memorandum between two kingdoms",
		text: "Le mémorandum d'entente entre le Royaume du Maroc et le Royaume d'Espagne a été signé à Madrid.",
		signatories: []string{
			"Royaume du Maroc [government party]",
			"Royaume d'Espagne [government party]",
		},
	},
	{
		name: "the governments of two States name the States",
		text: "Un accord-cadre a été signé entre le gouvernement du Royaume du Maroc et le gouvernement de la République de Corée.",
		signatories: []string{
			"Royaume du Maroc [government party]",
			"République de Corée [government party]",
		},
	},
	{
		name: "a State's head with adjectives",
		text: "Le Maroc et la République populaire de Chine ont signé un mémorandum d'entente.",
		signatories: []string{
			"Maroc [government party]",
			"République populaire de Chine [government party]",
		},
	},
	{
		name: "a country is no company",
		text: "Un accord a été signé entre le Maroc et la Corée.",
		signatories: []string{
			"Maroc [government party]",
			"Corée [government party]",
		},
	},
	{
		name: "a country named in passing is no actor",
		text: "Le groupe a signé une convention avec la société Atlas Fruits pour une usine qui exportera vers l'Espagne.",
		signatories: []string{
			"Atlas Fruits [company party]",
		},
	},
	{
		name: "a superlative before entre compares",
		text: "Le directeur de l'office a paraphé l'accord de prêt, l'un des plus importants entre l'Allemagne et le Maroc.",
	},
	{
		name: "signers with their titles, parted by semicolons",
		text: "La convention a été paraphée par Samira Bennouna, secrétaire générale du ministère de l'Agriculture ; Nadia Cherkaoui, directrice générale de l'Agence nationale pour le développement de l'aquaculture ; et Youssef Amrani, président-directeur général de la société Atlantic Shellfish Farms.",
		signatories: []string{
			"Samira Bennouna [person signed] role=secrétaire générale du ministère de l'Agriculture org=ministère de l'Agriculture",
			"Nadia Cherkaoui [person signed] role=directrice générale de l'Agence nationale pour le développement de l'aquaculture org=Agence nationale pour le développement de l'aquaculture",
			"Youssef Amrani [person signed] role=président-directeur général de la société Atlantic Shellfish Farms org=Atlantic Shellfish Farms",
			"Atlantic Shellfish Farms [company party]",
		},
		actors: []string{
			"ministère de l'Agriculture [government mention]",
			"Agence nationale pour le développement de l'aquaculture [institution mention]",
		},
	},
	{
		name: "the signature of people named by their roles",
		text: "Une convention de partenariat a été signée mardi à Fès. La cérémonie a vu la signature du président du Conseil régional, Abdelouahed El Ansari, et du vice-président du groupe, Mehmet Aydın.",
		signatories: []string{
			"Abdelouahed El Ansari [person signed] role=président du Conseil régional org=Conseil régional",
			"Mehmet Aydın [person signed] role=vice-président du groupe",
		},
		actors: []string{"Conseil régional [government mention]"},
	},
	{
		name: "the signature of the document by people",
		text: "Une convention a été signée hier à Dakhla. La cérémonie a vu la signature du document par le ministre de l'Agriculture, Ahmed El Bouari, et par Karim Bennani, président du directoire du consortium.",
		signatories: []string{
			"Ahmed El Bouari [person signed] role=ministre de l'Agriculture",
			"Karim Bennani [person signed] role=président du directoire du consortium",
		},
	},
	{
		name: "a regional office named with its region and no preposition",
		text: "La convention a été signée entre le CRI Fès-Meknès, le Conseil de la région Fès-Meknès et la société Alpha Textile.",
		signatories: []string{
			"CRI Fès-Meknès [institution party] acr=CRI",
			"Conseil de la région Fès-Meknès [government party]",
			"Alpha Textile [company party]",
		},
	},
	{
		name:        "the speaker who signed before speaking",
		text:        "Une convention a été signée jeudi à Fès. « Taza dispose du foncier », a expliqué son directeur général, Omar Kettani, après avoir paraphé le document. Le wali, Ahmed Tazi, a salué le projet après avoir visité le site.",
		signatories: []string{"Omar Kettani [person signed] role=directeur général"},
		actors:      []string{"Ahmed Tazi [person mention] role=wali"},
	},
	{
		name: "the parties that made an agreement official",
		text: "La Région Souss-Massa et le groupe Banque Centrale Populaire ont officialisé, ce jeudi à Agadir, la création d'un fonds régional de 300 millions de dirhams. La convention-cadre instituant ce fonds a été signée par le président du Conseil régional.",
		signatories: []string{
			"Région Souss-Massa [government party]",
			"Banque Centrale Populaire [institution party]",
		},
		actors: []string{"Conseil régional [government mention]"},
	},
	{
		name:   "the signature of an agreement names no signer",
		text:   "La signature de la convention par le ministère, qui a salué le président du groupe, Mehmet Aydın, est attendue.",
		actors: []string{"Mehmet Aydın [person mention] role=président du groupe"},
	},
	{
		name: "a ministry's name stops before the companies it signs with",
		text: "Quatre conventions ont été signées entre le ministère de l'Industrie, du Commerce et de l'Economie numérique et des équipementiers étrangers.",
		signatories: []string{
			"ministère de l'Industrie, du Commerce et de l'Economie numérique [government party]",
		},
	},
	{
		name: "a company described at length, two complements joined",
		text: "Le fournisseur chinois de systèmes de freinage et de composants de châssis Hanwei Auto Parts a signé une convention d'investissement avec le ministère de l'Industrie.",
		signatories: []string{
			"Hanwei Auto Parts [company party]",
			"ministère de l'Industrie [government party]",
		},
	},
}
