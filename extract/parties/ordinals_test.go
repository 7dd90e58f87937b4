package parties

// ordinalTests are cases of TestFindParties on the counterparts of one
// of several agreements named by its ordinal.
var ordinalTests = []findCase{
	{
		name: "an ordinal put first as the topic, taken up by 'il'",
		text: "Le ministère de l'Industrie a signé trois mémorandums d'entente. Le premier concerne la société Rif Agro. Quant au troisième, il porte sur l'implantation à Agadir du canadien Nordvik Services, qui s'engage à créer 300 emplois.",
		signatories: []string{
			"ministère de l'Industrie [government party]",
			"Rif Agro [company party]",
			"Nordvik Services [company party]",
		},
	},
	{
		name: "an ordinal put first as the topic, taken up by 'elle'",
		text: "Le ministère de l'Industrie a signé trois conventions. La première concerne la société Rif Agro. Pour la dernière, elle concerne la société Nador Câbles.",
		signatories: []string{
			"ministère de l'Industrie [government party]",
			"Rif Agro [company party]",
			"Nador Câbles [company party]",
		},
	},
}
