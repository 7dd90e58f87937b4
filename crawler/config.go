package crawler

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is a crawl configuration, as read from sources.yaml.
type Config struct {
	// UserAgent identifies the crawler honestly, with a contact URL or address.
	UserAgent string `yaml:"user_agent"`
	// AllowPrivate permits requests to loopback and private addresses (tests
	// and local demos only). Link-local addresses are never allowed.
	AllowPrivate bool `yaml:"allow_private"`
	// Parallelism is the number of pages fetched at once, all hosts together.
	Parallelism int `yaml:"parallelism"`
	// Timeout bounds one request, body included.
	Timeout Duration `yaml:"timeout"`
	// MaxBodySize is the largest body kept, in bytes; longer ones are
	// reported as truncated and not archived.
	MaxBodySize int `yaml:"max_body_size"`
	// Retries is how many times a timeout, 429 or 5xx is retried in a run.
	Retries int `yaml:"retries"`
	// Backoff is the first wait before a retry; it doubles at each attempt.
	Backoff Duration `yaml:"backoff"`
	// MaxRetryWait bounds the wait before a retry, Retry-After included.
	MaxRetryWait Duration `yaml:"max_retry_wait"`
	// MaxRedirects bounds the redirects followed for one request.
	MaxRedirects int `yaml:"max_redirects"`
	// Redis, when set, is the URL of a Redis server (redis://host:port/db)
	// holding a frontier shared by several crawler processes.
	Redis string `yaml:"redis"`
	// Sites are the sources to crawl.
	Sites []Site `yaml:"sites"`
}

// Site is one source: where to start, what to follow, what to archive.
type Site struct {
	Name     string   `yaml:"name"`
	Feeds    []string `yaml:"feeds"`    // RSS or Atom feeds
	Sitemaps []string `yaml:"sitemaps"` // sitemaps, sitemap indexes, news sitemaps
	Start    []string `yaml:"start"`    // listing pages
	// AllowedHosts lists the hosts that may be fetched; "*.example.ma"
	// also allows every subdomain. Empty: the hosts of the start points.
	AllowedHosts []string `yaml:"allowed_hosts"`
	// ArticlePattern matches the URLs of articles. Empty: every entry of a
	// feed or sitemap is an article and listing pages yield none.
	ArticlePattern Pattern `yaml:"article_pattern"`
	// FollowPattern matches the listing pages to follow from a listing page,
	// besides rel="next" links.
	FollowPattern Pattern `yaml:"follow_pattern"`
	// MaxDepth bounds how many listing pages deep the crawl goes from a start point.
	MaxDepth int `yaml:"max_depth"`
	// Delay is the wait between two requests to a host (robots.txt
	// Crawl-delay wins when larger).
	Delay Duration `yaml:"delay"`
	// Parallelism is the number of requests in flight to one host.
	Parallelism int `yaml:"parallelism"`
	// BodySelector is a CSS selector for the article body, when generic
	// boilerplate removal is not enough.
	BodySelector string `yaml:"body_selector"`
	// Keywords, when set, restrict the records to pages containing one of
	// them (accents and case ignored).
	Keywords []string `yaml:"keywords"`
	// Revisit, when set, fetches an archived article again once it is older
	// than this, to catch updates (a changed page becomes a new version).
	Revisit Duration `yaml:"revisit"`
}

// Defaults applied to unset values.
const (
	DefaultParallelism  = 4
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBodySize  = 10 << 20
	DefaultRetries      = 3
	DefaultBackoff      = 2 * time.Second
	DefaultMaxRetryWait = 2 * time.Minute
	DefaultMaxRedirects = 5
	DefaultMaxDepth     = 3
	DefaultDelay        = 2 * time.Second
)

// Duration is a time.Duration written as "2s", "500ms" or "1h30m".
type Duration time.Duration

// UnmarshalYAML parses a duration, naming the line when it is bad.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := time.ParseDuration(n.Value)
	if err != nil || v < 0 {
		return fmt.Errorf("line %d: bad duration %q: want e.g. 2s, 500ms, 1h", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

// Pattern is a regular expression (RE2 syntax).
type Pattern struct{ *regexp.Regexp }

// UnmarshalYAML compiles the pattern, naming the line when it is bad.
func (p *Pattern) UnmarshalYAML(n *yaml.Node) error {
	if n.Value == "" {
		return nil
	}
	re, err := regexp.Compile(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: bad regular expression: %w", n.Line, err)
	}
	p.Regexp = re
	return nil
}

// MatchString reports whether s matches; an unset pattern matches nothing.
func (p Pattern) MatchString(s string) bool { return p.Regexp != nil && p.Regexp.MatchString(s) }

// LoadConfig reads and validates the configuration file at path.
func LoadConfig(path string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	defer f.Close()
	cfg, err := ParseConfig(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cfg, nil
}

// ParseConfig reads a configuration in YAML, rejects unknown keys and bad
// values with errors naming the line, and fills in the defaults.
func ParseConfig(r io.Reader) (*Config, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	cfg := &Config{}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("config: empty file")
		}
		return nil, fmt.Errorf("config: %w", err)
	}
	if err := cfg.validate(topNode(&root)); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return cfg, nil
}

// topNode returns the mapping node of the document, to tell keys set to
// zero from keys left out and to name lines in errors.
func topNode(root *yaml.Node) *yaml.Node {
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return nil
	}
	return root.Content[0]
}

// siteNodes returns the YAML nodes of the sites of the mapping node top.
func siteNodes(top *yaml.Node) []*yaml.Node {
	if seq := valueOf(top, "sites"); seq != nil && seq.Kind == yaml.SequenceNode {
		return seq.Content
	}
	return nil
}

// valueOf returns the value of key in the mapping node m, or nil.
func valueOf(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// line returns the line of key in the site node n (or of n itself).
func line(n *yaml.Node, key string) int {
	if n == nil {
		return 0
	}
	if v := valueOf(n, key); v != nil {
		return v.Line
	}
	return n.Line
}

// setDefaults fills in the values the YAML mapping top (nil: none) left
// unset.
func (c *Config) setDefaults(top *yaml.Node) {
	setDefault(&c.Parallelism, DefaultParallelism)
	setDefault(&c.MaxBodySize, DefaultMaxBodySize)
	setDefault(&c.MaxRedirects, DefaultMaxRedirects)
	setDefaultDuration(&c.Timeout, DefaultTimeout)
	setDefaultDuration(&c.Backoff, DefaultBackoff)
	setDefaultDuration(&c.MaxRetryWait, DefaultMaxRetryWait)
	if c.Retries == 0 && valueOf(top, "retries") == nil { // "retries: 0" turns retries off
		c.Retries = DefaultRetries
	}
}

func (c *Config) validate(top *yaml.Node) error {
	if !strings.Contains(c.UserAgent, "http") && !strings.Contains(c.UserAgent, "@") {
		return errors.New("user_agent must name the crawler and give a contact URL or e-mail address, e.g. \"veille/1.0 (+https://example.org/veille)\"")
	}
	c.setDefaults(top)
	if c.Parallelism < 0 || c.MaxBodySize < 0 || c.Retries < 0 || c.MaxRedirects < 0 {
		return errors.New("parallelism, max_body_size, retries and max_redirects must not be negative")
	}
	if c.Redis != "" {
		if err := checkRedisURL(c.Redis); err != nil {
			return fmt.Errorf("redis: %w", err)
		}
	}
	if len(c.Sites) == 0 {
		return errors.New("no sites")
	}
	seen := map[string]int{}
	nodes := siteNodes(top)
	for i := range c.Sites {
		var n *yaml.Node
		if i < len(nodes) {
			n = nodes[i]
		}
		s := &c.Sites[i]
		if err := s.validate(n); err != nil {
			if s.Name != "" {
				return fmt.Errorf("site %s: %w", s.Name, err)
			}
			return fmt.Errorf("site #%d: %w", i+1, err)
		}
		if prev, ok := seen[s.Name]; ok {
			return fmt.Errorf("site %s: line %d: name already used at line %d", s.Name, line(n, "name"), prev)
		}
		seen[s.Name] = line(n, "name")
	}
	return nil
}

var siteName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`) })

// validate checks a site and fills in its defaults; n is its YAML node
// (nil if unknown), so that every error names a line.
func (s *Site) validate(n *yaml.Node) error {
	if s.Name == "" {
		return fmt.Errorf("line %d: name is required", line(n, ""))
	}
	if !siteName().MatchString(s.Name) {
		return fmt.Errorf("line %d: name %q: use lower-case letters, digits, - and _", line(n, "name"), s.Name)
	}
	if len(s.Feeds)+len(s.Sitemaps)+len(s.Start) == 0 {
		return fmt.Errorf("line %d: no feeds, sitemaps or start pages", line(n, ""))
	}
	setDefault(&s.MaxDepth, DefaultMaxDepth)
	setDefault(&s.Parallelism, 1)
	if s.Delay == 0 && valueOf(n, "delay") == nil { // "delay: 0s" turns politeness off
		s.Delay = Duration(DefaultDelay)
	}
	if s.MaxDepth < 0 || s.Parallelism < 0 {
		return fmt.Errorf("line %d: max_depth and parallelism must not be negative", line(n, ""))
	}
	for i, h := range s.AllowedHosts {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" || strings.ContainsAny(h, "/:") {
			return fmt.Errorf("line %d: allowed_hosts: %q is not a host name", line(n, "allowed_hosts"), h)
		}
		s.AllowedHosts[i] = h
	}
	derive := len(s.AllowedHosts) == 0
	for _, list := range []struct {
		key  string
		urls []string
	}{{"feeds", s.Feeds}, {"sitemaps", s.Sitemaps}, {"start", s.Start}} {
		key := list.key
		for _, raw := range list.urls {
			u, err := url.Parse(raw)
			if err != nil || !isWeb(u) || u.Host == "" {
				return fmt.Errorf("line %d: %s: %q is not an http or https URL", line(n, key), key, raw)
			}
			if derive {
				s.AllowedHosts = appendNew(s.AllowedHosts, strings.ToLower(u.Hostname()))
			} else if !s.Allowed(u) {
				return fmt.Errorf("line %d: %s: host of %q is not in allowed_hosts", line(n, key), key, raw)
			}
		}
	}
	for i, k := range s.Keywords {
		if strings.TrimSpace(k) == "" {
			return fmt.Errorf("line %d: keywords: entry %d is empty", line(n, "keywords"), i+1)
		}
	}
	return nil
}

// Allowed reports whether u may be fetched for the site: http or https, on
// an allowed host.
func (s *Site) Allowed(u *url.URL) bool {
	if !isWeb(u) {
		return false
	}
	host := strings.ToLower(u.Hostname())
	for _, h := range s.AllowedHosts {
		if h == host || strings.HasPrefix(h, "*.") && (host == h[2:] || strings.HasSuffix(host, h[1:])) {
			return true
		}
	}
	return false
}

func setDefault(v *int, d int) {
	if *v == 0 {
		*v = d
	}
}

func setDefaultDuration(v *Duration, d time.Duration) {
	if *v == 0 {
		*v = Duration(d)
	}
}

// appendNew appends s to list unless it is already there.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
