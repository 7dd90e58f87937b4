package extract

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldenEvidence walks every fact of every golden record and checks
// that its evidence quotes the record's text: text[start:end] in runes,
// inside its sentence.
func TestGoldenEvidence(t *testing.T) {
	n := 0
	err := filepath.WalkDir("../fixtures/golden", func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var rec Record
		if err := json.Unmarshal(b, &rec); err != nil {
			t.Errorf("%s: %v", path, err)
			return nil
		}
		for what, evs := range allEvidence(&rec) {
			for _, ev := range evs {
				checkEvidence(t, rec.Text, path+": "+what, ev)
				n++
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no evidence found under fixtures/golden")
	}
}
