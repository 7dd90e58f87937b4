package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"veille/eval"
	"veille/extract"
)

func init() { extraCommands = append(extraCommands, newEvalCmd) }

type evalFlags struct {
	gold        string
	pred        string
	boilerplate string
	json        bool
	summary     bool
	threshold   float64
}

func newEvalCmd(a *app) *cobra.Command {
	var f evalFlags
	cmd := &cobra.Command{
		Use:   "eval --gold DIR [--pred FILE.jsonl | PATH...]",
		Short: "Score extraction against gold files",
		Long: `Eval scores extraction against the gold files (NAME.gold.json) found under
--gold DIR: per field precision, recall and F1, a headline (the mean of the
fields' F1), and each article's misses and false alarms with their evidence.

The records scored are, with --pred FILE (JSON Lines, or - for standard
input), the records in FILE, each matched to the gold file whose article is
at the record's url, or else whose stem is the base name of the url without
its extension ("extract" sets url to the file path it reads); with PATH
arguments, the records extracted from those article files or directories;
with neither, the records extracted from the articles beside the gold files.
Extraction gets the article path as its url and the gold publication date.

With --threshold F the exit code is 1 when the headline is below F.

eval --boilerplate DIR scores main-content extraction on a boilerplate
benchmark instead.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if f.boilerplate != "" {
				if f.gold != "" || f.pred != "" || len(args) > 0 {
					return usagef("eval: --boilerplate takes neither --gold, --pred nor PATH")
				}
				return runBoilerplateEval(ctx, a, f.boilerplate, f.json)
			}
			if f.gold == "" {
				return usagef("eval: --gold DIR is required")
			}
			if f.pred != "" && len(args) > 0 {
				return usagef("eval: give --pred or PATHs, not both")
			}
			var threshold *float64
			if cmd.Flags().Changed("threshold") {
				threshold = &f.threshold
			}
			return runEval(ctx, a, f, threshold, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.gold, "gold", "", "directory walked for gold files (NAME.gold.json beside NAME.html or NAME.txt)")
	fl.StringVar(&f.pred, "pred", "", "score the records of this JSON Lines file (- for standard input) instead of extracting")
	fl.StringVar(&f.boilerplate, "boilerplate", "", "score main-content extraction on this boilerplate benchmark directory")
	fl.BoolVar(&f.json, "json", false, "print the report as JSON")
	fl.BoolVar(&f.summary, "summary", false, "print only the scores, not each article's misses and false alarms")
	fl.Float64Var(&f.threshold, "threshold", 0, "exit with code 1 when the headline is below this value")
	return cmd
}

func runEval(ctx context.Context, a *app, f evalFlags, threshold *float64, args []string) error {
	if st, err := os.Stat(f.gold); err != nil || !st.IsDir() {
		return usagef("eval: --gold %s is not a directory", f.gold)
	}
	golds, err := eval.LoadGold(f.gold)
	if err != nil {
		return err
	}
	if len(golds) == 0 {
		return usagef("eval: no gold file (*%s) under %s", eval.GoldSuffix, f.gold)
	}
	var cases []eval.Case
	failed := false
	switch {
	case f.pred != "":
		recs, bad, err := readPredictions(a, f.pred)
		if err != nil {
			return err
		}
		failed = bad > 0
		var orphans []*extract.Record
		cases, orphans = eval.Pair(golds, recs)
		for _, r := range orphans {
			a.log.Warn("record matches no gold file", zap.String("url", r.URL))
		}
	case len(args) > 0:
		sel, err := selectGolds(a, golds, args)
		if err != nil {
			return err
		}
		if len(sel) == 0 {
			return usagef("eval: no PATH has a gold file under %s", f.gold)
		}
		golds = sel
		fallthrough
	default:
		cases, err = eval.Run(ctx, golds)
		if err != nil {
			return fmt.Errorf("eval: interrupted: %w", err)
		}
	}
	for _, c := range cases {
		if c.Err != nil {
			failed = true
			a.log.Error("no record to score", zap.String("gold", c.Gold.Path), zap.Error(c.Err))
		}
	}
	rep := eval.Score(cases)
	if err := writeEvalReport(a.stdout, rep, f); err != nil {
		return fmt.Errorf("eval: write report: %w", err)
	}
	if threshold != nil && rep.Headline < *threshold {
		a.log.Error("headline below threshold", zap.Float64("headline", rep.Headline), zap.Float64("threshold", *threshold))
		return errFailed
	}
	if failed {
		return errFailed
	}
	return nil
}

func writeEvalReport(w io.Writer, rep *eval.Report, f evalFlags) error {
	if !f.json {
		return eval.WriteTable(w, rep, !f.summary)
	}
	if f.summary {
		rep.PerArticle = nil
	}
	return writeIndentedJSON(w, rep)
}

// writeIndentedJSON writes v as indented JSON, for reading in a terminal.
func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// readPredictions reads the records of a JSON Lines file, "-" being
// standard input. Bad lines are logged and counted, not fatal.
func readPredictions(a *app, name string) ([]*extract.Record, int, error) {
	r, err := a.openInput(name)
	if err != nil {
		return nil, 0, usagef("eval: %v", err)
	}
	defer r.Close()
	return readRecords(a, r, name)
}

// selectGolds returns the gold files of the articles named by args (files
// or directories walked for articles), each pointing at the path given: a
// gold file whose article is that path, or else the one gold file with the
// same stem. Articles without a gold file are logged and skipped.
func selectGolds(a *app, golds []eval.Gold, args []string) ([]eval.Gold, error) {
	inputs, err := expandInputs(args)
	if err != nil {
		return nil, usagef("eval: %v", err)
	}
	byArticle := map[string]int{}
	byStem := map[string][]int{}
	for i, g := range golds {
		if abs, err := filepath.Abs(g.Article); err == nil && g.Article != "" {
			byArticle[abs] = i
		}
		byStem[g.Name] = append(byStem[g.Name], i)
	}
	var sel []eval.Gold
	for _, in := range inputs {
		abs, _ := filepath.Abs(in)
		i, ok := byArticle[abs]
		if !ok {
			if is := byStem[eval.Stem(in)]; len(is) == 1 {
				i, ok = is[0], true
			}
		}
		if !ok {
			a.log.Warn("no gold file for article", zap.String("path", in))
			continue
		}
		g := golds[i]
		g.Article = in
		sel = append(sel, g)
	}
	return sel, nil
}
