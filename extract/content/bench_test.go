package content

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// realisticPage builds a news page of about 100 KB: scripts, a navigation
// of a few hundred links, the article, a sidebar, comments and a footer.
func realisticPage() []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Un article de test | Journal</title>
<meta property="og:title" content="Un article de test"><meta property="article:published_time" content="2024-04-30T10:12:00+01:00">`)
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&b, "<script>window.dataLayer=window.dataLayer||[];function gtag%d(){dataLayer.push(arguments)}%s</script>\n", i, strings.Repeat("var x=1;", 250))
	}
	b.WriteString(`</head><body class="single"><header class="site-header"><nav class="menu"><ul>`)
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, `<li class="menu-item"><a href="/rubrique/%d">Rubrique %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav></header><main><article><h1>Un article de test</h1><div class="entry-meta">Publié le 30 avril 2024</div><div class="entry-content">`)
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, "<p>Paragraphe %d : la société a annoncé, lors d'une conférence de presse, la création de %d emplois dans la région d'ici 2027, pour un investissement de %d millions de dirhams.</p>\n", i, 100+i, 10*i)
		if i%8 == 7 {
			b.WriteString(`<div class="ad-slot"><ins class="adsbygoogle"></ins><span>Publicité</span></div><p class="lire-aussi">Lire aussi : <a href="/x">Un autre sujet</a></p>`)
		}
	}
	b.WriteString(`</div></article><section id="comments" class="comments-area"><ol>`)
	for i := 0; i < 80; i++ {
		fmt.Fprintf(&b, `<li class="comment"><div class="comment-author">Lecteur %d</div><div class="comment-content"><p>Commentaire numéro %d, assez long pour ressembler à un vrai commentaire de lecteur, avec une virgule.</p></div></li>`, i, i)
	}
	b.WriteString(`</ol></section></main><aside class="sidebar">`)
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&b, `<div class="widget"><a href="/article/%d"><img src="/img/%d.jpg" alt="">Titre d'un article récent numéro %d</a></div>`, i, i, i)
	}
	b.WriteString(`</aside><footer class="site-footer"><p>© Journal</p></footer></body></html>`)
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	page := realisticPage()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		p, err := Parse(page)
		if err != nil || !strings.Contains(p.Text, "Paragraphe 59") {
			b.Fatalf("Parse() = %v, %v", p, err)
		}
	}
}

// BenchmarkHTMLParse is the floor: a bare x/net/html.Parse of the same page.
func BenchmarkHTMLParse(b *testing.B) {
	page := realisticPage()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := html.Parse(bytes.NewReader(page)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseFixtures parses the sample pages of fixtures/boilerplate.
func BenchmarkParseFixtures(b *testing.B) {
	benchParse(b, filepath.Join(fixtureDir, "*.*"))
}

// BenchmarkParseFrench parses the French article pages of fixtures/pages,
// those of extract's BenchmarkExtractFrench: content's share of it.
func BenchmarkParseFrench(b *testing.B) {
	benchParse(b, filepath.Join("..", "..", "fixtures", "pages", "*", "*.html"))
}

// benchParse parses the pages the glob pattern matches, but the .want
// files of expected texts.
func benchParse(b *testing.B, pattern string) {
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		b.Fatalf("no pages match %s (%v)", pattern, err)
	}
	var pages [][]byte
	for _, f := range files {
		if strings.HasSuffix(f, ".want") {
			continue
		}
		p, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Parse(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestRealisticPage(t *testing.T) {
	page := realisticPage()
	if len(page) < 90<<10 || len(page) > 130<<10 {
		t.Fatalf("realistic page is %d bytes, want about 100 KB", len(page))
	}
	p, err := Parse(page)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Paragraphe 0 :", "Paragraphe 59 :"} {
		if !strings.Contains(p.Text, s) {
			t.Errorf("Text lacks %q", s)
		}
	}
	for _, s := range []string{"Rubrique", "Commentaire", "Publicité", "Lire aussi", "récent", "Publié le"} {
		if strings.Contains(p.Text, s) {
			t.Errorf("Text has boilerplate %q", s)
		}
	}
}
