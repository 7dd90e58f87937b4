package extract

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"veille/extract/content"
	"veille/extract/parties"
	"veille/extract/text"
	"veille/normalize"
)

// DefaultMaxSize is the largest input Parse reads (16 MiB).
const DefaultMaxSize = 16 << 20

// Option configures Parse.
type Option func(*config)

type config struct {
	url          string
	site         string
	contentType  string
	bodySelector string
	published    time.Time
	fetchedAt    time.Time
	maxSize      int
}

// WithURL sets the URL the page was fetched from (or the path it was read
// from); it resolves relative canonical links and names the site.
func WithURL(u string) Option { return func(c *config) { c.url = u } }

// WithSite sets the name of the site (as in sources.yaml).
func WithSite(name string) Option { return func(c *config) { c.site = name } }

// WithContentType passes the HTTP Content-Type header, a charset hint.
func WithContentType(ct string) Option { return func(c *config) { c.contentType = ct } }

// WithBodySelector sets a CSS selector for the article body, for sites
// where generic boilerplate removal is not enough.
func WithBodySelector(sel string) Option { return func(c *config) { c.bodySelector = sel } }

// WithPublished sets the publication date when the page does not carry one;
// relative dates ("hier, mardi") resolve against it. A date found in the
// page wins.
func WithPublished(t time.Time) Option { return func(c *config) { c.published = t } }

// WithFetchedAt sets the time the page was fetched.
func WithFetchedAt(t time.Time) Option { return func(c *config) { c.fetchedAt = t } }

// WithMaxSize sets the largest input Parse accepts, in bytes.
func WithMaxSize(n int) Option { return func(c *config) { c.maxSize = n } }

// Parse reads an article page (HTML in any common charset, or plain text)
// from r and returns its record. It stops with the error of ctx when ctx
// is done: between stages and inside the long loops of each.
func Parse(ctx context.Context, r io.Reader, opts ...Option) (*Record, error) {
	c := newConfig(opts)
	b, err := io.ReadAll(io.LimitReader(r, int64(c.maxSize)+1))
	if err != nil {
		return nil, fmt.Errorf("extract: read: %w", err)
	}
	if len(b) > c.maxSize {
		return nil, fmt.Errorf("extract: %w: more than %d bytes", content.ErrTooLarge, c.maxSize)
	}
	return ParseBytes(ctx, b, opts...)
}

// ParseBytes is Parse on a page already in memory.
func ParseBytes(ctx context.Context, b []byte, opts ...Option) (*Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract: %w", context.Cause(ctx))
	}
	c := newConfig(opts)
	page, err := content.Parse(b,
		content.WithURL(c.url),
		content.WithContentType(c.contentType),
		content.WithBodySelector(c.bodySelector),
		content.WithMaxSize(c.maxSize),
	)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	text := normalize.CleanText(page.Text)
	title := normalize.CleanText(page.Title)
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("extract: %w", content.ErrNoContent)
	}
	rec := newRecord()
	c.describe(rec, page)
	rec.Title = title
	rec.Text = text
	ref, published := publication(page.Published, c.published)
	rec.Published = published
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract: %w", context.Cause(ctx))
	}
	if err := extractFacts(ctx, newDoc(text, title, ref), rec, parties.Find); err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return rec, nil
}

// newConfig applies opts to the defaults.
func newConfig(opts []Option) config {
	c := config{maxSize: DefaultMaxSize}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// describe fills the metadata of rec: URLs, site, fetch time, author,
// language and the version of the rules.
func (c config) describe(rec *Record, page *content.Page) {
	rec.URL = c.url
	rec.CanonicalURL = page.Canonical
	if rec.CanonicalURL == "" {
		rec.CanonicalURL = c.url
	}
	rec.Site = siteName(c.site, page.SiteName, c.url)
	if !c.fetchedAt.IsZero() {
		s := c.fetchedAt.UTC().Format(time.RFC3339)
		rec.FetchedAt = &s
	}
	rec.Author = page.Author
	rec.Language = page.Language
	rec.ExtractorVersion = Version()
}

// partyFinder finds the signatories, other actors and party mentions of a
// text: parties.Find, or a stand-in in the tests of the other stages.
type partyFinder func(ctx context.Context, d *text.Doc) (signatories, actors []Party, mentions []mention, err error)

// extractFacts runs the fact stages over d, in the order their
// dependencies ask: parties and figures and agreements first, then the
// links between them, then relevance, which weighs them all. It looks at
// ctx between stages. Parties read the tokens alone: they come before the
// word view is built, so that their data and the word view never weigh on
// memory at the same time.
func extractFacts(ctx context.Context, d *doc, rec *Record, findParties partyFinder) error {
	var mentions []mention
	var err error
	rec.Signatories, rec.Actors, mentions, err = findParties(ctx, d.Doc)
	if err != nil {
		return err
	}
	if err := d.prepare(ctx); err != nil {
		return err
	}
	stages := []func(){
		func() { rec.Places = findPlaces(d, rec.Signatories, rec.Actors) },
		func() { rec.TargetYears = findTargetYears(d) },
		func() { rec.Amounts = findAmounts(d) },
		func() { d.drop(figAmounts) }, // each list let go after its last reader
		func() { rec.Jobs = findJobs(d) },
		func() { d.drop(figYears) },
		func() { rec.Agreements = findAgreements(d) },
		func() { d.drop(figNumbers) },
		func() { link(d, rec, mentions) },
		func() { rec.Relevant = isRelevant(d, rec) },
	}
	for _, stage := range stages {
		if err := ctx.Err(); err != nil {
			return context.Cause(ctx)
		}
		stage()
	}
	return nil
}

// newRecord returns a Record whose lists are empty rather than nil, so
// that every key is present in its JSON.
func newRecord() *Record {
	return &Record{
		Agreements:  []Agreement{},
		Signatories: []Party{},
		Actors:      []Party{},
		Jobs:        []Job{},
		Amounts:     []Amount{},
		Places:      []Place{},
		TargetYears: []TargetYear{},
		Commitments: []Commitment{},
	}
}

// publication picks the publication date: the page's own, else the one
// given by the caller. It returns the reference time for relative dates
// and the date as the record reports it (nil when unknown). A page date of
// month precision ("2024-04") is kept as written but does not override a
// caller's full date as the reference.
func publication(fromPage string, given time.Time) (time.Time, *string) {
	if t, ok := parseDay(fromPage); ok {
		return t, &fromPage
	}
	if !given.IsZero() {
		s := given.Format(time.DateOnly)
		return given, &s
	}
	if fromPage != "" {
		return time.Time{}, &fromPage
	}
	return time.Time{}, nil
}

// parseDay reads an RFC 3339 date-time or an ISO date.
func parseDay(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// siteName names the site: as configured, else as the page says, else by
// the URL's host (without "www.").
func siteName(configured, fromPage, rawURL string) string {
	if configured != "" {
		return configured
	}
	if fromPage != "" {
		return fromPage
	}
	if u, err := url.Parse(rawURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// Errors a caller may want to tell apart; they are those of package
// content, re-exported so callers need not import it.
var (
	ErrEmpty     = content.ErrEmpty
	ErrBinary    = content.ErrBinary
	ErrTooLarge  = content.ErrTooLarge
	ErrNoContent = content.ErrNoContent
)
