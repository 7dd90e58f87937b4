package extract

import (
	"strings"
	"testing"
)

func TestFindJobsAlsoKeepsRepeats(t *testing.T) {
	rec := factsOf("Le groupe annonce 800 emplois d'ici 2027. Les 800 emplois seront à Oujda. Au final, 800 emplois.", day(t, "2024-04-30"))
	if len(rec.Jobs) != 1 {
		t.Fatalf("got %d jobs, want 1: %+v", len(rec.Jobs), rec.Jobs)
	}
	j := rec.Jobs[0]
	if len(j.Also) != 2 {
		t.Errorf("Also has %d mentions, want 2", len(j.Also))
	}
	if j.Year == nil || *j.Year != 2027 {
		t.Errorf("Year = %v, want 2027", j.Year)
	}
	for _, ev := range j.Also {
		checkEvidence(t, rec.Text, "also", ev)
	}
}

func TestFindJobsQualifier(t *testing.T) {
	rec := factsOf("Le projet créera 150 emplois qualifiés et 90 emplois indirects.", day(t, "2024-04-30"))
	got := map[int64]string{}
	for _, j := range rec.Jobs {
		if j.Qualifier != nil {
			got[j.Count] = *j.Qualifier
		}
	}
	want := map[int64]string{150: "qualifiés", 90: "indirects"}
	for c, q := range want {
		if got[c] != q {
			t.Errorf("qualifier of %d = %q, want %q", c, got[c], q)
		}
	}
}

// TestPeopleNouns checks every noun of people, in the plural: jobs after
// a verb of employing, none after a verb of training.
func TestPeopleNouns(t *testing.T) {
	for _, row := range peopleNouns {
		noun := strings.NewReplacer("(", "", ")", "").Replace(row)
		rec := factsOf("L'entreprise emploie aujourd'hui 140 "+noun+".", day(t, "2024-04-30"))
		if len(rec.Jobs) != 1 || jobString(rec.Jobs[0]) != "140 existing" {
			t.Errorf("%s after a verb of employing: got %v, want 140 existing", noun, rec.Jobs)
		}
		if rec := factsOf("L'entreprise va former 140 "+noun+".", day(t, "2024-04-30")); len(rec.Jobs) != 0 {
			t.Errorf("%s after a verb of training: got %v, want none", noun, rec.Jobs)
		}
	}
}
