package crawler

import (
	"fmt"
	"net/url"
	"strings"
)

// trackingParams are query parameters that name a campaign, not a page.
var trackingParams = []string{"utm_", "fbclid", "gclid", "xtor", "at_medium", "at_campaign"}

// Canonical normalises an absolute http or https URL so that one page has
// one key in the frontier and the archive: lower-case scheme and host,
// default port and fragment removed, empty path as "/", tracking
// parameters dropped, remaining query parameters sorted.
func Canonical(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("bad URL %q: %w", raw, err)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" || u.User != nil {
		return nil, fmt.Errorf("bad URL %q: want an absolute http or https URL without credentials", raw)
	}
	host, port := strings.ToLower(u.Hostname()), u.Port()
	if host == "" {
		return nil, fmt.Errorf("bad URL %q: no host", raw)
	}
	if port == "80" && u.Scheme == "http" || port == "443" && u.Scheme == "https" {
		port = ""
	}
	u.Host = host
	if port != "" {
		u.Host = host + ":" + port
	}
	if strings.Contains(host, ":") { // IPv6 literal
		u.Host = "[" + host + "]"
		if port != "" {
			u.Host += ":" + port
		}
	}
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			for _, p := range trackingParams {
				if strings.HasPrefix(strings.ToLower(k), p) {
					q.Del(k)
				}
			}
		}
		u.RawQuery = q.Encode()
	}
	u.ForceQuery = false
	return u, nil
}

// isWeb reports whether u is an http or https URL.
func isWeb(u *url.URL) bool { return u.Scheme == "http" || u.Scheme == "https" }
