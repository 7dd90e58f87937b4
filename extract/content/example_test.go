package content_test

import (
	"fmt"

	"veille/extract/content"
)

func ExampleParse() {
	page := `<html lang="fr"><head><title>Un accord signé à Tanger | Le Journal</title>
<meta property="article:published_time" content="2024-04-30T10:12:00+01:00"></head>
<body><nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>
<article><h1>Un accord signé à Tanger</h1>
<p>La société a signé lundi un accord pour créer 300 emplois à Tanger d'ici 2026.</p>
<p class="lire-aussi">Lire aussi : <a href="/x">Un autre article</a></p>
<p>L'investissement atteint 40 millions de dirhams, selon un communiqué.</p></article>
<footer>© Le Journal</footer></body></html>`
	p, err := content.Parse([]byte(page), content.WithURL("https://journal.example/eco/accord"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Title)
	fmt.Println(p.Published, p.Language)
	fmt.Println(p.Text)
	// Output:
	// Un accord signé à Tanger
	// 2024-04-30T10:12:00+01:00 fr
	// La société a signé lundi un accord pour créer 300 emplois à Tanger d'ici 2026.
	//
	// L'investissement atteint 40 millions de dirhams, selon un communiqué.
}
