package main

import (
	"context"
	"fmt"

	"veille/extract/content"
	"veille/internal/bpbench"
)

// runBoilerplateEval scores main-content extraction on the benchmark set in
// dir (trafilatura or article-extraction-benchmark layout) and prints the
// table, or the JSON result with per-page details when jsonOut is set.
func runBoilerplateEval(ctx context.Context, a *app, dir string, jsonOut bool) error {
	r, err := bpbench.Run(ctx, dir, func(b []byte) (string, error) {
		p, err := content.Parse(b)
		if err != nil {
			return "", err
		}
		return p.Text, nil
	})
	if err != nil {
		return fmt.Errorf("eval --boilerplate: %w", err)
	}
	if jsonOut {
		if err := writeIndentedJSON(a.stdout, r); err != nil {
			return fmt.Errorf("eval --boilerplate: %w", err)
		}
		return nil
	}
	if err := r.WriteTable(a.stdout); err != nil {
		return fmt.Errorf("eval --boilerplate: %w", err)
	}
	return nil
}
