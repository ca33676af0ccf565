package main_test

import (
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/authvet/authvet/analyzers"
	"github.com/authvet/authvet/cmd/internal/clitest"
)

var update = flag.Bool("update", false, "rewrite testdata/demo.golden from the current build (make demo-golden)")

// TestDemoGolden checks that make demo prints exactly the findings in
// testdata/demo.golden: the first output a new user reads.
func TestDemoGolden(t *testing.T) {
	_, stderr, code := run(t, demoDir(t), authvet, "./...")
	require.Equal(t, 3, code, stderr)
	golden := filepath.Join("testdata", "demo.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(stderr), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	require.Equal(t, string(want), stderr, "the demo's findings differ from %s; if the change is intended, run make demo-golden", golden)
}

// module writes a module with the given files into a new directory.
func module(t *testing.T, files map[string]string) string {
	dir := t.TempDir()
	files["go.mod"] = cmpOr(files["go.mod"], "module example.com/m\n\ngo 1.26\n")
	for name, src := range files {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	return dir
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

const (
	// cookieSrc sets a cookie without flags: a finding with a fix.
	cookieSrc = "package main\n\nimport \"net/http\"\n\nfunc main() {\n\thttp.HandleFunc(\"/\", func(w http.ResponseWriter, r *http.Request) {\n\t\thttp.SetCookie(w, &http.Cookie{Name: \"session\", Value: \"v\"})\n\t})\n}\n"
	// querySrc reads an API key from the query: a finding without a fix.
	querySrc = "package main\n\nimport \"net/http\"\n\nfunc init() {\n\thttp.HandleFunc(\"/api\", func(w http.ResponseWriter, r *http.Request) {\n\t\tif r.URL.Query().Get(\"api_key\") != \"x\" {\n\t\t\tw.WriteHeader(401)\n\t\t}\n\t})\n}\n"
)

func TestTagsSelectFiles(t *testing.T) {
	dir := module(t, map[string]string{"main.go": cookieSrc, "query.go": "//go:build special\n\n" + querySrc})
	_, stderr, code := run(t, dir, authvet, "-cookieflags=false", "./...")
	require.Equal(t, 0, code, "the file behind the tag is not built without -tags\n%s", stderr)
	_, stderr, code = run(t, dir, authvet, "-tags=special", "-cookieflags=false", "./...")
	require.Equal(t, 3, code, stderr)
	require.Contains(t, stderr, `query.go:9:`)
}

func TestNewerGoIsOneLine(t *testing.T) {
	dir := module(t, map[string]string{"go.mod": "module example.com/m\n\ngo 1.99\n", "main.go": "package main\n\nfunc main() {}\n"})
	_, stderr, code := clitest.Run(t, dir, []string{"GOTOOLCHAIN=local"}, authvet, "./...")
	require.Equal(t, 1, code, stderr)
	require.Equal(t, 1, strings.Count(stderr, "\n"), "one line:\n%s", stderr)
	require.Contains(t, stderr, "needs go1.99, but authvet was built with "+runtime.Version())
	require.Contains(t, stderr, "GOTOOLCHAIN=go1.99.0 go install github.com/authvet/authvet/cmd/authvet@latest")
}

// TestBrokenPackageDoesNotStopTheRun checks that packages that load are
// analyzed when another does not, and that its error is printed once.
func TestBrokenPackageDoesNotStopTheRun(t *testing.T) {
	dir := module(t, map[string]string{
		"main.go":          cookieSrc,
		"broken/a.go":      "package broken\n\nvar X int = \"not an int\"\n",
		"broken/b_test.go": "package broken\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n",
		"user/user.go":     "package user\n\nimport \"example.com/m/broken\"\n\nvar Y = broken.X\n",
	})
	_, stderr, code := run(t, dir, authvet, "./...")
	require.Equal(t, 1, code, stderr)
	require.Contains(t, stderr, "main.go:7:22: cookie \"session\"", "the package that loads is analyzed")
	require.Equal(t, 1, strings.Count(stderr, "cannot use \"not an int\""), stderr)
	require.Contains(t, stderr, "example.com/m/user: not analyzed: its dependency example.com/m/broken did not load")
	require.Contains(t, stderr, "\nbroken/a.go:3:13: cannot use", "paths are relative")
	require.NotContains(t, stderr, "prerequisites")
	require.NotContains(t, stderr, ".test", "a generated test main is not reported")
	findingsFirst := strings.Index(stderr, "cookie \"session\"") < strings.Index(stderr, "not an int")
	require.True(t, findingsFirst, "errors come after the findings:\n%s", stderr)
}

func TestJSONListsEachFindingOnce(t *testing.T) {
	dir := module(t, map[string]string{"main.go": cookieSrc, "main_test.go": "package main\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n"})
	stdout, stderr, code := run(t, dir, authvet, "-json", "./...")
	require.Equal(t, 0, code, stderr)
	var tree map[string]map[string][]struct{ Posn, Message string }
	require.NoError(t, json.Unmarshal([]byte(stdout), &tree))
	n := 0
	for _, checks := range tree {
		n += len(checks["cookieflags"])
	}
	require.Equal(t, 1, n, "the package and its test variant share the finding:\n%s", stdout)
}

func TestHelp(t *testing.T) {
	stdout, _, code := run(t, ".", authvet, "help")
	require.Zero(t, code)
	for _, a := range analyzers.All() {
		require.Regexp(t, `(?m)^  `+a.Name+` +\S.*\(CWE-\d+(, CWE-\d+)*\)$`, stdout)
	}
	for _, want := range []string{"authvet [flags] ./...", "go vet -vettool=$(which authvet) ./...", "golangci", "gopls", "GOFLAGS", "-tags", "-sarif", "docs/"} {
		require.Contains(t, stdout, want)
	}
	require.NotContains(t, stdout, "Printf")
	_, stderr, code := run(t, ".", authvet, "help", "tokenqurey")
	require.Equal(t, 1, code)
	require.Contains(t, stderr, `unknown check "tokenqurey"`)
}

func TestVersionFull(t *testing.T) {
	stdout, _, code := run(t, ".", authvet, "-V=full")
	require.Zero(t, code)
	// cmd/go's toolID: "<name> version <version> ... buildID=<id>".
	require.Regexp(t, `^authvet version \S+ go1\.\d+\S* golang.org/x/tools@v\S+ buildID=[0-9a-f]{64}\n$`, stdout)
}

func TestDiffShowsFixesWithoutWriting(t *testing.T) {
	dir := module(t, map[string]string{"main.go": cookieSrc})
	stdout, stderr, code := run(t, dir, authvet, "-diff", "./...")
	require.Equal(t, 3, code, stderr)
	require.Contains(t, stdout, "--- main.go\n+++ main.go\n")
	require.Contains(t, stdout, "-\t\thttp.SetCookie(w, &http.Cookie{Name: \"session\", Value: \"v\"})\n+\t\thttp.SetCookie(w, &http.Cookie{Name: \"session\", Value: \"v\", HttpOnly: true")
	got, err := os.ReadFile(filepath.Join(dir, "main.go"))
	require.NoError(t, err)
	require.Equal(t, cookieSrc, string(got), "-diff writes nothing")
}

func TestFixReportsWhatItCouldNotDo(t *testing.T) {
	t.Run("unfixable", func(t *testing.T) {
		dir := module(t, map[string]string{"main.go": cookieSrc, "query.go": querySrc})
		_, stderr, code := run(t, dir, authvet, "-fix", "./...")
		require.Equal(t, 3, code, stderr)
		require.Contains(t, stderr, "authvet: fixed 1 findings in main.go")
		require.Regexp(t, `1 findings have no automatic fix:\nquery.go:7:\d+: API key "api_key"`, stderr)
	})
	t.Run("read-only", func(t *testing.T) {
		dir := module(t, map[string]string{"main.go": cookieSrc})
		readOnly(t, filepath.Join(dir, "main.go"))
		_, stderr, code := run(t, dir, authvet, "-fix", "./...")
		require.Equal(t, 1, code, stderr)
		require.Contains(t, stderr, "main.go not written:")
		require.Contains(t, stderr, "its 1 fixes were not applied")
		require.NotContains(t, stderr, "fixed")
	})
}

// readOnly makes file unwritable, also for root, who ignores file modes
// but not the immutable attribute.
func readOnly(t *testing.T, file string) {
	require.NoError(t, os.Chmod(file, 0o444))
	if os.Getuid() != 0 {
		return
	}
	if out, err := clitest.Command(t, "chattr", "+i", file).CombinedOutput(); err != nil {
		t.Skipf("running as root, and chattr +i cannot make a file unwritable here: %v %s", err, out)
	}
	// The test's context has ended when cleanups run.
	t.Cleanup(func() { exec.Command("chattr", "-i", file).Run() })
}

func TestTextOutput(t *testing.T) {
	_, stderr, _ := run(t, demoDir(t), authvet, "./...")
	require.Regexp(t, `(?m)^nethttpapp/main.go:\d+:\d+: `, stderr, "paths below the current directory are relative")
	require.NotContains(t, stderr, demoDir(t))
	require.NotRegexp(t, `authvet: \d+ findings`, stderr, "no summary when stderr is not a terminal")

	// script(1) gives authvet a terminal.
	stdout, _, code := run(t, demoDir(t), "script", "-qec", authvet+" ./...", os.DevNull)
	require.Equal(t, 3, code, stdout)
	summary := regexp.MustCompile(`authvet: \d+ findings \(tokenecho \d+, cookieflags \d+, tokenquery \d+, sessionrevoke \d+\)`)
	require.Len(t, summary.FindAllString(stdout, -1), 1, stdout)
}

// sarifLog is the part of a SARIF log the test reads.
type sarifLog struct {
	Runs []struct {
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		Tool               struct {
			Driver struct {
				Rules []struct {
					ID         string
					HelpURI    string `json:"helpUri"`
					Properties map[string]any
				}
			}
		}
		Results []struct {
			RuleID    string
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI       string
						URIBaseID string `json:"uriBaseId"`
					}
					Region struct{ StartLine int }
				}
			}
			RelatedLocations    []json.RawMessage
			PartialFingerprints map[string]string
			Fixes               []json.RawMessage
		}
	}
}

// validSARIF runs authvet with args in dir, checks that it exits 0 and
// that Microsoft's SARIF Multitool finds nothing wrong with its output,
// and returns the output.
func validSARIF(t *testing.T, dir string, args ...string) string {
	t.Helper()
	multitool := clitest.Tool(t, "sarif-multitool")
	stdout, stderr, code := run(t, dir, authvet, args...)
	require.Equal(t, 0, code, stderr)
	file := filepath.Join(t.TempDir(), "authvet.sarif")
	require.NoError(t, os.WriteFile(file, []byte(stdout), 0o644))
	out, errOut, code := run(t, ".", multitool, "validate", file)
	require.Zero(t, code, out+errOut)
	require.NotRegexp(t, `: (error|warning) `, out, "the SARIF Multitool finds nothing wrong")
	return stdout
}

// TestSARIF validates the demo's SARIF with Microsoft's SARIF Multitool
// and checks what code scanning reads: rules, locations relative to
// %SRCROOT%, related locations, fixes, and fingerprints that do not
// change when lines are added above a finding.
func TestSARIF(t *testing.T) {
	dir := demoDir(t)
	stdout := validSARIF(t, dir, "-sarif", "./...")

	var log sarifLog
	require.NoError(t, json.Unmarshal([]byte(stdout), &log))
	r := log.Runs[0]
	require.Len(t, r.Tool.Driver.Rules, len(analyzers.All()))
	for _, rule := range r.Tool.Driver.Rules {
		require.Contains(t, rule.HelpURI, "docs/"+rule.ID+".md")
		require.NotEmpty(t, rule.Properties["security-severity"])
		require.Contains(t, rule.Properties["tags"], "security")
		require.Regexp(t, `external/cwe/cwe-\d+`, rule.Properties["tags"])
	}
	require.True(t, strings.HasPrefix(r.OriginalURIBaseIDs["%SRCROOT%"].URI, "file:///"))
	var related, fixes int
	fingerprints := map[string]bool{}
	for _, res := range r.Results {
		loc := res.Locations[0].PhysicalLocation.ArtifactLocation
		require.Equal(t, "%SRCROOT%", loc.URIBaseID)
		require.True(t, strings.HasPrefix(loc.URI, "testdata/demo/"), loc.URI)
		related += len(res.RelatedLocations)
		fixes += len(res.Fixes)
		fp := res.PartialFingerprints["authvet/v1"]
		require.False(t, fingerprints[fp], "fingerprints are unique")
		fingerprints[fp] = true
	}
	require.Positive(t, related)
	require.Positive(t, fixes)

	// Lines added above every finding move them but keep their fingerprints.
	// The copy sits at the same place in a repository of its own.
	repo := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(repo, ".git"), 0o755))
	copyDir := filepath.Join(repo, "testdata", "demo")
	require.NoError(t, os.CopyFS(copyDir, os.DirFS(dir)))
	for _, app := range []string{"nethttpapp", "ginapp", "echoapp", "fiberapp", "sessionapp"} {
		name := filepath.Join(copyDir, app, "main.go")
		src, err := os.ReadFile(name)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(name, append([]byte("// An added line.\n\n"), src...), 0o644))
	}
	stdout, stderr, code := run(t, copyDir, authvet, "-sarif", "./...")
	require.Equal(t, 0, code, stderr)
	var moved sarifLog
	require.NoError(t, json.Unmarshal([]byte(stdout), &moved))
	require.Len(t, moved.Runs[0].Results, len(r.Results))
	for i, res := range moved.Runs[0].Results {
		require.Equal(t, r.Results[i].Locations[0].PhysicalLocation.Region.StartLine+2, res.Locations[0].PhysicalLocation.Region.StartLine)
		require.True(t, fingerprints[res.PartialFingerprints["authvet/v1"]], "the fingerprint survives the shift")
	}
}

// TestSARIFSuppressions checks that a finding suppressed with a reason is
// listed in SARIF as suppressed in source, with the reason as the
// justification, and is still left out of the text output.
func TestSARIFSuppressions(t *testing.T) {
	src := strings.Replace(cookieSrc, "\t\thttp.SetCookie", "\t\t//authvet:ignore cookieflags the dev server runs on plain HTTP\n\t\thttp.SetCookie", 1)
	dir := module(t, map[string]string{"main.go": src})
	_, stderr, code := run(t, dir, authvet, "./...")
	require.Equal(t, 0, code, stderr)

	stdout := validSARIF(t, dir, "-format=sarif", "./...")

	var log struct {
		Runs []struct {
			Results []struct {
				RuleID           string
				RelatedLocations []json.RawMessage
				Suppressions     []struct {
					Kind, Justification string
					Location            struct {
						PhysicalLocation struct{ Region struct{ StartLine int } }
					}
				}
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &log))
	results := log.Runs[0].Results
	require.Len(t, results, 1)
	require.Equal(t, "cookieflags", results[0].RuleID)
	require.Empty(t, results[0].RelatedLocations, "the directive is not shown as related information")
	require.Len(t, results[0].Suppressions, 1)
	sup := results[0].Suppressions[0]
	require.Equal(t, "inSource", sup.Kind)
	require.Equal(t, "the dev server runs on plain HTTP", sup.Justification)
	require.Equal(t, 7, sup.Location.PhysicalLocation.Region.StartLine)
}
