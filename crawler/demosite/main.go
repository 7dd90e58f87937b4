// Command demosite serves a local news site to crawl, for trying veille
// without touching the network:
//
//	go build -o /tmp/demosite ./crawler/demosite && /tmp/demosite &
//	go run ./cmd/veille crawl --config sources.demo.yaml --db demo.db --out demo.jsonl
//
// It serves the article pages of fixtures/pages (or, with -generate N, N
// generated articles) with a paginated listing (/economie), an RSS feed
// (/rss.xml), a sitemap index with a Google News sitemap (/sitemap.xml) and
// a robots.txt that closes /prive/.
package main

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"veille/crawler/newssite"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "loopback address to listen on")
	pages := flag.String("pages", "fixtures/pages", "directory of article pages (<site>/<slug>.html)")
	generate := flag.Int("generate", 0, "serve this many generated articles instead of -pages")
	flag.Parse()

	var opts []newssite.Option
	switch {
	case *generate > 0:
		opts = append(opts, newssite.WithArticles(*generate))
	default:
		if _, err := os.Stat(*pages); err != nil {
			log.Fatalf("demosite: %v (run from the repository root, or use -generate N)", err)
		}
		opts = append(opts, newssite.WithPages(os.DirFS(*pages)))
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatalf("demosite: %v", err)
	}
	fmt.Fprintf(os.Stderr, "demosite: serving http://%s/ (listing /economie, feed /rss.xml, sitemap /sitemap.xml)\n", ln.Addr())
	srv := &http.Server{Handler: newssite.New(opts...), ReadHeaderTimeout: 5 * time.Second}
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatalf("demosite: %v", err)
	}
}
