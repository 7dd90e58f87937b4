package content

import (
	"testing"
	"time"
)

func TestNormDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-04-30T10:12:00+01:00", "2024-04-30T10:12:00+01:00"},
		{"2024-04-30T10:12:00Z", "2024-04-30T10:12:00Z"},
		{"2024-04-30T10:12:00.123+02:00", "2024-04-30T10:12:00+02:00"},
		{"2024-04-30T10:12:00+0100", "2024-04-30T10:12:00+01:00"},
		{"2024-04-30T10:12+01:00", "2024-04-30T10:12:00+01:00"},
		{"2024-04-30T10:12:00", "2024-04-30"}, // no offset: the day only
		{"2024-04-30 10:12:00", "2024-04-30"},
		{"2024-04-30", "2024-04-30"},
		{"2024/04/30", "2024-04-30"},
		{"Tue, 30 Apr 2024 10:12:00 +0100", "2024-04-30T10:12:00+01:00"},
		{"30 avril 2024", "2024-04-30"},
		{"1er mai 2024 à 10h12", "2024-05-01"},
		{"30/04/2024", "2024-04-30"},
		{"2024-02-30", ""},
		{"hier", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := normDate(tt.in); got != tt.want {
			t.Errorf("normDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBylineDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Par Salma Berrada - Publié le 30 avril 2024 à 10h12", "2024-04-30"},
		{"Mis en ligne le 2 févr. 2023", "2023-02-02"},
		{"Publié le : 05/11/2022", "2022-11-05"},
		{"Published on April 30, 2024", "2024-04-30"},
		{"Le 30 avril 2024, la société a publié ses comptes", ""},
	}
	for _, tt := range tests {
		if got := bylineDateIn(tt.in); got != tt.want {
			t.Errorf("bylineDateIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStripSite(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Un centre ouvre à Tanger | Le Courrier", "", "Un centre ouvre à Tanger"},
		{"Un centre ouvre à Tanger - Le Courrier du Détroit", "Le Courrier du Détroit", "Un centre ouvre à Tanger"},
		{"Le Courrier du Détroit - Un centre ouvre à Tanger", "Le Courrier du Détroit", "Un centre ouvre à Tanger"},
		{"Fès - Signature d'une convention pour un centre", "", "Fès - Signature d'une convention pour un centre"},
		{"Sans séparateur", "", "Sans séparateur"},
	}
	for _, tt := range tests {
		if got := stripSite(tt.title, tt.site); got != tt.want {
			t.Errorf("stripSite(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestLangTag(t *testing.T) {
	tests := []struct{ in, want string }{
		{"fr", "fr"}, {"fr-FR", "fr"}, {"FR_ma", "fr"}, {"en-US", "en"}, {" ar ", "ar"},
		{"français", ""}, {"", ""}, {"x", ""},
	}
	for _, tt := range tests {
		if got := langTag(tt.in); got != tt.want {
			t.Errorf("langTag(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGuessLanguage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Le ministère a signé une convention avec la société pour la création des emplois dans la région.", "fr"},
		{"The ministry signed an agreement with the company for the creation of jobs in the region.", "en"},
		{"Das Ministerium hat eine Vereinbarung unterzeichnet.", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := guessLanguage(tt.in); got != tt.want {
			t.Errorf("guessLanguage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReadJSONLD(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
		want   ldInfo
	}{
		{"graph", []string{`{"@graph":[{"@type":"WebPage","name":"x"},{"@type":["NewsArticle"],"headline":"Titre","datePublished":"2024-01-02","author":{"@type":"Person","name":"A. B."},"publisher":{"name":"Journal"},"articleBody":"Corps."}]}`},
			ldInfo{headline: "Titre", published: "2024-01-02", author: "A. B.", body: "Corps.", publisher: "Journal"}},
		{"array and authors", []string{`[{"@type":"BlogPosting","headline":"Billet","author":[{"name":"Un"},"Deux"]}]`},
			ldInfo{headline: "Billet", author: "Un, Deux"}},
		{"first wins, broken skipped", []string{`{broken`, `{"@type":"Article","headline":"Premier"}`, `{"@type":"Article","headline":"Second","dateCreated":"2020-05-06"}`},
			ldInfo{headline: "Premier", published: "2020-05-06"}},
		{"not an article", []string{`{"@type":"Organization","name":"Société"}`}, ldInfo{}},
		{"last field later", []string{`{"@type":"NewsArticle","headline":"T","datePublished":"2024-01-02","author":"A","articleBody":"C"}`,
			`{"@type":"NewsArticle","headline":"U","publisher":"J"}`, `{"@type":"NewsArticle","publisher":"K"}`},
			ldInfo{headline: "T", published: "2024-01-02", author: "A", body: "C", publisher: "J"}},
	}
	for _, tt := range tests {
		if got := readJSONLD(tt.blocks); got != tt.want {
			t.Errorf("%s: readJSONLD() = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestParseMetadata(t *testing.T) {
	tests := []struct {
		name string
		in   string
		url  string
		want Page
	}{
		{
			name: "meta tags and relative canonical",
			in: `<html lang="fr-MA"><head><title>Titre de page | Site</title>
<meta property="og:title" content="Titre OG"><meta name="description" content="Résumé.">
<meta property="og:site_name" content="Site"><meta name="DC.date.issued" content="2021-06-01">
<link rel="canonical" href="/a/b"></head><body><article><p>Un texte d'article suffisamment long, avec une virgule, pour être gardé.</p></article></body></html>`,
			url:  "https://exemple.ma/x?y=1",
			want: Page{Title: "Titre OG", Description: "Résumé.", SiteName: "Site", Published: "2021-06-01", Canonical: "https://exemple.ma/a/b", Language: "fr"},
		},
		{
			name: "title without suffix, h1 ignored, french byline",
			in: `<html><head><title>Le titre réel - Journal</title></head><body><h1>Autre</h1>
<div class="meta">Publié le 30 avril 2024 à 10h12</div><div><p>Le gouvernement a présenté le projet de loi, qui sera examiné par le parlement la semaine prochaine.</p></div></body></html>`,
			want: Page{Title: "Le titre réel", Published: "2024-04-30", Language: "fr"},
		},
		{
			name: "og:url and locale",
			in: `<html><head><meta property="og:url" content="https://exemple.ma/c"><meta property="og:locale" content="en_GB">
<meta itemprop="datePublished" content="2019-03-04T05:06:07Z"></head><body><p>The government presented the bill, which parliament will examine next week, officials said.</p></body></html>`,
			want: Page{Canonical: "https://exemple.ma/c", Language: "en", Published: "2019-03-04T05:06:07Z"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.in), WithURL(tt.url))
			if err != nil {
				t.Fatal(err)
			}
			got := *p
			got.Text, got.IsHTML = "", false
			if got != tt.want {
				t.Errorf("Parse() metadata = %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// TestMayBeDateTime checks that the shortcut of normDate lets through the
// date-times of every layout, the shortest included, and none of the
// dates alone.
func TestMayBeDateTime(t *testing.T) {
	for _, l := range dateTimeLayouts {
		for _, tm := range []time.Time{time.Date(2024, 1, 2, 3, 4, 0, 0, time.UTC), time.Date(2024, 12, 30, 23, 59, 59, 123, time.FixedZone("X", 3600))} {
			if s := tm.Format(l); !mayBeDateTime(s) {
				t.Errorf("mayBeDateTime(%q) = false, layout %q", s, l)
			}
		}
	}
	if s := "2024-01-02T3:04Z"; normDate(s) != "2024-01-02T03:04:00Z" {
		t.Errorf("normDate(%q) = %q", s, normDate(s))
	}
	for _, s := range []string{"2024-04-30", "30/04/2024", "30 avril 2024", "2024-04-30T10"} {
		if mayBeDateTime(s) {
			t.Errorf("mayBeDateTime(%q) = true", s)
		}
	}
}
