package normalize

// approxMarker is a French phrase that qualifies the figure after it.
type approxMarker struct {
	form   string
	approx Approx
}

// frApproxMarkers are the approximation markers read before a number.
// "un peu plus de" is MoreThan and "un peu moins de" LessThan: the bound is
// what the writer states, "un peu" only softens it.
var frApproxMarkers = []approxMarker{
	{"plus de", MoreThan}, {"un peu plus de", MoreThan}, {"au-delà de", MoreThan},
	{"dépassant", MoreThan}, {"plus que", MoreThan}, {"supérieur à", MoreThan},
	{"au moins", AtLeast}, {"pas moins de", AtLeast}, {"au minimum", AtLeast},
	{"minimum", AtLeast}, {"un minimum de", AtLeast},
	{"près de", About}, {"environ", About}, {"quelque", About}, {"de l'ordre de", About},
	{"autour de", About}, {"à peu près", About}, {"quasiment", About}, {"quasi", About},
	{"presque", About}, {"approximativement", About}, {"aux alentours de", About},
	{"avoisinant", About}, {"grosso modo", About}, {"pratiquement", About}, {"à peine", About},
	{"tout juste", About},
	{"jusqu'à", UpTo}, {"au plus", UpTo}, {"au maximum", UpTo}, {"pas plus de", UpTo},
	{"un maximum de", UpTo},
	{"moins de", LessThan}, {"un peu moins de", LessThan}, {"inférieur à", LessThan},
}
