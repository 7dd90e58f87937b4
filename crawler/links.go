package crawler

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

// link is a URL found in a feed, sitemap or listing page.
type link struct {
	url     string
	sitemap bool      // a child sitemap of a sitemap index
	next    bool      // a listing page to follow (pagination)
	lastmod time.Time // announced modification time, if any
}

// feedLinks returns the item links of an RSS or Atom feed. A malformed
// feed returns the links of the items read before the error, with it.
func feedLinks(body []byte) ([]link, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return partialFeedLinks(body), fmt.Errorf("feed: %w", err)
	}
	var out []link
	for _, it := range feed.Items {
		l := link{url: it.Link}
		if l.url == "" && len(it.Links) > 0 {
			l.url = it.Links[0]
		}
		if it.UpdatedParsed != nil {
			l.lastmod = *it.UpdatedParsed
		}
		if l.url != "" {
			out = append(out, l)
		}
	}
	return out, nil
}

// partialFeedLinks reads the item links of a feed up to its first error:
// <link>URL</link> (RSS) or <link href="URL"> (Atom) within an item or
// entry.
func partialFeedLinks(body []byte) []link {
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	var out []link
	inItem, inLink := false, false
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err != nil {
			return out
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "item" || t.Name.Local == "entry":
				inItem = true
			case inItem && t.Name.Local == "link":
				inLink = true
				text.Reset()
				if href := attr(t, "href"); href != "" && (attr(t, "rel") == "" || attr(t, "rel") == "alternate") {
					out = append(out, link{url: strings.TrimSpace(href)})
				}
			}
		case xml.CharData:
			if inLink {
				text.Write(t)
			}
		case xml.EndElement:
			switch {
			case t.Name.Local == "item" || t.Name.Local == "entry":
				inItem = false
			case inLink && t.Name.Local == "link":
				inLink = false
				if u := strings.TrimSpace(text.String()); u != "" {
					out = append(out, link{url: u})
				}
			}
		}
	}
}

// attr returns the value of the attribute name of e ("" when absent).
func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// sitemapDoc reads a sitemap, a sitemap index or a Google News sitemap
// (element names match whatever their namespace).
type sitemapDoc struct {
	URLs []struct {
		Loc     string `xml:"loc"`
		Lastmod string `xml:"lastmod"`
		News    struct {
			PublicationDate string `xml:"publication_date"`
		} `xml:"news"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc     string `xml:"loc"`
		Lastmod string `xml:"lastmod"`
	} `xml:"sitemap"`
}

// sitemapLinks returns the URLs and child sitemaps of a sitemap, inflating
// a gzip-compressed one to at most maxSize bytes.
func sitemapLinks(body []byte, maxSize int) ([]link, error) {
	var r io.Reader = bytes.NewReader(body)
	if bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("sitemap: %w", err)
		}
		defer zr.Close()
		r = &capped{r: zr, n: int64(maxSize)}
	}
	var doc sitemapDoc
	dec := xml.NewDecoder(r)
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("sitemap: %w", err)
	}
	var out []link
	for _, s := range doc.Sitemaps {
		out = append(out, link{url: strings.TrimSpace(s.Loc), sitemap: true, lastmod: parseLastmod(s.Lastmod)})
	}
	for _, u := range doc.URLs {
		out = append(out, link{url: strings.TrimSpace(u.Loc), lastmod: parseLastmod(u.Lastmod)})
	}
	return out, nil
}

// capped fails once more than n bytes were read, so a gzip bomb stops early.
type capped struct {
	r io.Reader
	n int64
}

func (c *capped) Read(p []byte) (int, error) {
	if c.n <= 0 {
		return 0, fmt.Errorf("inflated sitemap larger than the body size limit")
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	n, err := c.r.Read(p)
	c.n -= int64(n)
	return n, err
}

// parseLastmod reads a W3C datetime (a date or a date-time); the zero time
// when absent or unreadable.
func parseLastmod(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// pageLinks returns the links of a listing page, resolved against base (or
// the page's <base href>); rel="next" links are marked as pagination.
func pageLinks(body []byte, base *url.URL) ([]link, error) {
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("listing: %w", err)
	}
	if href, ok := doc.Find("base[href]").First().Attr("href"); ok {
		if b, err := base.Parse(href); err == nil {
			base = b
		}
	}
	var out []link
	doc.Find("a[href], link[rel][href]").Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		rel, _ := s.Attr("rel")
		isNext := false
		for _, r := range strings.Fields(strings.ToLower(rel)) {
			isNext = isNext || r == "next"
		}
		if goquery.NodeName(s) == "link" && !isNext {
			return
		}
		u, err := base.Parse(strings.TrimSpace(href))
		if err != nil {
			return
		}
		out = append(out, link{url: u.String(), next: isNext})
	})
	return out, nil
}
