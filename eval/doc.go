// Package eval scores veille's extraction against gold files.
//
// A gold file NAME.gold.json sits beside the article it describes
// (NAME.html, NAME.htm or NAME.txt) and lists what a perfect extraction
// finds in the article body. LoadGold reads a tree of them; Extract and Run
// run the extractor over the articles; Score compares records with their
// gold and returns a Report, which WriteTable prints for a terminal and
// encoding/json marshals as is.
//
// Files:
//
//	gold.go    the gold format, LoadGold, ReadGold
//	run.go     Extract, Run and Pair (records to gold files)
//	match.go   the matching rules: names, places, agreement types
//	score.go   Score, per-field precision, recall and F1, the headline
//	table.go   WriteTable
//
// Scoring follows the gold format's rules; the choices the format leaves
// open are made here:
//
//   - Facts are matched one to one (a maximum bipartite matching), so a
//     fact the record repeats counts once as found and then as a false alarm.
//   - Signatories whose gold "via" is "presided" are neither required nor
//     penalised: a predicted party matching one is ignored.
//   - Names match when equal after folding (case, accents, dashes,
//     apostrophes), when one is the acronym or the parenthesised alias of
//     the other, after dropping a generic head ("groupe", "société"…), or
//     when one is the leading part, of at least two words, of the other.
//   - Commitments: the gold ones are the pledged jobs tied to a company or
//     a year; the predicted ones are the record's commitments carrying a
//     job count, plus its pledged jobs with a company or a year whose count
//     no commitment carries. They match on the count, the partner (absent
//     on both sides, or names matching) and the year (equal or absent on
//     both sides).
//   - Jobs match on (count, kind); amounts on (value, currency); their
//     other attributes are not scored.
//   - A place of the record counts as a city when its kind is city, or
//     when it is a park or district whose city is known (the city counts).
//   - signed_on is an accuracy over the articles where the gold or the
//     record has a signing date: right when the record's agreements carry
//     exactly one distinct date, the gold one.
//   - A field with nothing to find and nothing found scores 1.
//   - The relevance verdict is reported as an accuracy beside the fields;
//     it is not part of the headline.
package eval
