package newssite

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1:8080"+path, nil))
	b, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(b)
}

func TestSite(t *testing.T) {
	s := New(WithArticles(1500), WithPerPage(100), WithPrivate(2))
	tests := []struct {
		path string
		code int
		has  string
	}{
		{"/robots.txt", 200, "Disallow: /prive/"},
		{"/economie", 200, `rel="next" href="/economie?page=2"`},
		{"/economie?page=15", 200, "accord-1500"},
		{"/economie?page=16", 404, ""},
		{"/economie?page=x", 404, ""},
		{"/rss.xml", 200, "<link>http://127.0.0.1:8080/article/accord-1</link>"},
		{"/sitemap.xml", 200, "<loc>http://127.0.0.1:8080/sitemap-2.xml</loc>"},
		{"/sitemap-2.xml", 200, "accord-1500</loc>"},
		{"/sitemap-3.xml", 404, ""},
		{"/sitemap-news.xml", 200, "<news:publication_date>"},
		{"/article/accord-1", 200, "emplois directs"},
		{"/prive/article/accord-2", 200, "<h1>"},
		{"/article/accord-2", 404, ""},
		{"/article/accord-01", 404, ""},
		{"/article/accord-1501", 404, ""},
	}
	for _, tt := range tests {
		code, body := get(t, s, tt.path)
		if code != tt.code || !strings.Contains(body, tt.has) {
			t.Errorf("GET %s: got %d, want %d with %q", tt.path, code, tt.code, tt.has)
		}
	}
	if got := len(s.Allowed()); got != 1499 {
		t.Errorf("Allowed: got %d paths, want 1499", got)
	}
	_, before := get(t, s, "/article/accord-3")
	s.Edit(3)
	if _, after := get(t, s, "/article/accord-3"); after == before {
		t.Errorf("Edit did not change the article")
	}
}

func TestSitePages(t *testing.T) {
	fsys := fstest.MapFS{
		"eco/Un_Accord.html": {Data: []byte("<html><p>un accord</p></html>")},
		"eco/notes.json":     {Data: []byte("{}")},
	}
	s := New(WithPages(fsys))
	if got := s.ArticlePaths(); len(got) != 1 || got[0] != "/article/eco-un-accord" {
		t.Fatalf("ArticlePaths: got %v", got)
	}
	if code, body := get(t, s, "/article/eco-un-accord"); code != 200 || body != "<html><p>un accord</p></html>" {
		t.Errorf("saved page: got %d %q", code, body)
	}
}
