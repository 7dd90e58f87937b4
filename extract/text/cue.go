package text

import (
	"slices"

	"veille/normalize"
)

// Phrase is a normalize.Phrase compiled on one of the views of this
// package, in the same language ("a|b", "signé(e)(s)"): a word is read as
// the view reads it, so "l'accord" is the two tokens "l'" and "accord" on
// the token view and "convention-cadre" the two words "convention" and
// "cadre" on the word view. Every token of the views has a key: phrases
// match them token for token.
type Phrase normalize.Phrase

// Key returns the folded form of token i: Tokens is a normalize.Keyed.
func (ts Tokens) Key(i int) string { return ts.Fold(i) }

// Compile reads a pattern on the token view (Tokenize). It panics on a
// pattern whose alternatives do not read as the same number of tokens:
// patterns are constants of the program, checked by its tests.
func Compile(pattern string) Phrase {
	return Phrase(normalize.MustCompilePhrase(pattern, Tokenize))
}

// CompileWords reads a pattern on the word view (Words): apostrophes and
// dashes separate words, so "d'ici" is the two words "d" and "ici".
func CompileWords(pattern string) Phrase {
	return Phrase(normalize.MustCompilePhrase(pattern, Words))
}

// MatchAt reports whether p matches toks from i on and returns the index
// just past the match (normalize.MatchAt).
func MatchAt(p Phrase, toks Tokens, i int) (int, bool) {
	// Most tries fail on the first word: it is tested here, where the
	// token's key is read in place, before the general matcher.
	if len(p) > 0 && i >= 0 && i < toks.Len() && misses(p[0], toks.Fold(i)) {
		return i, false
	}
	return normalize.MatchAt(normalize.Phrase(p), toks, i)
}

// MatchEnding reports whether p matches toks ending just before j and
// returns the index where the match starts (normalize.MatchEnding).
func MatchEnding(p Phrase, toks Tokens, j int) (int, bool) {
	if len(p) > 0 && j > 0 && j <= toks.Len() && misses(p[len(p)-1], toks.Fold(j-1)) {
		return j, false // the last word is tested first, as in MatchAt
	}
	return normalize.MatchEnding(normalize.Phrase(p), toks, j)
}

// misses reports whether the key k of a token is not empty and none of
// keys: a phrase whose word there accepts keys cannot match (a token
// without a key, a joiner, is stepped over).
func misses(keys []string, k string) bool {
	return k != "" && !slices.Contains(keys, k)
}

// Match reports whether p matches toks from i on without passing end, and
// returns the index after the match.
func (p Phrase) Match(toks Tokens, i, end int) (int, bool) {
	if end < 0 || end > toks.Len() {
		return i, false
	}
	return MatchAt(p, toks.Slice(0, end), i)
}

// MatchEnding reports whether p matches toks ending just before j, not
// starting before begin, and returns the index where the match starts.
func (p Phrase) MatchEnding(toks Tokens, j, begin int) (int, bool) {
	begin = max(begin, 0)
	if begin > j || j > toks.Len() {
		return j, false
	}
	if i, ok := MatchEnding(p, toks.Slice(begin, j), j-begin); ok {
		return begin + i, true
	}
	return j, false
}

// MatchesWord reports whether a one-word phrase accepts t.
func (p Phrase) MatchesWord(t Token) bool {
	return len(p) == 1 && slices.Contains(p[0], t.Fold)
}
