package authflow_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/passes/authflow"
)

// TestFacts checks the summaries authflow exports, and their use across
// a package boundary.
func TestFacts(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, authflow.Analyzer, "authflow/helpers", "authflow/app", "authflow/wide")
}
