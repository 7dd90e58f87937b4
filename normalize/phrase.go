package normalize

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Keyed is a sequence of tokens as a phrase reads it. Key returns the
// folded form of token i, or the empty string for a joiner (an apostrophe
// or a dash between words), which phrases step over: a view whose tokens
// all have a key is matched token for token.
type Keyed interface {
	Len() int
	Key(i int) string
}

// Phrase is a pattern of tokens written in plain French, the one phrase
// language of the French tables: for each token, the folded keys it
// accepts. Words are separated by spaces; in a word, "a|b" accepts either
// alternative and a part in parentheses is optional ("protocole(s)",
// "signé(e)(s)"). A word is read as the caller's tokenizer reads it, so
// that a phrase matches the tokens of the view it was compiled for.
type Phrase [][]string

// maxOptional bounds the optional parts of one alternative, each of which
// doubles its forms.
const maxOptional = 4

// Errors of CompilePhrase.
var (
	errParens      = errors.New("unbalanced or nested parentheses")
	errEmptyOption = errors.New("empty optional part")
	errOptions     = fmt.Errorf("more than %d optional parts in a word", maxOptional)
	errEmpty       = errors.New("no token")
)

// CompilePhrase reads a pattern with lex, the tokenizer of the view the
// phrase will be matched on; the tokens of empty key (joiners) are left
// out. Every alternative of a word must read as the same number of tokens.
func CompilePhrase[S Keyed](pattern string, lex func(string) S) (Phrase, error) {
	var p Phrase
	for _, field := range strings.Fields(pattern) {
		slots, err := compileWord(field, lex)
		if err != nil {
			return nil, fmt.Errorf("normalize: phrase %q: %w", pattern, err)
		}
		p = append(p, slots...)
	}
	if len(p) == 0 {
		return nil, fmt.Errorf("normalize: phrase %q: %w", pattern, errEmpty)
	}
	return p, nil
}

// MustCompilePhrase is CompilePhrase for the patterns of the program's
// tables, checked by their tests: it panics on an error.
func MustCompilePhrase[S Keyed](pattern string, lex func(string) S) Phrase {
	p, err := CompilePhrase(pattern, lex)
	if err != nil {
		panic(err)
	}
	return p
}

// compileWord reads one space-separated word of a pattern into the key
// sets of its tokens.
func compileWord[S Keyed](word string, lex func(string) S) ([][]string, error) {
	var slots [][]string
	for alt := range strings.SplitSeq(word, "|") {
		forms, err := expandOptional(alt, 0)
		if err != nil {
			return nil, fmt.Errorf("%q: %w", alt, err)
		}
		for _, form := range forms {
			keys := keysOf(lex(form))
			if slots == nil {
				slots = make([][]string, len(keys))
			}
			if len(keys) != len(slots) {
				return nil, fmt.Errorf("alternatives of %q read as %d and %d tokens", word, len(slots), len(keys))
			}
			for k, key := range keys {
				if !slices.Contains(slots[k], key) {
					slots[k] = append(slots[k], key)
				}
			}
		}
	}
	return slots, nil
}

// keysOf returns the keys of toks, joiners left out.
func keysOf[S Keyed](toks S) []string {
	keys := make([]string, 0, toks.Len())
	for i := range toks.Len() {
		if k := toks.Key(i); k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

// expandOptional lists the forms of a word with optional parts in
// parentheses: "signé(e)(s)" → signé, signée, signés, signées. seen counts
// the optional parts already read.
func expandOptional(w string, seen int) ([]string, error) {
	i := strings.IndexAny(w, "()")
	if i < 0 {
		return []string{w}, nil
	}
	j := strings.IndexAny(w[i+1:], "()") + i + 1
	switch {
	case w[i] == ')' || j == i || w[j] == '(':
		return nil, errParens
	case j == i+1:
		return nil, errEmptyOption
	case seen == maxOptional:
		return nil, errOptions
	}
	rests, err := expandOptional(w[j+1:], seen+1)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, 2*len(rests))
	for _, rest := range rests {
		out = append(out, w[:i]+rest, w[:i]+w[i+1:j]+rest)
	}
	return out, nil
}

// MatchAt reports whether p matches toks from i on, stepping over joiners,
// and returns the index just past the match.
func MatchAt[S Keyed](p Phrase, toks S, i int) (int, bool) {
	if len(p) == 0 || i < 0 {
		return i, false
	}
	j := i
	for _, keys := range p {
		key := ""
		for ; j < toks.Len(); j++ {
			if key = toks.Key(j); key != "" {
				break
			}
		}
		if j >= toks.Len() || !slices.Contains(keys, key) {
			return i, false
		}
		j++
	}
	return j, true
}

// MatchEnding reports whether p matches toks ending just before j,
// stepping over joiners, and returns the index where the match starts.
func MatchEnding[S Keyed](p Phrase, toks S, j int) (int, bool) {
	if len(p) == 0 || j > toks.Len() {
		return j, false
	}
	i := j
	for k := len(p) - 1; k >= 0; k-- {
		key := ""
		for i--; i >= 0; i-- {
			if key = toks.Key(i); key != "" {
				break
			}
		}
		if i < 0 || !slices.Contains(p[k], key) {
			return j, false
		}
	}
	return i, true
}
