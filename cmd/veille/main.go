// Command veille watches the French-language press for investment,
// outsourcing and job-creation agreements and turns articles into
// structured, sourced JSON records.
//
// Usage:
//
//	veille extract [flags] PATH|URL...  extract records from saved pages, texts or URLs
//	veille crawl   --config FILE --db FILE [--digest FILE] [--webhook URL]
//	veille serve   --config FILE --db FILE --schedule CRON [--digest FILE] [--webhook URL]
//	veille export  --db FILE --format jsonl|csv
//	veille backup  --db FILE --to FILE
//	veille eval    --gold DIR [--pred FILE | PATH...]
//	veille ledger  [--db FILE | FILE.jsonl... | -] [--format jsonl|csv]
//	veille report  [--format text|markdown|csv|html] [-o FILE] [--db FILE | FILE.jsonl...]
//	veille version
//
// Records go to standard output as JSON Lines; logs go to standard error.
// The exit code is 0 on success, 1 when some input or the crawl failed, 2 on
// a usage or configuration error, 75 when another crawl holds the archive
// and 130 when interrupted.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"veille/archive"
)

// Exit codes.
const (
	exitOK          = 0
	exitFailure     = 1
	exitUsage       = 2
	exitLocked      = 75 // EX_TEMPFAIL: another crawl holds the archive; try later
	exitInterrupted = 130
)

// app carries what every command shares: its streams and its logger.
type app struct {
	stdin     io.Reader
	stdout    io.Writer
	stderr    io.Writer
	log       *zap.Logger
	logFormat string
	logLevel  string
	jsonLog   bool // the logs are JSON lines: so is the crawl summary
}

// errFailed reports that some inputs failed (exit code 1) after their errors
// were already logged.
var errFailed = errors.New("some inputs failed")

// usageError marks a bad invocation (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// configError marks a bad configuration or a missing archive (exit code 2,
// without the hint about --help).
type configError struct{ err error }

func (e configError) Error() string { return e.err.Error() }
func (e configError) Unwrap() error { return e.err }

// usagef formats a usage error.
func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line args and returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, log: zap.NewNop()}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	_ = a.log.Sync()
	return exitCode(ctx, err, stderr)
}

// exitCode says err on stderr and returns the exit code it calls for.
func exitCode(ctx context.Context, err error, stderr io.Writer) int {
	var conf configError
	switch {
	case err == nil:
		return exitOK
	case ctx.Err() != nil:
		if !errors.Is(err, errInterrupted) {
			fmt.Fprintf(stderr, "veille: interrupted: %v\n", err)
		}
		return exitInterrupted
	case errors.Is(err, errFailed):
		return exitFailure
	case isUsage(err):
		fmt.Fprintf(stderr, "veille: %v\n", err)
		fmt.Fprintln(stderr, "Run 'veille --help' for usage.")
		return exitUsage
	case errors.As(err, &conf):
		fmt.Fprintf(stderr, "veille: %v\n", err)
		return exitUsage
	case errors.Is(err, archive.ErrLocked):
		fmt.Fprintf(stderr, "veille: %v: one crawl at a time on an archive (--wait waits for it)\n", err)
		return exitLocked
	default:
		fmt.Fprintf(stderr, "veille: %v\n", err)
		return exitFailure
	}
}

// errInterrupted reports a run stopped by a signal, after its summary was
// written (exit code 130).
var errInterrupted = errors.New("interrupted")

// isUsage reports whether err is a bad invocation. cobra's unknown flags
// and commands are made usage errors by the flag error func and root.Args.
func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:           "veille",
		Short:         "Watch the French-language press for investment and job-creation agreements",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			l, json, err := newLogger(a.stderr, a.logFormat, a.logLevel, os.Getenv("NO_COLOR") != "")
			if err != nil {
				return usageError{err}
			}
			a.log, a.jsonLog = l, json
			return nil
		},
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError{err}
	})
	root.PersistentFlags().StringVar(&a.logFormat, "log-format", "auto", "log format: auto (console on a terminal, else json), console or json")
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	root.AddCommand(
		newExtractCmd(a),
	)
	for _, c := range extraCommands {
		root.AddCommand(c(a))
	}
	// Unknown commands are usage errors.
	root.Args = func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usagef("unknown command %q", args[0])
		}
		return nil
	}
	root.RunE = func(cmd *cobra.Command, args []string) error { return cmd.Help() }
	return root
}

// extraCommands lists the constructors of the commands that live in their
// own files (crawl, serve, export, eval, report); each file appends itself
// from an init function that does nothing else, so start-up stays cheap.
var extraCommands []func(*app) *cobra.Command

// openInput opens the named input, "-" being standard input (which Close
// leaves open).
func (a *app) openInput(name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(a.stdin), nil
	}
	return os.Open(name)
}
