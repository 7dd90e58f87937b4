package normalize

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestCompilePhrase checks the pattern language on the tokens of Lex.
func TestCompilePhrase(t *testing.T) {
	for _, tt := range []struct {
		pattern, want string
	}{
		{"il y a", "[[il] [y] [a]]"},
		{"au-delà de", "[[au] [dela] [de]]"}, // the dash is a joiner
		{"d’ici", "[[de] [ici]]"},            // elided, any apostrophe
		{"protocole(s) d'accord", "[[protocole protocoles] [de] [accord]]"},
		{"signé(e)(s)", "[[signe signee signes signees]]"},
		{"la semaine dernière|passée", "[[la] [semaine] [derniere passee]]"},
		{"Etat|gouvernement marocain", "[[etat gouvernement] [marocain]]"},
		{"d'ici|au-delà", "[[de au] [ici dela]]"},
		{"%", "[[%]]"},
	} {
		p, err := CompilePhrase(tt.pattern, Lex)
		if err != nil {
			t.Errorf("CompilePhrase(%q): %v", tt.pattern, err)
			continue
		}
		if got := fmt.Sprint(p); got != tt.want {
			t.Errorf("CompilePhrase(%q) = %s, want %s", tt.pattern, got, tt.want)
		}
	}
}

// TestCompilePhraseErrors checks that a malformed pattern is an error that
// says what is wrong, and that MustCompilePhrase panics on it.
func TestCompilePhraseErrors(t *testing.T) {
	for _, tt := range []struct {
		pattern string
		want    error // nil: any error
	}{
		{"", errEmpty},
		{" - ' ", errEmpty},
		{"signé(e", errParens},
		{"signé)e(", errParens},
		{"a(b(c))", errParens},
		{"signé()", errEmptyOption},
		{"a(b)(c)(d)(e)(f)", errOptions},
		{"d'ici|avant", nil}, // two tokens and one
		{"plus de|", nil},
	} {
		_, err := CompilePhrase(tt.pattern, Lex)
		if err == nil || (tt.want != nil && !errors.Is(err, tt.want)) || !strings.Contains(err.Error(), fmt.Sprintf("%q", tt.pattern)) {
			t.Errorf("CompilePhrase(%q) error = %v, want %v naming the pattern", tt.pattern, err, tt.want)
		}
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("MustCompilePhrase(%q) did not panic", tt.pattern)
				}
			}()
			MustCompilePhrase(tt.pattern, Lex)
		}()
	}
}

// TestMatchPhrase checks matching forward and backward on Lex tokens:
// joiners are stepped over, line breaks are not.
func TestMatchPhrase(t *testing.T) {
	for _, tt := range []struct {
		pattern, text string
		at            int // MatchAt from this token
		end           int // index past the match, -1 for no match
		ending        int // MatchEnding before this token
		start         int // its start, -1 for no match
	}{
		{"au delà de", "au-delà de 500", 0, 4, 4, 0},
		{"au-delà de", "au delà de 500", 0, 3, 3, 0},
		{"d'ici", "d’ici 2030", 0, 3, 3, 0},
		{"il y a", "il y\na trois jours", 0, -1, 4, -1},
		{"il y a", "Il y a trois jours", 0, 3, 3, 0},
		{"plus de", "soit plus de 500", 1, 3, 3, 1},
		{"plus de", "soit plus de", 2, -1, 2, -1},
		{"à partir de", "à partir de-2027", 0, 3, 4, 0}, // the dash before 2027 is stepped over
		{"semaine passée", "la semaine", 1, -1, 2, -1},
		{"environ", "- environ", 0, 2, 2, 1}, // a leading joiner is stepped over, not matched
	} {
		p, toks := MustCompilePhrase(tt.pattern, Lex), Lex(tt.text)
		if end, ok := MatchAt(p, toks, tt.at); ok != (tt.end >= 0) || ok && end != tt.end {
			t.Errorf("MatchAt(%q, %q, %d) = %d, %v, want %d", tt.pattern, tt.text, tt.at, end, ok, tt.end)
		}
		if start, ok := MatchEnding(p, toks, tt.ending); ok != (tt.start >= 0) || ok && start != tt.start {
			t.Errorf("MatchEnding(%q, %q, %d) = %d, %v, want %d", tt.pattern, tt.text, tt.ending, start, ok, tt.start)
		}
	}
}

// keyed is a view whose tokens all have a key: nothing is stepped over.
type keyed []string

func (k keyed) Len() int         { return len(k) }
func (k keyed) Key(i int) string { return k[i] }

// TestMatchKeyed checks that a view without joiners is matched token for
// token and that the bounds are checked.
func TestMatchKeyed(t *testing.T) {
	p := MustCompilePhrase("a|b c", func(s string) keyed {
		var toks keyed
		for _, f := range strings.Fields(s) {
			toks = append(toks, f)
		}
		return toks
	})
	toks := keyed{"x", "b", "c", "a", "-", "c"}
	for _, tt := range []struct {
		i    int
		want bool
	}{{-1, false}, {0, false}, {1, true}, {3, false}, {5, false}, {6, false}, {9, false}} {
		if _, ok := MatchAt(p, toks, tt.i); ok != tt.want {
			t.Errorf("MatchAt(%d) = %v, want %v", tt.i, ok, tt.want)
		}
	}
	if i, ok := MatchEnding(p, toks, 3); !ok || i != 1 {
		t.Errorf("MatchEnding(3) = %d, %v, want 1, true", i, ok)
	}
	for _, j := range []int{-1, 0, 1, 6, 7} {
		if _, ok := MatchEnding(p, toks, j); ok {
			t.Errorf("MatchEnding(%d) matched", j)
		}
	}
}

// TestTablePhrases compiles every phrase of the French tables and checks
// that it matches its own text.
func TestTablePhrases(t *testing.T) {
	forms := append([]string{frAgo}, frPercentWords...)
	forms = append(forms, frRelativeWeeks...)
	forms = append(forms, frFromYearPhrases...)
	for _, a := range frApproxMarkers {
		forms = append(forms, a.form)
	}
	for _, c := range frCurrencies {
		forms = append(forms, c.form)
	}
	for _, r := range frRelativeDays {
		forms = append(forms, r.form)
	}
	for _, m := range frYearMarkers {
		forms = append(forms, m.form)
	}
	for _, f := range forms {
		p, err := CompilePhrase(f, Lex)
		if err != nil {
			t.Errorf("table phrase: %v", err)
			continue
		}
		if end, ok := MatchAt(p, Lex(f), 0); !ok || end != len(Lex(f)) {
			t.Errorf("table phrase %q does not match its own text: %d, %v", f, end, ok)
		}
	}
}

// checkPhrase checks on text the properties of a compiled pattern that
// hold whatever the input: a match MatchAt finds is found by MatchEnding
// from its end, and the pattern's first form (first alternatives, no
// optional part) matches its own tokens.
func checkPhrase(t *testing.T, pattern, text string) {
	p, err := CompilePhrase(pattern, Lex)
	if err != nil {
		return
	}
	toks := Lex(text)
	for i := -1; i <= len(toks)+1; i++ {
		end, ok := MatchAt(p, toks, i)
		if !ok {
			continue
		}
		if start, ok := MatchEnding(p, toks, end); !ok || start < i {
			t.Fatalf("%q on %q: MatchAt from %d ends at %d, but MatchEnding there gives %d, %v",
				pattern, text, i, end, start, ok)
		}
	}
	own := Lex(firstForm(pattern))
	end, ok := MatchAt(p, own, 0)
	if !ok || len(keysOf(own[end:])) > 0 {
		t.Fatalf("%q does not match its first form %q: %d, %v", pattern, firstForm(pattern), end, ok)
	}
}

// firstForm returns the text of the first form of a well-formed pattern.
func firstForm(pattern string) string {
	var words []string
	for _, f := range strings.Fields(pattern) {
		f, _, _ = strings.Cut(f, "|")
		for {
			i, j := strings.IndexByte(f, '('), strings.IndexByte(f, ')')
			if i < 0 {
				break
			}
			f = f[:i] + f[j+1:]
		}
		words = append(words, f)
	}
	return strings.Join(words, " ")
}

// FuzzPhrase compiles patterns of any text: a malformed one is an error,
// never a panic, and a compiled one keeps the properties of checkPhrase.
func FuzzPhrase(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add("plus de|d'ici", s)
	}
	for _, p := range []string{"signé(e)(s) le", "au-delà de", "il y a", "a(b", "(s)|x", "d'ici|avant", "a()b"} {
		f.Add(p, "il y a 3 jours, au delà de l'accord signées le")
	}
	f.Fuzz(checkPhrase)
}
