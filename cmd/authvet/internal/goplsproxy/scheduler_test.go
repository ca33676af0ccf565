package goplsproxy

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestScheduler checks that analyses run one at a time, that a file
// asked for again before its analysis starts is analyzed once, and that
// a debounced file waits for its delay.
func TestScheduler(t *testing.T) {
	var mu sync.Mutex
	var ran []string
	running, overlap := 0, false
	release := make(chan struct{})
	s := newScheduler(context.Background(), func(_ context.Context, path string) {
		mu.Lock()
		running++
		overlap = overlap || running > 1
		ran = append(ran, path)
		mu.Unlock()
		<-release
		mu.Lock()
		running--
		mu.Unlock()
	})
	got := func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), ran...)
	}

	s.schedule("a.go", 0)
	require.Eventually(t, func() bool { return len(got()) == 1 }, 5*time.Second, time.Millisecond)
	// While a.go runs, b.go is asked for three times and c.go once, later.
	s.schedule("b.go", 0)
	s.schedule("b.go", 0)
	s.schedule("c.go", 200*time.Millisecond)
	s.schedule("b.go", 0)
	release <- struct{}{}
	require.Eventually(t, func() bool { return len(got()) == 2 }, 5*time.Second, time.Millisecond)
	require.Equal(t, []string{"a.go", "b.go"}, got())
	start := time.Now()
	release <- struct{}{}
	require.Eventually(t, func() bool { return len(got()) == 3 }, 5*time.Second, time.Millisecond)
	require.Equal(t, "c.go", got()[2])
	require.GreaterOrEqual(t, time.Since(start), 100*time.Millisecond, "c.go waited for its delay")
	release <- struct{}{}
	time.Sleep(300 * time.Millisecond)
	require.Len(t, got(), 3, "nothing else runs")
	require.False(t, overlap, "one analysis at a time")
}

func TestArgs(t *testing.T) {
	args, ok := Invoked([]string{"/usr/bin/authvet", "gopls", "-remote=auto"})
	require.True(t, ok)
	require.Equal(t, []string{"-remote=auto"}, args)
	args, ok = Invoked([]string{"/home/u/go/bin/gopls-authvet", "serve"})
	require.True(t, ok)
	require.Equal(t, []string{"serve"}, args)
	_, ok = Invoked([]string{"authvet", "./..."})
	require.False(t, ok)

	gopls, rest, err := splitArgs([]string{"-rpc.trace", "-gopls=/opt/gopls", "serve"})
	require.NoError(t, err)
	require.Equal(t, "/opt/gopls", gopls)
	require.Equal(t, []string{"-rpc.trace", "serve"}, rest)
	gopls, _, err = splitArgs([]string{"--gopls", "/opt/gopls"})
	require.NoError(t, err)
	require.Equal(t, "/opt/gopls", gopls)
	_, _, err = splitArgs([]string{"-gopls"})
	require.EqualError(t, err, "flag -gopls needs the path of the real gopls")

	require.True(t, isServe(nil))
	require.True(t, isServe([]string{"-logfile", "/tmp/x", "serve"}))
	require.False(t, isServe([]string{"version", "-json"}))
}
