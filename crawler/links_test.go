package crawler

import (
	"bytes"
	"compress/gzip"
	"net/url"
	"strings"
	"testing"
)

const newsSitemap = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc> https://x.ma/eco/accord/1 </loc><news:news><news:publication_date>2026-03-01T10:00:00+01:00</news:publication_date></news:news></url>
<url><loc>https://x.ma/eco/accord/2</loc><lastmod>2026-03-02</lastmod></url>
</urlset>`

const sitemapIndex = `<?xml version="1.0" encoding="ISO-8859-1"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://x.ma/sitemap-news.xml</loc><lastmod>2026-03-02T08:00Z</lastmod></sitemap>
</sitemapindex>`

func TestSitemapLinks(t *testing.T) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte(newsSitemap))
	w.Close()
	for name, body := range map[string][]byte{"plain": []byte(newsSitemap), "gzip": gz.Bytes()} {
		links, err := sitemapLinks(body, 1<<20)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(links) != 2 || links[0].url != "https://x.ma/eco/accord/1" || links[0].sitemap || links[1].lastmod.Day() != 2 {
			t.Errorf("%s: got %+v", name, links)
		}
	}
	links, err := sitemapLinks([]byte(sitemapIndex), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 1 || !links[0].sitemap || links[0].lastmod.Hour() != 8 {
		t.Errorf("index: got %+v", links)
	}
	if _, err := sitemapLinks(gz.Bytes(), 100); err == nil {
		t.Errorf("a gzip sitemap inflating past the limit: got no error")
	}
}

func TestFeedLinks(t *testing.T) {
	atom := `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>a</title><link href="https://x.ma/a/1"/><updated>2026-03-01T10:00:00Z</updated></entry></feed>`
	links, err := feedLinks([]byte(atom))
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 1 || links[0].url != "https://x.ma/a/1" || links[0].lastmod.IsZero() {
		t.Errorf("atom: got %+v", links)
	}
	if _, err := feedLinks([]byte("<html>pas un flux</html>")); err == nil {
		t.Errorf("an HTML page read as a feed: got no error")
	}
}

func TestPageLinks(t *testing.T) {
	page := `<html><head><base href="https://x.ma/eco/"><link rel="next" href="?page=2"><link rel="stylesheet" href="/s.css"></head>
<body><a href="accord/1">1</a> <a rel="Next nofollow" href="/eco?page=2">suite</a> <a href="mailto:a@x.ma">m</a></body></html>`
	base, _ := url.Parse("https://x.ma/eco")
	links, err := pageLinks([]byte(page), base)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range links {
		s := l.url
		if l.next {
			s += " next"
		}
		got = append(got, s)
	}
	want := "https://x.ma/eco/?page=2 next|https://x.ma/eco/accord/1|https://x.ma/eco?page=2 next|mailto:a@x.ma"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", strings.Join(got, "|"), want)
	}
}

func FuzzSitemapLinks(f *testing.F) {
	f.Add([]byte(newsSitemap))
	f.Add([]byte(sitemapIndex))
	f.Fuzz(func(t *testing.T, b []byte) {
		links, err := sitemapLinks(b, 1<<16)
		if err != nil {
			return
		}
		for _, l := range links {
			if l.url != strings.TrimSpace(l.url) {
				t.Errorf("untrimmed URL %q", l.url)
			}
		}
	})
}

func FuzzFeedLinks(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><item><link>https://x.ma/a</link></item></channel></rss>`))
	f.Add([]byte(`<rss><channel><item><link>https://x.ma/a/1</link></item><item><title>&</title>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		links, _ := feedLinks(b) // the links read before an error too
		for _, l := range links {
			if l.url == "" {
				t.Errorf("empty link")
			}
		}
	})
}
