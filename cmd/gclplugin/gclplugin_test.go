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

// TestAnalyzersRun runs the plugin's analyzers as golangci-lint would,
// on a fixture with findings.
func TestAnalyzersRun(t *testing.T) {
	as, err := build(t, map[string]any{"disable": []string{"cookieflags", "tokenquery", "sessionrevoke"}})
	require.NoError(t, err)
	testdata, err := filepath.Abs("../../testdata")
	require.NoError(t, err)
	analysistest.Run(t, testdata, as[0], "tokenecho/nethttp")
}
