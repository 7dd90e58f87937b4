package extract

import "sync"

// jobCues classify a job figure by the words around it.
type jobCueSet struct {
	// anaphoric head-counts right after the number: "800 qu'elle emploie".
	headCount cueList
	// the determiners of a plan that is one actor's own: "un programme
	// d'extension, qui doit lui permettre de recruter".
	ownPlan cueList
	// a figure added to the one before, whose kind it takes: "4.000
	// salariés, auxquels s'ajoutent 30.000 emplois indirects".
	addedAfter cueList
	// "650 que la société emploie": a relative clause with its verb.
	relative    phrase
	employVerbs cueList
	// verbs that let "personnes", "ingénieurs"... count as jobs.
	employ, recruit cueList
	// training between the verb and the people: "compte former 300 jeunes".
	training cueList
	// a verb of training that governs the figure: "nous formons chaque
	// année 400 collaborateurs" (trainees, whatever their noun).
	trainVerbs      cueList
	employOrRecruit cueList
	// existing head-count: just before the number, or after it.
	existingBefore, existingAfter cueList
	// a business sized by its staff: "une PME de 180 salariés".
	sizedBy cueList
	// the floor of a call centre sized by its seats: "un plateau de 900
	// postes", a head-count unless pledged.
	floorOf cueList
	// companies in the plural opening a sentence: "Ces équipementiers".
	pluralCompanies cueList
	// the present participle of employing, tenseless: the future of its
	// clause makes it a pledge ("installera une unité employant 1.600
	// personnes").
	employing cueList
	// the nouns of companies among the entities: not projects, whose jobs
	// are pledged.
	firms cueList
	// a target and the verb that names who set it: "l'objectif fixé par".
	targetSetBy cueList
	// past creation: a retrospective statistic.
	pastBefore, pastAfter cueList
	// a pledge: before the number anywhere in the sentence, or after it.
	pledgeBefore, pledgeAfter cueList
	// macro subjects ("le secteur emploie") and the subjects that are one
	// actor ("la société", "le projet"), which cancel a macro subject said
	// earlier in the sentence.
	macro, actor cueList
	// the sector's bodies that may commit for it in an agreement ("la
	// fédération s'engage à créer 25.000 emplois"), and the verbs they
	// commit by: their other figures are the sector's.
	committingBodies, commits cueList
	// the verb of the livelihoods an activity gives: "la réparation navale
	// fait vivre 2 000 personnes" counts no one's staff.
	livelihood cueList
	// a change of a measure, verbless, before its figure: "en recul de
	// 9.000 postes sur un an".
	change cueList
	// prepositions before the place of a figure's jobs: "800 à Kénitra".
	placePreps cueList
	// the nouns of a whole sector, named before the relative clause of a
	// figure: "la filière textile-habillement, qui emploie 190.000 personnes".
	sectorNouns cueList
	// the policies that set a target: "l'objectif affiché par la stratégie".
	policies cueList
	// the preposition of a complement: "les emplois de l'offshoring", "une
	// trentaine d'entreprises".
	complementOf phrase
	// a passive verb of recruiting after people: "250 conseillers seront
	// recrutés".
	recruitedAfter cueList
	// verbs of creating jobs, which a verb of keeping may be joined to:
	// "créer ou préserver 6.000 emplois".
	creates cueList
	// a target set for a whole sector: "l'objectif de 40.000 emplois dans
	// la filière" (a target noun before the figure, the sector after it).
	targetNoun, sectorAfter cueList
	// the staff of a whole sector as the figure's subject or object: "porter
	// les effectifs du secteur à 270.000", "l'emploi dans la filière
	// atteindra 90.000".
	sectorStaff cueList
	// the sector a head-count belongs to, right after its noun: "les
	// 150.000 salariés du secteur", "les 90.000 emplois de la filière".
	sectorOwner cueList
	// business zones, whose head-count is their companies' together.
	zones cueList
	// a head-count that grows: "porter l'effectif de 600 à 1.100".
	growth cueList
	// the country as the subject opening a sentence: "Le Maroc vise...".
	country cueList
	// plans whose name a relative clause may follow: "la stratégie «Maroc
	// Digital 2030», qui vise 270.000 emplois".
	plans cueList
	// prepositions that make a macro noun a complement ("dans le secteur").
	macroPreps cueList
	listAnd    cueList // the conjunctions that close a list ("A, B et C")
	// a pronoun subject that may stand for a macro subject of the
	// sentence before ("Celui-ci emploie...").
	pronouns cueList
	// a verb of creating or employing after the pronoun "en" standing for
	// jobs: "en créer 900".
	clitic cueList
	// losses and jobs kept ("la suppression de 300 emplois", "300 emplois
	// menacés") are not pledges: they are reported as statistics.
	loss, lossAfter cueList
	// "5 000 emplois créés en 2023": a past participle right after the
	// noun tells a retrospective figure.
	pastParticiple cueList
	// "dont 1.000", "parmi lesquels 900": a part of the figure before, whose
	// noun may be elided ("dont 2.100 au Maroc") when one of elidedNext or
	// punctuation follows.
	partOf, elidedNext cueList
	// a total opening the sentence, of which the figure after it is a
	// part: "Sur les 8.000 emplois visés, environ 5.000 seront créés...".
	outOf cueList
	// "et", "," between two parts: "dont 600 en 2026 et 400 en 2027".
	partNext cueList
	versus   phrase // "contre": a figure compared with the one before
	// a time before now after a compared figure: "contre 200.000 avant la
	// crise" (how things stood then, a statistic).
	earlier cueList
	// "700 dans une première phase, puis 300": the next step of a figure,
	// its noun elided.
	then cueList
	// a count of companies, projects or zones: the head-count or the jobs
	// of many of them is a statistic ("120 sociétés qui emploient...").
	entities cueList
	// "le site existant": the head-count of what is already there.
	existingSubject cueList
	// a total that sums up a past period or many projects ("au total",
	// "depuis le lancement du programme"): with a count of projects and a
	// past verb, their jobs are a tally.
	cumulative cueList
	// "approuvés depuis janvier": the approvals of a period up to now, a
	// running total (not "les 14 projets validés ce lundi").
	since cueList
	// "a été approuvé": a past passive, whose "été" is too short to look
	// like a participle.
	pastPassive cueList
	// workers at work now: "2 000 ouvriers travaillent actuellement sur le
	// chantier" (a worker noun, a present verb of presence, a "now").
	workers, atWork, now cueList
	// the total a growth verb sets: "porte à 2.500 le nombre de salariés",
	// "portera à 900 l'effectif".
	raiseTo, staffTotal, numberOf cueList
	// people a programme serves, not employs: "au profit de 1.800 jeunes",
	// "500 jeunes chercheurs d'emploi"; "pour 1.800 jeunes", but not "un
	// site pour 900 salariés" (its staff).
	beneficiaryBefore, beneficiaryAfter cueList
	beneficiaryFor                      phrase
	// the seats a site can hold, not jobs: "une capacité d'accueil de 800
	// conseillers", "d'une capacité de 1.200 postes".
	capacity cueList
	// projects a commission approved: their jobs add up many investors'
	// ("les projets approuvés en 2024 représentent 3.400 emplois", "la
	// commission avait approuvé en 2024 112 projets"), when a past year
	// or lastYear dates the approval.
	approved, lastYear cueList
	// a plan stated in the imperfect is a past target, not a pledge: "le
	// plan ambitionnait de créer 500.000 emplois".
	pastPlan cueList
	// agreements, as the subject of a past plan, make it the pledge of an
	// agreement still running: "la convention initiale prévoyait 500
	// emplois d'ici 2026".
	agreements cueList
	// what a past action made possible: "a permis de financer 900 projets
	// et de créer 2.100 emplois"; the participle and the auxiliary, which
	// an incise may part ("a, à lui seul, permis de créer").
	enabled, enabledPart, enabledAux cueList
	// creations a past verb reports: "les créations d'emplois ont concerné
	// les services (61.000 postes)".
	creations cueList
	// public programmes: what they made is a statistic, whatever their
	// name ("le programme Forsa a permis de créer...").
	programmes cueList
	// the phases of one project, whose periods are not a retrospective:
	// "en deux phases, la première de 2022 à 2024".
	phases cueList
	// nouns after the job noun that make it a statistic: "postes
	// budgétaires", "emplois rémunérés", "postes en milieu rural" (a
	// labour-force survey).
	statNoun cueList
	// jobs a pledge adds to ("qui s'ajouteront aux 140 emplois"): the
	// existing staff.
	addedTo cueList
	// the agent of a past creation: "créés par l'entreprise".
	agent phrase
	// the determiners that open the items of a list whose verb and noun
	// are elided: "les services ont créé 118.000 postes, le BTP 31.000".
	gapDeterminers cueList
	// what makes a figure a share: "six emplois sur dix".
	shareOf phrase
	// a relative pronoun subject: "Renault, qui a créé...".
	who phrase
	// a workforce target: "devra atteindre l'effectif de 5000 personnes".
	staffTarget cueList
	// verbs of a zone counting the companies it hosts ("abrite 17
	// entreprises") and the past settling of many projects ("20 projets
	// ont été installés"): their jobs are the zone's tally.
	hosting, settled cueList
	// a count named before its figure ("le nombre d'emplois créés
	// s'élève à 36.981"): the noun phrase and the verb that gives its level.
	countOf, level cueList
	// the preposition of the level a growth verb raises a count to:
	// "porter le nombre d'emplois du secteur à 270.000".
	raisedTo phrase
	// the jobs themselves as the subject of a level: "les emplois
	// indirects sont estimés à 2.000".
	jobSubject cueList
}

// manyEntities is the count of companies or zones from which their
// head-count is a statistic even with no date: "120 sociétés qui
// emploient 18 000 salariés" is a sector's figure, "deux filiales qui
// emploient 900 salariés" a group's.
const manyEntities = 10

// sectorNounWords name a whole sector, the economy or the country
// (jobCueSet.sectorNouns): "le secteur, qui emploie", "la filière
// textile-habillement, qui emploie".
var sectorNounWords = []string{"secteur", "filière", "branche", "industrie", "écosystème", "économie",
	"gouvernement", "pays", "royaume"}

// pastAux is the auxiliary of a compound past, in the persons the press
// quotes: "le groupe a créé", "nous avons recruté", "j'ai embauché".
const pastAux = "a|ai|avons|avez|ont|avait|avions|avaient"

// jobCues are the cue lists of the job stages, built once.
var jobCues = sync.OnceValue(func() *jobCueSet {
	cs := &jobCueSet{
		relative:    cue("qu|que"),
		employVerbs: cues("emploie(nt)", "emploi", "employait", "employaient", "compte(nt)", "comptait", "comptaient"),
		headCount: cues("qu elle(s)|il(s)|on emploie(nt)|emploi|employait|employaient|compte(nt)",
			"que compte(nt)|emploie(nt)", "que nous employons|comptons", "déjà en poste",
			// "5.700 personnes travaillent pour le groupe"
			"travaille(nt)|travaillait|travaillaient pour|chez"),
		employ: cues("emploie(nt)", "emploi", "employons", "employer", "employant", "emploiera", "emploieront",
			"employait", "employaient", "emploierait", "emploieraient", "comptait", "comptaient",
			"comptera", "compteront",
			"compte(nt)", "comptant", "effectif(s)", "fait|font|faisait|faisaient travailler|vivre", "occupe(nt)", "regroupe(nt)",
			"rassemble(nt)", "fort(e) de", "équipe(s) de|d",
			// the staff of a place: "Casanearshore, où travaillent environ 1.400 personnes"
			"où|y travaille(nt)"),
		training: cues("former", "formera", "formeront", "formation(s)", "formé(e)(s)", "qualifier", "certifier",
			"accompagner", "sensibiliser", "initier"),
		trainVerbs: cues("former", "formera", "formeront", "formerons", "forme(nt)", "formons", "formait",
			"formaient", "a|ont|avait|avaient formé"),
		recruit: cues("recruter", "recrutera", "recruteront", "recruterons", "recrutement(s)", "embaucher",
			"embauchera", "embaucheront", "embaucherons", "embauche(s)", "former et recruter", "employer", "emploierons",
			"emploiera", "emploieront", "employera", "employeront", "fera|feront travailler", "mobiliser", "mobilisera", "mobiliseront", "intégrer", "recruté(e)(s)", "embauché(e)(s)", "employé(e)(s)"),
		existingBefore: cues("emploie(nt)", "emploi", "employant", "emploie(nt) actuellement|déjà|directement|indirectement", "emploie(nt) aujourd'hui",
			"employons|comptons", "employons|comptons actuellement|déjà", "employons|comptons aujourd'hui",
			"compte(nt)", "comptant", "compte(nt) actuellement|déjà", "compte(nt) aujourd'hui", "effectif(s)",
			"effectif(s) actuel(s)", "fort(e) de", "regroupe(nt)", "rassemble(nt)", "occupe(nt)",
			"dispose(nt) de", "employait", "employaient", "emploierait", "emploieraient", "fait|font travailler", "faisait|faisaient travailler",
			"assure(nt)", "assurait", "assuraient", "assure(nt) à elle(s)|lui|eux seul(e)(s)",
			"emploie(nt) à elle(s)|lui|eux seul(e)(s)",
			"effectif(s) actuel(s) de|d", "effectif(s) de|d", "effectif(s) total|global de|d",
			"démarre(nt) avec", "a|ont démarré avec",
			// a head-count kept: "le groupe continue d'employer 2.000 personnes"
			"continue(nt) d employer|occuper", "continue(nt) de compter|faire travailler", "où|y travaille(nt)"),
		sizedBy:   cues("entreprise(s)|société(s)|pme|tpe|usine(s)|unité(s)|groupe(s)|firme(s)|filiale(s)|structure(s) de|d"),
		floorOf:   cues("plateau(x) de|d"),
		employing: cues("employant", "comptant", "occupant"),
		pluralCompanies: cues("elles|ils", "les|ces entreprises|sociétés|équipementiers|opérateurs|industriels|exportateurs|firmes|"+
			"fournisseurs|constructeurs|investisseurs|pme", "les|ces sous traitants"),
		firms: cues("entreprises", "sociétés", "opérateurs", "firmes", "industriels", "exportateurs", "pme", "tpme"),
		existingAfter: cues("actuellement", "à ce jour", "dans le monde", "à travers le monde",
			"aujourd'hui", "déjà", "en poste"),
		pastBefore: cues(pastAux+"|aurait|auraient créé", pastAux+" généré",
			pastAux+"|ayant permis de créer|générer", pastAux+"|ayant permis la création de",
			pastAux+" recruté", pastAux+" embauché", pastAux+" gagné",
			"s est|était|sont|étaient traduit(e)(s) par la création de|d"),
		pastAfter: cues("a|ont|avait|avaient|aurait|auraient été créé(e)(s)|généré(e)(s)|contractualisé(e)(s)",
			"ont|avaient|auraient été recruté(e)(s)|embauché(e)(s)|pourvu(e)(s)"),
		addedAfter: cues("auxquels|auxquelles s ajoutent|ajoutaient|ajouteront", "auxquels|auxquelles viennent s ajouter",
			"à quoi s ajoutent", "s y ajoutent"),
		pledgeBefore: cues("créer", "crééer", "création", "créera", "créeront", "générer", "génèrera",
			"généreront", "générant", "vise(nt)", "visant", "viser", "devrait", "devraient", "permettra",
			"permettront", "permettre", "permettant", "prévoit", "prévoient", "prévoyant", "prévu(e)(s)",
			"à terme", "s engage(nt)", "engage(nt)", "engagement(s)", "promet(tent)", "offrir", "offrira",
			"recruter", "recrutera", "recruteront", "recruterons", "recrutement(s)", "embaucher", "embauchera",
			"embaucherons", "créerons", "emploierons",
			"nouveau(x)", "nouvelle(s)", "d ici", "horizon", "projette(nt)", "ambitionne(nt)", "table sur",
			"objectif", "pourvoir", "ouvrira", "créateur(s) de", "créatrice(s) de", "contribuer à créer",
			"générateur(s) de", "génératrice(s) de", "emploiera", "emploieront", "employera", "employeront", "employer",
			"fera|feront travailler", "mobilisera",
			"mobiliseront", "mobiliser"),
		pledgeAfter: cues("seront|sera créé(e)(s)", "vont|devraient|devrait|pourraient être créé(e)(s)",
			"seront|sera recruté(e)(s)|embauché(e)(s)|généré(e)(s)", "devraient|vont être recruté(e)(s)|embauché(e)(s)|généré(e)(s)",
			"à terme", "d ici", "à l horizon", "horizon", "prévu(e)(s)", "à créer", "à pourvoir"),
		macro: cues("le|ce|la|cette|l secteur|segment|filière|branche|industrie|écosystème|économie|pays|royaume|gouvernement|stratégie",
			"le|la seul|seule secteur|filière|branche|industrie", "la|cette région|province|préfecture",
			"le|l tourisme|textile|automobile|aéronautique|agriculture|bâtiment|btp|offshoring|outsourcing|artisanat|immobilier",
			"la|l pêche|agroalimentaire|logistique|sidérurgie|métallurgie|plasturgie|chimie|parachimie|aquaculture|hôtellerie",
			"l agro industrie", "la relation client", "l externalisation",
			"la|cette feuille de route", "la|cette nouvelle feuille de route", "la|cette nouvelle stratégie|vision|charte",
			"la|cette charte de l investissement", "la|cette charte", "le|ce|l marché du travail", "les secteurs", "ces secteurs",
			"le|ce plan|programme|pacte national|gouvernemental|sectoriel", "le|ce plan d accélération",
			"la|cette vision", "la|cette fédération|confédération|profession|interprofession", "le|ce patronat",
			"le|ce métier", "les|ces métiers", "le volume de l emploi", "les services"),
		committingBodies: cues("la|cette fédération|confédération|profession|interprofession", "le|ce patronat"),
		commits:          cues("s engage(nt) à", "s est|se sont engagé(e)(s) à"),
		livelihood:       cues("fait|font|faisait|faisaient vivre"),
		change:           cues("en recul|baisse|hausse|progression|repli|augmentation|diminution de|d"),
		sectorNouns:      cues(sectorNounWords...),
		policies:         cues("la|cette stratégie"),
		complementOf:     cue("de|du|des|d"),
		recruitedAfter: cues("seront|sera recruté(e)(s)|embauché(e)(s)", "ont|a été recruté(e)(s)|embauché(e)(s)",
			"vont|devraient|doivent être recruté(e)(s)|embauché(e)(s)"),
		placePreps: cues("à", "au", "aux", "dans la|le|les"),
		creates:    cues("créer", "créera", "créeront", "générer", "générera", "généreront"),
		actor: cues("société", "entreprise", "groupe", "filiale", "projet", "usine", "centre", "partenariat",
			"protocole(s)", "convention(s)", "accord(s)", "mémorandum(s)", "investisseur", "opérateur", "unité", "site",
			"coopération", "initiative", "firme", "multinationale", "plateforme", "complexe", "investissement",
			// a verb that gives the sector to one company: "le secteur a été attribué à X".
			"attribué(e)(s)|confié(e)(s)|adjugé(e)(s)|accordé(e)(s) à|au|aux"),
		zones: cues("la|les|cette|ces zone(s)", "le|les|ce|ces parc(s)", "le|les|ce|ces technopôle(s)",
			"la|les|cette|ces technopole(s)", "le|les|ce|ces pôle(s) industriel(s)"),
		targetNoun: cues("objectif(s)", "ambition(s)", "cap", "cible(s)"),
		sectorAfter: cues("dans|pour le|la|l|ce|cette secteur|filière|branche|industrie|écosystème",
			"dans|pour le|la seul|seule secteur|filière|branche|industrie",
			"dans|pour le|l|ce pays|royaume"),
		sectorOwner: cues("du secteur|pays|royaume", "de la filière|branche|profession", "de l industrie|économie"),
		sectorStaff: cues("effectif(s)|emploi(s) du secteur|pays|royaume|tourisme|textile|btp",
			"effectif(s)|emploi(s) de la filière|branche|région|profession",
			"effectif(s)|emploi(s) de l industrie|écosystème|économie",
			"effectif(s)|emploi(s) dans le|la|l|ce|cette secteur|filière|branche|industrie|écosystème"),
		growth: cues("porter", "portera", "porteront", "portant", "passer", "passera", "passeront", "augmenter",
			"augmentera", "faire passer", "fera passer", "hausser", "élever", "élèvera"),
		country: cues("le maroc", "le royaume", "l état", "l économie nationale", "les pouvoirs publics", "le gouvernement",
			"le chef du gouvernement", "l exécutif"),
		targetSetBy: cues("objectif(s)|ambition(s)|cible(s) fixé(e)(s)|affiché(e)(s)|visé(e)(s)|arrêté(e)(s) par"),
		plans:       cues("stratégie", "plan", "programme", "vision", "feuille de route", "pacte", "politique"),
		ownPlan:     cues("un|une|son|sa|ses|leur|leurs"),
		macroPreps:  cues("dans", "de", "du", "des", "au", "aux", "à", "pour", "sur", "en", "par", "avec", "entre", "parmi"),
		listAnd:     cues("et", "ou"),
		pronouns:    cues("celui ci", "celle ci", "ce dernier", "cette dernière", "il", "elle"),
		clitic: cues("en créer|créera|créeront|crée|créent|générer|générera|généreront|recruter|recrutera|"+
			"recruteront|embaucher|embauchera|employer|emploie|emploient|emploiera|compte|comptera|compter",
			"en compte(nt)|emploie(nt) aujourd hui", "en compte(nt)|emploie(nt) actuellement|déjà",
			// "l'agriculture en a perdu 63.000": a loss, which the loss cues read.
			"en a|ont|avait|avaient perdu|supprimé|détruit",
			// "le BTP, qui en a créé 52.000": a past creation, which the past cues read.
			"en "+pastAux+" créé|généré|gagné|ajouté"),
		loss: cues("suppression(s)", "supprimer", "supprimera", "supprimeront", "licenciement(s)", "licencier",
			"licenciera", "perte(s)", "perdre", "perdu", "détruire", "détruit", "destruction(s)", "menace(nt)",
			"menacé(e)(s)", "sauvegarde(r)", "préserver", "maintien", "maintenir"),
		lossAfter: cues("supprimé(e)(s)", "menacé(e)(s)", "perdu(e)(s)", "détruit(e)(s)", "sauvegardé(e)(s)",
			"préservé(e)(s)", "maintenu(e)(s)", "en jeu"),
		pastParticiple: cues("créé(e)(s)", "généré(e)(s)", "recruté(e)(s)", "embauché(e)(s)", "occupé(e)(s)"),
		partOf:         cues("dont", "parmi lesquels|lesquelles|eux|elles"),
		outOf:          cues("sur|parmi les|ces"),
		partNext:       cues("et", ",", "puis"),
		elidedNext: cues("à", "au", "aux", "en", "dans", "pour", "sur", "chez", "et", "ou", "seulement", "environ",
			"dès", "d ici", "avant", "fin"),
		versus: cue("contre"),
		earlier: cues("avant", "auparavant", "il y a", "un|deux|trois|quatre|cinq an(s) plus tôt", "l an dernier|passé",
			"l année dernière|passée", "à la même période", "au début|milieu des années", "à la fin des années", "dans les années"),
		then: cues("puis", "ensuite", "et ensuite", "avant d atteindre", "puis à terme"),
		entities: cues("entreprise(s)", "société(s)", "projet(s)", "zone(s)", "unité(s)", "usine(s)",
			"opérateur(s)", "exploitation(s)", "coopérative(s)", "investisseur(s)", "parc(s)", "établissement(s)",
			"firme(s)", "pme", "tpme", "start up(s)", "startup(s)", "industriel(s)", "exportateur(s)", "filiale(s)"),
		existingSubject: cues("existant(e)(s)", "déjà installé(e)(s)|implanté(e)(s)"),
		cumulative:      cues("au total", "un total de|d", "au cumul", "en cumul", "depuis"),
		since:           cues("depuis"),
		pastPassive:     cues("a|ont|avait|avaient été"),
		workers: cues("ouvrier(s)", "technicien(s)", "agent(s)", "ingénieur(s)", "opérateur(s)",
			"travailleur(s)", "cadre(s)", "ouvrière(s)", "opératrice(s)", "technicienne(s)", "travailleuse(s)"),
		atWork: cues("travaille(nt)", "se relaie(nt)", "s active(nt)", "œuvre(nt)", "oeuvre(nt)", "opère(nt)",
			"est|sont mobilisé(e)(s)", "est|sont déjà|actuellement mobilisé(e)(s)|présent(e)(s)", "est|sont à pied d œuvre|oeuvre", "est|sont présent(e)(s)"),
		now: cues("actuellement", "aujourd hui", "déjà", "en ce moment", "à ce jour"),
		raiseTo: cues("porte(nt)|porter|portera|porteront|porterait|porteraient|porté(e)(s) à",
			"fait|fera passer à", "va faire passer à"),
		staffTotal: cues("l effectif(s)", "l effectif total|global", "son|ses|leur|leurs|ces|les effectif(s)", "les|ces emplois"),
		numberOf:   cues("le nombre total de|d", "le nombre de|d", "le total de|d"),
		beneficiaryBefore: cues("au profit de|du|des|d", "en faveur de|du|des|d", "à destination de|du|des|d",
			"bénéficiant à"),
		beneficiaryFor: cue("pour"),
		capacity: cues("capacité de|d", "capacité d accueil de|d", "capacité totale de|d",
			"capacité d accueil totale de|d", "pouvant accueillir", "capable d accueillir"),
		beneficiaryAfter: cues("chercheur(s)|demandeur(s) d emploi(s)", "en quête d emploi",
			"bénéficiaire(s)", "candidat(s)", "stagiaire(s)", "porteur(s) de projet(s)", "en formation",
			"en recherche d emploi", "sans emploi"),
		approved: cues("projet(s)|dossier(s)|investissement(s)|convention(s) approuvé(e)(s)|validé(e)(s)|"+
			"agréé(e)(s)|autorisé(e)(s)|adopté(e)(s)|retenu(e)(s)",
			// a recap in the pluperfect: "la commission avait approuvé en
			// 2024 un total de 112 projets".
			"avait|avaient approuvé|validé|agréé|autorisé|adopté|retenu",
			"a|ont approuvé|validé|agréé|autorisé|adopté|retenu"),
		lastYear: cues("l an dernier|passé", "l année dernière|passée", "l exercice précédent"),
		pastPlan: cues("ambitionnait", "ambitionnaient", "visait", "visaient", "prévoyait", "prévoyaient",
			"tablait", "tablaient", "projetait", "projetaient"),
		agreements: cues("convention(s)", "accord(s)", "protocole(s)", "mémorandum(s)", "contrat(s)",
			"avenant(s)", "le|ce texte"),
		phases:      cues("phase(s)", "tranche(s)", "étape(s)"),
		enabled:     cues("a|ont|avait|avaient|aurait|auraient|ayant permis de|d"),
		enabledPart: cues("permis de|d"),
		enabledAux:  cues("a", "ont", "avait", "avaient", "aurait", "auraient"),
		creations:   cues("création(s)", "création(s) nette(s)"),
		programmes: cues("le|ce programme", "le|ce dispositif", "le|ce plan", "la|cette stratégie", "le|ce fonds",
			"la|cette politique", "la|cette caisse", "l|cette agence"),
		statNoun: cues("budgétaire(s)", "rémunéré(e)(s)", "non rémunéré(e)(s)", "en milieu urbain|rural",
			"déclaré(e)(s)", "affilié(e)(s)", "immatriculé(e)(s)"), // to social security: a count of the country
		addedTo: cues("s ajoute(nt)|ajoutera|ajouteront|ajouteraient aux|à", "viennent|viendront s ajouter aux|à",
			"qui s ajoute(nt)|ajoutera|ajouteront aux|à"),
		gapDeterminers: cues("le", "la", "les", "l", "celui", "celle", "ceux", "celles"),
		agent:          cue("par"),
		shareOf:        cue("sur"),
		who:            cue("qui"),
		staffTarget: cues("atteindre|atteindra|atteindront|atteindrait|atteindraient l|son|ses|leur|leurs|un effectif(s) de|d",
			"atteindre|atteindra|atteindront|atteindrait|atteindraient l|son|ses|leur|leurs|un effectif(s) total|global de|d",
			"porter|portera|porteront|porterait|porteraient l|son|ses|leur|leurs effectif(s) à",
			"porter|portera|porteront|porterait|porteraient l|son|ses|leur|leurs effectif(s) total|global à",
			"aura|auront un effectif(s) de|d", "disposera|disposeront d un effectif(s) de|d",
			// "l'effectif du groupe sera porté à 2 310 salariés".
			"sera|seront porté(e)(s) à", "devrait|devraient|va|vont être porté(e)(s) à"),
		countOf:  cues("le|du|au nombre|total de|d|des", "le|du|au nombre total de|d|des"),
		raisedTo: cue("à"),
		level: cues("s élève(nt)|élevait|élevaient|élèvera|élèveront à", "atteint", "atteignent", "atteignait",
			"atteindra", "atteindront", "avoisine(nt)", "avoisine(nt) le chiffre de|d", "est|était|sera de|d",
			"se chiffre(nt)|chiffrait|chiffrera à", "dépasse(nt)", "frôle(nt)", "s établit|établissait|établira à",
			"totalise(nt)", "passe(nt)|passera à", "est|sont|sera|seront estimé(e)(s)|évalué(e)(s)|chiffré(e)(s) à"),
		jobSubject: cues("les|ces emplois|postes"),
		hosting: cues("abrite(nt)", "accueille(nt)", "héberge(nt)", "regroupe(nt)", "réunit", "réunissent",
			"rassemble(nt)", "abritait", "accueillait"),
		settled: cues("ont|avaient été installé(e)(s)|implanté(e)(s)|réalisé(e)(s)|lancé(e)(s)",
			"ont|avaient déjà été installé(e)(s)|implanté(e)(s)|réalisé(e)(s)|lancé(e)(s)",
			"se sont installé(e)(s)|implanté(e)(s)", "se sont déjà installé(e)(s)|implanté(e)(s)"),
	}
	cs.employOrRecruit = joinCues(cs.employ, cs.recruit)
	return cs
})
