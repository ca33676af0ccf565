package tokenquery_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/internal/fixtures"
	"github.com/authvet/authvet/analyzers/tokenquery"
	"github.com/authvet/authvet/passes/authflow"
)

// TestUserNames runs before the parallel tests, which read the flag it
// sets: without it the fixture reports nothing.
func TestUserNames(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	require.NoError(t, err)
	require.Empty(t, fixtures.Findings(t, testdata, tokenquery.Analyzer, "tokenquery/usernames"))

	fixtures.SetFlag(t, authflow.Analyzer, "credential-names", "auth_blob,X-Ticket")
	analysistest.Run(t, testdata, tokenquery.Analyzer, "tokenquery/usernames")
}
