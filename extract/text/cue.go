package text

import (
	"fmt"
	"slices"
	"strings"
)

// Phrase is a pattern of tokens written in plain French: one set of
// accepted folded forms per token. Words are separated by spaces; "a|b"
// accepts either word and a part in parentheses is optional
// ("protocole(s)", "signé(e)(s)"). A word is read as the text is read:
// "l'accord" is the two tokens "l'" and "accord", "convention-cadre" one.
type Phrase [][]string

// Compile reads a pattern on the token view (Tokenize). It panics on a
// pattern whose alternatives do not read as the same number of tokens:
// patterns are constants of the program, checked by its tests.
func Compile(pattern string) Phrase { return compile(pattern, Tokenize) }

// CompileWords reads a pattern on the word view (Words): apostrophes and
// dashes separate words, so "d'ici" is the two words "d" and "ici".
func CompileWords(pattern string) Phrase { return compile(pattern, Words) }

// compile reads a pattern with the given tokenizer.
func compile(pattern string, tokenize func(string) Tokens) Phrase {
	var p Phrase
	for _, field := range strings.Fields(pattern) {
		var slots [][]string
		for _, alt := range strings.Split(field, "|") {
			for _, form := range expandOptional(alt) {
				toks := tokenize(form)
				if slots == nil {
					slots = make([][]string, toks.Len())
				}
				if toks.Len() != len(slots) {
					panic(fmt.Sprintf("text: pattern %q: alternatives of %q differ in length", pattern, field))
				}
				for k := range slots {
					if f := toks.Fold(k); !slices.Contains(slots[k], f) {
						slots[k] = append(slots[k], f)
					}
				}
			}
		}
		p = append(p, slots...)
	}
	return p
}

// expandOptional lists the forms of a word with optional parts in
// parentheses: "signé(e)(s)" → signé, signée, signés, signées.
func expandOptional(w string) []string {
	i := strings.IndexByte(w, '(')
	j := strings.IndexByte(w, ')')
	if i < 0 || j < i {
		return []string{w}
	}
	var out []string
	for _, rest := range expandOptional(w[j+1:]) {
		out = append(out, w[:i]+rest, w[:i]+w[i+1:j]+rest)
	}
	return out
}

// MatchAt reports whether p matches toks from i on and returns the index
// just past the match.
func MatchAt(p Phrase, toks Tokens, i int) (int, bool) {
	if len(p) == 0 || i < 0 || i+len(p) > toks.Len() {
		return i, false
	}
	for k, keys := range p {
		if !slices.Contains(keys, toks.Fold(i+k)) {
			return i, false
		}
	}
	return i + len(p), true
}

// MatchEnding reports whether p matches toks ending just before j and
// returns the index where the match starts.
func MatchEnding(p Phrase, toks Tokens, j int) (int, bool) {
	if i, ok := MatchAt(p, toks, j-len(p)); ok {
		return i, true
	}
	return j, false
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
	if i := j - len(p); i >= begin {
		if _, ok := p.Match(toks, i, j); ok {
			return i, true
		}
	}
	return j, false
}

// MatchesWord reports whether a one-word phrase accepts t.
func (p Phrase) MatchesWord(t Token) bool {
	return len(p) == 1 && slices.Contains(p[0], t.Fold)
}
