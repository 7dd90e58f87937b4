// Package deals groups the commitments of extracted records into deals: one
// agreement counted once, however many outlets report it and however often
// it is repeated. A deal keeps its partners, its figures (and their history
// when they change), its place, target year, agreement and signing date,
// and its sources with the sentence that supports each figure.
//
// A Ledger holds the deals in memory; Sync keeps the ledger of an archive
// up to date after each crawl, folding only the records it has not seen,
// and Pending returns the digest of the deals new or changed since the
// last one delivered.
package deals
