// Package newssite serves a small French-language news site on loopback,
// for the crawler's tests, benchmarks and local demo: article pages,
// paginated listing pages, an RSS feed, a sitemap index with a Google News
// sitemap and plain sitemaps, and a robots.txt that closes one section.
//
// Articles are generated from a few templates, or read from a directory of
// saved pages (fixtures/pages/<site>/<slug>.html). Nothing is stored per
// request, so a site of 10 000 pages costs no more memory than one of 10.
package newssite

import (
	"fmt"
	"html"
	"io/fs"
	"net/http"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Paths of the site.
const (
	RobotsPath  = "/robots.txt"
	FeedPath    = "/rss.xml"
	SitemapPath = "/sitemap.xml" // the sitemap index
	ListingPath = "/economie"    // first listing page; ?page=N for the others
	// ArticlePattern matches the article URLs of a site served at any
	// loopback address, for sources.yaml.
	ArticlePattern = `^http://127\.0\.0\.1:\d+/(prive/)?article/[a-z0-9-]+$`
)

// Site is an http.Handler serving the news site.
type Site struct {
	n       int            // number of articles
	pages   []article      // saved pages; nil: generated articles
	bySlug  map[string]int // saved pages by slug
	perPage int
	delay   time.Duration
	private map[int]bool // articles under the /prive/ section, closed by robots.txt
	mu      sync.Mutex
	edits   map[int]int // article index → revision
	hits    atomic.Int64
}

type article struct {
	slug string
	page []byte
}

// Option configures a Site.
type Option func(*Site)

// WithArticles generates n articles (default 30).
func WithArticles(n int) Option {
	return func(s *Site) { s.n, s.pages, s.bySlug = n, nil, nil }
}

// WithPages serves the *.html files of dir as the articles, by slug.
func WithPages(dir fs.FS) Option {
	return func(s *Site) {
		s.pages = nil
		_ = fs.WalkDir(dir, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || path.Ext(p) != ".html" {
				return nil
			}
			b, err := fs.ReadFile(dir, p)
			if err != nil {
				return nil
			}
			slug := strings.ToLower(strings.NewReplacer("/", "-", "_", "-", ".", "-").Replace(strings.TrimSuffix(p, ".html")))
			s.pages = append(s.pages, article{slug: slug, page: b})
			return nil
		})
		sort.Slice(s.pages, func(i, j int) bool { return s.pages[i].slug < s.pages[j].slug })
		s.n = len(s.pages)
		s.bySlug = map[string]int{}
		for i, a := range s.pages {
			s.bySlug[a.slug] = i
		}
	}
}

// WithPerPage sets the number of articles per listing page (default 10).
func WithPerPage(n int) Option { return func(s *Site) { s.perPage = max(n, 1) } }

// WithDelay makes every response wait d, so that a crawl lasts.
func WithDelay(d time.Duration) Option { return func(s *Site) { s.delay = d } }

// WithPrivate puts the articles with these 1-based numbers under /prive/,
// a section robots.txt disallows.
func WithPrivate(numbers ...int) Option {
	return func(s *Site) {
		for _, n := range numbers {
			s.private[n-1] = true
		}
	}
}

// New returns a site.
func New(opts ...Option) *Site {
	s := &Site{perPage: 10, private: map[int]bool{}, edits: map[int]int{}}
	WithArticles(30)(s)
	for _, o := range opts {
		o(s)
	}
	return s
}

// ArticlePaths returns the paths of the articles, newest first.
func (s *Site) ArticlePaths() []string {
	out := make([]string, s.n)
	for i := range s.n {
		out[i] = s.articlePath(i)
	}
	return out
}

// Allowed returns the paths of the articles robots.txt allows.
func (s *Site) Allowed() []string {
	var out []string
	for i := range s.n {
		if !s.private[i] {
			out = append(out, s.articlePath(i))
		}
	}
	return out
}

// Edit changes the text of the article with this 1-based number.
func (s *Site) Edit(n int) {
	s.mu.Lock()
	s.edits[n-1]++
	s.mu.Unlock()
}

// Hits returns the number of requests served.
func (s *Site) Hits() int64 { return s.hits.Load() }

func (s *Site) slug(i int) string {
	if s.pages != nil {
		return s.pages[i].slug
	}
	return "accord-" + strconv.Itoa(i+1)
}

func (s *Site) articlePath(i int) string {
	if s.private[i] {
		return "/prive/article/" + s.slug(i)
	}
	return "/article/" + s.slug(i)
}

// index returns the article served at path p, or -1.
func (s *Site) index(p string) int {
	slug, ok := strings.CutPrefix(p, "/article/")
	if !ok {
		slug, ok = strings.CutPrefix(p, "/prive/article/")
	}
	if !ok {
		return -1
	}
	i := -1
	if s.pages != nil {
		if j, found := s.bySlug[slug]; found {
			i = j
		}
	} else if n, err := strconv.Atoi(strings.TrimPrefix(slug, "accord-")); err == nil && n >= 1 && n <= s.n && slug == "accord-"+strconv.Itoa(n) {
		i = n - 1
	}
	if i < 0 || s.articlePath(i) != p {
		return -1
	}
	return i
}

// ServeHTTP serves the site.
func (s *Site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.hits.Add(1)
	if s.delay > 0 {
		select {
		case <-time.After(s.delay):
		case <-r.Context().Done():
			return
		}
	}
	p := r.URL.Path
	switch {
	case p == RobotsPath:
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "User-agent: *\nDisallow: /prive/\n")
	case p == FeedPath:
		s.feed(w, r)
	case p == SitemapPath:
		s.sitemapIndex(w, r)
	case p == "/sitemap-news.xml":
		s.newsSitemap(w, r)
	case strings.HasPrefix(p, "/sitemap-") && strings.HasSuffix(p, ".xml"):
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(p, "/sitemap-"), ".xml"))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		s.sitemap(w, r, n)
	case p == ListingPath || p == "/":
		s.listing(w, r)
	default:
		s.articlePage(w, r)
	}
}

func (s *Site) base(r *http.Request) string { return "http://" + r.Host }

// sitemapChunk is the number of URLs per plain sitemap.
const sitemapChunk = 1000

func (s *Site) sitemapIndex(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/xml")
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+"\n")
	fmt.Fprintf(w, "<sitemap><loc>%s/sitemap-news.xml</loc></sitemap>\n", s.base(r))
	for i := 0; i*sitemapChunk < s.n; i++ {
		fmt.Fprintf(w, "<sitemap><loc>%s/sitemap-%d.xml</loc></sitemap>\n", s.base(r), i+1)
	}
	fmt.Fprint(w, "</sitemapindex>\n")
}

func (s *Site) sitemap(w http.ResponseWriter, r *http.Request, n int) {
	lo, hi := (n-1)*sitemapChunk, min(n*sitemapChunk, s.n)
	if n < 1 || lo >= s.n {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/xml")
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+"\n")
	for i := lo; i < hi; i++ {
		fmt.Fprintf(w, "<url><loc>%s%s</loc><lastmod>%s</lastmod></url>\n", s.base(r), s.articlePath(i), published(i).Format("2006-01-02"))
	}
	fmt.Fprint(w, "</urlset>\n")
}

func (s *Site) newsSitemap(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/xml")
	fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+
		`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`+"\n")
	for i := 0; i < min(s.n, 50); i++ {
		fmt.Fprintf(w, "<url><loc>%s%s</loc><news:news><news:publication><news:name>L'Économiste local</news:name><news:language>fr</news:language></news:publication>"+
			"<news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>\n",
			s.base(r), s.articlePath(i), published(i).Format(time.RFC3339), html.EscapeString(s.title(i)))
	}
	fmt.Fprint(w, "</urlset>\n")
}

func (s *Site) feed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>L'Économiste local</title><link>%s/</link><description>Actualité économique</description>
`, s.base(r))
	for i := 0; i < min(s.n, 20); i++ {
		fmt.Fprintf(w, "<item><title>%s</title><link>%s%s</link><pubDate>%s</pubDate></item>\n",
			html.EscapeString(s.title(i)), s.base(r), s.articlePath(i), published(i).Format(time.RFC1123Z))
	}
	fmt.Fprint(w, "</channel></rss>\n")
}

func (s *Site) listing(w http.ResponseWriter, r *http.Request) {
	page := 1
	if v := r.URL.Query().Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			http.NotFound(w, r)
			return
		}
		page = n
	}
	lo := (page - 1) * s.perPage
	if lo >= s.n && page > 1 {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Économie – page %d</title>", page)
	if lo+s.perPage < s.n {
		fmt.Fprintf(w, "<link rel=\"next\" href=\"%s?page=%d\">", ListingPath, page+1)
	}
	fmt.Fprint(w, "</head><body><nav><a href=\"/\">Accueil</a> <a href=\"mailto:redaction@example.ma\">Contact</a> "+
		"<a href=\"javascript:void(0)\">Menu</a> <a href=\"ftp://127.0.0.1/archives\">Archives</a> "+
		"<a href=\"http://10.0.0.1/admin\">Intranet</a> <a href=\"http://169.254.169.254/latest/meta-data/\">Métadonnées</a></nav><main>\n")
	for i := lo; i < min(lo+s.perPage, s.n); i++ {
		fmt.Fprintf(w, "<article><h2><a href=\"%s\">%s</a></h2></article>\n", s.articlePath(i), html.EscapeString(s.title(i)))
	}
	if lo+s.perPage < s.n {
		fmt.Fprintf(w, "<a rel=\"next\" href=\"%s?page=%d\">Page suivante</a>", ListingPath, page+1)
	}
	fmt.Fprint(w, "</main></body></html>\n")
}

func (s *Site) articlePage(w http.ResponseWriter, r *http.Request) {
	i := s.index(r.URL.Path)
	if i < 0 {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if s.pages != nil {
		w.Write(s.pages[i].page)
		return
	}
	s.mu.Lock()
	rev := s.edits[i]
	s.mu.Unlock()
	fmt.Fprint(w, Article(i, rev))
}

func (s *Site) title(i int) string {
	if s.pages != nil {
		return s.pages[i].slug
	}
	return articleTitle(i)
}

// published returns the publication time of article i (newest first).
func published(i int) time.Time {
	return time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC).Add(-time.Duration(i) * 3 * time.Hour)
}
