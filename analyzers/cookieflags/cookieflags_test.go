package cookieflags_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/cookieflags"
	"github.com/authvet/authvet/analyzers/internal/fixtures"
)

func TestCookieflags(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	fixtures.Run(t, testdata, cookieflags.Analyzer, "fix", "usernames")
	// fix compares the suggested fixes with the .golden files.
	t.Run("fix", func(t *testing.T) {
		t.Parallel()
		analysistest.RunWithSuggestedFixes(t, testdata, cookieflags.Analyzer, "cookieflags/fix")
	})
}
