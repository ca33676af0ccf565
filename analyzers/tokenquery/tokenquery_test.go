package tokenquery_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/internal/fixtures"
	"github.com/authvet/authvet/analyzers/tokenquery"
)

func TestTokenquery(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	fixtures.Run(t, testdata, tokenquery.Analyzer, "lookups", "usernames")
}

// TestLookupFix checks the fix that drops the URL query from a
// middleware's lookup string.
func TestLookupFix(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, tokenquery.Analyzer, "tokenquery/lookups")
}
