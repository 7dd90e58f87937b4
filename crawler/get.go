package crawler

import (
	"context"
	"fmt"
	"net/url"
	"time"
)

// DefaultUserAgent is the User-Agent of Get without a configuration.
const DefaultUserAgent = "veille/1.0 (+https://github.com/veille/veille)"

// Page is a page fetched by Get: raw bytes and the Content-Type that
// names their charset, as the archive keeps them.
type Page struct {
	URL         string // as asked
	FinalURL    string // after redirects
	ContentType string
	FetchedAt   time.Time
	Body        []byte
}

// Get fetches the one page at rawURL through the client of a crawl of cfg
// (nil: the defaults and DefaultUserAgent): its dialer refuses loopback,
// private and link-local addresses (unless cfg.AllowPrivate), after DNS
// resolution and at every redirect; bodies longer than cfg.MaxBodySize,
// content types that cannot hold a page, redirect loops and long chains
// are refused. robots.txt is not read: this is one page a person asked for.
func Get(ctx context.Context, cfg *Config, rawURL string) (*Page, error) {
	if cfg == nil {
		cfg = &Config{UserAgent: DefaultUserAgent}
		cfg.setDefaults(nil)
	}
	u, err := url.Parse(rawURL)
	if err != nil || !isWeb(u) || u.Host == "" {
		return nil, fmt.Errorf("crawler: get %q: want an absolute http or https URL", rawURL)
	}
	res := newFetcher(ctx, cfg, isWeb).get(u.String(), nil)
	switch {
	case res.err != nil:
		return nil, fmt.Errorf("crawler: get %s: %w", rawURL, res.err)
	case res.truncated:
		return nil, fmt.Errorf("crawler: get %s: body longer than %d bytes", rawURL, cfg.MaxBodySize)
	}
	return &Page{URL: rawURL, FinalURL: res.finalURL, ContentType: res.contentType, FetchedAt: res.fetchedAt, Body: res.body}, nil
}
