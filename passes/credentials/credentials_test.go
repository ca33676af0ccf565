package credentials_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/credentials"
)

// describe reports what the credentials pass records of each function,
// for the fixtures to match.
var describe = &analysis.Analyzer{
	Name:     "describe",
	Doc:      "describe the credentials pass's result",
	Requires: []*analysis.Analyzer{authflow.Analyzer, credentials.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		r := pass.ResultOf[credentials.Analyzer].(*credentials.Result)
		for _, fn := range pass.ResultOf[authflow.Analyzer].(*authflow.Result).SrcFuncs {
			for _, u := range r.Of(fn) {
				pass.Reportf(u.Pos, "use: %s", u)
			}
			if r.Stream(fn) {
				pass.Reportf(fn.Pos(), "stream")
			}
			for _, k := range r.StreamKeys(fn) {
				pass.Reportf(k.Pos(), "stream key")
			}
		}
		return nil, nil
	},
}

func TestResult(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, describe, "credentials/nethttp")
}

func TestFacts(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, credentials.Analyzer, "credentials/facts")
}
