package newssite

import (
	"fmt"
	"html"
	"strings"
)

// The parts generated articles are made of; article i takes row i mod len.
var (
	companies = []string{"Atlas Composants", "Nador Textiles", "Souss Agro Industrie", "Tensift Câblage", "Oriental Data Services", "Draa Solaire", "Rif Logistique"}
	cities    = []string{"Kénitra", "Tanger", "Agadir", "Marrakech", "Oujda", "Ouarzazate", "Fès", "Casablanca", "Meknès"}
	sectors   = []string{"l'équipement automobile", "le textile technique", "l'agro-industrie", "le câblage aéronautique", "l'offshoring", "les énergies renouvelables", "la logistique"}
	kinds     = []string{"une convention d'investissement", "un protocole d'accord", "un mémorandum d'entente", "un contrat-programme"}
	weekdays  = []string{"lundi", "mardi", "mercredi", "jeudi", "vendredi"}
	officials = []string{"le ministre de l'Industrie et du Commerce", "la ministre déléguée chargée de l'Investissement", "le wali de la région", "le président du conseil régional"}
)

func pick(list []string, i int) string { return list[i%len(list)] }

func articleTitle(i int) string {
	return fmt.Sprintf("%s s'installe à %s : %d emplois annoncés", pick(companies, i), pick(cities, i), jobs(i))
}

func jobs(i int) int        { return 150 + (i*37)%1850 }
func millionsMAD(i int) int { return 40 + (i*53)%960 }

// Article returns the HTML of generated article i at revision rev (an
// edited article states a revised figure).
func Article(i, rev int) string {
	company, city, sector := pick(companies, i), pick(cities, i), pick(sectors, i)
	n, amount, year := jobs(i)+rev*10, millionsMAD(i), 2027+i%4
	day := published(i)
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>%s</title>
<meta property="og:site_name" content="L'Économiste local">
<meta property="article:published_time" content="%s">
</head><body>
<header><nav><a href="/">Accueil</a> <a href="/economie">Économie</a></nav>
<div class="cookies">Ce site utilise des cookies pour améliorer votre expérience.</div></header>
<main><article>
<h1>%s</h1>
<p class="date">Publié le %d/%02d/%d</p>
`, html.EscapeString(articleTitle(i)), day.Format("2006-01-02T15:04:05Z07:00"), html.EscapeString(articleTitle(i)),
		day.Day(), day.Month(), day.Year())
	paras := []string{
		fmt.Sprintf("La société %s et %s ont signé, %s à %s, %s portant sur la création d'une nouvelle unité dédiée à %s.",
			company, pick(officials, i), pick(weekdays, i), city, pick(kinds, i), sector),
		fmt.Sprintf("Le projet représente un investissement de %d millions de dirhams et devrait permettre la création de %d emplois directs d'ici %d.",
			amount, n, year),
		fmt.Sprintf("Selon la direction de %s, le site de %s s'étendra sur %d hectares et fera appel à des fournisseurs locaux pour une part croissante de ses achats.",
			company, city, 3+i%9),
		"Les partenaires se sont engagés à accompagner la formation des futurs salariés avec les établissements de la région.",
	}
	if rev > 0 {
		paras = append(paras, fmt.Sprintf("Mise à jour : le nombre d'emplois prévus a été revu à %d.", n))
	}
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString(`</article>
<aside><h3>Lire aussi</h3><ul><li><a href="/economie">Dublin accueille un salon de l'aéronautique</a></li></ul></aside>
</main><footer>© L'Économiste local – Tous droits réservés</footer></body></html>
`)
	return b.String()
}
