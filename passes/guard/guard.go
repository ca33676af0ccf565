// Package guard turns a panic in an analyzer's run into an error naming
// the analyzer and the package, so that one unexpected construct fails
// that package with a clear message instead of crashing the whole run,
// and no half-built result outlives it.
package guard

import (
	"fmt"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
)

// Run wraps an analyzer's run function.
func Run(run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (res any, err error) {
		defer func() {
			if p := recover(); p != nil {
				res = nil
				err = fmt.Errorf("internal error in %s analyzing %s (please report it): %v\n%s", pass.Analyzer.Name, pass.Pkg.Path(), p, debug.Stack())
			}
		}()
		return run(pass)
	}
}
