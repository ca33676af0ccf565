package sessionrevoke

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/handlers"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "sessionrevoke",
	Doc:      docutil.MustExtractDoc(doc, "sessionrevoke"),
	URL:      docutil.URL("sessionrevoke"),
	Requires: []*analysis.Analyzer{authflow.Analyzer, handlers.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	return nil, nil
}
