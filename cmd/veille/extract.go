package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"veille/crawler"
	"veille/extract"
)

// articleExts are the file name extensions a directory walk reads.
var articleExts = map[string]bool{".html": true, ".htm": true, ".xhtml": true, ".txt": true}

type extractFlags struct {
	url          string
	published    string
	format       string
	textOnly     bool
	site         string
	bodySelector string
	db           string
	all          bool
	config       string
}

func newExtractCmd(a *app) *cobra.Command {
	var f extractFlags
	cmd := &cobra.Command{
		Use:   "extract [flags] PATH|URL...",
		Short: "Extract records from saved article pages or texts (files, directories, - for stdin, or http(s) URLs)",
		Long: `Extract reads article pages (HTML in any common charset, or plain text) and
prints one JSON record per input on standard output.

Each PATH is a file, a directory (walked recursively in name order, reading
.html, .htm, .xhtml and .txt files), - for standard input, or an http or
https URL, fetched through the crawler's guarded client (private addresses
refused, size and redirect limits, charset from the Content-Type; robots.txt
is not read for one page a person asks for). --config takes the user_agent,
timeout, max_body_size and allow_private of a sources.yaml. An input that
fails is reported on standard error and the others are still processed; the
exit code is then 1.

With --db, extract re-runs extraction over the archive of a crawl instead:
the articles whose record was made by another extractor version (see
'veille version'), or all of them with --all. It stores the new records in
the archive and prints them; a missing archive is an error, never created.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.db != "" {
				if len(args) > 0 {
					return usagef("extract: --db takes no PATH")
				}
				return extractArchive(cmd.Context(), a, f.db, f.all)
			}
			if len(args) == 0 {
				return usagef("extract: no PATH given (use - for standard input)")
			}
			return runExtract(cmd.Context(), a, f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.url, "url", "", "URL of the article, for inputs that do not carry one")
	fl.StringVar(&f.published, "published", "", "publication date (YYYY-MM-DD or RFC 3339), for inputs that do not carry one")
	fl.StringVar(&f.format, "format", "jsonl", "output format: jsonl (one record a line) or json (an indented array)")
	fl.BoolVar(&f.textOnly, "text-only", false, "print only the clean body text of each input")
	fl.StringVar(&f.site, "site", "", "name of the site the inputs come from")
	fl.StringVar(&f.bodySelector, "body-selector", "", "CSS selector of the article body, when generic boilerplate removal is not enough")
	fl.StringVar(&f.db, "db", "", "re-run extraction over this crawl archive instead of PATHs")
	fl.BoolVar(&f.all, "all", false, "with --db: re-extract every article, not only those of older extractor versions")
	fl.StringVar(&f.config, "config", "", "for URLs: the crawl configuration whose user_agent, timeout, max_body_size and allow_private apply")
	return cmd
}

func runExtract(ctx context.Context, a *app, f extractFlags, args []string) error {
	if f.format != "jsonl" && f.format != "json" {
		return usagef("extract: bad --format %q: want jsonl or json", f.format)
	}
	opts := []extract.Option{}
	if f.published != "" {
		t, err := parseDateFlag(f.published)
		if err != nil {
			return usagef("extract: bad --published: %v", err)
		}
		opts = append(opts, extract.WithPublished(t))
	}
	if f.site != "" {
		opts = append(opts, extract.WithSite(f.site))
	}
	if f.bodySelector != "" {
		opts = append(opts, extract.WithBodySelector(f.bodySelector))
	}
	inputs, err := expandInputs(args)
	if err != nil {
		return usagef("extract: %v", err)
	}
	var cfg *crawler.Config // nil: the client's defaults
	if f.config != "" {
		if cfg, err = loadConfig(f.config); err != nil {
			return err
		}
	}

	out := newRecordWriter(a.stdout, f.format, f.textOnly)
	failed := 0
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("extract: interrupted: %w", err)
		}
		rec, err := extractOne(ctx, a, input{name: in, url: f.url, cfg: cfg}, opts)
		if err != nil {
			failed++
			a.log.Error("cannot extract", zap.String("input", in), zap.Error(err))
			continue
		}
		if err := out.write(rec); err != nil {
			return fmt.Errorf("extract: write output: %w", err)
		}
		a.log.Debug("extracted", zap.String("input", in), zap.Bool("relevant", rec.Relevant),
			zap.Int("jobs", len(rec.Jobs)), zap.Int("amounts", len(rec.Amounts)))
	}
	if err := out.close(); err != nil {
		return fmt.Errorf("extract: write output: %w", err)
	}
	a.log.Info("extract done", zap.Int("inputs", len(inputs)), zap.Int("failed", failed))
	if failed > 0 {
		return errFailed
	}
	return nil
}

// input is one input of extract: a path, "-" or a URL, the --url to give
// it, and the configuration of the client that fetches a URL.
type input struct {
	name, url string
	cfg       *crawler.Config
}

// extractOne reads one input ("-" is standard input; an http or https URL
// is fetched) and extracts its record.
func extractOne(ctx context.Context, a *app, in input, opts []extract.Option) (*extract.Record, error) {
	if isURL(in.name) {
		p, err := crawler.Get(ctx, in.cfg, in.name)
		if err != nil {
			return nil, err
		}
		opts = append(opts, extract.WithURL(cmp.Or(in.url, p.FinalURL)), extract.WithContentType(p.ContentType), extract.WithFetchedAt(p.FetchedAt))
		return extract.Parse(ctx, bytes.NewReader(p.Body), opts...)
	}
	r, err := a.openInput(in.name)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	rawURL := in.url
	if in.name != "-" && rawURL == "" {
		rawURL = filepath.ToSlash(in.name)
	}
	return extract.Parse(ctx, r, append(opts, extract.WithURL(rawURL))...)
}

// isURL reports whether an input names a page on the web rather than a file.
func isURL(name string) bool {
	return strings.HasPrefix(name, "http://") || strings.HasPrefix(name, "https://")
}

// expandInputs turns the PATH arguments into the list of inputs: files as
// given, directories walked in lexical order for article files, "-" kept.
func expandInputs(args []string) ([]string, error) {
	var inputs []string
	for _, arg := range args {
		if arg == "-" {
			inputs = append(inputs, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			// A missing file is an input failure, reported in its turn.
			inputs = append(inputs, arg)
			continue
		}
		if !info.IsDir() {
			inputs = append(inputs, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && articleExts[strings.ToLower(filepath.Ext(p))] {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk %s: %w", arg, err)
		}
		sort.Strings(found)
		inputs = append(inputs, found...)
	}
	return inputs, nil
}

// parseDateFlag reads a date flag: an ISO date or an RFC 3339 date-time.
func parseDateFlag(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is neither YYYY-MM-DD nor RFC 3339", s)
	}
	return t, nil
}

// recordWriter writes records as JSON Lines, as one indented JSON array, or
// as their bare text.
type recordWriter struct {
	w        io.Writer
	format   string
	textOnly bool
	n        int
}

func newRecordWriter(w io.Writer, format string, textOnly bool) *recordWriter {
	return &recordWriter{w: w, format: format, textOnly: textOnly}
}

func (rw *recordWriter) write(rec *extract.Record) error {
	defer func() { rw.n++ }()
	if rw.textOnly {
		_, err := io.WriteString(rw.w, rec.Text+"\n")
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if rw.format == "json" {
		enc.SetIndent("  ", "  ")
		if rw.n == 0 {
			buf.WriteString("[\n  ")
		} else {
			buf.WriteString(",\n  ")
		}
	}
	if err := enc.Encode(rec); err != nil {
		return err
	}
	b := buf.Bytes()
	if rw.format == "json" {
		b = bytes.TrimRight(b, "\n")
	}
	_, err := rw.w.Write(b)
	return err
}

func (rw *recordWriter) close() error {
	if rw.format != "json" || rw.textOnly {
		return nil
	}
	end := "\n]\n"
	if rw.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(rw.w, end)
	return err
}
