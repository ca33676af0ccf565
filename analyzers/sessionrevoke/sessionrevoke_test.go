package sessionrevoke_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/internal/fixtures"
	"github.com/authvet/authvet/analyzers/sessionrevoke"
)

// TestSingleSession runs before the parallel tests, which read the
// flag it sets.
func TestSingleSession(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	fixtures.SetFlag(t, sessionrevoke.Analyzer, "single-session", "true")
	analysistest.Run(t, testdata, sessionrevoke.Analyzer, "sessionrevoke/singlesession")
}

func TestSessionrevoke(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	fixtures.Run(t, testdata, sessionrevoke.Analyzer, "singlesession", "usernames")
}
