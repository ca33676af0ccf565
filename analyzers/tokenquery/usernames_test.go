package tokenquery_test

import (
	"path/filepath"
	"testing"

	"github.com/authvet/authvet/analyzers/internal/fixtures"
	"github.com/authvet/authvet/analyzers/tokenquery"
	"github.com/authvet/authvet/passes/authflow"
)

func TestUserNames(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	fixtures.UserNames(t, testdata, tokenquery.Analyzer, nil,
		fixtures.Flag{Pass: authflow.Analyzer, Name: "credential-names", Value: "auth_blob,X-Ticket"},
		fixtures.Flag{Pass: authflow.Analyzer, Name: "compare-funcs", Value: "matchesVault"})
}
