package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestProgressShowsOnlyLongRuns checks that a short run prints no
// progress, and that a long one shows its phase and erases it at the end.
func TestProgressShowsOnlyLongRuns(t *testing.T) {
	var short bytes.Buffer
	p := startProgress(&short)
	p.report("listing packages", 0, 0)
	p.end()
	require.Empty(t, short.String())

	var long bytes.Buffer
	p = startProgress(&long)
	p.report("analyzing", 3, 10)
	time.Sleep(progressDelay + 300*time.Millisecond)
	p.end()
	require.Contains(t, long.String(), "authvet: analyzing: 3/10 packages")
	require.True(t, strings.HasSuffix(long.String(), "\r\033[K"), "the line is erased: %q", long.String())
}
