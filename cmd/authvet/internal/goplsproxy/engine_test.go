package goplsproxy_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/analyzers"
	"github.com/authvet/authvet/cmd/authvet/internal/goplsproxy"
)

// handler reads an API key from the URL query, which tokenquery
// reports, and answers through a helper in another module of the
// workspace.
const handler = `package main

import (
	"net/http"

	"example.com/b"
)

func export(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("api_key") == "" {
		b.Unauthorized(w)
	}
}

func main() { http.HandleFunc("/export", export) }
`

const helper = `package b

import "net/http"

// Unauthorized answers 401.
func Unauthorized(w http.ResponseWriter) { http.Error(w, "unauthorized", http.StatusUnauthorized) }
`

// TestPackagesEngine checks the engine on a go.work workspace of two
// modules, with unsaved buffers, with code that does not compile and
// with a file outside any module.
func TestPackagesEngine(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
		return path
	}
	write("go.work", "go 1.26\n\nuse (\n\t./a\n\t./b\n)\n")
	write("a/go.mod", "module example.com/a\n\ngo 1.26\n\nrequire example.com/b v0.0.0\n")
	write("b/go.mod", "module example.com/b\n\ngo 1.26\n")
	main := write("a/main.go", handler)
	write("b/b.go", helper)
	t.Setenv("GOFLAGS", "")

	engine := new(goplsproxy.PackagesEngine) // kept between calls, as the proxy keeps it
	analyze := func(file string, overlay map[string][]byte) *goplsproxy.Result {
		res, err := engine.Analyze(context.Background(), goplsproxy.Request{File: file, Overlay: overlay, Analyzers: analyzers.All()})
		require.NoError(t, err)
		return res
	}

	res := analyze(main, nil)
	require.Equal(t, []string{main}, res.Files)
	require.Len(t, res.Findings, 1, "%+v", res.Findings)
	require.Equal(t, "tokenquery", res.Findings[0].Check)
	require.Equal(t, main, res.Findings[0].Pos.Filename)

	// The unsaved buffer, not the file, is analyzed.
	safe := []byte("package main\n\nfunc main() {}\n")
	require.Empty(t, analyze(main, map[string][]byte{main: safe}).Findings)

	// Code that does not compile: no findings, no error, and the
	// package's files, whose earlier findings go.
	res = analyze(main, map[string][]byte{main: []byte(handler + "\nfunc broken() { return 1 }\n")})
	require.Empty(t, res.Findings)
	require.Equal(t, []string{main}, res.Files)

	// A file outside any module is analyzed on its own.
	outside := filepath.Join(t.TempDir(), "loose.go")
	require.NoError(t, os.WriteFile(outside, []byte("package loose\n"), 0o644))
	res, err := engine.Analyze(context.Background(), goplsproxy.Request{File: outside, Analyzers: analyzers.All()})
	require.NoError(t, err)
	require.Equal(t, []string{outside}, res.Files)
	require.Empty(t, res.Findings)
}
