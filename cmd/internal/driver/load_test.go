package driver_test

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/authvet/authvet/analyzers"
	"github.com/authvet/authvet/cmd/internal/driver"
)

// TestRunParsesOnlyTheProgram checks that the root packages and the
// main-module packages they import are type-checked from source, the
// standard library and required modules come from export data, and a
// kept Loader reuses the dependencies' types.
func TestRunParsesOnlyTheProgram(t *testing.T) {
	parsed := map[string]bool{}
	var main bool
	spy := &analysis.Analyzer{
		Name: "spy",
		Doc:  "records which packages have syntax",
		Run: func(pass *analysis.Pass) (any, error) {
			parsed[pass.Pkg.Path()] = len(pass.Files) > 0
			if pass.TypesInfo == nil || pass.TypesInfo.Uses == nil {
				return nil, fmt.Errorf("%s has no type information", pass.Pkg.Path())
			}
			if pass.Pkg.Path() == "example.com/demo/nethttpapp" {
				main = pass.Module.Main // authflow analyzes a modelled library only as the main module
			}
			return nil, nil
		},
		FactTypes: []analysis.Fact{new(fact)},
	}
	var l driver.Loader
	cfg := driver.Config{Dir: filepath.Join("..", "..", "..", "testdata", "demo")}
	prog, err := l.Run(cfg, []string{"./nethttpapp"}, []*analysis.Analyzer{spy})
	require.NoError(t, err)
	require.Empty(t, prog.Broken)
	require.Empty(t, prog.Errors)
	require.True(t, parsed["example.com/demo/nethttpapp"], "the root")
	require.True(t, parsed["example.com/demo/auth"], "a main-module package the root imports")
	require.False(t, parsed["net/http"], "the standard library")
	require.False(t, parsed["golang.org/x/crypto/bcrypt"], "a required module")
	require.True(t, main, "the pass knows the main module")

	again, err := l.Run(cfg, []string{"./nethttpapp"}, []*analysis.Analyzer{spy})
	require.NoError(t, err)
	require.Same(t, typesOf(prog, "net/http"), typesOf(again, "net/http"))
}

// TestRunReusesSourcePackages checks that a kept Loader reuses the types
// and facts of a source package that did not change, checks it again
// when a file of it changes, and finds what a new Loader finds: here a
// finding that needs the fact of a helper in another package.
func TestRunReusesSourcePackages(t *testing.T) {
	dir := t.TempDir()
	helper := filepath.Join(dir, "a", "a.go")
	writeFiles(t, dir, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.26\n",
		"a/a.go": `package a

import "net/http"

// ClientSID returns the session ID the client sent.
func ClientSID(r *http.Request) string {
	c, err := r.Cookie("sid")
	if err != nil {
		return ""
	}
	return c.Value
}
`,
		"main.go": "package main\n\n" + echoLogin + "\nfunc main() { http.HandleFunc(\"/login\", login) }\n",
	})
	cfg := driver.Config{Dir: dir}
	patterns := []string{"."}
	fresh, err := driver.Run(cfg, patterns, analyzers.All())
	require.NoError(t, err)
	require.Len(t, fresh.Findings, 1, "the cookie the helper reads is sent back")

	var l driver.Loader
	first, err := l.Run(cfg, patterns, analyzers.All())
	require.NoError(t, err)
	again, err := l.Run(cfg, patterns, analyzers.All())
	require.NoError(t, err)
	require.Same(t, typesOf(first, "example.com/m/a"), typesOf(again, "example.com/m/a"))
	require.NotSame(t, typesOf(first, "example.com/m"), typesOf(again, "example.com/m"), "a root is always checked")
	require.Equal(t, messages(fresh), messages(again))

	cfg.Overlay = map[string][]byte{helper: append(readFile(t, dir, "a/a.go"), "\n// edited\n"...)}
	edited, err := l.Run(cfg, patterns, analyzers.All())
	require.NoError(t, err)
	require.NotSame(t, typesOf(again, "example.com/m/a"), typesOf(edited, "example.com/m/a"))
	require.Equal(t, messages(fresh), messages(edited))

	// Saving the root again and again does not grow the file set: the
	// files of the versions before leave it.
	var sizes []int
	for i := range 4 {
		cfg.Overlay = map[string][]byte{filepath.Join(dir, "main.go"): fmt.Appendf(nil, "%s\n// edit %d\n", readFile(t, dir, "main.go"), i)}
		prog, err := l.Run(cfg, patterns, analyzers.All())
		require.NoError(t, err)
		require.Equal(t, messages(fresh), messages(prog))
		n := 0
		prog.Findings[0].Fset.Iterate(func(*token.File) bool { n++; return true })
		sizes = append(sizes, n)
	}
	require.Equal(t, sizes[1], sizes[3], "files in the file set after each save")
}

// echoLogin is a login handler that sends the client's own session
// cookie back, read through package a.
const echoLogin = `import (
	"net/http"

	"example.com/m/a"
)

func login(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("password") != "secret" {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: a.ClientSID(r), HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}
`

// readFile returns the text of a file below dir.
func readFile(t *testing.T, dir, name string) []byte {
	text, err := os.ReadFile(filepath.Join(dir, name))
	require.NoError(t, err)
	return text
}

// writeFiles writes files, by name relative to dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	for name, text := range files {
		name = filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(name), 0o755))
		require.NoError(t, os.WriteFile(name, []byte(text), 0o644))
	}
}

// messages returns the findings of prog as lines.
func messages(prog *driver.Program) []string {
	var lines []string
	for _, f := range prog.Findings {
		lines = append(lines, fmt.Sprintf("%s: %s: %s", f.Posn(), f.Check, f.Message))
	}
	return lines
}

type fact struct{}

func (*fact) AFact() {}

// typesOf returns the types of the package at path in prog.
func typesOf(prog *driver.Program, path string) *types.Package {
	var found *types.Package
	packages.Visit(prog.Roots, nil, func(p *packages.Package) {
		if p.PkgPath == path {
			found = p.Types
		}
	})
	return found
}

// TestTestVariantsTakeFacts checks that the test variants of a package
// (a [a.test] with its internal test, a [auth.test] compiled for auth's
// external test) are not analyzed again but take the package's facts,
// and that packages of tests are not analyzed: the analyzers run once
// per package, and the run with tests finds what the run without them
// finds.
func TestTestVariantsTakeFacts(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod":       "module example.com/m\n\ngo 1.26\n",
		"auth/auth.go": "package auth\n\n// Cookie is the session cookie's name.\nconst Cookie = \"sid\"\n",
		"a/a.go": `package a

import (
	"net/http"

	"example.com/m/auth"
)

// ClientSID returns the session ID the client sent.
func ClientSID(r *http.Request) string {
	c, err := r.Cookie(auth.Cookie)
	if err != nil {
		return ""
	}
	return c.Value
}
`,
		"a/a_test.go":         "package a\n\nimport \"testing\"\n\nfunc TestClientSID(t *testing.T) {}\n",
		"auth/cookie_test.go": "package auth_test\n\nimport (\n\t\"testing\"\n\n\t\"example.com/m/a\"\n)\n\nvar _ = a.ClientSID\n\nfunc TestCookie(t *testing.T) {}\n",
		"web/login.go":        "package web\n\n" + echoLogin + "\nfunc init() { http.HandleFunc(\"/login\", login) }\n",
	})
	runs := map[string]int{}
	var mu sync.Mutex
	spy := &analysis.Analyzer{
		Name: "spy",
		Doc:  "counts the runs on each package path",
		Run: func(pass *analysis.Pass) (any, error) {
			mu.Lock()
			runs[pass.Pkg.Path()]++
			mu.Unlock()
			return nil, nil
		},
		FactTypes: []analysis.Fact{new(fact)},
	}
	run := func(tests bool) *driver.Program {
		prog, err := driver.Run(driver.Config{Dir: dir, Tests: tests}, []string{"./..."}, append(analyzers.All(), spy))
		require.NoError(t, err)
		require.Empty(t, prog.Errors)
		require.Empty(t, prog.Broken)
		return prog
	}
	without := run(false)
	require.Len(t, without.Findings, 1, "the login handler echoes the cookie through a")
	clear(runs)
	with := run(true)
	require.Equal(t, messages(without), messages(with))
	require.Equal(t, 1, runs["example.com/m/a"], "a, a [example.com/m/a.test] and a [example.com/m/auth.test]")
	require.Equal(t, 1, runs["example.com/m/auth"], "auth and auth [example.com/m/auth.test]")
	require.Zero(t, runs["example.com/m/auth_test"], "a package of tests")
}

// TestFactsAfterRun checks that a result that imports facts after its
// analyzer's run returned fails loudly, as the go/analysis contract
// requires, rather than working by accident of this driver.
func TestFactsAfterRun(t *testing.T) {
	lazy := &analysis.Analyzer{
		Name: "lazy",
		Doc:  "returns a result that imports a fact when called",
		Run: func(pass *analysis.Pass) (any, error) {
			return func() bool { return pass.ImportPackageFact(pass.Pkg, new(fact)) }, nil
		},
		ResultType: reflect.TypeFor[func() bool](),
		FactTypes:  []analysis.Fact{new(fact)},
	}
	reader := &analysis.Analyzer{
		Name:     "reader",
		Doc:      "calls lazy's result",
		Requires: []*analysis.Analyzer{lazy},
		Run: func(pass *analysis.Pass) (_ any, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("%v", r)
				}
			}()
			pass.ResultOf[lazy].(func() bool)()
			return nil, nil
		},
	}
	cfg := driver.Config{Dir: filepath.Join("..", "..", "..", "testdata", "demo")}
	prog, err := driver.Run(cfg, []string{"./auth"}, []*analysis.Analyzer{reader})
	require.NoError(t, err)
	require.NotEmpty(t, prog.Errors)
	require.Contains(t, fmt.Sprint(prog.Errors), "lazy: ImportPackageFact(example.com/demo/auth, *driver_test.fact) called after its run returned")
}
