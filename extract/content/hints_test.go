package content

import (
	"strings"
	"testing"
)

// TestHintSet checks a hint set against strings.Contains over its lists of
// hints met anywhere, and against a comparison of the names for those met
// as names, on class names with hints at the start, the end, inside, and
// none.
func TestHintSet(t *testing.T) {
	lists := []hintList{
		{1, inText, strongNegative}, {2, inText, positiveSubstr}, {4, inText, negativeSubstr},
		{8, inText, []string{"x", "ab"}}, {16, wholeName, positiveTokens}, {32, firstPart, negativeTokens},
	}
	classes := []string{
		"", "c", "article", "post-comments", "blog-subscribe main", "flex items-center px-4",
		"entry-content single", "sidebar", "the-sidebar", "xyz", "a", "zab", "ab",
		"td-post-content tagdiv-type", "footer-widget", "cuerpo-ad", "post", "page-x body",
		"ad-slot", "ad_slot", "adslot", "x-ad", "ads", "tag  links", "post\tnav",
	}
	set := newHintSet(lists...)
	for _, c := range classes {
		for _, l := range lists {
			want := false
			for _, h := range l.hints {
				want = want || matches(l.match, c, h)
			}
			if got := set.namesFlags(c)&l.flag != 0; got != want {
				t.Errorf("hint list %q...: namesFlags(%q) has it = %v, want %v", l.hints[0], c, got, want)
			}
			if l.match == inText {
				if got := set.flagsIn([]byte(c))&l.flag != 0; got != want {
					t.Errorf("hint list %q...: flagsIn(%q) has it = %v, want %v", l.hints[0], c, got, want)
				}
			}
		}
	}
}

// matches tells whether the hint h matches the class c where m says.
func matches(m hintMatch, c, h string) bool {
	if m == inText {
		return strings.Contains(c, h)
	}
	for _, name := range strings.Fields(c) {
		if name == h || m == firstPart && (strings.HasPrefix(name, h+"-") || strings.HasPrefix(name, h+"_")) {
			return true
		}
	}
	return false
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
