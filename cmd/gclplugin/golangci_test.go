package gclplugin_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/cmd/internal/clitest"
)

// golangciVersion is the golangci-lint the end-to-end test builds; keep
// it in step with .custom-gcl.yml.
const golangciVersion = "v2.15.0"

// TestGolangciLint builds golangci-lint with authvet compiled in, as
// "golangci-lint custom" does, but from the Go module proxy instead of a
// git clone, then runs it with the repository's .golangci-plugin.yml on
// the demo and checks it reports what the authvet command does.
//
// The build is kept in the user cache directory, so only the first run
// pays for compiling golangci-lint.
func TestGolangciLint(t *testing.T) {
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	gcl := buildGolangci(t, root)

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

// buildGolangci returns a golangci-lint binary with the plugin at root.
func buildGolangci(t *testing.T, root string) string {
	cache, err := os.UserCacheDir()
	require.NoError(t, err)
	work := filepath.Join(cache, "authvet", "golangci-lint-"+golangciVersion)
	if _, err := os.Stat(filepath.Join(work, "go.mod")); err != nil {
		var mod struct{ Dir string }
		out := runIn(t, root, "go", "mod", "download", "-json", "github.com/golangci/golangci-lint/v2@"+golangciVersion)
		require.NoError(t, json.Unmarshal([]byte(out), &mod))
		require.NoError(t, os.RemoveAll(work))
		require.NoError(t, os.CopyFS(work, os.DirFS(mod.Dir)))
	}
	plugins := "package main\n\nimport _ \"github.com/authvet/authvet/cmd/gclplugin\"\n"
	require.NoError(t, os.WriteFile(filepath.Join(work, "cmd", "golangci-lint", "plugins.go"), []byte(plugins), 0o644))
	runIn(t, work, "go", "mod", "edit", "-replace", "github.com/authvet/authvet="+root)
	runIn(t, work, "go", "mod", "tidy")
	bin := filepath.Join(work, "golangci-lint-authvet")
	runIn(t, work, "go", "build", "-o", bin, "./cmd/golangci-lint")
	return bin
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
