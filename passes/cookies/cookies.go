package cookies

import (
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/guard"
	"github.com/authvet/authvet/passes/ssautil"
)

var Analyzer = &analysis.Analyzer{
	Name:       "cookies",
	Doc:        "describe the cookies a package sets and their protective attributes",
	URL:        "https://github.com/authvet/authvet/blob/main/docs/cookieflags.md",
	Run:        guard.Run(run),
	Requires:   []*analysis.Analyzer{authflow.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(summaryFact)},
}

// Result is what a package does with cookies, each list in the order of
// the package's functions and their instructions. It is complete when
// run returns and never changes after.
type Result struct {
	Cookies  []*Cookie  // cookies set
	Sessions []*Session // session managers and stores constructed
	Options  []*Options // options literals stored whole into a session's field

	own *own
}

// SetsOf returns the cookies fn sets, itself or through the functions
// it calls, by name, at the calls that lead to them.
func (r *Result) SetsOf(fn *ssa.Function) []Set {
	if r.own == nil {
		return nil
	}
	if sum := r.own.Of(fn); sum != nil {
		return sum.Sets
	}
	return nil
}

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	r := &Result{}
	if flow.Pkg == nil {
		return r, nil // no modelled framework, so no cookies
	}
	b := &builder{pass: pass, flow: flow, funcs: slices.Concat(flow.SrcFuncs, flow.InitFuncs),
		own: authflow.NewOwn[summary, *summaryFact](flow)}
	b.own.Solve(pass, authflow.OwnSpec[summary, *summaryFact]{
		Summarize: b.summary,
		Empty:     (*summary).empty,
		Export:    (*summary).exported,
	})
	r.own = b.own
	for _, fn := range b.funcs {
		for _, blk := range fn.Blocks {
			for _, instr := range blk.Instrs {
				switch instr := instr.(type) {
				case ssa.CallInstruction:
					b.call(r, fn, instr)
				case *ssa.Store:
					if o, ok := b.options(fn, instr); ok {
						r.Options = append(r.Options, o)
					}
				}
			}
		}
	}
	return r, nil
}

// builder holds what the descriptions of one package's cookies share
// while run computes them.
type builder struct {
	pass  *analysis.Pass
	flow  *authflow.Result
	funcs []*ssa.Function // every function that may configure a package variable
	// settable caches, by configuration field, whether anything may set
	// it to true (canSet).
	settable map[*types.Var]bool

	own *own // the summaries of the package's functions, and of those it calls
}

// call records the cookies that call sets, or the session manager it
// constructs.
func (b *builder) call(r *Result, fn *ssa.Function, call ssa.CallInstruction) {
	if cks := b.settingsAt(fn, call.Common()); len(cks) > 0 {
		for _, ck := range cks {
			r.Cookies = append(r.Cookies, b.cookie(fn, call, ck))
		}
		return
	}
	obj := ssautil.Callee(call.Common())
	if obj == nil {
		return
	}
	cfg := b.flow.Model.SessionConfigs[obj.FullName()]
	v, ok := call.(*ssa.Call)
	if cfg == nil || !ok {
		return // not a constructor, or its manager is dropped (go, defer)
	}
	if s, ok := b.session(fn, v, cfg); ok {
		r.Sessions = append(r.Sessions, s)
	}
}
