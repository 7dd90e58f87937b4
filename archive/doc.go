// Package archive stores what the crawler fetched, in an embedded SQLite
// database (modernc.org/sqlite, pure Go): the crawl frontier and visited set,
// the fetch log with the raw bodies (gzip-compressed), the versions of each
// article, and the records extracted from them.
//
// The archive keeps raw bytes and the Content-Type header, never decoded
// text, so extraction can be re-run whenever the rules improve. A page is
// recorded as fetched in the same transaction that archives it: a crawl that
// is killed loses nothing and, when restarted, archives nothing twice.
//
// Only a crawl creates an archive (Open); the other readers use OpenRead
// or OpenExisting, which refuse a missing file. A crawl holds LockFile for
// its length: one archive, one crawler.
//
// Files: archive.go opens the database and holds the schema; frontier.go
// is the crawl frontier; fetch.go archives fetches and article versions;
// extraction.go stores and lists extracted records; lock.go (with
// flock_*.go) is the crawl lock; backup.go copies a live archive.
package archive
