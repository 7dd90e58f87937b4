package parties

import (
	"embed"
	"io/fs"
)

// source holds the code this package is built from.
//
//go:embed *.go
var source embed.FS

// Source returns the Go files of the package, so that the version of the
// extractor follows every change of its rules.
func Source() fs.FS { return source }
