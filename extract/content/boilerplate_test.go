package content

import (
	"strings"
	"testing"
)

// TestHintSet checks a hint set against strings.Contains over its list,
// on class names with hints at the start, the end, inside, and none.
func TestHintSet(t *testing.T) {
	lists := [][]string{strongNegative, positiveSubstr, negativeSubstr, {"x", "ab"}}
	classes := []string{
		"", "c", "article", "post-comments", "blog-subscribe main", "flex items-center px-4",
		"entry-content single", "sidebar", "the-sidebar", "xyz", "a", "zab", "ab",
		"td-post-content tagdiv-type", "footer-widget", "cuerpo-ad",
	}
	var hl []hintList
	for i, list := range lists {
		hl = append(hl, hintList{1 << i, list})
	}
	set := newHintSet(hl...)
	for _, c := range classes {
		for i, list := range lists {
			want := false
			for _, h := range list {
				want = want || strings.Contains(c, h)
			}
			if got := set.flagsIn(c)&(1<<i) != 0; got != want {
				t.Errorf("hint list %q...: flagsIn(%q) has it = %v, want %v", list[0], c, got, want)
			}
		}
	}
}

// TestHintsHaveNoSpace checks what classWeight relies on to read the class
// and the id apart: no hint holds white space, so none matches across the
// two.
func TestHintsHaveNoSpace(t *testing.T) {
	for _, list := range [][]string{strongNegative, positiveSubstr, negativeSubstr, positiveTokens, negativeTokens} {
		for _, h := range list {
			if strings.ContainsAny(h, " \t\n\r\f") {
				t.Errorf("hint %q holds white space", h)
			}
		}
	}
}
