package crawler

import (
	"fmt"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/temoto/robotstxt"
)

// robots caches the robots.txt rules of each host for one run, fetching
// each file once however many workers ask at the same time. A robots.txt
// that could not be fetched (timeout, refused, 5xx) is asked again once
// retry has passed, as the URLs waiting for it are.
type robots struct {
	agent string // the product token of the User-Agent
	get   func(u string) *response
	retry time.Duration

	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

type robotsEntry struct {
	once  sync.Once
	data  *robotstxt.RobotsData
	group *robotstxt.Group
	err   error        // robots.txt could not be fetched: the host is unreachable
	retry atomic.Int64 // with err, when to fetch it again (Unix nanoseconds)
}

func newRobots(userAgent string, retry time.Duration, get func(string) *response) *robots {
	agent, _, _ := strings.Cut(userAgent, "/")
	return &robots{agent: strings.TrimSpace(agent), get: get, retry: retry, hosts: map[string]*robotsEntry{}}
}

// check reports whether u may be fetched and the host's Crawl-delay. An
// error means robots.txt could not be fetched (network error or 5xx): u
// may not be fetched now.
func (r *robots) check(u *url.URL) (ok bool, delay time.Duration, err error) {
	key := u.Scheme + "://" + u.Host
	r.mu.Lock()
	e := r.hosts[key]
	if e == nil || e.retry.Load() != 0 && time.Now().UnixNano() >= e.retry.Load() {
		e = &robotsEntry{}
		r.hosts[key] = e
	}
	r.mu.Unlock()
	e.once.Do(func() {
		res := r.get(key + "/robots.txt")
		// A server error forbids everything for now (RFC 9309): the host
		// is down, its URLs fail and are tried again, as after a timeout.
		if res.status == 0 || res.status >= 500 {
			e.err = res.err
			if e.err == nil {
				e.err = fmt.Errorf("HTTP %d", res.status)
			}
			e.retry.Store(time.Now().Add(r.retry).UnixNano())
			return
		}
		// 4xx allows everything (RFC 9309).
		data, err := robotstxt.FromStatusAndBytes(res.status, res.body)
		if err != nil {
			data, _ = robotstxt.FromStatusAndBytes(404, nil) // unparsable: no rules
		}
		e.data, e.group = data, data.FindGroup(r.agent)
	})
	if e.err != nil {
		return false, 0, e.err
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	// TestAgent, unlike the group, knows the allow-all and disallow-all
	// verdicts of 4xx and 5xx answers.
	return e.data.TestAgent(path, r.agent), e.group.CrawlDelay, nil
}
