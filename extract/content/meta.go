package content

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// get returns the first value of the meta keys, tried in order.
func (t *tree) get(keys ...string) string {
	for _, k := range keys {
		for _, m := range t.metas {
			if m.key == k && m.value != "" {
				return m.value
			}
		}
	}
	return ""
}

// metadata fills p's metadata from the tree and the JSON-LD info.
func (t *tree) metadata(p *Page, li ldInfo, pageURL string) {
	p.SiteName = cleanLine(first(t.get("og:site_name"), li.publisher, t.get("application-name")))
	p.Title = cleanLine(t.pageTitle(li, p))
	p.Author = cleanLine(first(li.author, t.get("author", "itemprop:author", "parsely-author", "dc.creator", "sailthru.author"), notURL(t.get("article:author"))))
	p.Description = cleanLine(t.get("description", "og:description", "twitter:description"))
	for _, d := range []string{li.published, t.get("article:published_time", "og:published_time", "published_time", "datepublished", "itemprop:datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date", "itemprop:datecreated", "article:modified_time", "time")} {
		if p.Published = normDate(d); p.Published != "" {
			break
		}
	}
	p.Canonical = resolve(first(t.canon, t.get("og:url")), pageURL)
	p.Language = langTag(first(t.lang, t.get("og:locale", "content-language", "language", "dc.language")))
}

// pageTitle returns the title of the page: the one JSON-LD or the social
// tags declare, else the <title> without the site name (p.SiteName is
// set), else the first <h1>. The later sources are read only when needed.
func (t *tree) pageTitle(li ldInfo, p *Page) string {
	if s := first(li.headline, t.get("og:title", "twitter:title")); s != "" {
		return s
	}
	if s := first(stripSite(cleanLine(t.title), p.SiteName), t.get("itemprop:headline")); s != "" {
		return s
	}
	return first(t.firstH1())
}

// first returns the first non-empty string.
func first(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// notURL returns s unless it is a URL (article:author often is a profile).
func notURL(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return ""
	}
	return s
}

// firstH1 returns the text of the first <h1> of the page.
func (t *tree) firstH1() string {
	for i := range t.elems {
		if t.elems[i].tag == atom.H1 && t.elems[i].textLen > 0 {
			return t.textOf(int32(i))
		}
	}
	return ""
}

// titleSeparators split "Title | Site" in <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " • ", " · ", " » "}

// stripSite removes a site name suffix (or prefix) from a <title>.
func stripSite(title, site string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := title[:i], title[i+len(sep):]
		switch {
		case site != "" && strings.EqualFold(strings.TrimSpace(tail), site):
			return head
		case site != "" && strings.EqualFold(strings.TrimSpace(title[:strings.Index(title, sep)]), site):
			return title[strings.Index(title, sep)+len(sep):]
		case len(strings.Fields(tail)) <= 4 && utf8.RuneCountInString(head) > utf8.RuneCountInString(tail):
			return head
		}
	}
	return title
}

// resolve makes ref absolute against base when it can.
func resolve(ref, base string) string {
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	if r.IsAbs() || base == "" {
		return r.String()
	}
	b, err := url.Parse(base)
	if err != nil || !b.IsAbs() {
		return ref
	}
	return b.ResolveReference(r).String()
}
