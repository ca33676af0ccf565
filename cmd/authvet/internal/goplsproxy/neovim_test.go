package goplsproxy_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/cmd/internal/clitest"
)

// TestNeovim opens a demo file in a real editor, Neovim (installed by
// .ci/tools/neovim.sh, which make test runs first), with the proxy as
// its Go language server, and checks that the diagnostics Neovim shows
// hold exactly what the authvet command reports for that file, next to
// gopls's own.
func TestNeovim(t *testing.T) {
	nvim, err := exec.LookPath("nvim")
	require.NoError(t, err, "Neovim is missing: run .ci/tools/neovim.sh")
	root, err := filepath.Abs("../../../..")
	require.NoError(t, err)
	gopls := realGopls(t, root)
	proxy := buildProxy(t, root)
	authvet := filepath.Join(filepath.Dir(proxy), "authvet")
	demo := demoCopy(t, root)

	config, err := filepath.Abs(filepath.Join("testdata", "nvim", "init.lua"))
	require.NoError(t, err)
	outFile := filepath.Join(t.TempDir(), "diagnostics")
	cmd := exec.Command(nvim, "--headless", "-n", "-i", "NONE", "-u", config, filepath.Join("nethttpapp", "main.go"))
	cmd.Dir = demo
	cmd.Env = append(os.Environ(), "AUTHVET_PROXY="+authvet, "AUTHVET_GOPLS="+gopls, "AUTHVET_NVIM_OUT="+outFile, "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "nvim:\n%s", out)
	shown, err := os.ReadFile(outFile)
	require.NoError(t, err, "nvim wrote no diagnostics:\n%s", out)
	t.Logf("Neovim shows:\n%s", shown)

	// What Neovim shows from authvet, as "line:col: message".
	line := regexp.MustCompile(`^(\d+:\d+): \[(\S*) (\S*)\] (.*)$`)
	var fromAuthvet []string
	fromGopls := false
	for _, l := range strings.Split(strings.TrimSpace(string(shown)), "\n") {
		m := line.FindStringSubmatch(l)
		require.NotNil(t, m, "unexpected line %q", l)
		if m[2] == "authvet" {
			fromAuthvet = append(fromAuthvet, m[1]+": "+m[4])
		} else if m[2] == "assign" {
			fromGopls = true
		}
	}
	slices.Sort(fromAuthvet)

	_, stderr, code := clitest.Run(t, demo, []string{"GOFLAGS=-mod=mod"}, authvet, "./nethttpapp")
	require.Equal(t, 3, code, stderr)
	var want []string
	for _, f := range clitest.Findings(demo, stderr) {
		if rest, ok := strings.CutPrefix(f, filepath.Join("nethttpapp", "main.go")+":"); ok {
			want = append(want, rest)
		}
	}
	require.NotEmpty(t, want, stderr)
	require.Equal(t, want, fromAuthvet, "Neovim shows authvet's findings for the file")
	require.True(t, fromGopls, "Neovim still shows gopls's own diagnostic")
}
