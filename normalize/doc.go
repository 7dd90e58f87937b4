// Package normalize reads the figures, sums, dates and years of French
// press text, and cleans the text first.
//
// Every function takes the text and returns what it found with BYTE
// offsets (Span) into it, in order and never overlapping. The French
// surface forms are data, in the fr_*.go tables that tables.go compiles on
// first use; the files by concern:
//
//   - clean.go: Clean, CleanText and OffsetMap (NFC, spaces, entities,
//     invisible and control runes; typography is kept);
//   - number.go: Numbers and ParseNumber (digits, words, scale words,
//     percentages, ranges) on the grammar of quantity.go and decimal.go;
//     codes.go tells codes, phone numbers and ordinals from figures;
//   - approx.go: the approximation markers ("plus de", "près de"…);
//   - money.go: Amounts and ParseMoney (dirhams, MDH, MMDH, euros, dollars);
//   - date.go: Dates (absolute, and relative to a reference date);
//     datedigits.go reads the dates in digits and two-digit years;
//   - year.go: Years, classified as target, past, period, as-of or plain;
//   - lex.go: the tokenizer all of them share, so that a form never matches
//     inside a word ("DH" in "ADH", "mardi" in "Mardigras");
//   - phrase.go: Phrase, the one phrase language ("a|b", "signé(e)(s)")
//     and matcher of the French tables, here and in extract, on any token
//     view that gives each token a Key;
//   - scan.go: ScanText, the figures, sums, years, dates and places of one
//     text from a single pass of the tokenizer;
//   - places.go, fold.go: Places, LookupPlace and Fold (the gazetteer,
//     data/places.tsv).
//
// The functions expect text where typographic spaces and apostrophes may
// remain (U+00A0, U+202F, ’ are all read), so they work on raw text as well
// as on the output of Clean. Nothing is compiled before first use.
package normalize
