//go:build linux

package clitest_test

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/cmd/internal/clitest"
)

// TestChildrenDieWithTheTest checks that a command still running when its
// test ends is killed together with the processes it started.
func TestChildrenDieWithTheTest(t *testing.T) {
	var grandchild int
	t.Run("start", func(t *testing.T) {
		cmd := clitest.Command(t, "sh", "-c", "sleep 300 & echo $!; wait")
		out, err := cmd.StdoutPipe()
		require.NoError(t, err)
		require.NoError(t, cmd.Start())
		line, err := bufio.NewReader(out).ReadString('\n')
		require.NoError(t, err)
		grandchild, err = strconv.Atoi(line[:len(line)-1])
		require.NoError(t, err)
		require.NoError(t, syscall.Kill(grandchild, 0), "the grandchild runs while the test does")
	})
	require.Eventually(t, func() bool { return dead(grandchild) }, 10*time.Second, 50*time.Millisecond, "the grandchild is killed when its test ends")
}

// dead reports whether process pid is gone or a zombie, which is what a
// killed process whose parent does not reap it stays as.
func dead(pid int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true
	}
	_, after, _ := strings.Cut(string(stat), ") ")
	return strings.HasPrefix(after, "Z")
}
