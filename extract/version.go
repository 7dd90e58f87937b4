package extract

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"veille/extract/content"
	"veille/extract/parties"
	"veille/extract/text"
	"veille/normalize"
)

// source holds the code and the rule tables of this package.
//
//go:embed *.go
var source embed.FS

// sources are the packages whose code and tables make a record: a change
// to any of them changes Version. A new package of rules adds its Source
// here.
func sources() []fs.FS {
	return []fs.FS{source, content.Source(), parties.Source(), text.Source(), normalize.Source()}
}

// modules are the modules besides this one whose code makes a record: a
// new version of one of them may change records. TestVersionModules keeps
// the list in step with the imports.
var modules = []string{
	"github.com/andybalholm/cascadia",
	"golang.org/x/net",
	"golang.org/x/text",
	"gopkg.in/neurosnap/sentences.v1",
}

// Version returns the version of the extractor: a short hash of the code
// and the rule tables of the packages that make a record (test files
// excepted) and of the versions of the modules they use, as built. It
// changes by itself whenever a rule, the code or a dependency changes, so
// an archive knows which records to extract again. Computed once, on first
// use.
func Version() string { return version() }

var version = sync.OnceValue(func() string {
	v, err := versionOf(moduleVersions(), sources()...)
	if err != nil {
		// The files are embedded in the binary: only a broken build fails.
		panic(err)
	}
	return v
})

// moduleVersions lists the versions of modules the binary was built with
// ("path version", replacements included).
func moduleVersions() []string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	var out []string
	for _, d := range bi.Deps {
		if !slices.Contains(modules, d.Path) {
			continue
		}
		if d.Replace != nil {
			d = d.Replace
		}
		out = append(out, d.Path+" "+d.Version)
	}
	return out
}

// versionOf hashes the module versions, then the files of the file
// systems, in order, skipping test files; each file is hashed with its
// name, so a rename counts as a change.
func versionOf(mods []string, fsys ...fs.FS) (string, error) {
	h := sha256.New()
	for _, m := range mods {
		fmt.Fprintln(h, m)
	}
	for i, f := range fsys {
		err := fs.WalkDir(f, ".", func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(path, "_test.go") {
				return err
			}
			b, err := fs.ReadFile(f, path)
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "%d/%s %d\n", i, path, len(b))
			h.Write(b)
			return nil
		})
		if err != nil {
			return "", fmt.Errorf("extract: version: %w", err)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:12], nil
}
