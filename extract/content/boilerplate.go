package content

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"veille/normalize"
)

// leadHints mark the standfirst (chapô) that templates put above the body.
var leadHints = []string{
	"chapo", "chapeau", "lead", "standfirst", "excerpt", "summary", "intro",
	"subtitle", "subheadline", "sub-headline", "subhead", "perex", "bajada",
	"description", "deck", "strapline", "header-text", "abstract", "resume",
	"accroche", "sous-titre", "soustitre", "teaser",
}

// isLead tells whether a class attribute marks a standfirst.
func isLead(class string) bool {
	c := strings.ToLower(class)
	for _, h := range leadHints {
		if strings.Contains(c, h) {
			return true
		}
	}
	return false
}

// cmsBodyClasses are the classes that common CMSs and news templates give
// to the element holding the article text.
var cmsBodyClasses = []string{
	"entry-content", "post-content", "article-body", "articlebody",
	"article-content", "article__body", "article__content", "articlecontent",
	"td-post-content", "field--name-body", "field-name-body", "story-body",
	"story-content", "storycontent", "post-body", "postbody", "post-entry",
	"single-content", "article-text", "articletext", "article_body",
	"article-detail", "text-article", "content-article", "corps-article",
	"article-corps", "contenu-article", "article__text", "c-article-body",
	"rich-text", "node-content", "news-content", "content-body", "body-text",
	"entry-body", "post-text", "the-content", "blog-content", "itemFullText",
}

// cmsBodySet holds cmsBodyClasses in lower case.
var cmsBodySet = sync.OnceValue(func() map[string]bool {
	set := make(map[string]bool, len(cmsBodyClasses))
	for _, c := range cmsBodyClasses {
		set[strings.ToLower(c)] = true
	}
	return set
})

// cmsBody tells whether class names an article body container, in any
// case. A class of ASCII letters is looked up in lower case; the few
// others are compared as strings.EqualFold does, under which a
// non-ASCII letter may equal an ASCII one (K, the Kelvin sign).
func cmsBody(class string) bool {
	set := cmsBodySet()
	for f := range strings.FieldsSeq(class) {
		if isASCII(f) {
			if set[strings.ToLower(f)] {
				return true
			}
			continue
		}
		for _, c := range cmsBodyClasses {
			if strings.EqualFold(f, c) {
				return true
			}
		}
	}
	return false
}

// isASCII tells whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Boilerplate lines, compared after folding (lower case, no accents, single
// spaces, no trailing punctuation).
var (
	// lineDrop are whole lines that are never article text.
	lineDrop = []string{
		"menu", "search", "rechercher", "recherche", "s'abonner", "abonnez-vous",
		"se connecter", "connexion", "close", "fermer", "accueil", "home",
		"loading", "chargement", "facebook", "twitter", "linkedin", "pinterest",
		"whatsapp", "telegram", "email", "e-mail", "imprimer", "print", "partager",
		"share", "share this", "share this article", "partager cet article",
		"publicite", "advertisement", "advertisement - scroll to continue",
		"sponsored", "sponsorise", "leave a comment", "laisser un commentaire",
		"laissez un commentaire", "post a comment", "comments", "commentaires",
		"lisez nos e-papers", "suivez-nous", "follow us", "newsletter",
		"votre adresse e-mail ne sera pas publiee", "tweet", "copy link",
		"copier le lien", "skip to content", "aller au contenu", "lire la suite",
		"read more", "voir plus", "plus", "next", "previous", "precedent",
		"suivant", "top", "retour en haut", "back to top", "related", "tags",
		"mots-cles", "mots cles", "x", "reddit", "tumblr", "messenger", "flipboard",
		"google news", "envoyer", "reagir", "ecouter", "ecouter l'article",
		"taille du texte", "publie par", "par", "by", "aktualisiert", "updated",
		"actualizado", "mis a jour", "views", "aufrufe", "vues", "category",
		"kategorie", "categorie", "rubrique", "kontakt", "contact", "contacts",
		"teilen", "compartir", "drucken", "inhaltsverzeichnis", "sommaire",
		"table of contents", "contenido", "bild anzeigen", "bild schliessen",
	}
	// linePrefixDrop start lines that are dropped alone (teasers).
	linePrefixDrop = []string{
		"lire aussi", "a lire aussi", "a lire egalement", "lire egalement",
		"voir aussi", "a voir aussi", "a voir egalement", "voir egalement",
		"read more:", "read also", "also read", "see also", "related:",
		"related article", "related story", "related coverage", "lire la suite",
		"a decouvrir aussi", "a lire", "sur le meme sujet :", "dans la meme rubrique :",
		"this site uses akismet", "ce site utilise akismet",
		"cet article a ete publie", "photo :", "photo:", "credit photo",
		"credits photo", "image:", "image :", "source image", "(photo",
		"© ", "all rights reserved", "tous droits reserves",
		"click here to", "cliquez ici", "inscrivez-vous", "abonnez-vous",
		"sign up for", "subscribe to", "listen to this article",
		"nous utilisons des cookies", "ce site utilise des cookies",
		"we use cookies", "this website uses cookies", "this site uses cookies",
		"en poursuivant votre navigation", "by continuing to",
		"votre adresse e-mail ne sera pas", "your email address will not",
		"publie le", "mis a jour le", "published on", "updated on", "posted on",
		"- in ", "in ", "filed under", "classe dans", "tags:", "tags :",
		"mots-cles :", "mots-cles:", "keywords:", "partager sur", "share on",
		"follow us on", "suivez-nous sur", "advertisement", "publicite",
		"permalien", "permalink", "pour lire la suite", "la suite est reservee",
		"cet article est reserve", "deja abonne", "to view the full story",
		"subscribe now", "already a subscriber", "if you're seeing this message",
		"image illustrative", "illustration :", "lesen sie auch", "lesen sie mehr",
		"mehr zum thema", "auch interessant", "das konnte sie auch interessieren",
		"war der artikel nutzlich", "mochten sie den artikel teilen", "gefallt mir",
		"rezept drucken", "view comments", "kommentieren", "aktualisiert am",
		"zuletzt aktualisiert", "veroffentlicht am", "quelle:", "foto:", "bild:",
		"abbildung ", "zum newsletter", "czytaj tez", "czytaj takze", "zobacz tez",
		"zobacz takze", "puedes ver", "lee tambien", "lea tambien", "te puede interesar",
		"ver tambien", "leia tambem", "leggi anche", "vedi anche", "if you enjoyed",
		"hazte miembro", "this post contains references to products",
		"cet article vous a plu", "vous avez aime cet article", "did you like this",
		"audios et videos sur le sujet", "videos sur le sujet", "foto ©", "photo ©",
		"bild ©", "posted by", "schon gelesen", "photograph by", "beitragsbild",
		"bildquelle", "image credit", "photo credit", "credit:", "credits:",
		"by ", "par ", "von ", "written by", "ecrit par", "redige par",
	}
	// cutLines end the article: what follows is other articles or comments.
	cutLines = []string{
		"you may also like", "you might also like", "related posts",
		"related articles", "related stories", "more from", "more stories",
		"recommended", "recommended for you", "most read", "most popular",
		"vous aimerez aussi", "vous aimerez aussi :", "vous pourriez aussi aimer",
		"articles similaires", "articles lies", "articles en relation",
		"sur le meme sujet", "dans la meme rubrique", "a lire sur le meme sujet",
		"les plus lus", "les plus lus :", "derniers articles", "dernieres nouvelles",
		"a la une", "leave a comment", "laisser un commentaire", "leave a reply",
		"laisser une reponse", "commentaires", "comments", "reagissez",
		"lisez nos e-papers", "this site uses akismet to reduce spam",
		"ajouter un commentaire", "add a comment", "donnez votre avis",
		"also on", "en continu", "trending", "what to read next",
		"audios et videos sur le sujet", "plus sur le sujet", "sur le meme theme",
		"a propos de l'auteur", "about the author", "more on this story", "read next",
		"mehr zum thema", "auch interessant", "weitere artikel", "ahnliche artikel",
		"verwandte artikel", "das konnte sie auch interessieren", "kommentare",
		"kommentar schreiben", "uber den autor", "zum autor", "czytaj tez",
		"zobacz tez", "te puede interesar", "noticias relacionadas",
		"articulos relacionados", "lee tambien", "related content", "share this",
		"share this article", "partager cet article", "partagez cet article",
		"latest articles", "latest news", "latest stories", "neueste artikel",
		"weitere beitrage", "derniers articles publies", "a la une aujourd'hui",
	}
)

// ctaWords mark the calls to action of short blocks: newsletters, apps,
// social accounts, donations.
var ctaWords = []string{
	"newsletter", "sign up", "signup", "inscrivez-vous", "abonnez-vous",
	"telechargez l'application", "telechargez notre", "download the", "download our",
	"suivez-nous", "follow us", "siguenos", "suscribete", "mira lo que tiene",
	"we need your help", "do you want to be informed", "for the latest stories",
	"nous soutenir", "faites un don", "support our journalism", "jetzt abonnieren",
	"melden sie sich", "folgen sie uns", "anmelden",
}

// isCTA tells whether the folded block f of n runes is a call to action.
func isCTA(f []byte, n int) bool {
	if n > 160 {
		return false
	}
	return ctaSet().flagsIn(f) != 0
}

// ctaSet indexes ctaWords, so that a block is read once for all of them.
var ctaSet = sync.OnceValue(func() *hintSet { return newHintSet(hintList{1, inText, ctaWords}) })

// isBoilerLine tells whether the folded line f is a known boilerplate line.
func isBoilerLine(f []byte) bool {
	return boilLineSet()[string(f)]
}

// teaserHead bounds the length of the rows of linePrefixDrop (a test
// checks it): isTeaserLine reads no further into a line.
const teaserHead = 64

// shortLinePrefixes are the prefixes of linePrefixDrop that also start
// sentences of an article ("Par ailleurs", "In 2024"): a line they open is
// dropped only when it is as short as a byline or a category crumb.
var shortLinePrefixes = []string{"in ", "- in ", "a lire", "(photo", "posted by", "by ", "par ", "von ", "written by", "ecrit par", "redige par"}

// isTeaserLine tells whether the folded line f, the start of a line of n
// runes, starts with a teaser or notice prefix ("lire aussi", "photo :",
// cookie notices).
func isTeaserLine(f []byte, n int) bool {
	// A line as long as an article is one whose paragraphs were flattened
	// after its boilerplate ("Abonnez-vous … Le groupe a inauguré …"):
	// dropped, it would take the article with it.
	if len(f) == 0 || n >= maxLineRunes {
		return false
	}
	for _, p := range teaserPrefixes()[f[0]] {
		if len(f) >= len(p) && string(f[:len(p)]) == p {
			// Category crumbs ("- in Economie") and bylines only when short.
			return !slices.Contains(shortLinePrefixes, p) || n < 40
		}
	}
	return false
}

// teaserPrefixes holds the rows of linePrefixDrop by their first byte, in
// the order of the list: a line is tried against those that may start it.
var teaserPrefixes = sync.OnceValue(func() *[256][]string {
	var by [256][]string
	for _, p := range linePrefixDrop {
		by[p[0]] = append(by[p[0]], p)
	}
	return &by
})

// isCutLine tells whether the folded line f starts the trailing boilerplate.
func isCutLine(f []byte) bool {
	return cutLineSet()[string(f)]
}

// The whole-line tables as sets.
var (
	cutLineSet  = sync.OnceValue(func() map[string]bool { return setOf(cutLines) })
	boilLineSet = sync.OnceValue(func() map[string]bool { return setOf(lineDrop) })
)

// setOf returns the set of the strings of list.
func setOf(list []string) map[string]bool {
	set := make(map[string]bool, len(list))
	for _, s := range list {
		set[s] = true
	}
	return set
}

// fold lower-cases s, removes accents and trailing punctuation and collapses
// spaces, for comparing lines with the tables.
func fold(s string) string {
	return strings.TrimRight(normalize.Fold(s), foldTrim)
}

// foldTrim is the trailing punctuation fold removes.
const foldTrim = " .:…»›>|•·-"

// appendFold appends fold(s) to dst: the many blocks of a page are folded
// into one reused buffer.
func appendFold(dst []byte, s string) []byte {
	n := len(dst)
	dst = normalize.AppendFold(dst, s)
	return dst[:n+len(bytes.TrimRight(dst[n:], foldTrim))]
}

// appendFoldHead appends fold of the first 120 bytes of a line to dst,
// enough for the line tables, which start a line.
func appendFoldHead(dst []byte, s string) []byte {
	if len(s) > 120 {
		s = s[:120]
	}
	return appendFold(dst, s)
}
