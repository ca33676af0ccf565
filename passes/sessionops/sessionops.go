package sessionops

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/cookies"
	"github.com/authvet/authvet/passes/guard"
	"github.com/authvet/authvet/passes/handlers"
)

var Analyzer = &analysis.Analyzer{
	Name:       "sessionops",
	Doc:        "describe where a package keeps its sessions and what each handler does to them",
	URL:        "https://github.com/authvet/authvet/blob/main/docs/sessionrevoke.md",
	Run:        guard.Run(run),
	Requires:   []*analysis.Analyzer{authflow.Analyzer, authevents.Analyzer, cookies.Analyzer, handlers.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
}

// Result is what a package does with server-side sessions. It is
// complete when run returns and never changes after.
type Result struct {
	Storage Storage
	// Handlers holds the session operations of each handler, in the
	// order of the handlers pass's result.
	Handlers []*Ops
}

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	r := &Result{}
	if flow.Pkg == nil {
		return r, nil // library code, or nothing to analyze
	}
	hs := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	evs := pass.ResultOf[authevents.Analyzer].(*authevents.Result)
	r.Storage = storageOf(pass.Pkg, flow, evs, hs)
	for _, h := range hs.Handlers {
		r.Handlers = append(r.Handlers, opsOf(h, flow, evs.Of(h.Fn), pass.ResultOf[cookies.Analyzer].(*cookies.Result)))
	}
	return r, nil
}
