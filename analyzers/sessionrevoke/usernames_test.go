package sessionrevoke_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/internal/fixtures"
	"github.com/authvet/authvet/analyzers/sessionrevoke"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/handlers"
)

// TestUserNames runs before the parallel tests, which read the flags it
// sets: without them the fixture reports only the password change that
// revokes by a name no convention knows; with them, what its comments
// want.
func TestUserNames(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	require.NoError(t, err)
	require.Equal(t, []string{
		"99: password change handler goodChangePassword does not revoke the user's existing sessions; a stolen session stays valid after the password is changed (CWE-613)",
		"107: password change handler badChangePasswordWipes does not revoke the user's existing sessions; a stolen session stays valid after the password is changed (CWE-613)",
	}, fixtures.Findings(t, testdata, sessionrevoke.Analyzer, "sessionrevoke/usernames"))

	fixtures.SetFlag(t, authflow.Analyzer, "credential-names", "auth_blob")
	fixtures.SetFlag(t, authflow.Analyzer, "store-methods", "Remember")
	fixtures.SetFlag(t, authflow.Analyzer, "revoke-methods", "ForgetUser")
	fixtures.SetFlag(t, handlers.Analyzer, "login-paths", "/signin-form")
	fixtures.SetFlag(t, handlers.Analyzer, "login-names", "enterPortal")
	analysistest.Run(t, testdata, sessionrevoke.Analyzer, "sessionrevoke/usernames")
}
