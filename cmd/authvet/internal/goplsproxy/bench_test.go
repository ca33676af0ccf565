package goplsproxy_test

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/cmd/authvet/internal/goplsproxy"
)

// BenchmarkEditor measures what an editor user waits for: the time from
// opening a file cold (the proxy and gopls just started) to authvet's
// first diagnostics for it, the time from each later save to the
// re-analysis, and the proxy's peak memory (gopls not counted). It opens
// $AUTHVET_BENCH_FILE in the module at $AUTHVET_BENCH_DIR (by default a
// file of the demo); .ci/bench-editor runs it on a real application.
func BenchmarkEditor(b *testing.B) {
	root, err := filepath.Abs("../../../..")
	require.NoError(b, err)
	dir, file := os.Getenv("AUTHVET_BENCH_DIR"), os.Getenv("AUTHVET_BENCH_FILE")
	if dir == "" {
		dir, file = filepath.Join(root, "testdata", "demo"), filepath.Join("nethttpapp", "main.go")
	}
	gopls := realGopls(b, root)
	proxy := filepath.Join(filepath.Dir(buildProxy(b, root)), "authvet")

	cmd := exec.Command(proxy, "gopls", "-gopls="+gopls)
	cmd.Dir = dir
	logs, err := cmd.StderrPipe()
	require.NoError(b, err)
	analyzed := make(chan string, 16)
	go watchLog(logs, analyzed)
	c, wait := startCommand(b, cmd)

	c.call("initialize", map[string]any{"processId": os.Getpid(), "rootUri": goplsproxy.PathToURI(dir), "capabilities": map[string]any{}}, nil)
	c.notify("initialized", map[string]any{})
	path := filepath.Join(dir, file)
	uri := goplsproxy.PathToURI(path)
	text := read(b, path)
	defer os.WriteFile(path, []byte(text), 0o644)

	b.ResetTimer()
	start := time.Now()
	c.notify("textDocument/didOpen", map[string]any{"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": text}})
	b.Logf("cold open: %s", waitAnalyzed(b, analyzed, path))
	cold := time.Since(start)

	var saves []time.Duration
	for i := range 3 {
		text += "\n// edited\n"
		start := time.Now()
		c.notify("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": i + 2}, "contentChanges": []any{map[string]any{"text": text}}})
		require.NoError(b, os.WriteFile(path, []byte(text), 0o644))
		c.notify("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": uri}})
		b.Logf("save %d: %s", i+1, waitAnalyzed(b, analyzed, path))
		saves = append(saves, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(saves)
	b.ReportMetric(cold.Seconds(), "s/cold-open")
	b.ReportMetric(saves[len(saves)/2].Seconds(), "s/save")
	b.ReportMetric(float64(peakRSS(b, cmd.Process.Pid))/1024, "MiB-proxy-peak-RSS")

	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	wait()
}

var analyzedLine = regexp.MustCompile(`^authvet gopls: analyzed (\S+) in `)

// watchLog sends the file of every "analyzed" line of the proxy's log.
func watchLog(r io.Reader, analyzed chan<- string) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		os.Stderr.WriteString(sc.Text() + "\n")
		if m := analyzedLine.FindStringSubmatch(sc.Text()); m != nil {
			analyzed <- m[1]
		}
	}
}

// waitAnalyzed waits for the proxy to log an analysis of path.
func waitAnalyzed(b *testing.B, analyzed <-chan string, path string) string {
	for {
		select {
		case f := <-analyzed:
			if f == path {
				return f
			}
		case <-time.After(5 * time.Minute):
			b.Fatal("no analysis in 5 minutes")
		}
	}
}

// peakRSS returns the peak resident memory of a process in KiB.
func peakRSS(b *testing.B, pid int) int {
	status, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	require.NoError(b, err)
	for _, l := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kib, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			require.NoError(b, err)
			return kib
		}
	}
	b.Fatal("no VmHWM in /proc status")
	return 0
}
