package content

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// fixtureDir holds sample pages written for these tests, each with a .want
// file of expectations.
const fixtureDir = "../../fixtures/boilerplate"

// want is the parsed .want file of a fixture.
type want struct {
	url       string
	meta      map[string]string
	has, hasn []string
	prefix    string
}

func readWant(t *testing.T, path string) want {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := want{meta: map[string]string{}}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "+ "):
			w.has = append(w.has, l[2:])
		case strings.HasPrefix(l, "- "):
			w.hasn = append(w.hasn, l[2:])
		case strings.HasPrefix(l, "^ "):
			w.prefix = l[2:]
		default:
			k, v, ok := strings.Cut(l, ": ")
			if !ok {
				t.Fatalf("%s: bad line %q", path, l)
			}
			if k == "url" {
				w.url = v
			} else {
				w.meta[k] = v
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return w
}

// apostrophes makes typographic apostrophes and spaces comparable with the
// plain ones of the .want files.
var apostrophes = strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ")

func TestParseFixtures(t *testing.T) {
	tests := []struct {
		file     string
		encoding *charmap.Charmap // encode the UTF-8 fixture to this first
		opts     []Option
		isHTML   bool
	}{
		{file: "wordpress_sidebar.html", isHTML: true},
		{file: "jsonld_newsarticle.html", isHTML: true},
		{file: "amp.html", isHTML: true},
		{file: "legacy_cms.html", encoding: charmap.Windows1252, isHTML: true},
		{file: "legacy_cms.html", encoding: charmap.ISO8859_1, opts: []Option{WithContentType("text/html; charset=ISO-8859-1")}, isHTML: true},
		{file: "legacy_cms.html", encoding: charmap.Windows1252, opts: []Option{WithContentType("text/html; charset=utf-8")}, isHTML: true},
		{file: "ads_split.html", isHTML: true},
		{file: "plain_text.txt"},
		{file: "plain_text.txt", encoding: charmap.Windows1252},
	}
	for _, tt := range tests {
		name := tt.file
		if tt.encoding != nil {
			name += "/" + tt.encoding.String()
		}
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(fixtureDir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if tt.encoding != nil {
				if b, err = tt.encoding.NewEncoder().Bytes(b); err != nil {
					t.Fatal(err)
				}
			}
			w := readWant(t, filepath.Join(fixtureDir, strings.TrimSuffix(tt.file, filepath.Ext(tt.file))+".want"))
			opts := tt.opts
			if w.url != "" {
				opts = append(opts, WithURL(w.url))
			}
			p, err := Parse(b, opts...)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkPage(t, p, w)
			if p.IsHTML != tt.isHTML {
				t.Errorf("IsHTML = %v, want %v", p.IsHTML, tt.isHTML)
			}
		})
	}
}

// checkPage compares p with the expectations of a .want file.
func checkPage(t *testing.T, p *Page, w want) {
	t.Helper()
	got := map[string]string{
		"title": p.Title, "published": p.Published, "author": p.Author,
		"site": p.SiteName, "language": p.Language, "canonical": p.Canonical,
	}
	for k, v := range w.meta {
		if apostrophes.Replace(got[k]) != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	text := apostrophes.Replace(p.Text)
	if w.prefix != "" && !strings.HasPrefix(text, w.prefix) {
		t.Errorf("Text starts with %q, want %q", text[:min(len(text), 80)], w.prefix)
	}
	for _, s := range w.has {
		if !strings.Contains(text, s) {
			t.Errorf("Text lacks %q:\n%s", s, p.Text)
		}
	}
	for _, s := range w.hasn {
		if strings.Contains(text, s) {
			t.Errorf("Text has boilerplate %q:\n%s", s, p.Text)
		}
	}
}
