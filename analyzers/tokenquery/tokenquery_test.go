package tokenquery_test

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers/tokenquery"
)

// TestTokenquery runs the check on every fixture package under
// testdata/src/tokenquery, one per framework or case; a package with a
// .golden file is a fix fixture, run by TestLookupFix.
func TestTokenquery(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	pkgs := fixtures(t, filepath.Join(testdata, "src"), "tokenquery")
	if len(pkgs) == 0 {
		t.Fatal("no fixture packages under testdata/src/tokenquery")
	}
	for _, pkg := range pkgs {
		t.Run(strings.TrimPrefix(pkg, "tokenquery/"), func(t *testing.T) {
			t.Parallel()
			analysistest.Run(t, testdata, tokenquery.Analyzer, pkg)
		})
	}
}

// fixtures returns the import paths of the packages under src/dir that
// have Go files and no .golden file, in lexical order.
func fixtures(t *testing.T, src, dir string) []string {
	var pkgs []string
	err := filepath.WalkDir(filepath.Join(src, dir), func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		goFiles, _ := filepath.Glob(filepath.Join(path, "*.go"))
		golden, _ := filepath.Glob(filepath.Join(path, "*.golden"))
		if len(goFiles) > 0 && len(golden) == 0 {
			rel, err := filepath.Rel(src, path)
			if err != nil {
				return err
			}
			pkgs = append(pkgs, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

// TestLookupFix checks the fix that drops the URL query from a
// middleware's lookup string.
func TestLookupFix(t *testing.T) {
	t.Parallel()
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, tokenquery.Analyzer, "tokenquery/lookups")
}
