package authflow_test

import (
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
)

// TestFacts checks the summaries authflow exports, and their use across
// a package boundary.
func TestFacts(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, authflow.Analyzer, "authflow/helpers", "authflow/app", "authflow/wide", "authflow/recursive")
}

// hammer queries a package's Result from several goroutines at once, as
// the checks sharing it do when a driver runs them in parallel: the
// Result is complete when authflow's run returns, and queries must only
// read it (make test runs this under the race detector).
var hammer = &analysis.Analyzer{
	Name:     "hammer",
	Doc:      "query authflow results concurrently",
	Requires: []*analysis.Analyzer{authflow.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
		if r.Pkg == nil {
			return nil, nil
		}
		funcs := slices.Concat(r.SrcFuncs, r.InitFuncs)
		var wg sync.WaitGroup
		for range 4 {
			wg.Go(func() {
				for _, fn := range funcs {
					r.Summary(fn)
					for _, b := range fn.Blocks {
						for _, instr := range b.Instrs {
							if v, ok := instr.(ssa.Value); ok {
								r.DeepTaint(fn, v)
								r.Addr(fn, v)
								r.FieldStores(fn, v, "Value")
								r.FieldTaint(fn, v, "Value")
								r.ParamIndex(fn, v)
							}
							if call, ok := instr.(ssa.CallInstruction); ok {
								r.Direct(call.Common())
								for _, c := range r.Calls(call.Common()) {
									r.AtCall(fn, c, authflow.Taint{{Kind: authflow.Param, Index: 0}})
									r.Summarized(c)
								}
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
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, hammer, "authflow/concurrent")
}
