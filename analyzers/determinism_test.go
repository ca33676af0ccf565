package analyzers_test

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/authvet/authvet/analyzers"
)

// TestDeterministic runs the whole suite twice, each time on a fresh
// load, and requires the same findings and the same facts, byte for
// byte: go vet caches results by the facts' encoding, and CI output must
// not flap. Map iteration order differs between the runs, so output that
// depends on it fails here. make test also runs the fixtures under -race.
func TestDeterministic(t *testing.T) {
	testdata, err := filepath.Abs("../testdata")
	require.NoError(t, err)
	t.Run("fixtures", func(t *testing.T) {
		cfg := &packages.Config{
			Mode: packages.LoadAllSyntax,
			Dir:  filepath.Join(testdata, "src"),
			Env:  append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOPROXY=off", "GOFLAGS="),
		}
		first := runSuite(t, cfg, fixturePatterns(t, testdata))
		require.Equal(t, first, runSuite(t, cfg, fixturePatterns(t, testdata)))
	})
	t.Run("demo", func(t *testing.T) {
		cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: filepath.Join(testdata, "demo"), Tests: true}
		first := runSuite(t, cfg, []string{"./..."})
		require.Equal(t, first, runSuite(t, cfg, []string{"./..."}))
	})
}

// fixturePatterns returns a pattern for every check's fixtures: the
// folders of testdata/src that are not stubs of other modules.
func fixturePatterns(t *testing.T, testdata string) []string {
	entries, err := os.ReadDir(filepath.Join(testdata, "src"))
	require.NoError(t, err)
	var out []string
	for _, e := range entries {
		if e.IsDir() && !slices.Contains([]string{"github.com", "golang.org"}, e.Name()) {
			out = append(out, e.Name()+"/...")
		}
	}
	return out
}

// runSuite loads patterns and runs every analyzer, returning the
// findings and the gob encoding of every fact, in a stable order.
func runSuite(t *testing.T, cfg *packages.Config, patterns []string) []string {
	pkgs, err := packages.Load(cfg, patterns...)
	require.NoError(t, err)
	require.NotEmpty(t, pkgs)
	g, err := checker.Analyze(analyzers.All(), pkgs, nil)
	require.NoError(t, err)
	var lines []string
	for act := range g.All() {
		require.NoError(t, act.Err, act.String())
		if act.IsRoot {
			require.Empty(t, act.Package.Errors, "fixtures and demo compile")
		}
		for _, d := range act.Diagnostics {
			lines = append(lines, fmt.Sprintf("%s: %s: %s [%s]", act, act.Package.Fset.Position(d.Pos), d.Message, d.Category))
		}
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() != act.Package.Types {
				continue // inherited from a dependency, listed there
			}
			lines = append(lines, fmt.Sprintf("%s: fact %s %s %x", act, f.Object, f.Fact, encode(t, f.Fact)))
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package != act.Package.Types {
				continue
			}
			lines = append(lines, fmt.Sprintf("%s: fact %s %s %x", act, f.Package.Path(), f.Fact, encode(t, f.Fact)))
		}
	}
	slices.SortFunc(lines, cmp.Compare)
	require.NotEmpty(t, lines)
	return lines
}

func encode(t *testing.T, v any) []byte {
	var buf bytes.Buffer
	require.NoError(t, gob.NewEncoder(&buf).Encode(v))
	return buf.Bytes()
}
