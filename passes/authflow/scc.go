package authflow

import (
	"reflect"

	"golang.org/x/tools/go/ssa"
)

// maxSCCRounds bounds the iteration over a group of mutually recursive
// functions; summaries only grow, and real recursion settles in two or
// three rounds.
const maxSCCRounds = 6

// solveAll computes the flows of the components' functions, callees
// first: each strongly connected component of the call graph is solved
// to a fixed point, so that a recursive function's summary does not
// depend on which member was visited first.
func (r *Result) solveAll(components [][]*ssa.Function) {
	for _, scc := range components {
		if len(scc) == 1 && !r.callsItself(scc[0]) {
			r.flow(scc[0])
			continue
		}
		r.solveComponent(scc)
	}
}

// solveComponent solves mutually recursive functions together until no
// summary changes. Each round starts every member afresh from the
// previous round's summaries, which stay visible to the others.
func (r *Result) solveComponent(scc []*ssa.Function) {
	Settle("authflow", scc, func() bool {
		changed := false
		for _, fn := range scc {
			old := r.flows[fn]
			f := newFlow(r, fn)
			if old == nil {
				r.flows[fn] = f // an empty summary, for the first round
			}
			f.solve()
			r.flows[fn] = f
			if old == nil || !reflect.DeepEqual(old.sum, f.sum) {
				changed = true
			}
		}
		return changed
	})
}

// Settle solves one component of Components to a fixed point, for the
// engine and for the passes that summarize functions on their own: round
// computes each member once, from the others' results of the last
// round, and reports whether another round is needed (a result changed
// that a member reads). When maxSCCRounds stops the rounds, the
// -authflow.debug log says so, naming who solved them.
func Settle(who string, scc []*ssa.Function, round func() (again bool)) {
	for range maxSCCRounds {
		if !round() {
			return
		}
	}
	debugf("%s: %d mutually recursive functions from %s did not settle in %d rounds; their summaries may be incomplete",
		who, len(scc), scc[0], maxSCCRounds)
}

// callsItself reports whether fn calls itself directly.
func (r *Result) callsItself(fn *ssa.Function) bool {
	for _, c := range r.callees(fn) {
		if c == fn {
			return true
		}
	}
	return false
}

// callees returns the package functions fn may call whose summaries its
// flow reads: static callees (generic instances by their origin, methods
// through method values), implementations of interfaces it calls, and
// function literals it passes as arguments.
func (r *Result) callees(fn *ssa.Function) []*ssa.Function {
	var out []*ssa.Function
	add := func(g *ssa.Function) {
		if g == nil {
			return
		}
		if g.Origin() != nil {
			g = g.Origin()
		}
		if g.Pkg == r.Pkg && g.Blocks != nil {
			out = append(out, g)
		}
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			c := direct(fn.Prog, call.Common())
			add(c.StaticCallee())
			for _, impl := range r.implementations(c) {
				add(impl)
			}
			for _, a := range c.Args {
				switch a := a.(type) {
				case *ssa.MakeClosure:
					g, _ := a.Fn.(*ssa.Function)
					add(g)
				case *ssa.Function:
					add(a)
				}
			}
		}
	}
	return out
}

// components returns the strongly connected components of the call
// graph reachable from roots, callees before callers (Tarjan's order),
// each in the order its members were first reached.
func (r *Result) components(roots []*ssa.Function) [][]*ssa.Function {
	index := map[*ssa.Function]int{}
	low := map[*ssa.Function]int{}
	onStack := map[*ssa.Function]bool{}
	var stack []*ssa.Function
	var out [][]*ssa.Function
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		index[fn] = len(index)
		low[fn] = index[fn]
		stack = append(stack, fn)
		onStack[fn] = true
		for _, g := range r.callees(fn) {
			if _, seen := index[g]; !seen {
				visit(g)
				low[fn] = min(low[fn], low[g])
			} else if onStack[g] {
				low[fn] = min(low[fn], index[g])
			}
		}
		if low[fn] != index[fn] {
			return
		}
		var scc []*ssa.Function
		for {
			g := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[g] = false
			scc = append(scc, g)
			if g == fn {
				break
			}
		}
		for i, j := 0, len(scc)-1; i < j; i, j = i+1, j-1 {
			scc[i], scc[j] = scc[j], scc[i]
		}
		out = append(out, scc)
	}
	for _, fn := range roots {
		if _, seen := index[fn]; !seen {
			visit(fn)
		}
	}
	return out
}
