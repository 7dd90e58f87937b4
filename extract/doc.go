// Package extract turns an article page (HTML or plain text) into a Record:
// its metadata, its clean text, and the facts an analyst of investment and
// job-creation agreements needs, each with the evidence that supports it.
//
// Extraction is a pure function of the page bytes and the options: it never
// touches the network, so it can be re-run over an archive whenever the
// rules improve.
//
// The files of the package follow the pipeline:
//
//   - parse.go: Parse, its options and the order of the stages;
//   - text.go: the clean text, its sentences and rune offsets (evidence);
//   - sentences.go: sentence splitting (Punkt, with French abbreviations);
//   - cues.go: the cue tables' matcher and the per-article cache of what
//     package normalize finds in the text;
//   - places.go, years.go, amounts.go, jobs.go, agreements.go: the facts;
//   - parties*.go: signatories and other actors (people and their roles,
//     companies, government bodies, institutions and their acronyms);
//   - link.go: commitments, tying figures to partners, places and years;
//   - relevance.go: whether the article is about an agreement or pledge.
//
// Main-content extraction and metadata live in the content subpackage;
// French numbers, money, dates and places in package normalize.
package extract
