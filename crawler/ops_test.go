package crawler

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"veille/archive"
)

func TestPartialFeed(t *testing.T) {
	tests := []struct {
		name, feed string
		want       []string
	}{
		{"rss with a bare & and cut by a <", `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>
<item><title>un</title><link>https://x.ma/a/1</link></item>
<item><title>deux</title><link> https://x.ma/a/2 </link></item>
<item><title>Fès & Meknès</title><link>https://x.ma/a/3</link><</item>`, []string{"https://x.ma/a/1", "https://x.ma/a/2", "https://x.ma/a/3"}},
		{"atom cut short", `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
<entry><title>a</title><link rel="alternate" href="https://x.ma/a/1"/><link rel="enclosure" href="https://x.ma/a/1.mp3"/></entry>
<entry><title>b</title><link href="https://x.ma/a/2"/></entry><entry><ti`, []string{"https://x.ma/a/1", "https://x.ma/a/2"}},
	}
	for _, tt := range tests {
		links, err := feedLinks([]byte(tt.feed))
		var got []string
		for _, l := range links {
			got = append(got, l.url)
		}
		if err == nil || strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: got %q (%v), want %q and an error", tt.name, got, err, tt.want)
		}
	}
}

// A body of exactly max_body_size is whole; one byte more is truncated.
func TestBodyOfTheSizeLimit(t *testing.T) {
	for _, tt := range []struct {
		size  int
		state archive.State
	}{{1000000, archive.Done}, {1000001, archive.Failed}} {
		srv := serve(t, hostileSite(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			page := []byte("<html><body><p>Un accord.</p>")
			w.Write(append(page, bytes.Repeat([]byte(" "), tt.size-len(page))...))
		}))
		arc := openArchive(t)
		st := crawl(t, hostileConfig(t, srv.URL), arc)
		s, _, err := arc.Status(context.Background(), srv.URL+"/article/bad")
		if err != nil || s.State != tt.state || (st.Truncated == 1) != (tt.state == archive.Failed) {
			t.Errorf("body of %d bytes: state %d, %d truncated (%v); want state %d", tt.size, s.State, st.Truncated, err, tt.state)
		}
	}
}

// A malformed feed still queues the articles it named before the error.
func TestCrawlPartialFeed(t *testing.T) {
	mux := http.NewServeMux()
	var base string
	mux.HandleFunc("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss><channel><item><link>%s/article/1</link></item><item><link>%s/article/2</link></item><item><title>&</title>`, base, base)
	})
	mux.HandleFunc("/article/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<html><body><p>Un accord.</p></body></html>")
	})
	srv := serve(t, mux)
	base = srv.URL
	cfg, err := ParseConfig(strings.NewReader(fmt.Sprintf("user_agent: \"t (+mailto:t@example.org)\"\nallow_private: true\nretries: 0\nsites:\n  - name: local\n    feeds: [\"%s/rss.xml\"]\n    delay: 0s\n", srv.URL)))
	if err != nil {
		t.Fatal(err)
	}
	st := crawl(t, cfg, openArchive(t))
	if st.New != 2 || st.Failed != 1 {
		t.Errorf("got %+v, want the 2 articles archived and the feed failed", st.Counts)
	}
}
