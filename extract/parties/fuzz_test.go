package parties

import (
	"context"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"veille/extract/text"
)

// FuzzParties checks that Find never panics, that every mention and
// every evidence lies inside the text, on rune boundaries, and that the
// empty role information shared by companies and bodies stays empty.
func FuzzParties(f *testing.F) {
	for _, tt := range findCases {
		f.Add(tt.text)
	}
	f.Add("M. Mme. M  , la filiale ( ) (ABC) Les ministères de , ainsi que de")
	f.Add("le ministre délégué, , et par ,")
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.ToValidUTF8(s, "\uFFFD") // as normalize.Clean leaves it
		d := text.New(s, "", time.Time{})
		sig, act, ms, err := Find(context.Background(), d)
		if err != nil {
			t.Fatal(err)
		}
		if noRoleInfo.role != "" || noRoleInfo.roleHead != "" || noRoleInfo.roleOrgs != nil ||
			noRoleInfo.family != "" || noRoleInfo.org != "" || noRoleInfo.orgRole != "" {
			t.Fatalf("the empty role information was written: %+v", noRoleInfo)
		}
		for _, m := range ms {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("mention %+v outside [0, %d)", m, len(s))
			}
			if !utf8.RuneStart(s[m.Start]) || m.End < len(s) && !utf8.RuneStart(s[m.End]) {
				t.Fatalf("mention %+v not on rune boundaries of %q", m, s)
			}
			if m.Name == "" {
				t.Fatalf("mention %+v has no name", m)
			}
		}
		n := utf8.RuneCountInString(s)
		for _, p := range append(sig, act...) {
			if p.Name == "" || p.Evidence.Start < 0 || p.Evidence.End > n || p.Evidence.Start >= p.Evidence.End {
				t.Fatalf("party %+v: bad name or evidence in a text of %d runes", p, n)
			}
		}
	})
}
