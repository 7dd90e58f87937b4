package parties

import "veille/extract/text"

// The small closed classes of French words the grammar tests, by the role
// they play in it, and the phrases it looks for. Keys are folded
// (normalize.Fold); phrases are text.Compile patterns. The larger
// vocabularies (roles, company words, verbs) are in data.go and in the
// sets beside the rules that read them.

// Function words.
var (
	conjAnd          = wordSet("et")                    // coordination
	prepDe           = wordSet("de")                    // the bare preposition
	contractedDe     = wordSet("du", "des", "d'")       // "de" with its article
	articlesAfterDe  = wordSet("la", "l'", "les")       // "de la", "de l'", "de les"
	definiteArticles = wordSet("le", "la", "l'")        // the definite article
	stateArticles    = wordSet("le", "l'", "les")       // before "Maroc", "Royaume", "État", "autorités"
	contractedAu     = wordSet("du", "au", "aux")       // before a ministry: "au ministère"
	contractedSing   = wordSet("du", "au")              // before a role: "du ministre"
	contractedAux    = wordSet("aux")                   // before a plural list noun
	contractedA      = wordSet("au", "aux")             // "au", "aux" before a party
	listJoiners      = wordSet(",", "et")               // between the items of a list
	signedFrom       = wordSet("depuis")                // "A, depuis Casablanca, et B": where A signed
	prepToward       = wordSet("a", "au", "aux")        // "lie A à B"
	prepA            = wordSet("a")                     // "filiale à 100 %"
	prepFor          = wordSet("pour")                  // "Fonds X pour l'investissement"
	prepAccordingTo  = wordSet("selon")                 // reported speech
	prepOn           = wordSet("sur")                   // "porte sur"
	prepsThen        = wordSet("par", "avec")           // "..., et par Y"
	adverbEach       = wordSet("respectivement")        // "et respectivement par B et C"
	singularDets     = wordSet("une", "un", "la", "le") // "une filiale"
	singularPoss     = wordSet("sa", "son")             // "sa filiale"
	relativeQue      = wordSet("que", "qu'")            // opens a clause
	relativeQui      = wordSet("qui")                   // opens a relative clause
	reflexive        = wordSet("s'")                    // "il s'agit de"
	englishJoiners   = wordSet("and", "of")             // "Bank of Africa"
	// the particles of Spanish, Portuguese, Italian, Dutch and German names
	// inside a company name: "Aguas del Estrecho", "Van der Berg".
	foreignJoiners   = wordSet("del", "della", "delle", "dello", "dos", "das", "do", "da", "di", "van", "von", "der", "den", "ter")
	trailingJoiners  = wordSet(",", "et", "que", "ainsi")
	beenParticiple   = wordSet("ete") // "a été signé": a passive
	agreementFillers = wordSet("de", "d'", ",", "cadre", "conjoint", "investissement", "partenariat",
		"cooperation", "financement", "pret", "entente", "installation", "performance", "franchise",
		"associes", "programme", "intention", "collaboration", "approuve", "approuvee", "approuves",
		"approuvees") // "contrat d'investissement avec", "convention approuvée avec"
	openingAux = wordSet("ont") // "Ont signé ..."
	copulas    = wordSet("figurent", "sont", "figure", "est", ":")
	// signatoryCopulas make their subject a signatory ("X est
	// cosignataire"); copulaFillers may stand around them ("en est
	// également signataire").
	signatoryCopulas = wordSet("est", "sont", "sera", "seront", "etait", "etaient")
	copulaFillers    = wordSet("en", "egalement", "aussi")
	moroccoNames     = wordSet("maroc", "morocco") // a company's country suffix
	countryTails     = wordSet("maroc", "morocco", "africa")
)

// Nouns the grammar reads as heads.
var (
	ministryNouns    = wordSet("ministere", "ministeres")
	ministryPlurals  = wordSet("ministeres")
	ministryStandIns = wordSet("tutelle") // "le ministère de tutelle": a reference, not a name
	councilNouns     = wordSet("conseil")
	regionNouns      = wordSet("region")
	subsidiaryNouns  = wordSet("filiale")
	groupNouns       = wordSet("groupe", "group")
	authorityNouns   = wordSet("autorites") // the State only as "les autorités marocaines"
	signatureNouns   = wordSet("signature", "signatures")
)

// ministryPrefix starts the folded name of every ministry, ministerPrefix
// the folded role of every minister ("ministre délégué").
const (
	ministryPrefix = "ministere"
	ministerPrefix = "ministre"
)

// genericGovernment is the State named as the government without more
// ("le gouvernement"): a summary that a signing minister stands for.
var genericGovernment = wordSet("gouvernement")

// Word stems the grammar tests with a prefix match.
const (
	stemAppose  = "appos"   // apposer, apposé, apposent
	stemProceed = "procede" // procédé, procèdent
)

// participleEndings are the endings of French past participles, as written.
var participleEndings = []string{"é", "ée", "és", "ées", "u", "ue", "us", "ues"}

// pastParticipleMark ends the participle "lié", not the verb "lie".
const pastParticipleMark = "é"

// Phrases.
var (
	phInCharge     = text.Compile("en charge")        // "en charge du Budget"
	phAinsiQue     = text.Compile("ainsi que")        // coordination
	phDeL          = text.Compile("de l'")            // "Crédit de l'Ouest"
	phOfTheProject = text.Compile("du projet")        // "le porteur du projet"
	phKingdom      = text.Compile("royaume du maroc") // the State in full
	phMoroccanGov  = text.Compile("etat|gouvernement marocain")
	phAuthorities  = text.Compile("autorites marocaines") // the State
	phUnderThe     = text.Compile("sous la")              // "sous la présidence de"
	phInPartner    = text.Compile("en partenariat")       // "en partenariat avec": not a party
	// a superlative before "entre" compares: "l'un des plus importants
	// entre l'Allemagne et le Maroc" names no party.
	phSuperlative = text.Compile("des|le|la|les plus|moins")
	phInPresence  = text.Compile("en presence")                 // guests, not parties
	phProceedTo   = text.Compile("a la signature")              // "ont procédé à la signature"
	phCommaAnd    = text.Compile(", et")                        // closes an apposition
	phOneSide     = text.Compile("d' une|autre part")           // "d'une part", "d'autre part"
	phOtherSide   = text.Compile("de l' autre")                 // "de l'autre"
	phForTheSide  = text.Compile("pour la partie")              // "pour la partie marocaine"
	phForThe      = text.Compile("pour le|la|les")              // "et, pour les deux entreprises, par"
	phSideOf      = text.Compile("cote")                        // "côté chinois"
	phSideOfThe   = text.Compile("du cote")                     // "du côté marocain"
	phObjectOf    = text.Compile("l' objet d' un|une")          // "a fait l'objet d'une convention"
	phSignatureOf = text.Compile("la|les signature|signatures") // "porte la signature de"
	phAlongside   = text.Compile("aux cotes")                   // "a signé aux côtés de"
	phBeforeTo    = text.Compile("avant de|d'")                 // "avant de conclure"
)

// sidePhrases are the phrases that tell the sides of an agreement
// apart (sideEnd): a sentence without the last word of one names none.
var sidePhrases = []text.Phrase{phOneSide, phOtherSide, phForTheSide, phSideOf, phSideOfThe}

// nameLocutions are nouns whose stop word is no end of the name they
// stand in ("Office régional de mise en valeur agricole").
var nameLocutions = []text.Phrase{
	text.Compile("mise en valeur|oeuvre|place|service|exploitation"),
	text.Compile("mise a niveau"),
}

// linkIncises may stand between "lie" and its first party: "lie pour sa
// part l'ONEE au consortium", "lie également A à B".
var linkIncises = []text.Phrase{
	text.Compile("pour sa|leur part"),
	text.Compile("de son|leur cote"),
	text.Compile("quant a lui|elle|eux"),
	text.Compile("egalement|aussi|desormais|notamment|ainsi"),
}

// unconcluded say that an agreement is only being discussed ("un
// partenariat avec X est à l'étude"): in a sentence that reports no
// signing, its counterparts are no parties yet.
var unconcluded = []text.Phrase{
	text.Compile("a l' etude"),
	text.Compile("en cours de negociation|negociations|discussion|discussions|finalisation"),
	text.Compile("en negociation|negociations|discussion|discussions"),
}

// afterIncise returns where the parties after "lie" at i-1 start: past an
// incise of linkIncises and its commas.
func (s *psent) afterIncise(i int) int {
	k := i
	if s.f(k) == "," {
		k++
	}
	for _, p := range linkIncises {
		if e, ok := text.MatchAt(p, s.toks, k); ok {
			if s.f(e) == "," {
				e++
			}
			return e
		}
	}
	return i
}

// writtenPrepA holds the preposition "à" as written (raw text, not
// folded): its accent tells it from the verb "a", which folds alike and
// ends a noun phrase (verbStops), while "à" goes on inside it ("la
// production de A à Casablanca").
var writtenPrepA = map[string]bool{"à": true}

// listMarks open the items of a list ("- Contrat ...", "2) Accord ...").
var listMarks = wordSet("-", "•", ")", "*") // en and em dashes are no tokens

// notDeals follow agreements between States or in politics, which have
// no parties in our sense: "l'accord de libre-échange avec l'UE".
var notDeals = []text.Phrase{
	text.Compile("de libre-echange"),
	text.Compile("libre-echange"),
	text.Compile("d' association"),
	text.Compile("de peche|paix|principe|siege|coalition|gouvernement|majorite"),
	text.Compile("commercial|commerciaux|agricole|agricoles|aerien|aeriens|collective|collectives"),
	text.Compile("de cessez-le-feu"),
}

// consentBefore make "accord" a consent, not a deal ("en accord avec",
// "son accord"); elidedDe makes it "d'accord" (agreed) unless an
// agreement noun comes before ("protocole d'accord").
var (
	consentBefore = wordSet("en", "son", "leur", "sans")
	elidedDe      = wordSet("d'")
)

// quantifiers open a generic plural group ("plusieurs équipementiers").
var quantifiers = wordSet("plusieurs", "certains", "certaines", "divers", "diverses", "differents",
	"differentes", "nombreux", "nombreuses", "quelques", "autres")

// pluralRoles head the roles of the representatives of several bodies
// ("les directeurs généraux de A et B"); ministers hold portfolios, not
// bodies, and are left out.
var pluralRoles = wordSet("directeurs", "directrices", "presidents", "presidentes", "pdg", "dg",
	"dirigeants", "representants", "responsables", "patrons", "ceo", "gerants", "administrateurs")

// pluralDeterminers open a plural role: "la PDG de" is one person.
var pluralDeterminers = wordSet("les", "des", "leurs", "ses", "ces")

// pluralRoleAdjectives may follow a plural role ("directeurs généraux").
var pluralRoleAdjectives = wordSet("generaux", "generales", "executifs", "delegues", "respectifs",
	"respectives")

// listIntros introduce the members of a generic group: "plusieurs
// équipementiers : A, B", "des opérateurs, notamment A et B".
var listIntros = []text.Phrase{
	text.Compile(":"),
	text.Compile("notamment"),
	text.Compile("dont"),
	text.Compile("parmi lesquels|lesquelles"),
	text.Compile("a savoir"),
	text.Compile("tels|telles que"),
	text.Compile("en l' occurrence"),
}

// positionCue is what a word tells of the party positions that follow it.
type positionCue int

const (
	cueNone        positionCue = iota
	cueAgent                   // "par": signed or presided by
	cuePresidency              // "sous la présidence de"
	cueWith                    // "avec", "entre": the other party
	cueLinks                   // "lie A à B"
	cueConcerns                // "le deuxième concerne B"
	cueBearsOn                 // "le troisième porte sur C"
	cueSignatories             // "parmi les signataires figurent A, B"
	cueItIs                    // "il s'agit de A"
	cueAlongside               // "a signé aux côtés de A": a cosigner
	cueSignatureOf             // "la signature du président de X, A": the signers
	cueHaving                  // "a déclaré A, après avoir signé le document"
)

// positionCues are the words that open a party position.
var positionCues = map[string]positionCue{
	"par":            cueAgent,
	"presidence":     cuePresidency,
	"avec":           cueWith,
	"entre":          cueWith,
	"lie":            cueLinks,
	"lient":          cueLinks,
	"relie":          cueLinks,
	"relient":        cueLinks,
	"liant":          cueLinks, // "la convention, liant A et B, a été signée"
	"reliant":        cueLinks,
	"concerne":       cueConcerns,
	"concernent":     cueConcerns,
	"porte":          cueBearsOn,
	"portent":        cueBearsOn,
	"signataires":    cueSignatories,
	"signataire":     cueSignatories,
	"cosignataires":  cueSignatories,
	"cosignataire":   cueSignatories,
	"co-signataires": cueSignatories,
	"co-signataire":  cueSignatories,
	"agit":           cueItIs,
	"cotes":          cueAlongside,
	"signature":      cueSignatureOf,
	"avoir":          cueHaving,
}

// in reports whether token i is in the word set.
func (s *psent) in(i int, set map[string]bool) bool { return set[s.f(i)] }

// at reports whether phrase p matches from token i on.
func (s *psent) at(i int, p text.Phrase) bool {
	_, ok := text.MatchAt(p, s.toks, i)
	return ok
}

// ending reports whether phrase p ends just before token j.
func (s *psent) ending(j int, p text.Phrase) bool {
	_, ok := text.MatchEnding(p, s.toks, j)
	return ok
}
