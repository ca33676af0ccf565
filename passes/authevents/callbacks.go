package authevents

import "golang.org/x/tools/go/ssa"

// collectCallbacks adds the revocations made by function literals that
// c receives as arguments, such as a sync.Map Range callback deleting a
// user's sessions: the callee runs them on this function's behalf, but
// is not analyzed (sync) or calls them through a parameter. Only
// revocations are taken, so that a literal that is never called can
// hide a finding but never make one.
func (s scope) collectCallbacks(c *ssa.CallCommon, sum *Summary) {
	for _, a := range c.Args {
		var lit *ssa.Function
		switch a := a.(type) {
		case *ssa.MakeClosure:
			lit, _ = a.Fn.(*ssa.Function)
		case *ssa.Function:
			lit = a
		}
		if lit == nil || lit.Parent() == nil || lit.Pkg != s.flow.Pkg {
			continue // not a function literal of this package
		}
		for _, e := range s.own.Of(lit).events() {
			if e.Kind == SessionRevoke {
				e.Pos = c.Pos()
				sum.Events = append(sum.Events, e)
			}
		}
	}
}
