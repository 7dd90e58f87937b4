package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"veille/extract"
)

func init() { extraCommands = append(extraCommands, newVersionCmd) }

func newVersionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the versions of the program and of the extractor",
		Long: `Version prints the version of the program (module version, source revision
and Go version, as recorded in the build) and the version of the extractor,
which changes whenever a rule of extraction changes: 'veille extract --db'
re-extracts the records of any other version.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Fprintf(a.stdout, "veille %s\nextractor %s\n", programVersion(), extract.Version())
			return nil
		},
	}
}

// programVersion describes the build: module version, VCS revision (with
// "+dirty" for uncommitted changes) and Go version.
func programVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown build)"
	}
	v := bi.Main.Version
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		v += " " + rev + dirty
	}
	return v + " " + bi.GoVersion
}
