package handlers

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// revokesOwn reports whether the handler ends the session or key the
// request came with by a call named for revoking a credential
// (DeleteAPIKeyByID, RevokeToken), a method of an interface or not,
// given an id derived from the request (the key a middleware put in its
// context, a cookie). A database behind an interface shows no effect,
// so the name decides, but only for the request's own key.
func revokesOwn(h *Handler, flow *authflow.Result) bool {
	req := map[ssa.Value]bool{}
	for i, p := range h.Fn.Params {
		if (i > 0 || h.Fn.Signature.Recv() == nil) && !flow.Model.IsResponse(p.Type()) {
			req[p] = true // the request, or a framework's context holding it
		}
	}
	for _, b := range h.Fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if ok && revokeCall(call.Common()) && slices.ContainsFunc(call.Common().Args, func(a ssa.Value) bool {
				return isID(a.Type()) && fromRequest(a, req, map[ssa.Value]bool{})
			}) {
				return true
			}
		}
	}
	return false
}

// revokeCall reports whether a call is named for revoking one session,
// token or API key. A name only ever hides a finding: a body that ends
// the key in a database (DELETE FROM api_keys) shows no effect.
func revokeCall(call *ssa.CallCommon) bool {
	obj := ssautil.Callee(call)
	return obj != nil && frameworks.CredentialRevokeName.MatchString(obj.Name())
}

// isID reports whether t can hold an id or key: a string, a number, or
// bytes (a UUID).
func isID(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsString|types.IsInteger) != 0
	case *types.Array:
		return isID(u.Elem())
	case *types.Slice:
		return isID(u.Elem())
	}
	return false
}

// fromRequest reports whether v is derived from one of the request
// values req: read from its fields, returned by a call given it, or
// given an id derived from it.
func fromRequest(v ssa.Value, req map[ssa.Value]bool, visited map[ssa.Value]bool) bool {
	if visited[v] {
		return false
	}
	visited[v] = true
	from := func(x ssa.Value) bool { return fromRequest(x, req, visited) }
	switch v := v.(type) {
	case *ssa.Parameter:
		return req[v]
	case *ssa.Field:
		return from(v.X)
	case *ssa.FieldAddr:
		return from(v.X)
	case *ssa.UnOp:
		return from(v.X)
	case *ssa.Extract:
		return from(v.Tuple)
	case *ssa.TypeAssert:
		return from(v.X)
	case *ssa.Convert:
		return from(v.X)
	case *ssa.ChangeType:
		return from(v.X)
	case *ssa.MakeInterface:
		return from(v.X)
	case *ssa.Phi:
		return slices.ContainsFunc(v.Edges, from)
	case *ssa.Alloc:
		return slices.ContainsFunc(*v.Referrers(), func(ref ssa.Instruction) bool {
			st, ok := ref.(*ssa.Store)
			return ok && st.Addr == v && from(st.Val) // key := apiKey(r); key.ID
		})
	case *ssa.Call:
		// The request itself, or an id, passed in: httpmw.APIKey(r),
		// not a context every call of the handler is given.
		if v.Call.IsInvoke() && req[v.Call.Value] {
			return true // c.Get("key") on echo's context
		}
		return slices.ContainsFunc(v.Call.Args, func(a ssa.Value) bool {
			return (req[a] || isID(a.Type())) && from(a)
		})
	}
	return false
}
