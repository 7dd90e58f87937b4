package crawler

import (
	"net/http"
	"net/url"
	"testing"
	"time"
)

// The readers of free text a server sends: links of listing pages (feeds
// and sitemaps: links_test.go), sitemap lastmod dates, Retry-After headers.
// None may panic; what they return must be usable.

func FuzzPageLinks(f *testing.F) {
	f.Add(`<base href="/x/"><a href=" a/1 ">a</a><link rel="next prev" href="?page=2"><a href="javascript:1">`)
	f.Add(`<a href="http://[::1">`)
	base, _ := url.Parse("https://x.ma/economie/")
	f.Fuzz(func(t *testing.T, page string) {
		links, err := pageLinks([]byte(page), base)
		if err != nil {
			return
		}
		for _, l := range links {
			if u, err := url.Parse(l.url); err != nil || !u.IsAbs() {
				t.Errorf("link %q is not an absolute URL (%v)", l.url, err)
			}
		}
	})
}

func FuzzLastmod(f *testing.F) {
	for _, s := range []string{"2026-03-02", "2026-03-02T08:00Z", " 2026-03-02T08:00:00+01:00 ", "2026-13-45", "hier"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := parseLastmod(s)
		if got.IsZero() {
			return
		}
		// A date read is the one written: formatting it again and reading
		// that gives the same instant.
		if again := parseLastmod(got.Format(time.RFC3339Nano)); !again.Equal(got) && !parseLastmod(got.Format(time.RFC3339)).Equal(got) {
			t.Errorf("parseLastmod(%q) = %v, which does not read back", s, got)
		}
	})
}

func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "0", "-5", "Wed, 21 Oct 2015 07:28:00 GMT", "99999999999999999999", "demain"} {
		f.Add(s)
	}
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		d, ok := retryAfter(http.Header{"Retry-After": {v}}, now)
		if d < 0 || !ok && d != 0 {
			t.Errorf("retryAfter(%q) = %v, %v; want a wait of zero or more", v, d, ok)
		}
	})
}
