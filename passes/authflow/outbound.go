package authflow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/ssautil"
)

// isOutbound reports whether v, a request, is one the program sends as
// an HTTP client rather than one a client sent it: built by a request
// constructor (http.NewRequest) or handed to a client hook (a
// CheckRedirect func's req and via, a RoundTrip argument), also through
// local variables a closure sets. Its URL and headers are the
// program's own, not client input.
func (f *flow) isOutbound(v ssa.Value) bool {
	return f.r.outbound(v, map[ssa.Value]bool{})
}

// outbound reports whether every origin of v is an outgoing request,
// nil aside; seen breaks cycles through phis and variables.
func (r *Result) outbound(v ssa.Value, seen map[ssa.Value]bool) bool {
	if seen[v] {
		return true // a cycle adds no origin
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Extract:
		return r.outbound(v.Tuple, seen)
	case *ssa.Call:
		obj := ssautil.Callee(v.Common())
		return obj != nil && r.Model.Outbound[obj.FullName()]
	case *ssa.Parameter:
		obj, _ := v.Parent().Object().(*types.Func)
		return r.Model.IsClientHook(obj, v.Parent().Signature)
	case *ssa.IndexAddr:
		return r.outbound(v.X, seen) // via[i]
	case *ssa.Index:
		return r.outbound(v.X, seen)
	case *ssa.UnOp:
		return v.Op == token.MUL && r.storedOutbound(v.X, seen)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if !isNil(e) && !r.outbound(e, seen) {
				return false
			}
		}
		return true
	}
	return false
}

// storedOutbound reports whether addr, a local variable (possibly shared
// with closures) or a slice element, holds only outgoing requests.
func (r *Result) storedOutbound(addr ssa.Value, seen map[ssa.Value]bool) bool {
	switch addr := addr.(type) {
	case *ssa.IndexAddr:
		return r.outbound(addr.X, seen)
	case *ssa.FreeVar:
		if b := binding(addr); b != nil {
			return r.storedOutbound(b, seen)
		}
		return false
	case *ssa.Alloc:
		stored := false
		for _, v := range storesTo(addr) {
			if isNil(v) {
				continue // the zero value of the variable
			}
			if !r.outbound(v, seen) {
				return false
			}
			stored = true
		}
		return stored
	}
	return false
}

// storesTo returns the values stored into alloc, in its function and in
// the closures that capture it.
func storesTo(alloc *ssa.Alloc) []ssa.Value {
	var out []ssa.Value
	var visit func(addr ssa.Value)
	visit = func(addr ssa.Value) {
		for _, ref := range *addr.Referrers() {
			switch ref := ref.(type) {
			case *ssa.Store:
				if ref.Addr == addr {
					out = append(out, ref.Val)
				}
			case *ssa.MakeClosure:
				fn := ref.Fn.(*ssa.Function)
				for i, b := range ref.Bindings {
					if b == addr {
						visit(fn.FreeVars[i])
					}
				}
			}
		}
	}
	visit(alloc)
	return out
}

// binding returns the value the closure of fv captured, found at the
// closure's creation in its parent, or nil.
func binding(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	idx := -1
	for i, v := range fn.FreeVars {
		if v == fv {
			idx = i
		}
	}
	if fn.Parent() == nil || idx < 0 {
		return nil
	}
	for _, b := range fn.Parent().Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn {
				return mc.Bindings[idx]
			}
		}
	}
	return nil
}

// isNil reports whether v is the constant nil.
func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}
