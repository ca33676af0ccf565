// Package clitest runs commands for the end-to-end tests of authvet's
// command and plugin, and parses the findings they print.
package clitest

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Run runs name with args in dir, with extra environment variables env,
// and returns its stdout, stderr and exit status.
func Run(t *testing.T, dir string, env []string, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
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
