package diag_test

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/authvet/authvet/analyzers"
	"github.com/authvet/authvet/analyzers/internal/diag"
)

// marker reports every call to a function named mark, through diag.Report,
// so that the fixture can show which ignore directives take effect.
var marker = &analysis.Analyzer{
	Name: "marker",
	Doc:  "report calls to mark",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "mark" {
						diag.Report(pass, analysis.Diagnostic{Pos: call.Pos(), Category: "marked", Message: "marked call"})
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func TestIgnoreDirectives(t *testing.T) {
	testdata, err := filepath.Abs("../../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	results := analysistest.Run(t, testdata, marker, "suppress")
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if want := "https://github.com/authvet/authvet/blob/main/docs/marker.md#marked"; d.URL != want {
				t.Errorf("URL = %q, want %q", d.URL, want)
			}
		}
	}
}

// guardedMarker is marker run through diag.Guard under a real check's
// name, as authvet's checks run: it also judges suppression directives.
var guardedMarker = &analysis.Analyzer{
	Name: "tokenecho",
	Doc:  "report calls to mark",
	Run:  diag.Guard(marker.Run),
}

func TestDirectivesAreChecked(t *testing.T) {
	testdata, err := filepath.Abs("../../../testdata")
	require.NoError(t, err)
	analysistest.Run(t, testdata, guardedMarker, "directives")
}

func TestChecksListsTheSuite(t *testing.T) {
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
	}
	require.Equal(t, names, diag.Checks)
}

func TestGuardTurnsPanicsIntoErrors(t *testing.T) {
	pass := &analysis.Pass{Analyzer: &analysis.Analyzer{Name: "boom"}, Pkg: types.NewPackage("example.com/p", "p")}
	run := diag.Guard(func(*analysis.Pass) (any, error) { panic("unexpected construct") })
	_, err := run(pass)
	require.ErrorContains(t, err, "internal error in boom analyzing example.com/p (please report it): unexpected construct")

	ok := diag.Guard(func(*analysis.Pass) (any, error) { return 42, nil })
	res, err := ok(pass)
	require.NoError(t, err)
	require.Equal(t, 42, res)
}
