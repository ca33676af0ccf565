package sessionrevoke_test

import (
	"path/filepath"
	"testing"

	"github.com/authvet/authvet/analyzers/internal/fixtures"
	"github.com/authvet/authvet/analyzers/sessionrevoke"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/handlers"
)

// TestUserNames: without the flags the fixture reports only the password
// changes that revoke by a name no convention knows.
func TestUserNames(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	fixtures.UserNames(t, testdata, sessionrevoke.Analyzer, []string{
		"99: password change handler goodChangePassword does not revoke the user's existing sessions; a stolen session stays valid after the password is changed (CWE-613)",
		"107: password change handler badChangePasswordWipes does not revoke the user's existing sessions; a stolen session stays valid after the password is changed (CWE-613)",
	},
		fixtures.Flag{Pass: authflow.Analyzer, Name: "credential-names", Value: "auth_blob"},
		fixtures.Flag{Pass: authflow.Analyzer, Name: "store-methods", Value: "Remember"},
		fixtures.Flag{Pass: authflow.Analyzer, Name: "revoke-methods", Value: "ForgetUser"},
		fixtures.Flag{Pass: handlers.Analyzer, Name: "login-paths", Value: "/signin-form"},
		fixtures.Flag{Pass: handlers.Analyzer, Name: "login-names", Value: "enterPortal"})
}
