// Package crawler fetches the sources of sources.yaml politely and feeds
// the archive: it reads RSS and Atom feeds, sitemaps (indexes and Google
// News sitemaps included) and listing pages, follows pagination within the
// allowed hosts, archives the raw bytes of article pages and reports the
// new and changed ones to its caller (WithArchived), which extracts them:
// the crawler knows nothing of extraction.
//
// colly fetches; the crawler keeps everything colly gets wrong for a
// long-running crawl: the frontier and visited set live in the archive
// (a URL is marked fetched in the transaction that archives it), or in
// Redis when several processes share the crawl (RedisFrontier), a bounded
// worker pool and a per-host limiter replace Async and LimitRule, robots.txt
// is read with temoto/robotstxt (Crawl-delay honoured), retries with
// exponential back-off honour Retry-After, and the transport refuses
// private addresses at dial time.
//
// Files: config.go reads sources.yaml; crawler.go runs a crawl; process.go
// handles one URL; frontier.go and redis.go (with redis_scripts.go) keep
// the URLs to fetch; fetch.go wraps colly; get.go fetches one page with the
// same guards; robots.go, limit.go, links.go and urls.go do what their
// names say.
package crawler
