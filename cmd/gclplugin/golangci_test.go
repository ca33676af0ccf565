package gclplugin_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/cmd/internal/clitest"
)

// TestGolangciLint runs golangci-lint with authvet compiled in (built
// from this checkout by "make tools", see .ci/tools/golangci-lint) with
// the repository's .golangci-plugin.yml on the demo, and checks it reports
// what the authvet command does.
func TestGolangciLint(t *testing.T) {
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	gcl := clitest.Tool(t, "golangci-lint")

	authvet := filepath.Join(t.TempDir(), "authvet")
	runIn(t, root, "go", "build", "-o", authvet, "./cmd/authvet")

	demo := filepath.Join(root, "testdata", "demo")
	out, code := runCode(t, demo, gcl, "run", "--config", filepath.Join(root, ".golangci-plugin.yml"), "./...")
	require.Equalf(t, 1, code, "golangci-lint exits 1 when it reports issues\n%s", out)
	// golangci-lint prefixes messages with the check's name, shows related
	// information as issues of its own, and gives paths from the directory
	// of the configuration.
	var viaGolangci []string
	issue := regexp.MustCompile(`^(\S+\.go):(\d+):(\d+): (\w+)(\(related information\))?: (.*) \(authvet\)$`)
	for _, line := range strings.Split(out, "\n") {
		m := issue.FindStringSubmatch(line)
		if m == nil || m[5] != "" {
			continue
		}
		file, err := filepath.Rel(demo, filepath.Join(root, m[1]))
		require.NoError(t, err)
		viaGolangci = append(viaGolangci, file+":"+m[2]+":"+m[3]+": "+m[6])
	}
	slices.Sort(viaGolangci)

	out, code = runCode(t, demo, authvet, "./...")
	require.Equal(t, 3, code, out)
	standalone := clitest.Findings(demo, out)
	require.NotEmpty(t, standalone)
	require.Equal(t, standalone, viaGolangci, "golangci-lint reports what authvet does")

	// A misspelt setting is a clear error naming it.
	bad := filepath.Join(t.TempDir(), "bad.yml")
	cfg, err := os.ReadFile(filepath.Join(root, ".golangci-plugin.yml"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(bad, bytes.Replace(cfg, []byte("disable: []"), []byte("disable: [tokenqurey]"), 1), 0o644))
	out, code = runCode(t, demo, gcl, "run", "--config", bad, "./...")
	require.NotZero(t, code)
	require.Contains(t, out, `unknown check "tokenqurey"`)
}

// runIn runs a command that must succeed and returns its output.
func runIn(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	out, code := runCode(t, dir, name, args...)
	require.Zerof(t, code, "%s %s\n%s", name, strings.Join(args, " "), out)
	return out
}

// runCode runs a command in module mode and returns its combined output
// and exit status.
func runCode(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	stdout, stderr, code := clitest.Run(t, dir, []string{"GOFLAGS=-mod=mod"}, name, args...)
	return stdout + stderr, code
}
