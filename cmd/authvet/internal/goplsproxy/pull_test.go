package goplsproxy_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/cmd/authvet/internal/goplsproxy"
)

// TestPullDiagnostics runs the proxy in front of gopls with pull
// diagnostics on: authvet's findings come in gopls's reports, not in
// pushes.
func TestPullDiagnostics(t *testing.T) {
	s := openDemo(t, map[string]any{
		"workspace":    map[string]any{"configuration": true, "diagnostics": map[string]any{"refreshSupport": true}},
		"textDocument": map[string]any{"diagnostic": map[string]any{}},
	}, map[string]any{"pullDiagnostics": true})
	require.Contains(t, s.caps, "diagnosticProvider")
	c, uri := s.c, s.uri

	type report struct {
		Kind     string                  `json:"kind"`
		ResultID string                  `json:"resultId"`
		Items    []goplsproxy.Diagnostic `json:"items"`
	}
	var full report
	deadline := time.Now().Add(3 * time.Minute)
	for !(has(full.Items, "authvet", "cookieflags") && has(full.Items, "assign", "")) {
		require.True(t, time.Now().Before(deadline), "no report with authvet's and gopls's findings; last: %+v", full)
		time.Sleep(200 * time.Millisecond)
		full = report{}
		c.call("textDocument/diagnostic", map[string]any{"textDocument": map[string]any{"uri": uri}}, &full)
	}
	require.True(t, strings.Contains(full.ResultID, " authvet-"), full.ResultID)

	// gopls v0.23 answers every pull with a full report (and no kind);
	// authvet's findings are in each.
	var again report
	c.call("textDocument/diagnostic", map[string]any{"textDocument": map[string]any{"uri": uri}, "previousResultId": full.ResultID}, &again)
	require.ElementsMatch(t, full.Items, again.Items)

	c.mu.Lock()
	pushed := c.diags[uri]
	c.mu.Unlock()
	require.False(t, has(pushed, "authvet", ""), "authvet's findings are not pushed as well: %+v", pushed)

	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	require.NoError(t, s.wait())
}
