package content

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(fixtureDir, "*.*"))
	for _, name := range files {
		if strings.HasSuffix(name, ".want") {
			continue
		}
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", " date 2024-04 Texte.", "<p>a&shy;b\u200b</p>", "<div><div><div>", "\xff\xfe<\x00p\x00>\x00",
		"<html><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"x\"}</script>",
		"Menu\nLire aussi x\nYou may also like\n", "<table><td><td><td>texte", "\x89PNG\r\n\x1a\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := Parse(b)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrNoContent) {
				t.Fatalf("Parse error %v wraps no sentinel", err)
			}
			return
		}
		if p.Text == "" {
			t.Fatal("Parse returned no error and no text")
		}
		for name, s := range map[string]string{"Text": p.Text, "Title": p.Title, "Author": p.Author} {
			if !utf8.ValidString(s) {
				t.Fatalf("%s is not valid UTF-8: %q", name, s)
			}
		}
		if strings.ContainsAny(p.Text, "\u00ad\u200b\u200c\u200d\ufeff") {
			t.Fatalf("Text keeps invisible characters: %q", p.Text)
		}
		if strings.Contains(p.Text, "\n\n\n") || strings.TrimSpace(p.Text) != p.Text {
			t.Fatalf("Text blocks are badly separated: %q", p.Text)
		}
	})
}
