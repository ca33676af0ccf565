package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/analyzers"
	"github.com/authvet/authvet/cmd/internal/clitest"
)

var authvet string // the binary under test, built once

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "authvet-test")
	if err != nil {
		panic(err)
	}
	authvet = filepath.Join(dir, "authvet")
	if out, err := exec.Command("go", "build", "-o", authvet, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// demoDir is the bundled demo module, which uses the real frameworks.
func demoDir(t *testing.T) string {
	dir, err := filepath.Abs("../../testdata/demo")
	require.NoError(t, err)
	return dir
}

// run runs name with args in dir and returns its stdout, stderr and
// exit status.
func run(t *testing.T, dir, name string, args ...string) (string, string, int) {
	t.Helper()
	return clitest.Run(t, dir, nil, name, args...)
}

func TestStandaloneAndVetAgree(t *testing.T) {
	for _, tc := range []struct {
		module       string
		want, reject []string
	}{
		{
			module: "demo",
			want:   []string{"(CWE-384)", "(CWE-1004)", "(CWE-598)", "(CWE-613)"},
			// Its gorilla/sessions v1.4.0 store sets HttpOnly and SameSite,
			// and that version defaults to Secure.
			reject: []string{"sessions.CookieStore", "theme", "\"code\"", "next_page_token"},
		},
		{
			// gorilla/sessions v1.2.0 defaulted to neither Secure nor
			// SameSite: the defaults of the version in use apply.
			module: "gorilla12",
			want:   []string{"main.go:13:13: session cookie of sessions.CookieStore is set without Secure and SameSite"},
		},
	} {
		t.Run(tc.module, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("../../testdata", tc.module))
			require.NoError(t, err)
			stdout, stderr, code := run(t, dir, authvet, "./...")
			require.Equalf(t, 3, code, "authvet exits 3 when it reports findings\n%s%s", stdout, stderr)
			standalone := clitest.Findings(dir, stderr)
			all := strings.Join(standalone, "\n")
			for _, w := range tc.want {
				require.Contains(t, all, w)
			}
			for _, r := range tc.reject {
				require.NotContains(t, all, r)
			}

			_, vetErr, vetCode := run(t, dir, "go", "vet", "-vettool="+authvet, "./...")
			require.NotZero(t, vetCode, "go vet fails when the vet tool reports findings")
			require.Equal(t, standalone, clitest.Findings(dir, vetErr), "authvet ./... and go vet -vettool report the same findings")
		})
	}
}

func TestDemoJSON(t *testing.T) {
	dir := demoDir(t)
	stdout, stderr, code := run(t, dir, authvet, "-json", "./...")
	require.Equalf(t, 0, code, "-json reports findings on stdout and exits 0\n%s", stderr)
	var tree map[string]map[string][]struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &tree))
	byAnalyzer := map[string]int{}
	for _, analyzers := range tree {
		for name, diags := range analyzers {
			for _, d := range diags {
				require.NotEmpty(t, d.Posn)
				require.NotEmpty(t, d.Message)
				byAnalyzer[name]++
			}
		}
	}
	for _, a := range analyzers.All() {
		require.Positivef(t, byAnalyzer[a.Name], "the demo shows a %s finding", a.Name)
	}
}

func TestVersionAndHelp(t *testing.T) {
	stdout, _, code := run(t, ".", authvet, "-V=full")
	require.Zero(t, code)
	require.Regexp(t, `(^|/)authvet version .* buildID=[0-9a-f]+`, stdout)

	for _, a := range analyzers.All() {
		stdout, _, code := run(t, ".", authvet, "help", a.Name)
		require.Zero(t, code)
		require.Contains(t, stdout, a.Name+": "+strings.SplitN(a.Doc, "\n", 2)[0])
	}
}

// TestBrokenCode checks that code that does not compile gets a clear
// error and exit status 1, not a crash.
func TestBrokenCode(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/broken\n\ngo 1.26\n"), 0o644))
	src := "package broken\n\nimport \"net/http\"\n\nfunc login(w http.ResponseWriter, r *http.Request) {\n\thttp.SetCookie(w, undefinedCookie)\n}\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "broken.go"), []byte(src), 0o644))
	_, stderr, code := run(t, dir, authvet, "./...")
	require.Equal(t, 1, code, stderr)
	require.Contains(t, stderr, "undefined: undefinedCookie")
	require.NotContains(t, stderr, "panic")
}

// TestFix checks that suggested fixes apply, both standalone (-fix) and
// through go fix -fixtool, and that the result compiles.
func TestFix(t *testing.T) {
	const before = "package main\n\nimport \"net/http\"\n\nfunc main() {\n\thttp.HandleFunc(\"/\", func(w http.ResponseWriter, r *http.Request) {\n\t\thttp.SetCookie(w, &http.Cookie{Name: \"session\", Value: \"v\"})\n\t})\n}\n"
	const after = `http.SetCookie(w, &http.Cookie{Name: "session", Value: "v", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})`
	for _, tc := range []struct {
		name string
		cmd  []string
	}{
		{"standalone", []string{authvet, "-fix", "./..."}},
		{"go fix", []string{"go", "fix", "-fixtool=" + authvet, "./..."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/fix\n\ngo 1.26\n"), 0o644))
			file := filepath.Join(dir, "main.go")
			require.NoError(t, os.WriteFile(file, []byte(before), 0o644))
			_, stderr, code := run(t, dir, tc.cmd[0], tc.cmd[1:]...)
			require.Zerof(t, code, "applying fixes succeeds\n%s", stderr)
			got, err := os.ReadFile(file)
			require.NoError(t, err)
			require.Contains(t, string(got), after)
			_, stderr, code = run(t, dir, "go", "build", "./...")
			require.Zerof(t, code, "the fixed code compiles\n%s", stderr)
			_, _, code = run(t, dir, authvet, "./...")
			require.Zero(t, code, "nothing is left to report")
		})
	}
}

// TestVetSharedInterface checks go vet -vettool on a package that
// imports a defined type over another package's interface with an
// unexported method (type Null t.Type). golang.org/x/tools v0.50 to
// v0.52 write the dependencies' types into vet's fact files and there
// qualify that method by the wrong package, so the importer fails with
// "impossible type assertion" and vet analyzes nothing (seen on
// apache/arrow-go over substrait-go): go.mod pins v0.49.0.
func TestVetSharedInterface(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/shared\n\ngo 1.26\n",
		"t/t.go": "package t\n\ntype Type interface {\n\tisRootRef()\n\tName() string\n}\n\ntype StructType struct{}\n\nfunc (*StructType) isRootRef()   {}\nfunc (*StructType) Name() string { return \"\" }\n",
		"e/e.go": "package e\n\nimport \"example.com/shared/t\"\n\ntype Null t.Type\n\nfunc F() t.Type { return &t.StructType{} }\n",
		"m/m.go": "package m\n\nimport (\n\t\"example.com/shared/e\"\n\t\"example.com/shared/t\"\n)\n\nfunc G() *t.StructType { return e.F().(*t.StructType) }\n",
	}
	for name, src := range files {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	_, stderr, code := run(t, dir, "go", "vet", "-vettool="+authvet, "./...")
	require.Equalf(t, 0, code, "go vet -vettool type-checks the packages and finds nothing\n%s", stderr)
}

// TestVetCache checks that go vet -vettool hits its result cache on an
// unchanged module: it caches by the facts' encoding and the tool's
// output, so any nondeterminism would re-run the tool every time.
func TestVetCache(t *testing.T) {
	dir := demoDir(t)
	run(t, dir, "go", "vet", "-vettool="+authvet, "./...")
	_, stderr, _ := run(t, dir, "go", "vet", "-x", "-vettool="+authvet, "./...")
	require.NotContains(t, stderr, authvet+" ", "the second go vet runs no analysis")
	require.Contains(t, stderr, "(CWE-384)", "a cached run still prints the findings")
}
