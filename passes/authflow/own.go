package authflow

import (
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Own are the summaries of type S that a policy pass keeps of its own
// (the cookies a function sets, the session operations it makes),
// beside the engine's: those of the package's functions, computed
// callees first over Components, mutually recursive functions to a
// fixed point, and those of other packages' exported functions, read
// from the facts the pass exported for them. A function whose summary
// is empty has none.
type Own[S any, F OwnFact[S]] struct {
	flow  *Result
	sums  map[*ssa.Function]*S
	facts map[*types.Func]*S // those other packages' facts carry

	solving  []*ssa.Function // the component being solved
	recursed bool            // a summary of solving was read this round
}

// An OwnSpec says how a policy pass summarizes a function and carries
// its summaries across packages.
type OwnSpec[S any, F OwnFact[S]] struct {
	// Summarize computes fn's summary, reading its callees' from Own.
	Summarize func(fn *ssa.Function) *S
	Empty     func(*S) bool
	// Export returns the fact of an exported function's summary.
	Export func(*S) F
}

// An OwnFact carries a policy pass's summary of an exported function.
// F is a pointer type, such as *summaryFact.
type OwnFact[S any] interface {
	analysis.Fact
	Summary() *S
}

// NewOwn returns the policy pass's summaries of the package r analyzed,
// none yet: Solve computes them.
func NewOwn[S any, F OwnFact[S]](r *Result) *Own[S, F] {
	return &Own[S, F]{flow: r, sums: map[*ssa.Function]*S{}, facts: map[*types.Func]*S{}}
}

// Solve computes the summaries: it reads the pass's facts of every
// function the package calls, solves the components callees first and
// exports the summaries of the package's exported functions. Once it
// returns, o needs no pass and only reads.
func (o *Own[S, F]) Solve(pass *analysis.Pass, spec OwnSpec[S, F]) {
	for _, obj := range o.flow.foreign {
		if f := reflect.New(reflect.TypeFor[F]().Elem()).Interface().(F); pass.ImportObjectFact(obj, f) {
			o.facts[obj] = f.Summary()
		}
	}
	for _, scc := range o.flow.Components {
		o.solve(pass.Analyzer.Name, scc, spec)
	}
	for _, fn := range o.flow.SrcFuncs {
		obj, ok := fn.Object().(*types.Func)
		if sum := o.sums[fn]; ok && sum != nil && fn.Parent() == nil && obj.Pkg() == pass.Pkg && obj.Exported() {
			pass.ExportObjectFact(obj, spec.Export(sum))
		}
	}
}

// solve computes the summaries of one component. Mutually recursive
// functions are summarized again, each round from the others' summaries
// of the last, until none changes: a summary does not depend on which
// member came first.
func (o *Own[S, F]) solve(who string, scc []*ssa.Function, spec OwnSpec[S, F]) {
	o.solving = scc
	defer func() { o.solving = nil }()
	Settle(who, scc, func() bool {
		o.recursed = false
		changed := false
		for _, fn := range scc {
			old, sum := o.sums[fn], spec.Summarize(fn)
			if spec.Empty(sum) {
				delete(o.sums, fn)
				changed = changed || old != nil
				continue
			}
			o.sums[fn] = sum
			changed = changed || old == nil || !reflect.DeepEqual(old, sum)
		}
		return o.recursed && changed
	})
}

// Of returns the summary of fn, a function of the package: nil when it
// has none, or, while its component is solved, as the last round left
// it.
func (o *Own[S, F]) Of(fn *ssa.Function) *S {
	if o.solving != nil && slices.Contains(o.solving, fn) {
		o.recursed = true
	}
	return o.sums[fn]
}

// Callee returns the summary of the function c statically calls: one of
// the package's, or another package's from its fact; nil when it has
// none.
func (o *Own[S, F]) Callee(c *ssa.CallCommon) *S {
	switch fn, obj := o.flow.target(c); {
	case fn != nil:
		return o.Of(fn)
	case obj != nil:
		return o.facts[obj]
	}
	return nil
}
