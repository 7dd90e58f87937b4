package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// jobString is a compact form of a job for the tables:
// "count kind [y=year] [direct|indirect] [part=total]".
func jobString(j Job) string {
	s := fmt.Sprintf("%d %s", j.Count, j.Kind)
	if j.Year != nil {
		s += fmt.Sprintf(" y=%d", *j.Year)
	}
	if j.Direct != nil {
		if *j.Direct {
			s += " direct"
		} else {
			s += " indirect"
		}
	}
	if j.PartOf != nil {
		s += fmt.Sprintf(" part=%d", *j.PartOf)
	}
	return s
}

func TestFindJobs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"pledge with deadline", "La société s'engage à créer 600 emplois directs d'ici 2028.",
			[]string{"600 pledged y=2028 direct"}},
		{"horizon and creation noun", "L'accord prévoit la création de 1.200 postes à l'horizon de 2030.",
			[]string{"1200 pledged y=2030"}},
		{"same pledge said thrice is one fact",
			"Le groupe annonce la création de 2.400 emplois. Ces 2.400 emplois seront créés à Kénitra. Le ministre a salué la création de 2.400 emplois.",
			[]string{"2400 pledged"}},
		{"existing head-count after a pledge",
			"L'entreprise s'engage à recruter 450 jeunes, en plus des 900 qu'elle emploie actuellement à Tanger.",
			[]string{"450 pledged", "900 existing"}},
		{"sector head-count is a statistic", "Selon la fédération, le secteur emploie plus de 90 000 personnes.",
			[]string{"90000 statistic"}},
		{"sector head-count with a typo", "Il rappelle que le secteur emploi près de 40 000 personnes au Maroc.",
			[]string{"40000 statistic"}},
		{"created over a period", "La filière a créé entre 2015 et 2019, 42.300 emplois directs.",
			[]string{"42300 statistic direct"}},
		{"created from year to year", "De 2016 à 2019, l'industrie a créé plus de 30.000 emplois.",
			[]string{"30000 statistic"}},
		{"jobs one company created up to now are its staff", "Depuis son arrivée, le groupe a créé 3 500 emplois dans la région.",
			[]string{"3500 existing"}},
		{"a sector's past creation in a country", "Au Maroc, les services ont créé 56.000 postes nets.",
			[]string{"56000 statistic"}},
		{"a sector's past creation a named speaker reports",
			"La ministre Salma Idrissi a rappelé que l'essor des énergies propres a permis de créer plus de 30 000 emplois depuis 2012.",
			[]string{"30000 statistic"}},
		{"a company's past creation a speaker reports",
			"Le ministre a indiqué que Sigma Aero a créé 700 emplois depuis son arrivée.",
			[]string{"700 existing"}},
		{"a past creation said in a relative clause", "Sigma Aero, qui a créé 700 emplois à Nouaceur, ouvre un bureau.",
			[]string{"700 existing"}},
		{"a past creation with no company is a statistic", "Au total, 8 000 emplois ont été créés dans la région.",
			[]string{"8000 statistic"}},
		{"a survey's conditional past", "Selon l'enquête, 45.000 emplois auraient été créés sur un an.",
			[]string{"45000 statistic"}},
		{"jobs contracted are a statistic", "Au total, 70.000 emplois ont été contractualisés par le ministère.",
			[]string{"70000 statistic"}},
		{"a target in the imperfect", "La stratégie visait à l'époque 300.000 emplois nouveaux.",
			[]string{"300000 statistic"}},
		{"budget posts", "Le budget ouvre 12.400 postes budgétaires au titre de l'année prochaine.",
			[]string{"12400 statistic"}},
		{"paid and unpaid jobs of a survey", "L'économie a gagné 41.000 emplois rémunérés et perdu 9.000 emplois non rémunérés.",
			[]string{"41000 statistic", "9000 statistic"}},
		{"the phases of a project are not a plan period",
			"Le projet se fera en deux phases : la première, de 2025 à 2027, permettra de créer 400 emplois.",
			[]string{"400 pledged"}},
		{"jobs a pledge adds to are existing", "La nouvelle ligne emploiera 45 techniciens qui s'ajouteront aux 210 emplois créés par la société.",
			[]string{"45 pledged", "210 existing"}},
		{"jobs created by a named company", "Les 1.800 emplois créés par Sigma sont occupés à 70 % par des femmes.",
			[]string{"1800 existing"}},
		{"jobs created with no date are pledged", "Le site représente 90 MDH investis pour 320 emplois créés.",
			[]string{"320 pledged"}},
		{"indirect jobs of an existing plant are a statistic",
			"Jusqu'à présent, l'usine de Kappa a permis la création de 2.500 emplois directs, en plus des 9.000 indirects.",
			[]string{"2500 existing direct", "9000 statistic indirect"}},
		{"a workforce target", "Le groupe, qui devra atteindre l’effectif de 2 400 salariés en 2027, agrandit son usine.",
			[]string{"2400 pledged y=2027"}},
		{"a zone hosts companies", "Le parc abrite 25 entreprises totalisant 4 100 emplois.",
			[]string{"4100 statistic"}},
		{"a zone that already hosts companies", "La zone abrite déjà 35 entreprises totalisant 6 400 emplois.",
			[]string{"6400 statistic"}},
		{"projects that have settled", "Plus de 30 projets ont déjà été implantés dans la zone, générant 5.200 emplois.",
			[]string{"5200 statistic"}},
		{"projects to be carried out are a pledge", "La convention porte sur 6 projets totalisant 1.900 emplois.",
			[]string{"1900 pledged"}},
		{"creations that a past verb reports", "Les nouvelles créations d'emplois ont profité surtout au commerce (31.000 postes).",
			[]string{"31000 statistic"}},
		{"a past verb before a new pledge", "Le groupe, qui a inauguré son usine, prévoit la création de 400 emplois.",
			[]string{"400 pledged"}},
		{"a count named before its figure", "Selon le bilan, le nombre d'emplois créés s'élève à 12.430, en hausse de 8 %.",
			[]string{"12430 statistic"}},
		{"a head-count named before its figure", "Le nombre de salariés de l'usine de Berrechid atteint 640.",
			[]string{"640 existing"}},
		{"a staff count that will grow", "Le nombre de salariés atteindra 1.500 d'ici 2027.",
			[]string{"1500 pledged y=2027"}},
		{"a count of something else", "Le nombre de visiteurs s'élève à 20.000.", nil},
		{"figures in brackets share the noun of the first", "Trois sites sont prévus : Fès (300 emplois), Meknès (120) et Oujda (80).",
			[]string{"300 pledged", "120 pledged", "80 pledged"}},
		{"a figure in brackets alone is not a job", "Le site de Fès (300) ouvrira en mai.", nil},
		{"the next phase of a pledge", "L'usine emploiera 650 personnes dans une première phase, puis 250 dans une seconde.",
			[]string{"650 pledged", "250 pledged"}},
		{"a national plan's target", "Le plan d'accélération industrielle vise la création de 400.000 emplois.",
			[]string{"400000 statistic"}},
		{"a workforce raised to a total", "Le groupe compte porter son effectif à 3200 personnes en 2027.",
			[]string{"3200 pledged y=2027"}},
		{"the seats of a site are not jobs", "Doté d'une capacité d'accueil de 800 conseillers, le centre emploiera 300 personnes.",
			[]string{"300 pledged"}},
		{"what a past programme made possible", "Le programme Intilak a permis de financer 9.000 porteurs de projets et de créer 21.000 emplois.",
			[]string{"21000 statistic"}},
		{"people a building site mobilises", "Le chantier mobilisera 2.500 personnes.", []string{"2500 pledged"}},
		{"a new site that cost and employs", "La nouvelle usine a coûté 200 MDH et emploie 300 personnes.",
			[]string{"300 existing"}},
		{"a staff a future site will have", "L'usine, qui ouvrira en 2026, aura un effectif de 420 personnes.",
			[]string{"420 pledged"}},
		{"other jobs", "Par ailleurs, 700 autres postes seront créés par le groupe.", []string{"700 pledged"}},
		{"a sector awarded to a company", "Le lot câblage a été attribué à Omicron, avec 35 emplois à la clé.",
			[]string{"35 pledged"}},
		{"a verb and its people across an incise", "Le centre emploiera, selon la convention, 250 ingénieurs.",
			[]string{"250 pledged"}},
		{"national target", "La stratégie numérique vise 240.000 emplois d'ici 2030.",
			[]string{"240000 statistic"}},
		{"learners and graduates are not jobs", "La première promotion compte 1.000 apprenants, dont 734 diplômés.",
			nil},
		{"trainees, beds, regions, percentages are not jobs",
			"L'hôpital de 250 lits accueille 40 stagiaires dans les 12 régions ; 72 % des emplois sont occupés par des femmes.",
			nil},
		{"people only with a verb of employing", "Plus de 3 000 personnes ont assisté au salon.", nil},
		{"people after a verb of employing", "L'usine emploie aujourd'hui 1 200 personnes.",
			[]string{"1200 existing"}},
		{"staff is a head-count", "Le groupe compte 5 000 collaborateurs dans le monde.",
			[]string{"5000 existing"}},
		{"compte créer is a pledge", "La filiale compte créer 350 emplois.", []string{"350 pledged"}},
		{"recruiting engineers", "Le centre va recruter 200 ingénieurs d'ici 2026.",
			[]string{"200 pledged y=2026"}},
		{"directs and elided indirects",
			"Le projet générera 3.000 emplois directs et 7.500 indirects.",
			[]string{"3000 pledged direct", "7500 pledged indirect"}},
		{"a part said with dont", "Au total, 4.000 emplois seront créés, dont 1.000 directs.",
			[]string{"4000 pledged", "1000 pledged direct part=4000"}},
		{"parts that add up to an earlier total",
			"Quelque 3 000 nouveaux emplois devraient voir le jour. Alpha créera 1 000 emplois. Beta s'engage à créer 2 000 emplois.",
			[]string{"3000 pledged", "1000 pledged part=3000", "2000 pledged part=3000"}},
		{"words and scale", "Le plan devrait créer un millier d'emplois.", []string{"1000 pledged"}},
		{"ordinal is not a count", "Le Maroc est le 3e pays d'accueil des emplois délocalisés.", nil},
		{"passive future", "Pas moins de 5 050 nouveaux emplois directs devraient être créés à l'horizon 2026.",
			[]string{"5050 pledged y=2026 direct"}},
		{"job losses are not pledges", "Le constructeur annonce la suppression de 300 emplois ; 120 emplois menacés à Tanger.",
			[]string{"300 statistic", "120 statistic"}},
		{"created in a past year", "Au total, 5 000 emplois créés en 2023 dans la région.",
			[]string{"5000 statistic"}},
		{"new jobs created by a deadline", "Le plan prévoit 5 000 nouveaux emplois créés d'ici 2027.",
			[]string{"5000 pledged y=2027"}},
		{"future employing", "Le nouveau site emploiera 500 personnes.", []string{"500 pledged"}},
		{"a sector named by its trade", "Le tourisme emploie 550.000 personnes.", []string{"550000 statistic"}},
		{"relative clause with a name", "Elle recrutera 300 agents, en plus des 650 que la société emploie à Oujda.",
			[]string{"300 pledged", "650 existing"}},
		{"a list of figures shares its noun", "Les trois usines créeront 100, 250 et 400 emplois.",
			[]string{"100 pledged", "250 pledged", "400 pledged"}},
		{"pronoun for the sector", "Le secteur de l'offshoring attire des groupes. Celui-ci emploie plus de 120 000 personnes.",
			[]string{"120000 statistic"}},
		{"en stands for jobs", "Les zones créeront 2 000 emplois d'ici 2030. La première devrait à elle seule en créer 900.",
			[]string{"2000 pledged y=2030", "900 pledged"}},
		{"head-count then a pledge in one sentence",
			"L'entreprise compte déjà 350 salariés au Maroc et prévoit d'en recruter 1.200 supplémentaires d'ici fin 2026.",
			[]string{"350 existing", "1200 pledged y=2026"}},
		{"a relative clause about the sector", "Plusieurs opérateurs du secteur, qui emploie aujourd'hui près de 140.000 personnes, étaient présents.",
			[]string{"140000 statistic"}},
		{"a future year in the clause dates a pledge", "Le groupe prévoit de recruter 400 ingénieurs en 2025.",
			[]string{"400 pledged y=2025"}},
		{"graduates hired are not jobs", "Le dispositif permettra l'embauche de 6.000 lauréats.", nil},
		{"a relative clause that plans", "Elle vise 1 000 emplois, dont les 300 qu'elle compte recruter cette année.",
			[]string{"1000 pledged", "300 pledged"}},
		{"training is not hiring", "Le groupe compte également former 300 techniciens par an.", nil},
		{"a head-count that grows", "Le projet portera l'effectif du site de 600 à 1.100 salariés d'ici 2027.",
			[]string{"600 existing", "1100 pledged y=2027"}},
		{"a range counts its bound by the noun", "L'usine créera entre 500 et 700 emplois.", []string{"700 pledged"}},
		{"the head-count a pledge is compared with", "Le groupe emploiera plus de 9.000 collaborateurs au Maroc, contre 6.500 actuellement.",
			[]string{"9000 pledged", "6500 existing"}},
		{"a verb in the future", "Le nouveau site accueillera 1.000 employés et comptera 200 cadres.",
			[]string{"1000 pledged", "200 pledged"}},
		{"visitors are not jobs", "Le salon accueille 3 000 personnes et accueillera 500 exposants.", nil},
		{"a pronoun for a company", "Le groupe opère dans le secteur automobile. Il emploie 3 000 personnes.",
			[]string{"3000 existing"}},
		{"a sector subject before a complement", "Le secteur, très présent dans le pays, emploie 50 000 personnes.",
			[]string{"50000 statistic"}},
		{"a teaser line is not the article", "Le site emploie 300 salariés.\nÀ lire aussi : 5 000 emplois d'ici 2030 à Dubaï",
			[]string{"300 existing"}},
		{"people recruited last year", "Stellantis, qui a recruté 1.500 jeunes l'an dernier, prévoit d'embaucher 800 techniciens.",
			[]string{"1500 statistic", "800 pledged"}},
		{"a running total of the projects approved since January",
			"La commission porte ainsi à 48 le nombre de projets validés depuis janvier, pour 5.200 emplois prévus.",
			[]string{"5200 statistic"}},
		{"the jobs of the projects approved at this session, in total",
			"Au total, les 14 projets validés ce lundi représentent 1.900 emplois.",
			[]string{"1900 pledged"}},
		{"the jobs of this session's projects",
			"La commission a approuvé mardi 12 projets, qui devraient générer 900 emplois.",
			[]string{"900 pledged"}},
		{"sectors listed after a preposition are no subject",
			"Ces projets, répartis entre l'agro-industrie, la chimie, le tourisme et la logistique, devraient générer 1 500 emplois.",
			[]string{"1500 pledged"}},
		{"a clause joined by \", et\" is no list: its sector is the subject the pronoun refers to",
			"Le marché pèse 20 milliards de dirhams, et l'industrie locale couvre 70 % des besoins. Elle emploie 50 000 personnes.",
			[]string{"50000 statistic"}},
		{"two sectors listed after a preposition", "Ces unités, actives dans l'agroalimentaire et le textile, devraient créer 800 emplois.",
			[]string{"800 pledged"}},
		{"the sector after a place and a comma is the subject", "Au Maroc, le tourisme et l'artisanat emploient 900.000 personnes.",
			[]string{"900000 statistic"}},
		{"a federation's target", "La fédération du textile vise 50.000 emplois supplémentaires d'ici 2028.",
			[]string{"50000 statistic"}},
		{"a federation's target, said with a pronoun", "La profession reste confiante. Elle s'est fixé l'objectif de 30.000 emplois à l'horizon 2030.",
			[]string{"30000 statistic"}},
		{"a federation's agreement that pledges", "La fédération a signé avec la région une convention qui prévoit 2.000 emplois d'ici 2027.",
			[]string{"2000 pledged y=2027"}},
		{"the country's target", "Le Maroc ambitionne de créer 200 000 emplois d'ici 2030.",
			[]string{"200000 statistic"}},
		{"the country and a company", "Le Maroc et Renault vont créer 500 emplois.", []string{"500 pledged"}},
		{"a zone's companies employing people", "La zone franche abrite déjà une trentaine d'entreprises employant près de 4 500 personnes.",
			[]string{"4500 statistic"}},
		{"a park's companies that employ", "Le parc compte aujourd'hui 52 sociétés qui emploient 7 800 salariés.",
			[]string{"7800 statistic"}},
		{"a technopole's companies counting staff", "La technopole réunit une soixantaine de sociétés comptant 9 000 collaborateurs.",
			[]string{"9000 statistic"}},
		{"a company's staff in a relative clause", "Le rapport paraît alors que Sigma Mines, qui emploie plus de 18.000 collaborateurs, poursuit son plan.",
			[]string{"18000 existing"}},
		{"a company's staff counted in a relative clause", "Alpha Textile, qui compte 2 300 salariés, ouvre une usine à Fès.",
			[]string{"2300 existing"}},
		{"a group's people in a relative clause", "Selon le groupe Kappa, qui emploie 950 personnes au Maroc, la demande reste forte.",
			[]string{"950 existing"}},
		{"a cumulative total since an event", "Depuis le lancement du programme en juin 2022, l'agence a validé 140 projets pour un investissement total de 9 milliards de dirhams, avec à la clé plus de 25.000 emplois.",
			[]string{"25000 statistic"}},
		{"a total of projects since a date", "Depuis janvier 2021, la commission a approuvé un total de 96 projets devant générer 14 000 emplois.",
			[]string{"14000 statistic"}},
		{"projects in all", "Au total, 73 projets d'investissement, porteurs de 11.500 emplois, ont reçu l'aval du comité.",
			[]string{"11500 statistic"}},
		{"workers on a site now", "Près de 2 500 ouvriers et techniciens travaillent actuellement sur le chantier.",
			[]string{"2500 existing"}},
		{"staff taking turns on a site today", "Plus de 800 salariés se relaient aujourd'hui sur le site de l'usine.",
			[]string{"800 existing"}},
		{"agents already at work", "Quelque 120 agents sont déjà mobilisés sur la plateforme.",
			[]string{"120 existing"}},
		{"a pledge of jobs stays a pledge", "Le groupe créera 3 000 emplois dans la zone.", []string{"3000 pledged"}},
		{"a pledge to recruit stays a pledge", "La société recrutera 600 personnes l'an prochain.", []string{"600 pledged"}},
		{"a misspelt future employs", "Le site employera à terme 500 personnes.", []string{"500 pledged"}},
		{"a company's staff after a pronoun about the sector",
			"Le secteur minier attire les capitaux. Il intervient alors que Sigma Mines, qui emploie plus de 18.000 collaborateurs, poursuit son plan.",
			[]string{"18000 existing"}},
		{"the pronoun still stands for the sector", "Le secteur de l'offshoring attire des groupes. Il emploie au Maroc plus de 120 000 personnes.",
			[]string{"120000 statistic"}},
		{"a source named after a pronoun about the sector", "Le secteur automobile est en plein essor. Il emploie, selon l'AMICA, 220 000 personnes.",
			[]string{"220000 statistic"}},
		{"people at work now are not workers", "Plus de 3 000 personnes travaillent aujourd'hui dans la médina.", nil},
		{"workers a site will take on", "Plus de 900 ouvriers travailleront sur le chantier.", nil},
		{"projects of a pledge in all", "Au total, les 3 usines créeront 2 000 emplois.", []string{"2000 pledged"}},
		{"a park's units employing staff", "Le parc industriel, qui accueille plus de 45 unités employant 6 000 salariés, s'agrandit.",
			[]string{"6000 statistic"}},
		{"companies employing in all", "Quelque 40 entreprises, employant au total 5 200 personnes, y sont installées.",
			[]string{"5200 statistic"}},
		{"a group's staff in the world in a relative clause", "Le groupe Delta, qui compte plus de 4 000 salariés dans le monde, a annoncé une usine.",
			[]string{"4000 existing"}},
		{"projects a fund financed since its creation", "Depuis sa création en 2019, le fonds a financé 320 projets, pour près de 15 000 emplois.",
			[]string{"15000 statistic"}},
		{"a total of projects approved", "Un total de 55 projets, représentant 8 400 emplois, a été approuvé par la commission.",
			[]string{"8400 statistic"}},
		{"two projects launched since an arrival stay pledged", "Depuis son arrivée, le groupe a lancé 2 projets qui créeront 800 emplois.",
			[]string{"800 pledged"}},
		{"now before the workers", "Actuellement, 1 200 ouvriers travaillent sur le chantier du port.",
			[]string{"1200 existing"}},
		{"technicians busy on a site", "Quelque 600 techniciens s'activent déjà sur le site.", []string{"600 existing"}},
		{"the country and an agreement", "Le Maroc et le groupe ont signé un mémorandum pour la création de 1.500 emplois.",
			[]string{"1500 pledged"}},
		{"aggregate of approved projects since a year",
			"Depuis 2021, la commission a validé pas moins de 85 projets, appelés à générer 40.000 emplois.",
			[]string{"40000 statistic"}},
		{"head-count of many companies at a date",
			"À fin 2023, les trois parcs réunissaient 640 entreprises employant quelque 52 000 personnes.",
			[]string{"52000 statistic"}},
		{"head-count of many companies without a date",
			"La zone franche abrite 120 sociétés qui emploient 18 000 salariés.",
			[]string{"18000 statistic"}},
		{"one company's head-count at a date stays existing",
			"À fin 2023, la société employait 900 personnes.",
			[]string{"900 existing"}},
		{"making people work is a head-count", "L'atelier, qui fait travailler 180 salariés, va s'agrandir.",
			[]string{"180 existing"}},
		{"current workforce", "Avec un effectif actuel de 420 salariés, la filiale reste modeste.",
			[]string{"420 existing"}},
		{"the existing site", "Le site existant de Berrechid regroupe déjà 310 salariés ; la nouvelle ligne créera 150 emplois.",
			[]string{"310 existing", "150 pledged"}},
		{"the existing site then a pledge", "Le site existant sera agrandi pour créer 240 emplois.",
			[]string{"240 pledged"}},
		{"a new total of staff", "L'extension porte à 1.800 le nombre de salariés du groupe au Maroc.",
			[]string{"1800 pledged"}},
		{"a range the contract is about is not a growth: its bound by the noun", "Le contrat porte sur la création de 300 à 500 emplois.",
			[]string{"500 pledged"}},
		{"a range of people employed", "Le centre emploiera « entre 250 et 300 personnes » d'ici 2027.",
			[]string{"300 pledged y=2027"}},
		{"a new total of staff in the future", "Ce projet portera à 3 200 l'effectif de l'usine d'ici 2027.",
			[]string{"3200 pledged y=2027"}},
		{"an elided part after dont", "Le groupe compte 7.400 collaborateurs dans le monde, dont 1.300 au Maroc.",
			[]string{"7400 existing", "1300 existing part=7400"}},
		{"an elided part after parmi lesquels", "Le projet créera 2 600 emplois, parmi lesquels 900 à Agadir.",
			[]string{"2600 pledged", "900 pledged part=2600"}},
		{"a part with its own deadline", "Le groupe s'engage à créer 800 emplois d'ici 2029, dont 300 dès 2027.",
			[]string{"800 pledged y=2029", "300 pledged y=2027 part=800"}},
		{"a part with its own deadline, far from the noun",
			"La société recrutera 900 ingénieurs, techniciens et opérateurs à l'horizon 2030, dont 400 d'ici la fin de l'année 2027.",
			[]string{"900 pledged y=2030", "400 pledged y=2027 part=900"}},
		{"two parts, each with its deadline", "Le groupe créera 1.500 postes d'ici 2029, dont 500 en 2026 et 700 en 2027.",
			[]string{"1500 pledged y=2029", "500 pledged y=2026 part=1500", "700 pledged y=2027 part=1500"}},
		{"the next part of a part of another kind is one of the same total",
			"Le projet créera 150 emplois. Le groupe emploie 2 000 personnes, dont 300 emplois indirects et 200 en 2027.",
			[]string{"150 pledged", "2000 existing", "300 pledged indirect part=2000", "200 pledged part=2000"}},
		{"dont after a sum is not a part of the jobs", "Le projet créera 500 emplois et coûtera 900 MDH, dont 300 en 2025.",
			[]string{"500 pledged"}},
		{"dont before another noun is not a job", "Le groupe emploie 2 000 personnes réparties sur 12 sites, dont 4 usines.",
			[]string{"2000 existing"}},
		{"past creation then a pledge",
			"Le groupe, qui a créé 500 emplois en 2020, prévoit de créer 1 000 nouveaux emplois.",
			[]string{"500 statistic", "1000 pledged"}},
		{"a head-count in a relative clause after the noun",
			"Le nouveau hall permettra de créer 200 emplois, en plus des 540 salariés que le groupe emploie déjà.",
			[]string{"200 pledged", "540 existing"}},
		{"people a site already counts",
			"L'extension apportera 80 emplois, qui s'ajoutent aux 310 ouvriers que compte déjà l'usine.",
			[]string{"80 pledged", "310 existing"}},
		{"people a programme serves are not jobs",
			"Le centre va recruter des formateurs pour 1.500 jeunes. L'agence va intégrer 600 jeunes chercheurs d'emploi dans un cursus.",
			nil},
		{"staff a new site is for are jobs", "Le groupe ouvrira d'ici 2027 un campus pour 900 collaborateurs.",
			[]string{"900 pledged y=2027"}},
		{"graduates hired are jobs", "Le groupe emploiera 120 jeunes diplômés l'an prochain.",
			[]string{"120 pledged"}},
		{"a sector with an adjective before its noun", "Le seul secteur textile compte 150.000 emplois.",
			[]string{"150000 statistic"}},
		{"projects a committee approved in a past year",
			"Les projets validés en 2023 par le comité totalisent 2,1 MMDH et 2.100 emplois prévus.",
			[]string{"2100 statistic"}},
		{"a region as the subject counts a statistic",
			"La région de l'Oriental compte 45.000 emplois industriels, et la préfecture en représente le tiers.",
			[]string{"45000 statistic"}},
		{"projects approved last year", "Les 38 projets agréés l'an dernier représentent 12.000 emplois.",
			[]string{"12000 statistic"}},
		{"a recap of what a committee had approved in a past year",
			"Pour mémoire, le comité avait validé en 2023 quelque 95 dossiers pesant 7 MMDH et 11.300 emplois.",
			[]string{"11300 statistic"}},
		{"the next step after a deadline", "L'opérateur s'engage à créer 800 postes d'ici 2027, puis 1.500 à terme.",
			[]string{"800 pledged y=2027", "1500 pledged"}},
		{"the commissioning of what the sentence before pledged dates it",
			"Le groupe construira une fonderie de 800 emplois. La mise en service de cette usine est prévue pour 2027.",
			[]string{"800 pledged y=2027"}},
		{"a commissioning date that names no project before is not its deadline",
			"Le groupe construira une fonderie de 800 emplois. La mise en service du port est prévue pour 2027.",
			[]string{"800 pledged"}},
		{"the jobs of the building works take no later deadline",
			"Le parc éolien mobilisera 1 800 emplois durant les travaux et 120 emplois permanents d'ici 2029.",
			[]string{"1800 pledged", "120 pledged y=2029"}},
		{"the jobs of the building phase take no later deadline",
			"Le parc mobilisera 900 emplois lors de la phase de construction et 80 emplois permanents d'ici 2029.",
			[]string{"900 pledged", "80 pledged y=2029"}},
		{"the jobs of the works take no later deadline",
			"Le port mobilisera 700 emplois au cours des travaux et 60 emplois permanents d'ici 2030.",
			[]string{"700 pledged", "60 pledged y=2030"}},
		{"jobs on a work site take no delivery year",
			"Les travaux, qui devraient mobiliser 1.500 emplois sur le chantier, s'achèveront par une livraison prévue pour 2028.",
			[]string{"1500 pledged"}},
		{"the jobs of the works take no deadline of the pledge before",
			"Le terminal devrait offrir 500 emplois en phase d'exploitation, à fin 2029, et quelque 900 emplois durant les travaux.",
			[]string{"500 pledged y=2029", "900 pledged"}},
		{"a deadline shared by two pledges",
			"Le complexe permettra la création de 600 emplois directs et de 1 500 emplois indirects d'ici 2028.",
			[]string{"600 pledged y=2028 direct", "1500 pledged y=2028 indirect"}},
		{"hirings are a pledged figure", "L'opérateur vise 1 200 recrutements d'ici 2026.",
			[]string{"1200 pledged y=2026"}},
		{"a group's head-count beside its plan period said after it",
			"Le groupe, qui emploie plus de 9.000 salariés, poursuit son plan d'investissement sur la période 2024-2028.",
			[]string{"9000 existing"}},
		{"a head-count over a plan period is a statistic",
			"Sur la période 2016-2020, le secteur emploie 12.000 personnes.",
			[]string{"12000 statistic"}},
		{"professionals employed are a head-count", "L'hôpital emploie actuellement 480 professionnels de santé.",
			[]string{"480 existing"}},
		{"professionals trained are no jobs", "Le centre formera 300 professionnels du tourisme.",
			nil},
		{"an older agreement's pledge in the imperfect is still a pledge",
			"La convention signée en 2023 prévoyait la création de 700 emplois d'ici 2027.",
			[]string{"700 pledged y=2027"}},
		{"the head-count of a zone whose companies are counted before",
			"Ces projets portent à 850 le nombre d'entreprises installées dans la zone franche, qui emploient au total 60 000 personnes.",
			[]string{"60000 statistic"}},
		{"a target set for a whole sector is a statistic",
			"Le ministre, qui s'est fixé l'objectif de 25.000 emplois dans la filière d'ici 2030, a salué le projet.",
			[]string{"25000 statistic"}},
		{"a company's target in its own plant is a pledge",
			"La société s'est fixé l'objectif de 600 emplois dans son usine de Kénitra d'ici 2028.",
			[]string{"600 pledged y=2028"}},
		{"a compared figure of an earlier time is a statistic",
			"Le secteur emploie 80 000 personnes, contre plus de 95.000 avant la crise.",
			[]string{"80000 statistic", "95000 statistic"}},
		{"a compared figure of a past year is a statistic",
			"La filière comptait 80.000 salariés, contre 95.000 en 2019.",
			[]string{"80000 statistic", "95000 statistic"}},
		{"fishing as a sector employing", "Selon le ministère, la pêche et ses activités connexes font travailler quelque 40.000 personnes.",
			[]string{"40000 statistic"}},
		{"the employed of a region are a statistic", "La région compte par ailleurs 1,2 million d'actifs occupés, selon le HCP.",
			[]string{"1200000 statistic"}},
		{"jobs lost, said with the clitic en", "Les services ont créé 50.000 postes, tandis que l'agriculture en a perdu 30.000.",
			[]string{"50000 statistic", "30000 statistic"}},
		{"the head-count of a business zone is a statistic",
			"Les zones industrielles de Nador emploient aujourd'hui plus de 20.000 personnes.",
			[]string{"20000 statistic"}},
		{"a plant inside a zone counts its own staff",
			"L'usine, implantée dans la zone franche de Kénitra, emploie 900 personnes.",
			[]string{"900 existing"}},
		{"indirect jobs share the deadline of the directs said before them",
			"L'usine créera 900 emplois directs d'ici 2029, surtout des techniciens, ainsi que quelque 2 500 emplois indirects chez ses fournisseurs.",
			[]string{"900 pledged y=2029 direct", "2500 pledged y=2029 indirect"}},
		{"indirect jobs with a horizon of their own",
			"Le projet devrait créer 320 emplois directs d'ici 2027, date de son ouverture, et quelque 900 emplois indirects à terme.",
			[]string{"320 pledged y=2027 direct", "900 pledged indirect"}},
		{"the deadline of a commissioning before the directs and indirects",
			"Le site, dont l'ouverture est prévue pour 2027, devrait générer 300 emplois directs et près de 800 emplois indirects.",
			[]string{"300 pledged y=2027 direct", "800 pledged y=2027 indirect"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := factsOf(tt.text, day(t, "2024-04-30"))
			var got []string
			for _, j := range rec.Jobs {
				got = append(got, jobString(j))
				checkEvidence(t, rec.Text, "job", j.Evidence)
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("jobs of %q\ngot  %s\nwant %s", tt.text, strings.Join(got, "; "), strings.Join(want, "; "))
			}
		})
	}
}

func TestFindJobsAlsoKeepsRepeats(t *testing.T) {
	rec := factsOf("Le groupe annonce 800 emplois d'ici 2027. Les 800 emplois seront à Oujda. Au final, 800 emplois.", day(t, "2024-04-30"))
	if len(rec.Jobs) != 1 {
		t.Fatalf("got %d jobs, want 1: %+v", len(rec.Jobs), rec.Jobs)
	}
	j := rec.Jobs[0]
	if len(j.Also) != 2 {
		t.Errorf("Also has %d mentions, want 2", len(j.Also))
	}
	if j.Year == nil || *j.Year != 2027 {
		t.Errorf("Year = %v, want 2027", j.Year)
	}
	for _, ev := range j.Also {
		checkEvidence(t, rec.Text, "also", ev)
	}
}

func TestFindJobsQualifier(t *testing.T) {
	rec := factsOf("Le projet créera 150 emplois qualifiés et 90 emplois indirects.", day(t, "2024-04-30"))
	got := map[int64]string{}
	for _, j := range rec.Jobs {
		if j.Qualifier != nil {
			got[j.Count] = *j.Qualifier
		}
	}
	want := map[int64]string{150: "qualifiés", 90: "indirects"}
	for c, q := range want {
		if got[c] != q {
			t.Errorf("qualifier of %d = %q, want %q", c, got[c], q)
		}
	}
}

// TestPeopleNouns checks every noun of people, in the plural: jobs after
// a verb of employing, none after a verb of training.
func TestPeopleNouns(t *testing.T) {
	for _, row := range peopleNouns {
		noun := strings.NewReplacer("(", "", ")", "").Replace(row)
		rec := factsOf("L'entreprise emploie aujourd'hui 140 "+noun+".", day(t, "2024-04-30"))
		if len(rec.Jobs) != 1 || jobString(rec.Jobs[0]) != "140 existing" {
			t.Errorf("%s after a verb of employing: got %v, want 140 existing", noun, rec.Jobs)
		}
		if rec := factsOf("L'entreprise va former 140 "+noun+".", day(t, "2024-04-30")); len(rec.Jobs) != 0 {
			t.Errorf("%s after a verb of training: got %v, want none", noun, rec.Jobs)
		}
	}
}
