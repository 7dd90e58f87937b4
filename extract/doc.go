// Package extract turns an article page (HTML or plain text) into a Record:
// its metadata, its clean text, and the facts an analyst of investment and
// job-creation agreements needs, each with the evidence that supports it.
//
// Extraction is a pure function of the page bytes and the options: it never
// touches the network, so it can be re-run over an archive whenever the
// rules improve. Parse takes a context and stops, with its error, between
// stages and inside the long loops when it is done.
//
// # The engine: tokens → cues → facts → links → record
//
// Tokens. Package content finds the article's body and metadata;
// normalize.Clean tidies the text without touching its typography (’ « »
// stay as the page has them). Package text splits it into sentences and
// lexes it once (normalize.Lex: letters, digit runs, punctuation), which
// normalize's scanners read for figures, sums, dates, years and places
// (normalize.ScanRange), and which text groups into tokens, each with its
// byte span, its folded form (lower case, no accents, one apostrophe) and
// its shape (word, capital, acronym, number, elision). Two views share
// those tokens: the tokens themselves, where
// "l'" and "convention-cadre" are one token each (the party grammar reads
// them), and the word view, cut at apostrophes and hyphens (the fact cues
// read it, so that "d'ici" and "d ici" read alike).
//
// Cues. Every French word or phrase a rule tests is data: cue lists in the
// pattern language of normalize.Phrase ("protocole(s) d'accord",
// "signé(e)(s)", "etat|gouvernement marocain"), compiled once on a view of
// package text and matched by the one matcher that normalize's own tables
// use; closed word classes in named sets (words.go here,
// parties/words.go and parties/data.go for the party grammar); French
// numbers, money, dates, years and places in package normalize's tables.
// Each row has a test case. cues.go scans the words for the cues of a
// list; cuekeys.go files them by the hash of their words' keys, which the
// word view of the text carries, in tables whose keys hold no pointers.
//
// Facts. Package parties reads the tokens alone (signatories and other
// actors with their roles and acronyms, and every mention of them); it
// runs first, so that its data is freed before the word view is built.
// The fact stages then read the word view in the order of their
// dependencies: places.go, years.go, amounts.go, jobs*.go (a figure's
// noun, its kind: pledged, existing or statistic), agreements.go (types,
// signing date, place and event). A rule that reads the facts near a
// figure takes them from a window found by binary search, so every stage
// stays linear in the page. A long text is lexed and scanned by pieces
// of whole lines in one buffer; the word view shares the tokens' folded
// forms, and the document lets its tokens go once the view is built (they
// are read again if asked).
//
// Links. link.go and tie.go tie each figure to its partner and city (the
// company of its sentence, an enumeration read in order, "respectivement",
// a joint pledge "A et B", the subject carried over); link_hosts.go sets
// aside the companies named beside the investor (the zone's developer, a
// place, a source) and link_public.go the public bodies that accompany it
// (an agency, a regional office, a CRI); link_subject.go finds the clauses
// that open on a subject of their own ("tandis que Y prévoit...", "Enfin,
// Y, qui..."), which stop the company named before; commitments.go groups
// a partner's pledge with its money, place, deadline and agreement;
// relevance.go weighs it all.
//
// Record. Byte spans stay inside the engine; evidence is built once, as
// rune offsets into Record.Text and the sentence that holds them, so that
// every evidence is the exact slice text[start:end] of the record.
package extract
