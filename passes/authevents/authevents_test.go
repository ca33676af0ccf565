package authevents_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/authflow"
)

// TestFacts checks the summaries authevents exports.
func TestFacts(t *testing.T) {
	analysistest.Run(t, testdataDir(t), authevents.Analyzer, "authevents/store")
}

// describe reports the operations of each function where they happen,
// for the fixtures to match.
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "report the operations authevents finds",
	Requires: []*analysis.Analyzer{authevents.Analyzer, authflow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[authevents.Analyzer].(*authevents.Result)
		for _, fn := range pass.ResultOf[authflow.Analyzer].(*authflow.Result).SrcFuncs {
			sum := r.Of(fn)
			for _, e := range sum.Events {
				if e.Lib != "" {
					pass.Reportf(e.Pos, "%s by %s", e.Kind, e.Lib)
					continue
				}
				pass.Reportf(e.Pos, "%s", e.Kind)
			}
			for _, k := range sum.Keys {
				msg := []string{fmt.Sprintf("key %s<-%v", k.Name, k.Taint)}
				if k.Adopted.IsValid() {
					msg = append(msg, "adopted")
				}
				pass.Reportf(k.Pos, "%s", strings.Join(msg, " "))
			}
		}
		return nil, nil
	},
}

// TestResult checks the operations found at the calls of another
// package's helpers, and an adoption.
func TestResult(t *testing.T) {
	analysistest.Run(t, testdataDir(t), describe, "authevents/app")
}

// hammer queries a package's Result from several goroutines at once, as
// the checks sharing it do when a driver runs them in parallel (make
// test runs this under the race detector).
var hammer = &analysis.Analyzer{
	Name:     "hammer",
	Doc:      "query authevents results concurrently",
	Requires: []*analysis.Analyzer{authevents.Analyzer, authflow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[authevents.Analyzer].(*authevents.Result)
		funcs := pass.ResultOf[authflow.Analyzer].(*authflow.Result).SrcFuncs
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for _, fn := range funcs {
					r.Of(fn).Has(authevents.SessionRevoke)
					for _, b := range fn.Blocks {
						for _, instr := range b.Instrs {
							if v, ok := instr.(ssa.Value); ok {
								r.StoreMap(fn, v)
							}
						}
					}
				}
			})
		}
		wg.Wait()
		return nil, nil
	},
}

func TestConcurrentQueries(t *testing.T) {
	analysistest.Run(t, testdataDir(t), hammer, "authevents/concurrent")
}

// testdataDir returns the absolute path of the fixtures' GOPATH.
func testdataDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}
