package extract

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestVersionFollowsTheRules(t *testing.T) {
	rules := func() fstest.MapFS {
		return fstest.MapFS{
			"cues.go":         {Data: []byte("package extract\nvar cues = []string{\"signe\"}\n")},
			"data/places.tsv": {Data: []byte("Tanger\tcity\n")},
			"cues_test.go":    {Data: []byte("package extract\n")},
		}
	}
	base, err := versionOf([]string{"golang.org/x/net v0.62.0"}, rules(), rules())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(a, b fstest.MapFS)
		same   bool
	}{
		{"a row added to a table", func(_, b fstest.MapFS) { b["data/places.tsv"].Data = []byte("Tanger\tcity\nFès\tcity\n") }, false},
		{"a cue changed in code", func(a, _ fstest.MapFS) {
			a["cues.go"].Data = []byte("package extract\nvar cues = []string{\"signé\"}\n")
		}, false},
		{"a file renamed", func(a, _ fstest.MapFS) { a["cues2.go"] = a["cues.go"]; delete(a, "cues.go") }, false},
		{"a file moved to another package", func(a, b fstest.MapFS) { b["cues.go"] = a["cues.go"]; delete(a, "cues.go") }, false},
		{"a test changed", func(a, _ fstest.MapFS) { a["cues_test.go"].Data = []byte("package extract\n// more\n") }, true},
	}
	for _, tt := range tests {
		a, b := rules(), rules()
		tt.change(a, b)
		got, err := versionOf([]string{"golang.org/x/net v0.62.0"}, a, b)
		if err != nil {
			t.Fatal(err)
		}
		if (got == base) != tt.same {
			t.Errorf("%s: version %s, before %s; want same=%v", tt.name, got, base, tt.same)
		}
	}
}

func TestVersionFollowsTheModules(t *testing.T) {
	a, _ := versionOf([]string{"golang.org/x/net v0.62.0"})
	b, _ := versionOf([]string{"golang.org/x/net v0.63.0"})
	if a == b {
		t.Errorf("a new version of a module left the version at %s", a)
	}
}

// TestVersionModules checks that modules names every module whose code
// extraction runs, as go list sees the imports.
func TestVersionModules(t *testing.T) {
	want := map[string]bool{}
	for _, m := range strings.Fields(goListDeps(t, "{{if .Module}}{{.Module.Path}}{{end}}")) {
		if m != "veille" {
			want[m] = true
		}
	}
	for m := range want {
		if !slices.Contains(modules, m) {
			t.Errorf("extraction uses module %s: add it to modules in version.go", m)
		}
	}
	for _, m := range modules {
		if !want[m] {
			t.Errorf("modules lists %s, which extraction no longer uses", m)
		}
	}
}

// TestVersionSources checks that sources covers every package of this
// module that extraction runs: each of their Go files is in one of the
// file systems Version hashes.
func TestVersionSources(t *testing.T) {
	out := goListDeps(t, "{{if .Module}}{{if eq .Module.Path \"veille\"}}{{.ImportPath}} {{.Dir}}{{end}}{{end}}")
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		pkg, dir, _ := strings.Cut(line, " ")
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(sources(), func(fsys fs.FS) bool {
				e, err := fs.ReadFile(fsys, filepath.Base(f))
				return err == nil && bytes.Equal(e, b)
			}) {
				t.Errorf("%s of package %s is not in sources(): add the package's Source() in version.go", filepath.Base(f), pkg)
				break
			}
		}
	}
}

// goListDeps runs go list -deps -f format over the extraction packages; it
// skips the test in short mode or where go list cannot run.
func goListDeps(t *testing.T, format string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", "-f", format, "veille/extract/...").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	return string(out)
}

func TestVersion(t *testing.T) {
	v := Version()
	if !regexp.MustCompile(`^[0-9a-f]{12}$`).MatchString(v) || v != Version() {
		t.Errorf("Version() = %q, want 12 stable hex digits", v)
	}
}
