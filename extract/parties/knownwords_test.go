package parties

import (
	"slices"
	"testing"
)

// TestKnownWordBodies checks each row of knownWordBodies: the body written
// as a word is the body, not a second company beside the investor.
func TestKnownWordBodies(t *testing.T) {
	for key := range knownWordBodies {
		if _, ok := knownAcronyms[key]; !ok {
			t.Errorf("%q is no known acronym", key)
			continue
		}
		name := string(key[0]-'a'+'A') + key[1:]
		in := name + " a signé une convention avec la société Ventis Energy pour un parc éolien."
		got, _ := findStrings(t, in)
		if slices.Contains(got, name+" [company party]") || !slices.ContainsFunc(got, func(s string) bool {
			return s == name+" [institution party]" || s == name+" [public_body party]" || s == name+" [government party]"
		}) {
			t.Errorf("signatories of %q = %q, want %s as a body", in, got, name)
		}
	}
}

// TestKnownWordNotBodies: a known acronym that is also a company's name,
// written as a word, stays the company.
func TestKnownWordNotBodies(t *testing.T) {
	in := "Amica a signé une convention avec la société Ventis Energy pour une usine d'électroménager."
	if got, _ := findStrings(t, in); !slices.Contains(got, "Amica [company party]") {
		t.Errorf("signatories of %q = %q, want Amica a company", in, got)
	}
}
