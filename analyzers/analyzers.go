// Package analyzers lists authvet's checks.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/cookieflags"
	"github.com/authvet/authvet/analyzers/sessionrevoke"
	"github.com/authvet/authvet/analyzers/tokenecho"
	"github.com/authvet/authvet/analyzers/tokenquery"
)

// All returns authvet's analyzers in documentation order.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		tokenecho.Analyzer,
		cookieflags.Analyzer,
		tokenquery.Analyzer,
		sessionrevoke.Analyzer,
	}
}
