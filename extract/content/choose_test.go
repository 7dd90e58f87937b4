package content

import (
	"strings"
	"testing"
)

// TestParseChoosesArticle covers the container choice on pages where the
// longest text is not the article.
func TestParseChoosesArticle(t *testing.T) {
	comment := `<div class="comment"><div class="comment-content"><p>Un commentaire de lecteur assez long, avec des virgules, des avis, des digressions et encore des avis.</p></div></div>`
	teaser := `<div class="card"><p>Le résumé d'un autre article de la rubrique, assez long, avec des virgules, pour peser dans le score.</p></div>`
	tests := []struct {
		name       string
		page       string
		want, hasn string
	}{
		{
			name: "comments longer than the article",
			page: `<html><body><div class="article"><h1>Titre</h1><div class="content">La région a signé jeudi une convention pour un centre de formation, qui ouvrira en septembre.<br><br>Le centre accueillera 400 stagiaires par an, selon le communiqué.</div></div>
<div id="comments">` + strings.Repeat(comment, 8) + `</div></body></html>`,
			want: "Le centre accueillera 400 stagiaires par an", hasn: "commentaire de lecteur",
		},
		{
			name: "one typed article among longer teasers",
			page: `<html><body><div itemscope itemtype="https://schema.org/NewsArticle"><h1>Titre</h1><p>Une courte dépêche annonce l'ouverture d'une usine de 150 emplois à Settat.</p></div>
<div class="more">` + strings.Repeat(teaser, 10) + `</div></body></html>`,
			want: "usine de 150 emplois à Settat", hasn: "autre article",
		},
		{
			name: "body class with a short hint",
			page: `<html><body><div class="nav-links"><a href="/">Accueil</a></div><div class="cuerpo-ad"><p>El gobierno anunció el lunes un plan de inversión de 300 millones, según el comunicado oficial.</p><p>La medida beneficiará a miles de empresas, dijo el ministro.</p></div><div class="ad-slot">Publicidad</div></body></html>`,
			want: "dijo el ministro", hasn: "Publicidad",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.Text, tt.want) || strings.Contains(p.Text, tt.hasn) {
				t.Errorf("Text = %q, want %q and not %q", p.Text, tt.want, tt.hasn)
			}
		})
	}
}
