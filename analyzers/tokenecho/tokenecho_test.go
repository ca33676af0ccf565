package tokenecho_test

import (
	"path/filepath"
	"testing"

	"github.com/authvet/authvet/analyzers/internal/fixtures"
	"github.com/authvet/authvet/analyzers/tokenecho"
)

// TestTokenecho runs every fixture: one per framework, and crosspkg (app
// calling helpers of package auth, followed through facts), moves
// (values moved by method values, interfaces, channels and contexts) and
// others for kinds of code.
func TestTokenecho(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	fixtures.Run(t, testdata, tokenecho.Analyzer)
}
