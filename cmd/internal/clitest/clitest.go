// Package clitest runs commands for the end-to-end tests of authvet's
// command and plugin, and parses the findings they print.
package clitest

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Run runs name with args in dir, with extra environment variables env,
// and returns its stdout, stderr and exit status. The command and its
// children are killed when the test ends, so that a failed or timed-out
// test leaves no build running behind it.
func Run(t *testing.T, dir string, env []string, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := Command(t, name, args...)
	cmd.Dir = dir
	if env != nil {
		cmd.Env = append(cmd.Environ(), env...)
	}
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return out.String(), errOut.String(), exit.ExitCode()
	}
	require.NoError(t, err)
	return out.String(), errOut.String(), 0
}

// Command returns a command bound to the test: it is killed, with every
// process it started, when the test ends.
func Command(t *testing.T, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(t.Context(), name, args...)
	killGroupOnCancel(cmd)
	return cmd
}

// Tool returns the path of a tool that "make tools" built for the tests
// (see the Makefile), failing the test with a clear message when it is
// missing.
func Tool(t *testing.T, name string) string {
	t.Helper()
	dir := os.Getenv("AUTHVET_TOOLS_BIN")
	if dir == "" {
		t.Fatalf("AUTHVET_TOOLS_BIN is not set: run the tests with make test, which builds %s first", name)
	}
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("%s is not built (%v): run make tools", name, err)
	}
	return path
}

var findingLine = regexp.MustCompile(`^(\S+\.go):(\d+):(\d+): (\S.*)$`)

// Findings parses authvet's "file:line:col: message" lines into a sorted
// list with file names relative to dir; related information (indented
// messages) is skipped.
func Findings(dir, output string) []string {
	var out []string
	for _, line := range strings.Split(output, "\n") {
		m := findingLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		file := m[1]
		if rel, err := filepath.Rel(dir, file); err == nil && filepath.IsAbs(file) {
			file = rel
		}
		out = append(out, file+":"+m[2]+":"+m[3]+": "+m[4])
	}
	slices.Sort(out)
	return out
}
