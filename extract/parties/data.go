package parties

import (
	"maps"
	"strings"
	"sync"

	"veille/extract/text"
)

// The French data the party rules read. Every key is folded
// (normalize.Fold: lower case, no accents, ' for apostrophes).

// gender is the grammatical gender of a person, as the text marks it.
type gender int8

// Grammatical genders.
const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// roleHeads are the titles a person's role starts with, longest first where
// one is a prefix of another; the gender is the one the form marks.
var roleHeads = []struct {
	phrase string
	gender gender
}{
	{"president-directeur general", genderMale}, {"presidente-directrice generale", genderFemale},
	{"president directeur general", genderMale}, {"presidente directrice generale", genderFemale},
	{"president du directoire", genderMale}, {"presidente du directoire", genderFemale},
	{"president-fondateur", genderMale}, {"presidente-fondatrice", genderFemale},
	{"president du conseil d'administration", genderMale},
	{"membre du directoire", genderUnknown}, {"membre du conseil d'administration", genderUnknown},
	{"membre du comite executif", genderUnknown}, {"membre du comite de direction", genderUnknown},
	{"chef du gouvernement", genderUnknown}, {"chef de gouvernement", genderUnknown},
	{"premier ministre", genderUnknown},
	{"ministre deleguee", genderFemale}, {"ministre delegue", genderMale}, {"ministre", genderUnknown},
	{"secretaire d'etat", genderUnknown}, {"secretaire generale", genderFemale},
	{"secretaire general", genderMale}, {"haut-commissaire", genderUnknown},
	{"haute-commissaire", genderFemale}, {"haut commissaire", genderUnknown},
	{"wali", genderUnknown}, {"gouverneur", genderMale}, {"gouverneure", genderFemale},
	{"vice-presidente", genderFemale}, {"vice-president", genderMale},
	{"presidente", genderFemale}, {"president", genderMale},
	{"directrice generale", genderFemale}, {"directeur general", genderMale},
	{"directrice executive", genderFemale}, {"directeur executif", genderMale},
	{"directrice", genderFemale}, {"directeur", genderMale},
	{"pdg", genderUnknown}, {"p-dg", genderUnknown}, {"dg", genderUnknown}, {"ceo", genderUnknown},
	{"coo", genderUnknown}, {"cfo", genderUnknown}, {"cto", genderUnknown},
	{"administratrice deleguee", genderFemale}, {"administrateur delegue", genderMale},
	{"administratrice", genderFemale}, {"administrateur", genderMale},
	{"co-fondatrice", genderFemale}, {"co-fondateur", genderMale},
	{"cofondatrice", genderFemale}, {"cofondateur", genderMale},
	{"fondatrice", genderFemale}, {"fondateur", genderMale},
	{"ambassadrice", genderFemale}, {"ambassadeur", genderMale},
	{"consule generale", genderFemale}, {"consul general", genderMale},
	{"chargee d'affaires", genderFemale}, {"charge d'affaires", genderMale},
	{"maire", genderUnknown}, {"conseillere", genderFemale}, {"conseiller", genderMale},
	{"country manager", genderUnknown}, {"managing director", genderUnknown}, {"managing partner", genderUnknown},
	{"chairman", genderMale}, {"chairwoman", genderFemale}, {"vice-chairman", genderMale},
	{"general manager", genderUnknown}, {"executive vice president", genderUnknown},
	{"senior vice president", genderUnknown}, {"vice president", genderUnknown},
	{"chief executive officer", genderUnknown}, {"head of", genderUnknown},
	{"gerante", genderFemale}, {"gerant", genderMale},
	{"patronne", genderFemale}, {"patron", genderMale},
	{"responsable", genderUnknown}, {"porte-parole", genderUnknown},
	{"chef de cabinet", genderUnknown}, {"chef", genderUnknown},
	{"associee", genderFemale}, {"associe", genderMale}, {"partner", genderUnknown},
	{"recteur", genderMale}, {"rectrice", genderFemale},
	{"commissaire", genderUnknown}, {"delegue general", genderMale},
	{"representante", genderFemale}, {"representant", genderMale},
	{"deleguee generale", genderFemale}, {"delegue regional", genderMale},
	{"deleguee regionale", genderFemale},
	// stand-ins for the role said just before: "par le directeur général
	// de A, X, et par celui de B, Y".
	{"celle", genderFemale}, {"celui", genderMale},
}

// roleAdjectives may follow a role head before its complement
// ("ministre délégué", "directeur général adjoint", "président exécutif").
var roleAdjectives = wordSet(
	"delegue", "deleguee", "general", "generale", "adjoint", "adjointe", "executif", "executive",
	"national", "nationale", "regional", "regionale", "federal", "federale", "delegue general", "sortant", "sortante",
	"interimaire", "principal", "principale", "senior", "pays", "associe", "associee",
	"fondateur", "fondatrice", "operationnel", "operationnelle", "financier", "financiere",
	"commercial", "commerciale", "technique", "honoraire", "permanent", "permanente",
	"local", "locale", "international", "internationale", "europeen", "europeenne",
	"marocain", "marocaine", "francais", "francaise", "espagnol", "espagnole", "americain",
	"americaine", "japonais", "japonaise", "canadien", "canadienne", "allemand", "allemande",
	"britannique", "italien", "italienne", "chinois", "chinoise", "indien", "indienne",
	"emirati", "emiratie", "saoudien", "saoudienne", "portugais", "portugaise", "belge",
	"suisse", "turc", "turque", "coreen", "coreenne", "africain", "africaine", "nigerian",
	"nigeriane", "senegalais", "senegalaise", "tunisien", "tunisienne", "algerien", "algerienne",
	"egyptien", "egyptienne", "qatari", "israelien", "israelienne", "neerlandais", "neerlandaise",
)

// nationalityNouns, after a determiner, introduce a company ("le chinois
// BYD", "l'américain Microsoft").
var nationalityNouns = wordSet(
	"americain", "francais", "espagnol", "allemand", "japonais", "chinois", "coreen",
	"britannique", "italien", "canadien", "indien", "turc", "emirati", "saoudien", "qatari",
	"portugais", "belge", "suisse", "neerlandais", "suedois", "danois", "norvegien",
	"finlandais", "irlandais", "autrichien", "israelien", "egyptien", "tunisien", "senegalais",
	"nigerian", "sud-africain", "marocain", "europeen", "asiatique", "africain",
	"emirien", "koweitien", "omanais", "bahreini", "jordanien", "libanais", "algerien",
	"mauritanien", "ivoirien", "kenyan", "russe", "polonais", "tcheque", "grec", "roumain",
	"bresilien", "mexicain", "argentin", "australien", "singapourien", "malaisien",
	"indonesien", "vietnamien", "taiwanais", "sud-coreen", "luxembourgeois", "nord-americain",
)

// civilities come before a name; the value is the gender they mark.
var civilities = map[string]gender{
	"m": genderMale, "mr": genderMale, "monsieur": genderMale, "mm": genderMale,
	"mme": genderFemale, "madame": genderFemale, "mlle": genderFemale, "mademoiselle": genderFemale,
	"dr": genderUnknown, "pr": genderUnknown, "professeur": genderUnknown, "professeure": genderFemale,
	"docteur": genderUnknown, "docteure": genderFemale,
}

// nameParticles may sit inside a person's name ("Aziz El Othmani", "Ahmed
// Ben Ali", "Ursula von der Leyen") but never end it.
var nameParticles = wordSet(
	"el", "al", "ben", "ibn", "bin", "bent", "ait", "ou", "ould", "bel", "bou", "abou", "abd",
	"de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du", "mc", "mac",
)

// nameStop are capitalised words that are never part of a person's name:
// function words that open sentences, months, days, and common nouns that
// headlines capitalise.
var nameStop = wordSet(
	"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces",
	"selon", "pour", "dans", "par", "avec", "sur", "en", "au", "aux", "a", "il", "elle",
	"ils", "elles", "on", "nous", "vous", "je", "mais", "et", "ou", "donc", "or", "ainsi",
	"puis", "alors", "enfin", "cependant", "toutefois", "notamment", "lors", "depuis", "apres",
	"avant", "entre", "sous", "chez", "vers", "contre", "parmi", "outre", "quant", "si", "comme",
	"quand", "lorsque", "tandis", "afin", "grace", "face", "suite", "via", "signalons",
	"rappelons", "notons", "precisons", "ajoutons", "lire", "voir", "source", "photo",
	"aussi", "encore", "toujours", "deja", "celui", "celle", "ceux", "tous", "tout", "toute",
	"chaque", "plusieurs", "certains", "aucun", "leur", "leurs", "son", "sa", "ses", "notre",
	"nos", "votre", "mon", "ma", "mes", "qui", "que", "dont", "pourquoi", "comment", "oui",
	"non", "hier", "aujourd'hui", "demain", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
	"samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
	"aout", "septembre", "octobre", "novembre", "decembre", "menu", "accueil", "search",
	"economie", "actualite", "actualites", "societe", "politique", "monde", "sport", "culture",
	"royaume", "etat", "gouvernement", "communique", "sm", "sa majeste", "roi", "prince",
	"princesse", "dieu", "islam", "nations", "unies", "union", "europeenne", "afrique", "europe",
	"asie", "amerique", "nord", "sud", "est", "ouest", "centre", "programme", "plan", "strategie",
	"pacte", "charte", "loi", "decret", "dahir", "salon", "forum", "sommet", "conference",
	"edition", "journee", "journees", "semaine", "ceremonie", "cite", "cites",
	"marocain", "marocaine", "marocains", "francais", "the", "of", "and", "in", "at", "to",
	"ces", "tel", "telle", "telles", "tels", "quelque", "quelques", "certaines", "autre", "autres",
	"premier", "premiere", "deuxieme", "troisieme", "dernier", "derniere", "nouveau", "nouvelle",
	"bref", "ici", "la-bas", "voici", "voila", "merci", "bravo", "bonjour", "pas", "plus", "moins",
	"tres", "bien", "mieux", "tant", "ni", "soit", "car", "puisque", "parce", "cela", "ceci", "ca",
	"lisez", "leave", "facebook", "twitter", "linkedin", "pinterest", "whatsapp", "instagram",
	"celui-ci", "celle-ci", "ceux-ci", "celles-ci", "chacun", "chacune", "lequel", "laquelle",
	"lesquels", "lesquelles", "dernier", "derniers", "dernieres", "ensemble", "outre-mer",
)

// firstNames are common given names of the press (Moroccan, French and
// other), with the gender they mark; they make a capitalised pair a name
// even without a role.
var firstNames = sync.OnceValue(func() map[string]gender {
	m := make(map[string]gender)
	add := func(g gender, names string) {
		for _, n := range strings.Fields(names) {
			m[n] = g
		}
	}
	add(genderMale, `mohammed mohamed mohammad mohamad ahmed ahmad abdellah abdallah abdelaziz
	abdelkader abdellatif abdelilah abdelhak abdelmajid abdelouahed abdeslam abderrahim
	abderrahmane abdelghani abdelali abdelkrim abdelhamid abdessamad aziz ali
	omar othmane youssef yousef younes yassine yassir hassan hicham hamid karim khalid
	khaled mehdi mustapha mustafa moulay mohcine mohsine mohssine nabil nizar noureddine
	rachid redouane ridouane ryad riad rida reda saad said samir sami tarik tariq taoufik
	toufik driss jamal jalal kamal larbi lahcen lahoucine mounir mouhcine najib fouad faouzi
	fawzi adil adel amine anas anouar anwar aymane ayoub badr brahim chakib fahd hamza hakim
	ilyas ismail jawad lotfi mahmoud marouane mohssin nasser nourdine othman rabii rachad
	salah salaheddine souhail tawfik wadie walid yahya zakaria zouhair abderraouf
	chafik chakir hafid hassane ibrahim idriss jaouad kacem khalil mbarek miloud
	abdelmounaim abdeljalil abdelouahab abdelatif abdelmalek abdelhadi mouhsine
	jacques jean pierre paul michel philippe francois nicolas olivier laurent thierry
	christophe eric frederic patrick bruno didier alain bernard christian daniel david
	emmanuel franck gerard guillaume henri hugo julien luc marc martin mathieu matthieu
	maxime pascal regis remi richard robert sebastien serge stephane sylvain thomas
	vincent xavier yves antoine arnaud benoit cedric charles denis dominique etienne
	fabien fabrice gilles jerome joel louis lucas manuel marcel raphael romain simon
	john james william george peter mark michael andrew steven steve brian kevin tim
	carlos jose juan luis miguel pedro antonio javier fernando manuel alejandro diego
	hiroshi takashi kenji akira satoshi wang li zhang chen liu yang hans klaus stefan`)
	add(genderFemale, `ghita nadia fatima fatim fatima-zahra fatim-zahra fatiha khadija
	amina aicha asmaa asma hind houda ilham imane iman jamila karima latifa leila
	loubna malika meryem maryam mariam naima najat nawal nezha nouzha rajaa rachida
	saida salma samira sanaa siham soumaya souad wafaa yasmina yasmine zineb zainab zahra
	zakia zohra hanane hayat hasnaa kenza laila lamia lina meriem mouna nabila noura
	ouafae rim sara sarah sofia touria wiam btissam bouchra dounia fadoua ghizlane
	hajar ibtissam kaoutar khaoula majda manal najia nisrine rkia sabah selma yousra
	amal ikram chaimae ouiam safae
	marie anne sophie isabelle catherine christine nathalie sylvie valerie veronique
	claire julie caroline celine sandrine stephanie laurence helene agnes brigitte
	francoise martine monique chantal emilie elodie aurelie camille charlotte lucie
	pauline marion emma louise alice chloe lea manon sarah laura audrey virginie
	ursula kristalina christine mary elizabeth jennifer susan karen lisa maria ana
	carmen isabel teresa rosa elena`)
	return m
})

// orgHeads give the kind of a body by the head word its French name starts
// with ("Agence ...", "Ministère ...", "Groupe ...").
var orgHeads = map[string]partyKind{
	"agence": kindInstitution, "agency": kindInstitution, "fonds": kindInstitution,
	"fund": kindInstitution, "federation": kindInstitution, "cluster": kindInstitution,
	"caisse": kindInstitution, "office": kindInstitution, "association": kindInstitution,
	"universite": kindInstitution, "university": kindInstitution, "centre": kindInstitution,
	"conseil": kindInstitution, "confederation": kindInstitution, "chambre": kindInstitution,
	"institut": kindInstitution, "institute": kindInstitution, "ecole": kindInstitution,
	"observatoire": kindInstitution, "autorite": kindInstitution, "authority": kindInstitution,
	"commission": kindInstitution, "fondation": kindInstitution, "foundation": kindInstitution,
	"groupement": kindInstitution, "academie": kindInstitution, "organisation": kindInstitution,
	"organization": kindInstitution, "syndicat": kindInstitution, "ordre": kindInstitution,
	"comite": kindInstitution, "council": kindInstitution,
	"haut-commissariat": kindInstitution, "bank": kindInstitution, "banque": kindInstitution,
	"tresorerie": kindInstitution, "administration": kindInstitution, "incubateur": kindInstitution,
	"technopark": kindInstitution, "reseau": kindInstitution, "alliance": kindInstitution,
	"ministere": kindGovernment, "ministry": kindGovernment, "region": kindGovernment,
	"commune": kindGovernment, "wilaya": kindGovernment, "prefecture": kindGovernment,
	"province": kindGovernment, "gouvernement": kindGovernment, "ambassade": kindGovernment,
	"consulat": kindGovernment, "direction": kindGovernment, "departement": kindGovernment,
	"secretariat": kindGovernment, "parlement": kindGovernment, "municipalite": kindGovernment,
	"groupe": kindCompany, "group": kindCompany, "societe": kindCompany, "compagnie": kindCompany,
	"holding": kindCompany, "company": kindCompany, "corporation": kindCompany,
	"parti": kindInstitution, "rassemblement": kindInstitution, "mouvement": kindInstitution,
	"cour": kindInstitution, "tribunal": kindInstitution, "club": kindInstitution,
	"union": kindInstitution, "cooperative": kindInstitution,
}

// eventWords head the names of events, not bodies ("Salon international
// de l'agriculture au Maroc (SIAM)").
var eventWords = wordSet(
	"salon", "forum", "sommet", "conference", "festival", "exposition", "foire", "assises",
	"rencontre", "rencontres", "colloque", "journee", "journees", "semaine", "congres",
	"seminaire", "symposium", "conclave", "trophees", "prix", "programme", "plan", "strategie",
	"initiative", "projet", "pacte", "charte", "loi", "code",
)

// englishHeads make an English-style name an institution wherever they
// stand ("Maroc Numeric Cluster", "Tanger Med Special Agency"); "Bank" or
// "Group" do not ("BMCE Bank of Africa" is a company).
var englishHeads = wordSet(
	"cluster", "agency", "fund", "federation", "association", "university", "institute",
	"council", "authority", "foundation", "organization", "organisation", "chamber",
	"commission", "observatory", "academy", "alliance", "network",
)

// placeNouns name buildings and streets: a name after them is not a
// person ("le stade Moulay Abdellah", "l'avenue Mohammed V").
var placeNouns = wordSet(
	"stade", "complexe", "avenue", "boulevard", "rue", "place", "hopital", "lycee", "ecole",
	"universite", "aeroport", "port", "quartier", "palais", "mosquee", "parc", "salle",
	"centre", "hotel", "residence", "cite", "zone", "technopole", "campus", "theatre",
	"musee", "gare", "pont", "barrage", "autoroute", "route", "prix", "trophee", "fondation",
	"institut", "faculte", "prefecture", "province", "commune", "arrondissement", "douar",
)

// companyWords mark a capitalised sequence as a company when they follow
// its first word ("KPMG SASU", "NTT Data Morocco", "Eids Maroc"): the
// legal forms and the words below.
var companyWords = withWords(legalForms,
	"co", "morocco", "maroc", "africa",
	"services", "service", "consulting", "technologies", "technology", "tech", "solutions",
	"center", "data", "digital", "systems", "group", "groupe", "holding", "partners", "capital",
	"telecom", "software", "labs", "international", "global", "outsourcing", "bpo", "industries",
	"industry", "energy", "motors", "automotive", "aerospace", "engineering", "electronics",
	"networks", "cloud", "pharma", "logistics", "invest", "ventures", "interactive", "media",
	"medias", "conseil", "consultants", "informatique", "it", "ecs", "mena", "maghreb",
	"north", "worldwide", "enterprises", "management", "advisory", "security", "cables", "wiring",
	"bank", "banque", "assurance", "assurances", "immobilier", "distribution", "textile", "energies",
	// Sectors of tourism, mining, energy, farming, ports and transport.
	"resorts", "resort", "hotels", "mining", "minerals", "resources", "metals", "steel", "power",
	"renewables", "solar", "foods", "farms", "seafood", "shipping", "terminals", "airlines",
	"airways", "aviation", "connectivity", "electric", "automation", "mobility", "chemicals",
	"materials", "components", "textiles", "apparel", "chain", "freight", "cargo", "packaging",
	"plastics", "biotech", "biopharma", "fisheries",
)

// tradeHeads are French trade nouns that head the name of a plant and its
// firm: "Laiterie Al Khair", "Conserveries du Souss", "Tanneries de
// l'Atlas".
var tradeHeads = wordSet(
	"laiterie", "laiteries", "fromagerie", "fromageries", "conserverie", "conserveries", "minoterie",
	"minoteries", "huilerie", "huileries", "sucrerie", "sucreries", "cimenterie", "cimenteries",
	"raffinerie", "raffineries", "fonderie", "fonderies", "tannerie", "tanneries", "biscuiterie",
	"biscuiteries", "confiserie", "confiseries", "brasserie", "brasseries", "filature", "filatures",
	"tissage", "tissages", "imprimerie", "imprimeries", "verrerie", "verreries",
)

// legalForms end a company name and are never a name by themselves.
var legalForms = wordSet("sa", "sasu", "sarl", "sas", "sarlau", "ltd", "inc", "gmbh", "llc", "plc", "ag", "spa", "bv", "nv", "corp",
	"corporation", "limited", "asa", "oyj", "srl")

// gluedLegalForms are the legal forms written as letters glued by dots or
// a slash, folded, without a last dot ("Nordvind Energy A/S", "Fincantieri
// S.p.A."): they end a company name as legalForms do.
var gluedLegalForms = wordSet("a/s", "s.a", "s.p.a", "s.a.s", "s.a.r.l", "s.r.l", "s.l", "n.v", "b.v", "s.a.u")

// dottedForms are the legal forms abbreviated with a dot, which belongs to
// the name: "Cobalt Engines Inc.", "Hanwha Corp.".
var dottedForms = wordSet("inc", "corp", "ltd", "co")

// maxGluedForm bounds the tokens of a glued legal form ("s.a.r.l": 7).
const maxGluedForm = 7

// knownAcronyms are bodies the Moroccan press names by their acronym alone.
var knownAcronyms = map[string]partyKind{
	"amdie": kindInstitution, "cdg": kindInstitution,
	"apebi": kindInstitution, "anapec": kindInstitution, "ofppt": kindInstitution,
	"cri": kindInstitution, "tmsa": kindInstitution, "masen": kindInstitution,
	"cgem": kindInstitution, "ocp": kindCompany, "onee": kindInstitution, "add": kindInstitution,
	"amica": kindInstitution, "amith": kindInstitution, "ammc": kindInstitution,
	"cnss": kindInstitution, "hcp": kindInstitution, "onda": kindInstitution,
	"oncf": kindCompany, "ram": kindCompany, "bam": kindInstitution, "anrt": kindInstitution,
	"bei": kindInstitution, "berd": kindInstitution, "bad": kindInstitution,
	"bird": kindInstitution, "sfi": kindInstitution, "afd": kindInstitution,
	"giz": kindInstitution, "usaid": kindInstitution, "jica": kindInstitution,
	"ompic": kindInstitution, "ccis": kindInstitution, "ccg": kindInstitution,
	"um6p": kindInstitution, "fm6i": kindInstitution, "ifc": kindInstitution,
	"onmt": kindInstitution, "smit": kindInstitution, "onssa": kindInstitution, "ada": kindInstitution,
	"onhym": kindInstitution, "anp": kindInstitution, "adm": kindCompany, "onp": kindInstitution,
	"anda": kindInstitution, "amee": kindInstitution, "siem": kindInstitution, "andzoa": kindInstitution,
	"fec": kindInstitution, "amdi": kindInstitution, "ormva": kindInstitution, "inra": kindInstitution,
	"bcp": kindCompany, "cih": kindCompany,
	"medz": kindCompany, "tfz": kindInstitution, "irfc": kindInstitution, "amcham": kindInstitution,
	"fenip": kindInstitution, "gimas": kindInstitution, "amdl": kindInstitution,
	"aref": kindInstitution, "srm": kindCompany, "cese": kindInstitution,
	"ue": kindInstitution, "onu": kindInstitution, "fmi": kindInstitution, "oit": kindInstitution,
	"pnud": kindInstitution, "unesco": kindInstitution, "unicef": kindInstitution,
	"oms": kindInstitution, "fao": kindInstitution, "ocde": kindInstitution,
}

// notOrgs are upper-case words that are not bodies: units, sectors,
// currencies, events.
var notOrgs = wordSet(
	"ia", "ai", "it", "tic", "tics", "pme", "tpe", "pmi", "rh", "bpo", "ito", "kpo", "r", "d",
	"dh", "dhs", "mdh", "mdhs", "mmdh", "mad", "usd", "eur", "pib", "gitex", "covid", "tva",
	"sa", "sarl", "sas", "sasu", "vs", "ok", "cv", "ceo", "pdg", "p-dg", "dg", "rse", "ods",
	"btp", "ntic", "b2b", "b2c", "erp", "crm", "api", "5g", "4g", "hd", "tv", "km", "ha", "m2",
	"nb", "ps", "ndlr", "afp", "map", "mmsp", "fr", "en", "ar", "uk", "us", "usa",
	"mena", "ir", "is", "kw", "mw", "gw", "pdf", "faq", "vip", "rdv", "ii", "iii", "iv",
	"vi", "vii", "viii", "ix", "xi", "xii", "xx", "xxi", "gmt", "utc", "cop", "can", "fifa",
	"caf", "seo", "ti", "ht", "ttc", "mre", "ma", "com", "www", "ce", "esn", "ssii", "eti",
)

// companyTriggers introduce a company name, possibly after a description
// ("la société spécialisée dans la relation client Cnexia").
var companyTriggers = wordSet(
	"societe", "entreprise", "groupe", "group", "operateur", "filiale", "firme", "cabinet",
	"start-up", "startup", "compagnie", "constructeur", "equipementier", "specialiste",
	"leader", "geant", "fournisseur", "editeur", "esn", "ssii", "prestataire", "multinationale", "holding",
	"enseigne", "assureur", "fabricant", "industriel", "developpeur", "integrateur",
	"distributeur", "acteur", "champion", "mastodonte",
	"laboratoire", "transporteur", "promoteur", "sous-traitant", "investisseur", "consortium",
	"energeticien", "assembleur", "banque", "producteur", "porteur", "fonds",
	"hotelier", "minier", "armateur", "exploitant", "concessionnaire", "gestionnaire", "amenageur",
	"agregateur", "petrolier", "cimentier", "siderurgiste", "voyagiste", "tour-operateur",
	"cooperative", "groupement", "partenaire",
	"textilien", "cablier", "logisticien", "plasturgiste", "papetier", "avionneur", "motoriste", "manufacturier", "pneumaticien",
)

// companyListNouns introduce an enumeration of companies ("avec les
// entreprises A, B et C").
var companyListNouns = wordSet(
	"entreprises", "societes", "groupes", "operateurs", "firmes", "filiales", "cabinets",
	"start-up", "startups", "compagnies", "constructeurs", "equipementiers", "multinationales",
	"investisseurs", "partenaires", "prestataires", "fournisseurs", "editeurs", "industriels",
	"acteurs", "entites", "cooperatives", "groupements",
)

// backRefNouns refer back to the last company when no name follows them
// ("La filiale devrait créer 1 000 emplois").
var backRefNouns = wordSet(
	"societe", "entreprise", "groupe", "operateur", "filiale", "firme", "constructeur",
	"equipementier", "compagnie", "multinationale", "start-up", "startup", "cabinet",
	"enseigne", "investisseur", "industriel", "fabricant", "prestataire", "consortium",
	"energeticien", "assembleur", "laboratoire", "holding", "assureur", "banque", "editeur",
	"promoteur", "producteur", "porteur", "textilien", "cablier", "logisticien", "avionneur", "motoriste",
	"cooperative", "groupement",
)

// backRefPronouns refer back to the last company named.
var backRefPronouns = wordSet("celle-ci", "celui-ci")

// indefiniteArticles introduce a company not named yet: "un investisseur
// du Golfe" says where it comes from.
var indefiniteArticles = wordSet("un", "une")

// determiners open a noun phrase.
var determiners = wordSet("le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "sa", "son", "ses", "leur", "leurs", "notre", "nos")

// numberWords count the parties of an enumeration ("les trois entreprises").
var numberWords = wordSet("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze")

// stopWords end a role, a name complement or a company description: verbs
// and function words that cannot sit inside a title or a body's name.
var stopWords = wordSet(
	"a", "ont", "est", "sont", "etait", "etaient", "sera", "seront", "serait", "avait", "avaient",
	"va", "vont", "qui", "que", "qu'", "dont", "lors", "selon", "dans", "sur", "avec", "par",
	"depuis", "ainsi", "egalement", "aussi", "afin", "pendant", "apres", "avant", "lorsque",
	"quand", "si", "comme", "mais", "ou", "donc", "car", "sans", "sous", "entre", "vers",
	"chez", "contre", "parmi", "hier", "aujourd'hui", "demain", "s'", "se", "n'", "ne", "pas",
	"doit", "doivent", "peut", "peuvent", "devrait", "devraient", "vient", "viennent", "a-t-il",
	"a-t-elle", "il", "elle", "ils", "elles", "on", "lui", "leur", "y", "en", "cette", "ce",
	"cet", "ces", "un", "une", "tout", "tous", "toutes", "toute", "plus", "moins", "tres",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "note", "indique",
	"souligne", "explique", "affirme", "precise", "declare", "ajoute", "estime", "releve",
	"rappelle", "annonce", "signe", "paraphe", "preside", "pour", "dont", "et", "ceux", "celui",
	"celle", "soit", "etc", "autre", "autres",
)

// complementPreps open a complement of a role or a body's name.
var complementPreps = wordSet("de", "du", "des", "d'")

// continuers may follow a comma or "et" inside a role or a name and keep it
// going ("chargé de l'Investissement, de la Convergence et de l'Évaluation").
var continuers = wordSet("de", "du", "des", "d'", "charge", "chargee", "charges", "chargees", "aupres")

// signingWords say that an agreement was signed.
var signingWords = wordSet(
	"signe", "signee", "signes", "signees", "signent", "signer", "signera", "signeront",
	"signature", "signatures", "signataire", "signataires", "signant", "cosigne", "co-signe",
	"contresigne", "paraphe", "paraphee", "paraphes", "paraphees", "paraphent", "parapher",
	"paraphant", "scelle", "scellee", "scelles", "scellees", "conclu", "conclue", "conclus",
	"conclues", "concluent", "officialise", "officialisee", "officialises", "officialisees", "officialisent",
)

// approvalWords say that an agreement was approved or adopted ("la
// commission des investissements a approuvé 12 conventions"): the body
// that approves is no party, but the counterparts named with the
// agreement are.
var approvalWords = wordSet(
	"approuve", "approuvee", "approuves", "approuvees", "approuvent", "adopte", "adoptee",
	"adoptes", "adoptees", "valide", "validee", "valides", "validees", "enterine", "enterinee", "enterines", "enterinees",
	"approbation", "adoption",
)

// promotingParticiples, right before "par", name the promoter of a
// project in an agreement story ("un complexe porté par le groupe X").
var promotingParticiples = wordSet("porte", "portee", "portes", "portees")

// presidingParticiples, before "par", name who presided.
var presidingParticiples = wordSet("presidee", "preside", "presides", "presidees")

// representingParticiples, before "par", name who signed for a party.
// "ratifié par" names the signatories too ("un mémorandum ratifié par les
// directeurs généraux de A et B").
var representingParticiples = wordSet("represente", "representee", "representes", "representees",
	"ratifie", "ratifiee", "ratifies", "ratifiees")

// ceremonyParticiples, before "par", name the signatories when the sentence
// is about a signing ("la cérémonie de signature s'est tenue ... par X").
var ceremonyParticiples = wordSet("tenue", "tenu", "deroulee", "deroule", "effectuee", "effectue", "procede", "menee")

// agreementNouns name agreements.
var agreementNouns = wordSet(
	"accord", "accords", "protocole", "protocoles", "memorandum", "memorandums", "memorandum",
	"convention", "conventions", "convention-cadre", "conventions-cadres", "contrat",
	"contrats", "contrat-programme", "contrats-programmes", "partenariat", "partenariats",
	"mou", "charte", "avenant", "avenants", "accord-cadre", "accords-cadres", "entente", "pacte", "pactes",
	"annexe", "annexes",
)

// auxiliaries carry a signing participle ("ont signé", "a paraphé").
var auxiliaries = wordSet("a", "ont", "avait", "avaient", "aura", "auront", "avons", "avez", "vient", "viennent")

// finiteSigning are signing verbs that need no auxiliary.
var finiteSigning = wordSet("signent", "signeront", "signaient", "paraphent", "concluent", "scellent", "signera", "signe", "apposent", "apposeront", "apposera")

// commitmentWords, in an agreement story, make the companies of a sentence
// parties: they pledge jobs, money or a plant.
var commitmentWords = wordSet(
	"engage", "engagent", "creer", "creera", "creeront", "investir", "investira",
	"investiront", "implanter", "implantera", "implanteront", "developpera", "developperont",
	"recruter", "recrutera", "recruteront", "embaucher", "generer", "generera", "genereront",
	"injecter", "injectera", "injecteront", "emploiera", "emploieront",
	"realisera", "realiseront", "modernisera", "moderniseront", "etendra", "etendront",
)

// jobWords make a pledge only with a pledgeWord in the same sentence part:
// "2 000 emplois sont annoncés", not "a créé 12 000 emplois depuis 2012".
// A site to be set up is a pledgeWord: "la société X y aménagera une
// station, pour 40 MDH et 180 emplois".
var (
	jobWords    = wordSet("emplois", "creation", "postes", "developper", "recrutements")
	siteFutures = wordSet(
		"amenagera", "amenageront", "construira", "construiront", "ouvrira", "ouvriront",
		"installera", "installeront", "erigera", "erigeront",
	)
	pledgeWords = withWords(siteFutures,
		"devrait", "devraient", "permettra", "permettront", "permettant", "prevoit", "prevoient",
		"prevu", "prevus", "terme", "horizon", "ici", "annonces", "annonce", "attendus", "seront",
		"sera", "vont", "va", "vise", "visent", "table", "compte", "cle", // "22 emplois à la clé"
	)
)

// wordSet builds a set of folded words.
var wordSet = text.WordSet

// withWords builds a set of the folded words of set and words: a table
// that holds a smaller one, which stays its own.
func withWords(set map[string]bool, words ...string) map[string]bool {
	m := wordSet(words...)
	maps.Copy(m, set)
	return m
}
