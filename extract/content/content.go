package content

import (
	"bytes"
	"errors"
	"fmt"
)

// Page is what Parse finds in a page: its metadata and its main text.
type Page struct {
	Title       string
	Author      string
	Canonical   string
	Language    string // lower-case primary language subtag ("fr"), "" if unknown
	SiteName    string
	Description string
	// Published is the publication date as found, normalised to an RFC 3339
	// date or date-time ("2024-04-30", "2024-04-30T10:12:00+01:00"), or a
	// month ("2024-04") when only that is known; "" if unknown.
	Published string
	// Text is the main text: blocks (paragraphs, headings, list items)
	// separated by "\n\n".
	Text   string
	IsHTML bool
}

// Errors returned by Parse, wrapped with detail.
var (
	ErrEmpty     = errors.New("empty input")
	ErrBinary    = errors.New("binary input")
	ErrTooLarge  = errors.New("input too large")
	ErrNoContent = errors.New("no main content")
)

// DefaultMaxSize is the input size above which Parse returns ErrTooLarge.
const DefaultMaxSize = 16 << 20

type config struct {
	url          string
	contentType  string
	bodySelector string
	maxSize      int
}

// Option configures Parse.
type Option func(*config)

// WithURL gives the page URL, used to resolve a relative canonical URL.
func WithURL(u string) Option { return func(c *config) { c.url = u } }

// WithContentType gives the HTTP Content-Type header: its charset is a hint
// for decoding, and text/plain or text/html settles the kind of input.
func WithContentType(ct string) Option { return func(c *config) { c.contentType = ct } }

// WithBodySelector gives a CSS selector of the element that holds the main
// text, for sites where generic boilerplate removal is not enough. A selector
// that matches nothing (or does not parse) is ignored.
func WithBodySelector(sel string) Option { return func(c *config) { c.bodySelector = sel } }

// WithMaxSize sets the largest accepted input in bytes (DefaultMaxSize if
// n <= 0).
func WithMaxSize(n int) Option { return func(c *config) { c.maxSize = n } }

// Parse finds the main text and the metadata of b, an HTML page or a plain
// text article in any common charset.
//
// Empty input gives ErrEmpty, binary data ErrBinary, input above the maximum
// size ErrTooLarge and a page without usable text ErrNoContent.
func Parse(b []byte, opts ...Option) (*Page, error) {
	c := config{maxSize: DefaultMaxSize}
	for _, o := range opts {
		o(&c)
	}
	if c.maxSize <= 0 {
		c.maxSize = DefaultMaxSize
	}
	if len(b) > c.maxSize {
		return nil, fmt.Errorf("content: %w: %d bytes, limit %d", ErrTooLarge, len(b), c.maxSize)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, fmt.Errorf("content: %w", ErrEmpty)
	}
	if kind, ok := binaryKind(b); ok {
		return nil, fmt.Errorf("content: %w: looks like %s", ErrBinary, kind)
	}
	s := decode(b, c.contentType)
	if len(bytes.TrimSpace(s)) == 0 {
		return nil, fmt.Errorf("content: %w", ErrEmpty)
	}
	var p *Page
	if isHTML(s, c.contentType) {
		p = parseHTML(s, &c)
		if p.Text == "" {
			return nil, fmt.Errorf("content: %w: no text found in HTML page", ErrNoContent)
		}
	} else {
		p = parseText(string(s))
		if p.Text == "" {
			return nil, fmt.Errorf("content: %w: text is all boilerplate", ErrNoContent)
		}
	}
	return p, nil
}
