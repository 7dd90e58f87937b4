// Package pipeline turns archived pages into records: it runs the
// extractor on a page, judges its relevance to the site's keywords,
// stores the result in the archive and hands the record on.
//
// The crawler only fetches and archives; it reports each archived page to
// its caller, which passes it to an Extractor. `veille extract --db` uses
// the same Extractor over the pages of an archive, so a page crawled and a
// page re-extracted give the same record.
package pipeline
