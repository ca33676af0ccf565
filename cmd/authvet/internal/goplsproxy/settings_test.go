package goplsproxy

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

var testAnalyzers = []*analysis.Analyzer{{Name: "tokenecho"}, {Name: "tokenquery"}}

func TestParseSettings(t *testing.T) {
	s, err := parseSettings(json.RawMessage(`{"tokenquery": false, "analyzeOnChange": false}`), testAnalyzers)
	require.NoError(t, err)
	require.False(t, s.onChange)
	require.Equal(t, []*analysis.Analyzer{testAnalyzers[0]}, s.enabled(testAnalyzers))

	s, err = parseSettings(json.RawMessage(`{"tokenqurey": false, "tokenecho": "off", "tokenquery": false}`), testAnalyzers)
	require.EqualError(t, err, `authvet setting "tokenecho" must be true or false, not "off"; unknown authvet setting "tokenqurey" (known: tokenecho, tokenquery, analyzeOnChange)`)
	require.Equal(t, []*analysis.Analyzer{testAnalyzers[0]}, s.enabled(testAnalyzers), "the valid settings still apply")
	require.True(t, s.onChange)

	_, err = parseSettings(json.RawMessage(`false`), testAnalyzers)
	require.ErrorContains(t, err, `authvet settings must be an object such as {"tokenquery": false}`)
}

func TestTakeSettings(t *testing.T) {
	for _, tc := range []struct{ in, rest, authvet string }{
		{`{"authvet": {"tokenquery": false}, "staticcheck": true}`, `{"staticcheck": true}`, `{"tokenquery": false}`},
		{`{"gopls": {"authvet": {"tokenecho": false}, "ui.semanticTokens": true}, "go": {}}`, `{"gopls": {"ui.semanticTokens": true}, "go": {}}`, `{"tokenecho": false}`},
		{`{"staticcheck": true}`, `{"staticcheck": true}`, ``},
		{`null`, `null`, ``},
		{`[1]`, `[1]`, ``},
	} {
		rest, av, found := takeSettings(json.RawMessage(tc.in))
		require.JSONEq(t, tc.rest, string(rest), tc.in)
		require.Equal(t, tc.authvet != "", found, tc.in)
		if found {
			require.JSONEq(t, tc.authvet, string(av), tc.in)
		}
	}
}
