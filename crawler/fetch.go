package crawler

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/gocolly/colly/v2"
)

// Errors a fetch can fail with, besides network errors.
var (
	ErrBlockedAddress = errors.New("address not allowed")
	ErrRedirectLoop   = errors.New("redirect loop")
	ErrTooManyHops    = errors.New("too many redirects")
	ErrOffSite        = errors.New("redirect off the allowed hosts or schemes")
	ErrContentType    = errors.New("unsupported content type")
)

// response is what one fetch brought back.
type response struct {
	status      int
	finalURL    string
	header      http.Header
	contentType string // as sent, charset included
	body        []byte // raw bytes, nil when not read
	truncated   bool
	fetchedAt   time.Time
	err         error
}

// fetcher fetches pages with colly, one synchronous request per call, so
// that the crawler's own worker pool bounds the concurrency.
type fetcher struct {
	col     *colly.Collector
	maxBody int
}

// newFetcher builds the colly collector for a run: robots.txt is handled
// by the crawler (colly ignores Crawl-delay), the visited set by the
// archive, and the transport refuses forbidden addresses at dial time.
func newFetcher(ctx context.Context, cfg *Config, allowed func(*url.URL) bool) *fetcher {
	col := colly.NewCollector(
		colly.UserAgent(cfg.UserAgent),
		colly.MaxBodySize(cfg.MaxBodySize+1), // one byte more tells a body of exactly the limit from a longer one
		colly.StdlibContext(ctx),
		colly.AllowURLRevisit(),
		colly.IgnoreRobotsTxt(),
	)
	col.WithTransport(newTransport(cfg))
	col.SetRequestTimeout(time.Duration(cfg.Timeout))
	col.SetRedirectHandler(redirectPolicy(cfg.MaxRedirects, allowed))
	col.OnResponseHeaders(func(r *colly.Response) {
		ct := r.Headers.Get("Content-Type")
		r.Ctx.Put("status", r.StatusCode)
		r.Ctx.Put("final", r.Request.URL.String())
		r.Ctx.Put("header", r.Headers.Clone())
		if r.StatusCode < 200 || r.StatusCode > 299 {
			r.Request.Abort() // the body of an error page is of no use
			return
		}
		if !textual(ct) {
			r.Ctx.Put("err", fmt.Errorf("%w: %q", ErrContentType, ct))
			r.Request.Abort()
			return
		}
		// colly decodes bodies whose Content-Type names a charset; the
		// archive wants raw bytes, so hide the charset from it (the original
		// header is kept above).
		if mt, _, err := mime.ParseMediaType(ct); err == nil {
			r.Headers.Set("Content-Type", mt)
		}
	})
	col.OnResponse(func(r *colly.Response) { r.Ctx.Put("body", r.Body) })
	col.OnError(func(r *colly.Response, err error) {
		if r.Body != nil {
			r.Ctx.Put("body", r.Body)
		}
		if r.Ctx.GetAny("err") == nil {
			r.Ctx.Put("err", err)
		}
	})
	return &fetcher{col: col, maxBody: cfg.MaxBodySize}
}

// get fetches u with the extra request headers hdr.
func (f *fetcher) get(u string, hdr http.Header) *response {
	cctx := colly.NewContext()
	r := &response{fetchedAt: time.Now().UTC()}
	err := f.col.Request(http.MethodGet, u, nil, cctx, hdr)
	if st, ok := cctx.GetAny("status").(int); ok {
		r.status = st
		r.finalURL, _ = cctx.GetAny("final").(string)
		r.header, _ = cctx.GetAny("header").(http.Header)
		r.contentType = r.header.Get("Content-Type")
	}
	if r.finalURL == "" {
		r.finalURL = u
	}
	r.body, _ = cctx.GetAny("body").([]byte)
	if e, ok := cctx.GetAny("err").(error); ok {
		err = e
	}
	switch {
	case r.status >= 300 && r.status != http.StatusNotModified:
		err = fmt.Errorf("HTTP %d", r.status)
	case r.status >= 200 && r.status < 300 && err != nil && errors.Is(err, colly.ErrAbortedAfterHeaders):
		// aborted by our content-type check, whose error is kept above
	case r.status == http.StatusNotModified:
		err = nil
	}
	if err == nil && len(r.body) > f.maxBody {
		r.truncated = true
	}
	r.err = err
	return r
}

// textual reports whether a Content-Type may hold a page, feed or sitemap.
func textual(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return true // let extraction judge a garbled header
	}
	switch {
	case strings.HasPrefix(mt, "text/"), strings.HasSuffix(mt, "+xml"), strings.HasSuffix(mt, "/xml"):
		return true
	}
	switch mt {
	case "application/xhtml+xml", "application/x-gzip", "application/gzip", "application/octet-stream":
		return true
	}
	return false
}

// redirectPolicy follows at most max redirects, within the allowed hosts
// and schemes, and stops at the first loop.
func redirectPolicy(max int, allowed func(*url.URL) bool) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if !allowed(req.URL) {
			return fmt.Errorf("%w: %s", ErrOffSite, req.URL)
		}
		for _, v := range via {
			if v.URL.String() == req.URL.String() {
				return fmt.Errorf("%w at %s", ErrRedirectLoop, req.URL)
			}
		}
		if len(via) > max {
			return fmt.Errorf("%w: more than %d", ErrTooManyHops, max)
		}
		return nil
	}
}

// newTransport returns the HTTP transport of a run: no proxy (it would
// bypass the address check), and a dialer that checks the address it
// actually connects to, after DNS resolution.
func newTransport(cfg *Config) http.RoundTripper {
	d := &net.Dialer{
		Timeout:   10 * time.Second,
		KeepAlive: 30 * time.Second,
		Control:   dialGuard(cfg.AllowPrivate),
	}
	return rawTransport{&http.Transport{
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          64,
		MaxIdleConnsPerHost:   8,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: time.Duration(cfg.Timeout),
	}}
}

// rawTransport marks every response as already decompressed. The Go
// transport does undo the gzip encoding it asked for, under colly's size
// limit; but colly would gunzip a .xml.gz or gzip-typed body past that
// limit (a gzip bomb). Such bodies stay compressed, and the sitemap reader
// inflates them with a bound.
type rawTransport struct{ http.RoundTripper }

func (t rawTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	res, err := t.RoundTripper.RoundTrip(req)
	if res != nil {
		res.Uncompressed = true
	}
	return res, err
}

// dialGuard returns a net.Dialer Control function refusing unspecified,
// multicast and link-local addresses (cloud metadata), and loopback and
// private ones unless allowPrivate.
func dialGuard(allowPrivate bool) func(network, address string, c syscall.RawConn) error {
	return func(network, address string, _ syscall.RawConn) error {
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			return fmt.Errorf("%w: %s", ErrBlockedAddress, address)
		}
		ip, err := netip.ParseAddr(host)
		if err != nil {
			return fmt.Errorf("%w: %s", ErrBlockedAddress, address)
		}
		if !addressAllowed(ip.Unmap(), allowPrivate) {
			return fmt.Errorf("%w: %s", ErrBlockedAddress, ip)
		}
		return nil
	}
}

func addressAllowed(ip netip.Addr, allowPrivate bool) bool {
	switch {
	case ip.IsUnspecified(), ip.IsMulticast(), ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return false
	case ip.IsLoopback(), ip.IsPrivate(), sharedAddressSpace().Contains(ip):
		return allowPrivate
	}
	return ip.IsGlobalUnicast()
}

// sharedAddressSpace is 100.64.0.0/10 (carrier-grade NAT, RFC 6598).
func sharedAddressSpace() netip.Prefix {
	return netip.PrefixFrom(netip.AddrFrom4([4]byte{100, 64, 0, 0}), 10)
}
