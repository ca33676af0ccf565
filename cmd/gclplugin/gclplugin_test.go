package gclplugin_test

import (
	"path/filepath"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/sessionrevoke"
	_ "github.com/authvet/authvet/cmd/gclplugin"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/handlers"
)

func build(t *testing.T, settings any) ([]*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("authvet")
	require.NoError(t, err)
	p, err := newPlugin(settings)
	if err != nil {
		return nil, err
	}
	require.Equal(t, register.LoadModeTypesInfo, p.GetLoadMode())
	return p.BuildAnalyzers()
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestSettings(t *testing.T) {
	all, err := build(t, nil)
	require.NoError(t, err)
	require.Equal(t, []string{"tokenecho", "cookieflags", "tokenquery", "sessionrevoke"}, names(all))

	some, err := build(t, map[string]any{"disable": []string{"tokenquery", "sessionrevoke"}})
	require.NoError(t, err)
	require.Equal(t, []string{"tokenecho", "cookieflags"}, names(some))

	_, err = build(t, map[string]any{"disable": []string{"tokenqurey"}})
	require.EqualError(t, err, `authvet settings: disable: unknown check "tokenqurey"; the checks are tokenecho, cookieflags, tokenquery, sessionrevoke`)

	_, err = build(t, map[string]any{"single-session": true})
	require.NoError(t, err)
	require.Equal(t, "true", sessionrevoke.Analyzer.Flags.Lookup("single-session").Value.String(), "single-session sets -sessionrevoke.single-session")
	_, err = build(t, nil)
	require.NoError(t, err)
	require.Equal(t, "false", sessionrevoke.Analyzer.Flags.Lookup("single-session").Value.String())

	_, err = build(t, map[string]any{"disabled": []string{"tokenquery"}})
	require.ErrorContains(t, err, `authvet settings: decoding settings: json: unknown field "disabled"`)
}

// TestNameSettings checks that each list of names sets the flag of the
// pass that decides by it, and that a bad name is an error naming the
// setting.
func TestNameSettings(t *testing.T) {
	for _, tc := range []struct {
		setting string
		pass    *analysis.Analyzer
		names   []string
		bad     string
		err     string
	}{
		{"credential-names", authflow.Analyzer, []string{"sid", "auth_blob", "X-Session"}, "", `"" is not a valid name (letters, digits, "_", "-" and ".")`},
		{"revoke-methods", authflow.Analyzer, []string{"RevokeTenant", "(*example.com/app/store.Store).DeleteUser"}, "Revoke Tenant", `"Revoke Tenant" is not a function or method name (Name, path/to/pkg.Func or (*path/to/pkg.Type).Method)`},
		{"store-methods", authflow.Analyzer, []string{"Remember"}, "(*Store).", `"(*Store)." is not a function or method name (Name, path/to/pkg.Func or (*path/to/pkg.Type).Method)`},
		{"random-funcs", authflow.Analyzer, []string{"NewHandle", "(*example.com/app/kms.Client).GenerateToken"}, "kms.", `"kms." is not a function or method name (Name, path/to/pkg.Func or (*path/to/pkg.Type).Method)`},
		{"compare-funcs", authflow.Analyzer, []string{"example.com/app/vault.Matches"}, "vault Matches", `"vault Matches" is not a function or method name (Name, path/to/pkg.Func or (*path/to/pkg.Type).Method)`},
		{"login-paths", handlers.Analyzer, []string{"/signin-form"}, "signin-form", `"signin-form" is not a route path (it starts with "/")`},
		{"login-names", handlers.Analyzer, []string{"EnterPortal"}, "enter portal", `"enter portal" is not a function or method name (Name, path/to/pkg.Func or (*path/to/pkg.Type).Method)`},
	} {
		_, err := build(t, map[string]any{tc.setting: tc.names})
		require.NoError(t, err)
		flag := tc.pass.Flags.Lookup(tc.setting).Value
		for _, n := range tc.names {
			require.Truef(t, flag.(*frameworks.Names).Has(n), "%s sets -%s.%s", tc.setting, tc.pass.Name, tc.setting)
		}
		_, err = build(t, nil)
		require.NoError(t, err)
		require.Empty(t, flag.String(), "without %s, -%s.%s is empty", tc.setting, tc.pass.Name, tc.setting)

		_, err = build(t, map[string]any{tc.setting: append(tc.names, tc.bad)})
		require.EqualError(t, err, "authvet settings: "+tc.setting+": "+tc.err)
	}
}

// TestAnalyzersRun runs the plugin's analyzers as golangci-lint would,
// on a fixture with findings.
func TestAnalyzersRun(t *testing.T) {
	as, err := build(t, map[string]any{"disable": []string{"cookieflags", "tokenquery", "sessionrevoke"}})
	require.NoError(t, err)
	testdata, err := filepath.Abs("../../testdata")
	require.NoError(t, err)
	analysistest.Run(t, testdata, as[0], "tokenecho/nethttp")
}
