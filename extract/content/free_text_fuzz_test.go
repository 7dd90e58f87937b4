package content

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzDate checks the readers of dates in metadata and bylines: they never
// panic, and what they return is a valid RFC 3339 date or date-time.
func FuzzDate(f *testing.F) {
	for _, s := range []string{
		"2024-04-30T10:12:00+01:00", "2024-04-30", "30 avril 2024 à 10h12", "30/04/2024", "Tue, 30 Apr 2024 10:12:00 +0100",
		"Publié le 30 avril 2024", "Published on April 30, 2024", "Samedi 27 Avril 2024", "3:59 PM", "28.01.22",
		"2024-02-30", "31 févr. 2024", "le 1er janv. 2025", "", "9999-99-99", "avril",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, got := range map[string]string{"normDate": normDate(s), "bylineDateIn": bylineDateIn(s)} {
			if got == "" {
				continue
			}
			if _, err := time.Parse(time.RFC3339, got); err != nil {
				if _, err := time.Parse(time.DateOnly, got); err != nil {
					t.Fatalf("%s(%q) = %q, not an RFC 3339 date", name, s, got)
				}
			}
		}
		dateLine(s)
	})
}

// FuzzJSONLD checks readJSONLD on any block, and that an article object
// read first gives back its headline and author, trimmed, whatever they
// hold and whatever block follows.
func FuzzJSONLD(f *testing.F) {
	for _, s := range []string{
		`{"@type":"NewsArticle","headline":"Titre","author":{"name":"A"}}`,
		`{"@graph":[{"@type":["WebPage"]},{"@type":["Article"],"datePublished":"2024-04-30"}]}`,
		`[[[[{"@type":"BlogPosting","author":[{"name":"A"},"B",{"x":1}]}]]]]`, `{`, `null`, `"x"`, "",
	} {
		f.Add(s, "Un titre « cité »")
	}
	f.Fuzz(func(t *testing.T, block, text string) {
		readJSONLD([]string{block})
		if !utf8.ValidString(text) {
			return
		}
		obj, err := json.Marshal(map[string]any{"@type": "NewsArticle", "headline": text, "author": map[string]string{"name": text}})
		if err != nil {
			t.Fatal(err)
		}
		// First found, first kept: the block fills only what obj leaves empty.
		li := readJSONLD([]string{string(obj), block})
		if want := strings.TrimSpace(text); want != "" && (li.headline != want || li.author != want) {
			t.Fatalf("readJSONLD(%s) = %+v, want headline and author %q", obj, li, want)
		}
	})
}
