package tokenquery

import (
	"go/token"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
)

// restoresMinted reports whether the value read by v is only tested for
// presence and handed to calls whose results stand in for an identifier
// the handler otherwise mints afresh (peer := uuid.New(); if tok != ""
// { peer, err = verify(tok) }). Such a value resumes something the
// server issued earlier, and the request goes on without it under a new
// one: it authenticates no one. A credential is not replaced by a fresh
// value when it is missing.
func restoresMinted(flow *authflow.Result, fn *ssa.Function, v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	handed := false
	for _, ref := range *refs {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.BinOp:
			if _, isConst := ref.Y.(*ssa.Const); !isConst || (ref.Op != token.EQL && ref.Op != token.NEQ) {
				return false // not a presence test
			}
		case *ssa.Call:
			if !resultsMergedWithFresh(flow, fn, ref) {
				return false
			}
			handed = true
		default:
			return false
		}
	}
	return handed
}

// resultsMergedWithFresh reports whether a result of call meets a
// freshly minted value it replaces, at a phi or in a variable both are
// stored in.
func resultsMergedWithFresh(flow *authflow.Result, fn *ssa.Function, call *ssa.Call) bool {
	results := []ssa.Value{call}
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok {
			results = append(results, ex)
		}
	}
	for _, res := range results {
		for _, ref := range *res.Referrers() {
			if slices.ContainsFunc(alternatives(ref, res), func(e ssa.Value) bool { return flow.Taint(fn, e).Minted() }) {
				return true
			}
		}
	}
	return false
}

// alternatives returns the values that ref, a use of res, merges res
// with: the other edges of a phi, the other values stored in a local
// variable.
func alternatives(ref ssa.Instruction, res ssa.Value) []ssa.Value {
	var out []ssa.Value
	switch ref := ref.(type) {
	case *ssa.Phi:
		out = ref.Edges
	case *ssa.Store:
		alloc, ok := ref.Addr.(*ssa.Alloc)
		if !ok || ref.Val != res {
			return nil
		}
		for _, r := range *alloc.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == alloc {
				out = append(out, st.Val)
			}
		}
	}
	return slices.DeleteFunc(slices.Clone(out), func(v ssa.Value) bool { return v == res })
}
