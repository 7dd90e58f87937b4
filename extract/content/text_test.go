package content

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		title     string
		published string
		language  string
		text      string
	}{
		{
			name:      "date marker and caption credit",
			in:        " date 2023-09 Le ministre et le président de la région lors de la signature. / DR\n\nLa région a signé jeudi un accord avec un groupe industriel pour une usine de 400 emplois.\n\nLes travaux débuteront en janvier.",
			published: "2023-09",
			language:  "fr",
			text:      "La région a signé jeudi un accord avec un groupe industriel pour une usine de 400 emplois.\n\nLes travaux débuteront en janvier.",
		},
		{
			name:     "repeated title, site name, cut after related",
			in:       "Le Journal du Sud\n\nUne usine de batteries à Kénitra en 2026\n\nUne usine de batteries à Kénitra en 2026\n\nLe groupe a confirmé lundi son projet d'usine, qui emploiera 2 000 personnes.\n\nYou may also like\n\nUn autre article sans rapport, qui parle de Rabat et de football.",
			title:    "Une usine de batteries à Kénitra en 2026",
			language: "fr",
			text:     "Le groupe a confirmé lundi son projet d'usine, qui emploiera 2 000 personnes.",
		},
		{
			name:     "subheading between paragraphs kept, menu dropped",
			in:       "Menu\nAccueil\nPolitique\n\nThe company said on Monday it would hire 300 engineers in Rabat by 2027.\n\nA growing sector\n\nThe outsourcing sector employs more than 100,000 people in the country.\n\nShare this article\nFacebook",
			language: "en",
			text:     "The company said on Monday it would hire 300 engineers in Rabat by 2027.\n\nA growing sector\n\nThe outsourcing sector employs more than 100,000 people in the country.",
		},
		{
			name:     "a page flattened into one line after its boilerplate is kept whole",
			in:       "Abonnez-vous Identifiez-vous Mot de passe oublié ? Le spécialiste de la relation client vient d'inaugurer son douzième centre d'appels au Maroc, à Salé, où il prévoit 500 embauches d'ici la fin de l'année. Le spécialiste de la relation client vient d'inaugurer son douzième centre d'appels au Maroc, à Salé, où il prévoit 500 embauches d'ici la fin de l'année. Le spécialiste de la relation client vient d'inaugurer son douzième centre d'appels au Maroc, à Salé, où il prévoit 500 embauches d'ici la fin de l'année.",
			language: "fr",
			text:     "Abonnez-vous Identifiez-vous Mot de passe oublié ? Le spécialiste de la relation client vient d'inaugurer son douzième centre d'appels au Maroc, à Salé, où il prévoit 500 embauches d'ici la fin de l'année. Le spécialiste de la relation client vient d'inaugurer son douzième centre d'appels au Maroc, à Salé, où il prévoit 500 embauches d'ici la fin de l'année. Le spécialiste de la relation client vient d'inaugurer son douzième centre d'appels au Maroc, à Salé, où il prévoit 500 embauches d'ici la fin de l'année.",
		},
		{
			name:     "a pull quote repeating a sentence of the text is no title",
			in:       "Le groupe a inauguré mercredi son nouveau centre d'appels à Salé, où il prévoit 500 embauches.\n\nL'investissement engagé est de 2 millions d'euros\n\nLe site peut accueillir 800 conseillers.\nL'investissement engagé est de 2 millions d'euros.",
			language: "fr",
			text:     "Le groupe a inauguré mercredi son nouveau centre d'appels à Salé, où il prévoit 500 embauches.\n\nL'investissement engagé est de 2 millions d'euros\n\nLe site peut accueillir 800 conseillers.\n\nL'investissement engagé est de 2 millions d'euros.",
		},
		{
			name:     "an excerpt cut short in mid-sentence keeps its last line",
			in:       "Le groupe a signé mercredi une convention avec la région pour une usine de 400 emplois.\n\nLa cérémonie de signature s'est déroulée sous la présidence",
			language: "fr",
			text:     "Le groupe a signé mercredi une convention avec la région pour une usine de 400 emplois.\n\nLa cérémonie de signature s'est déroulée sous la présidence",
		},
		{
			name:     "an excerpt cut short after a name's initial keeps its last line",
			in:       "Le groupe a signé mercredi une convention avec la région pour une usine de 400 emplois.\n\nIls ont été signés par Mohamed Boussaid, Moulay H",
			language: "fr",
			text:     "Le groupe a signé mercredi une convention avec la région pour une usine de 400 emplois.\n\nIls ont été signés par Mohamed Boussaid, Moulay H",
		},
		{
			name:     "a headline after the text, its last word a name, is no cut paragraph",
			in:       "Le groupe a signé mercredi une convention avec la région pour une usine de 400 emplois.\n\nUn autre groupe annonce 3.000 emplois à Fès",
			language: "fr",
			text:     "Le groupe a signé mercredi une convention avec la région pour une usine de 400 emplois.",
		},
		{
			name:     "a byline after the text is no cut paragraph",
			in:       "Le groupe a signé mercredi une convention avec la région pour une usine de 400 emplois.\n\nAlexandra de la rosa",
			language: "fr",
			text:     "Le groupe a signé mercredi une convention avec la région pour une usine de 400 emplois.",
		},
		{
			name:     "windows line ends and long unpunctuated paragraph",
			in:       "Un long paragraphe sans point final qui décrit en détail le projet de la société, ses partenaires, son calendrier et ses objectifs de recrutement pour les trois prochaines années\r\nCourt\r\n",
			language: "fr",
			text:     "Un long paragraphe sans point final qui décrit en détail le projet de la société, ses partenaires, son calendrier et ses objectifs de recrutement pour les trois prochaines années",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if p.IsHTML {
				t.Errorf("IsHTML = true, want false")
			}
			if p.Title != tt.title || p.Published != tt.published || p.Language != tt.language {
				t.Errorf("Title, Published, Language = %q, %q, %q; want %q, %q, %q", p.Title, p.Published, p.Language, tt.title, tt.published, tt.language)
			}
			if p.Text != tt.text {
				t.Errorf("Text = %q\nwant %q", p.Text, tt.text)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want lineKind
	}{
		{"67ff74a5ab5c4 1536x1022 1", lineDropped},
		{"#coup #pouce #linnovation", lineDropped},
		{"publish_date]", lineDropped},
		{"- in Economie", lineDropped},
		{"Lire aussi  Un titre d'un autre article sur Dublin", lineDropped},
		{"This site uses Akismet to reduce spam. Learn how your comment data is processed.", lineDropped},
		{"Photo : Agence", lineDropped},
		{"Le wali et le ministre lors de la cérémonie de signature / MAP", lineDropped},
		{"You may also like", lineCut},
		{"Lisez nos e-Papers", lineCut},
		{"Samedi 27 Avril 2024", lineHeading},
		{"La société emploiera 300 personnes à Oujda.", lineBody},
		{"– Atlas Conserves, unité de conserverie à Safi : 90 MDH, 140 emplois ;", lineBody},
		{"Économie ;", lineHeading},
	}
	for _, tt := range tests {
		if got := classify(tt.line); got != tt.want {
			t.Errorf("classify(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

// TestBoilerplateTables walks the phrase tables: every row must be
// recognised in the form a page shows it (capitals, accents, trailing
// punctuation).
func TestBoilerplateTables(t *testing.T) {
	show := func(s string) string { return strings.ToUpper(s[:1]) + s[1:] + " :" }
	for _, l := range lineDrop {
		if f := fold(show(l)); !isBoilerLine([]byte(f)) {
			t.Errorf("lineDrop row %q: isBoilerLine(%q) = false", l, f)
		}
	}
	for _, l := range linePrefixDrop {
		f := fold(l + " un autre article")
		if !isTeaserLine([]byte(f), 20) {
			t.Errorf("linePrefixDrop row %q: isTeaserLine(%q) = false", l, f)
		}
		if len(l) >= teaserHead {
			t.Errorf("linePrefixDrop row %q is longer than teaserHead, which appendFoldedHead reads", l)
		}
	}
	for _, l := range shortLinePrefixes {
		if !slices.Contains(linePrefixDrop, l) {
			t.Errorf("shortLinePrefixes row %q is not a row of linePrefixDrop", l)
		}
		if f := fold(l + " un autre article"); isTeaserLine([]byte(f), 80) {
			t.Errorf("shortLinePrefixes row %q: a line of 80 runes is dropped", l)
		}
	}
	for _, l := range cutLines {
		if f := fold(show(l)); !isCutLine([]byte(f)) {
			t.Errorf("cutLines row %q: isCutLine(%q) = false", l, f)
		}
	}
	for _, w := range ctaWords {
		if f := fold("Vite, " + w + " ici"); !isCTA([]byte(f), 40) {
			t.Errorf("ctaWords row %q: isCTA(%q) = false", w, f)
		}
	}
	for _, c := range cmsBodyClasses {
		// An ASCII class is read by the hint automaton, others by cmsBody.
		for _, v := range []string{"clearfix " + strings.ToUpper(c), "clearfix " + c + " réduit"} {
			if _, body := (&tree{hints: map[string]hint{}}).classWeight(v, ""); !body || !cmsBody(v) {
				t.Errorf("cmsBodyClasses row %q not recognised in %q", c, v)
			}
		}
		if _, body := (&tree{hints: map[string]hint{}}).classWeight(c+"-x", c); body {
			t.Errorf("class %q names an article body", c+"-x")
		}
	}
}

func TestClassWeight(t *testing.T) {
	tests := []struct {
		class, id string
		want      int8
	}{
		{"entry-content", "", 1},
		{"post-comments", "", -1},
		{"ad-slot", "", -1},
		{"header", "", 0},    // "ad" is no substring hint
		{"cuerpo-ad", "", 1}, // Spanish body, not an ad
		{"article-footer", "", 0},
		{"sidebar", "secondary", -1},
		{"", "lire-aussi", -1},
	}
	for _, tt := range tests {
		if got, _ := (&tree{hints: map[string]hint{}}).classWeight(tt.class, tt.id); got != tt.want {
			t.Errorf("classWeight(%q, %q) = %d, want %d", tt.class, tt.id, got, tt.want)
		}
	}
}

// TestCreditLine checks each kind of photo credit, and lines that end
// otherwise.
func TestCreditLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Le port de Tanger Med / DR", true},
		{"Vue du chantier / D.R.", true},
		{"La cérémonie de signature / MAP", true},
		{"Le wali lors de la visite © AFP", true},
		{"Le site de l'usine (Photo MAP)", true},
		{"Le ministre à Rabat (crédit : ministère)", true},
		{"Une ligne d'assemblage Getty Images", true},
		{"Des ouvriers Shutterstock", true},
		{"Le quai iStockphoto", true},
		{"Le ministre a signé la convention à Rabat", false},
		{"Un taux de 3/4 des emplois", false},
		{"Le stock de la société (en tonnes)", false},
	}
	for _, tt := range tests {
		if got := creditLine(tt.line); got != tt.want {
			t.Errorf("creditLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestRunesUpTo checks the bounded rune count against the whole count.
func TestRunesUpTo(t *testing.T) {
	for _, s := range []string{"", "abc", "éèà", "\xff\xfe", strings.Repeat("é", 10), strings.Repeat("a", 40), "日本語日本語"} {
		for _, max := range []int{1, 3, 6, 10} {
			if got, want := runesUpTo(s, max), min(utf8.RuneCountInString(s), max); got != want {
				t.Errorf("runesUpTo(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
	}
}

// TestFoldsTo checks the shortcut of foldsTo against the folds it spares.
func TestFoldsTo(t *testing.T) {
	lines := []string{"Le titre", "Le titre :", "La suite", "É titre", "9 mars 2024", "---", "", "Title",
		"le titre " + strings.Repeat("très long ", 8), "LE TITRE", "« Le titre »", "titre"}
	for _, title := range []string{"Le titre", "É TITRE", "9 mars 2024", "...", "title", "« Le titre »"} {
		f := fold(title)
		for _, l := range lines {
			if got, want := foldsTo(l, f), fold(l) == f; got != want {
				t.Errorf("foldsTo(%q, fold(%q)) = %v, want %v", l, title, got, want)
			}
		}
	}
}
