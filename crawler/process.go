package crawler

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"go.uber.org/zap"

	"veille/archive"
)

// process fetches one frontier item and records the outcome in the archive.
// A bad URL or server never stops the run; an archive that cannot be
// written does.
func (r *run) process(ctx context.Context, it archive.Item) {
	log := r.log.With(zap.String("url", it.URL), zap.String("site", it.Site))
	// What was fetched is archived even when the run is being stopped.
	bg := context.WithoutCancel(ctx)
	site := r.sites[it.Site]
	u, err := url.Parse(it.URL)
	if site == nil || err != nil || !site.Allowed(u) {
		r.record(log, r.frontier.Finish(bg, it, archive.Gone, nil))
		return
	}
	ok, crawlDelay, err := r.robots.check(u)
	if ctx.Err() != nil {
		r.release(bg, log, it)
		return
	}
	if err != nil {
		r.failed(bg, log, it, site, &response{err: fmt.Errorf("robots.txt: %w", err), fetchedAt: time.Now().UTC()})
		return
	}
	if crawlDelay > time.Duration(site.Delay) {
		r.limits.slowDown(u.Host, crawlDelay, time.Time{})
	}
	if !ok {
		log.Info("disallowed by robots.txt")
		r.count(it.Site, Counts{Robots: 1})
		r.record(log, r.frontier.Finish(bg, it, archive.Robots, nil))
		return
	}
	var hdr http.Header
	if it.Kind == archive.KindArticle {
		if hdr, err = r.conditional(bg, it.URL); err != nil {
			log.Warn("archive", zap.Error(err))
		}
	}
	res := r.fetch.get(it.URL, hdr)
	if res.err != nil && ctx.Err() != nil {
		r.release(bg, log, it)
		return
	}
	r.count(it.Site, Counts{Fetched: 1})
	if res.err != nil {
		r.failed(bg, log, it, site, res)
		return
	}
	f := r.newFetch(it, site, res)
	if final, err := url.Parse(res.finalURL); err != nil || !site.Allowed(final) {
		f.Err = fmt.Sprintf("%v: %s", ErrOffSite, res.finalURL)
		log.Warn("redirected off the site", zap.String("final_url", res.finalURL))
		r.count(it.Site, Counts{Failed: 1})
		r.record(log, r.frontier.Finish(bg, it, archive.Gone, f))
		return
	}
	if res.truncated {
		f.Err = fmt.Sprintf("body truncated at max_body_size (%d bytes)", r.cfg.MaxBodySize)
		log.Warn("body truncated: not archived", zap.Int("max_body_size", r.cfg.MaxBodySize))
		r.count(it.Site, Counts{Failed: 1, Truncated: 1})
		r.record(log, r.frontier.Finish(bg, it, archive.Failed, f))
		return
	}
	if it.Kind == archive.KindArticle {
		r.article(ctx, log, it, res, f)
		return
	}
	r.hub(bg, log, it, res, f)
}

// release hands back an item whose fetch was interrupted: it stays pending.
func (r *run) release(ctx context.Context, log *zap.Logger, it archive.Item) {
	r.record(log, r.frontier.Release(ctx, []archive.Item{it}))
}

// record stops the run on an archive error: a URL whose outcome cannot be
// recorded would be fetched again and again. It stays in the frontier for
// the next run.
func (r *run) record(log *zap.Logger, err error) {
	if err != nil {
		log.Error("archive", zap.Error(err))
		r.cancel(fmt.Errorf("crawler: %w", err))
	}
}

func (r *run) newFetch(it archive.Item, site *Site, res *response) *archive.Fetch {
	f := &archive.Fetch{
		URL: it.URL, FinalURL: res.finalURL, Site: it.Site, Kind: it.Kind,
		Status: res.status, ContentType: res.contentType, FetchedAt: res.fetchedAt,
		Body: res.body, Truncated: res.truncated, Selector: site.BodySelector, Keywords: site.Keywords,
	}
	if res.header != nil {
		f.ETag, f.LastModified = res.header.Get("ETag"), res.header.Get("Last-Modified")
	}
	if res.err != nil {
		f.Err = res.err.Error()
	}
	if c, err := Canonical(res.finalURL); err == nil {
		f.Canonical = c.String()
	} else {
		f.Canonical = it.URL
	}
	return f
}

// conditional returns the validators of the archived version of an
// article, so that an unchanged page answers 304 without a body.
func (r *run) conditional(ctx context.Context, u string) (http.Header, error) {
	etag, lastMod, err := r.arc.Validators(ctx, u)
	if err != nil || etag == "" && lastMod == "" {
		return nil, err
	}
	h := http.Header{}
	if etag != "" {
		h.Set("If-None-Match", etag)
	}
	if lastMod != "" {
		h.Set("If-Modified-Since", lastMod)
	}
	return h, nil
}

// failed records a failed fetch: retried later with exponential back-off
// (or after Retry-After, bounded) when the failure may pass, else given up.
func (r *run) failed(ctx context.Context, log *zap.Logger, it archive.Item, site *Site, res *response) {
	f := r.newFetch(it, site, res)
	log = log.With(zap.Int("status", res.status), zap.Error(res.err), zap.Int("attempt", it.Attempts+1))
	if transient(res) && it.Attempts < r.cfg.Retries {
		wait := time.Duration(r.cfg.Backoff) << it.Attempts
		if ra, ok := retryAfter(res.header, time.Now()); ok {
			wait = ra
		}
		wait = min(wait, time.Duration(r.cfg.MaxRetryWait))
		at := time.Now().Add(wait)
		if holdsHost(res.status) {
			r.limits.slowDown(it.Host, 0, at)
		}
		log.Info("fetch failed, will retry", zap.Duration("wait", wait))
		r.count(it.Site, Counts{Retried: 1})
		r.record(log, r.frontier.Retry(ctx, it, f, at))
		return
	}
	state := archive.Failed
	if !transient(res) {
		state = archive.Gone
	}
	log.Warn("fetch failed")
	r.count(it.Site, Counts{Failed: 1})
	r.record(log, r.frontier.Finish(ctx, it, state, f))
}

// holdsHost reports whether a failure with this status asks the crawler to
// leave the host alone until the retry.
func holdsHost(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable
}

// transient reports whether a failure may pass: network errors and
// timeouts, 408, 429 and 5xx; not the crawler's own refusals.
func transient(res *response) bool {
	switch {
	case res.status == http.StatusRequestTimeout, res.status == http.StatusTooManyRequests, res.status >= 500:
		return true
	case res.status != 0 && res.status < 300:
		return !errors.Is(res.err, ErrContentType) // a body cut by a timeout
	case res.status != 0:
		return false
	}
	for _, e := range []error{ErrBlockedAddress, ErrRedirectLoop, ErrTooManyHops, ErrOffSite, ErrContentType} {
		if errors.Is(res.err, e) {
			return false
		}
	}
	return true
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	v := h.Get("Retry-After")
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseInt(v, 10, 64); err == nil && s >= 0 {
		// Seconds beyond what a Duration holds wait as long as it can
		// (bounded by max_retry_wait) rather than overflow into the past.
		return time.Duration(min(s, int64(math.MaxInt64/time.Second))) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// hub reads the links of a feed, sitemap or listing page and queues those
// the site allows.
func (r *run) hub(ctx context.Context, log *zap.Logger, it archive.Item, res *response, f *archive.Fetch) {
	site := r.sites[it.Site]
	var links []link
	var err error
	switch it.Kind {
	case archive.KindFeed:
		links, err = feedLinks(res.body)
	case archive.KindSitemap:
		links, err = sitemapLinks(res.body, r.cfg.MaxBodySize)
	default:
		base, _ := url.Parse(res.finalURL)
		links, err = pageLinks(res.body, base)
	}
	// The links read before an error are queued all the same.
	n, qerr := r.frontier.Enqueue(ctx, time.Duration(site.Revisit), r.classify(it, site, links))
	if qerr != nil {
		r.record(log, qerr)
		return
	}
	log.Debug("links", zap.Int("links", len(links)), zap.Int("queued", n))
	if err != nil {
		f.Err = err.Error()
		log.Warn("unreadable", zap.Error(err), zap.Int("links_before_the_error", len(links)))
		r.count(it.Site, Counts{Failed: 1})
		r.record(log, r.frontier.Finish(ctx, it, archive.Failed, f))
		return
	}
	r.count(it.Site, Counts{Hubs: 1})
	r.record(log, r.frontier.Finish(ctx, it, archive.Done, f))
}

// maxSitemapDepth bounds the nesting of sitemap indexes.
const maxSitemapDepth = 4

// classify turns the links of a hub into frontier items: articles (by the
// site's article_pattern), child sitemaps, and listing pages to follow.
func (r *run) classify(from archive.Item, site *Site, links []link) []archive.Item {
	var items []archive.Item
	seen := map[string]bool{}
	for _, l := range links {
		u, err := Canonical(l.url)
		if err != nil || !site.Allowed(u) {
			continue
		}
		key := u.String()
		if seen[key] {
			continue
		}
		it := archive.Item{URL: key, Host: u.Host, Site: site.Name, Depth: from.Depth + 1, Lastmod: l.lastmod}
		switch {
		case l.sitemap:
			if it.Depth > maxSitemapDepth {
				continue
			}
			it.Kind = archive.KindSitemap
		case site.ArticlePattern.MatchString(key):
			it.Kind = archive.KindArticle
		case from.Kind != archive.KindListing:
			if site.ArticlePattern.Regexp != nil {
				continue
			}
			it.Kind = archive.KindArticle
		case (l.next || site.FollowPattern.MatchString(key)) && it.Depth <= site.MaxDepth:
			it.Kind = archive.KindListing
		default:
			continue
		}
		seen[key] = true
		items = append(items, it)
	}
	return items
}

// article archives an article page and reports the new and changed ones to
// the caller.
func (r *run) article(ctx context.Context, log *zap.Logger, it archive.Item, res *response, f *archive.Fetch) {
	if res.status == http.StatusNotModified {
		f.Body = nil
	}
	bg := context.WithoutCancel(ctx)
	saved, err := r.arc.SaveArticle(bg, r.id, f)
	if errors.Is(err, archive.ErrNoVersion) {
		f.Err = fmt.Sprintf("HTTP 304 to an unconditional request: %v", err)
		log.Warn("not modified, but nothing archived")
		r.count(it.Site, Counts{Failed: 1})
		r.record(log, r.frontier.Finish(bg, it, archive.Failed, f))
		return
	}
	if err == nil {
		err = r.frontier.Archived(bg, it)
	}
	if err != nil {
		r.record(log, err)
		return
	}
	log.Info("archived", zap.Int("status", res.status), zap.Stringer("outcome", saved.Outcome), zap.Int("bytes", len(res.body)))
	switch saved.Outcome {
	case archive.New:
		r.count(it.Site, Counts{New: 1})
	case archive.Changed:
		r.count(it.Site, Counts{Changed: 1})
	default:
		r.count(it.Site, Counts{Unchanged: 1})
		return
	}
	if r.onArchived == nil {
		return
	}
	err = r.onArchived(ctx, &archive.Page{
		VersionID: saved.VersionID, URL: f.FinalURL, Canonical: f.Canonical, Site: f.Site,
		ContentType: f.ContentType, Selector: f.Selector, Keywords: f.Keywords, FetchedAt: f.FetchedAt, Body: f.Body,
	})
	if err != nil {
		log.Error("archived page", zap.Error(err))
		r.cancel(fmt.Errorf("crawler: %w", err))
	}
}
