package cookieflags_test

import (
	"path/filepath"
	"testing"

	"github.com/authvet/authvet/analyzers/cookieflags"
	"github.com/authvet/authvet/analyzers/internal/fixtures"
	"github.com/authvet/authvet/passes/authflow"
)

func TestUserNames(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	fixtures.UserNames(t, testdata, cookieflags.Analyzer, nil,
		fixtures.Flag{Pass: authflow.Analyzer, Name: "random-funcs", Value: "issueHandle"})
}
