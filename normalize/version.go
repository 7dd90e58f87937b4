package normalize

import (
	"embed"
	"io/fs"
)

// source holds the code and the tables this package is built from.
//
//go:embed *.go data
var source embed.FS

// Source returns the Go files and data tables of the package, so that the
// version of the extractor follows every change of its French rules.
func Source() fs.FS { return source }
