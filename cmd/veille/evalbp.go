package main

import "context"

// runBoilerplateEval scores main-content extraction on a benchmark set
// (placeholder until the content package lands).
func runBoilerplateEval(ctx context.Context, a *app, dir string, jsonOut bool) error {
	return usagef("eval --boilerplate: not built yet")
}
