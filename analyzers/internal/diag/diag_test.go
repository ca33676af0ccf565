package diag_test

import (
	"go/ast"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

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
