package cookies

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
)

// A returnedCookie is a cookie struct that a function returns for its
// caller to set: a newSessionCookie(name, value) constructor, or a
// helper that sets some attributes of the cookie it is given and
// returns it (c.Secure = cfg.Secure; return c). Its callers judge it,
// with their arguments.
type returnedCookie struct {
	Result int // the index of the result
	// From is the index + 1 of the parameter holding the cookie that is
	// returned, which keeps the attributes its caller gave it; 0 for a
	// cookie the function builds.
	From   int
	Cookie builtCookie
}

func (rc *returnedCookie) String() string {
	s := fmt.Sprintf("result%d=%v", rc.Result, &rc.Cookie)
	if rc.From > 0 {
		s += fmt.Sprintf(" from param%d", rc.From-1)
	}
	return s
}

// FromParam reports whether the function gives the attribute role a
// parameter's value.
func (rc *returnedCookie) FromParam(r role) bool {
	_, ok := rc.Cookie.paramOf(r)
	return ok
}

// returnedCookies returns the cookies of modelled types that fn returns.
func (b *builder) returnedCookies(fn *ssa.Function) []returnedCookie {
	var out []returnedCookie
	for _, blk := range fn.Blocks {
		ret, ok := blk.Instrs[len(blk.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			ct := b.flow.Model.CookieType(r.Type())
			if ct == nil || !b.knownCookie(fn, r) {
				continue
			}
			stored, from := b.cookieStored(fn, r, ct)
			rc := returnedCookie{Result: i, From: from, Cookie: builtCookie{
				Type:  ct.Type,
				Attrs: b.givenAttrs(fn, stored),
				Value: b.flow.FieldTaint(fn, r, ct.Value),
				Pos:   r.Pos(),
			}}
			if _, built := r.(*ssa.Alloc); !built {
				rc.Cookie.Pos = token.NoPos // not a literal here
			}
			out = append(out, rc)
		}
	}
	return out
}

// knownCookie reports whether the cookie struct v is one whose
// attributes fn can tell: built there, a parameter's, or returned by a
// call whose callee's summary says; not one chosen among several (a
// phi) or loaded from elsewhere.
func (b *builder) knownCookie(fn *ssa.Function, v ssa.Value) bool {
	root, path := b.flow.Addr(fn, v)
	if _, built := root.(*ssa.Alloc); built {
		return true
	}
	if _, rcs := b.returnedBy(root); len(rcs) > 0 && path == "" {
		return true
	}
	_, isParam := b.flow.ParamIndex(fn, v)
	return isParam
}

// roleStores holds what is stored into each part of a cookie, by role.
type roleStores [numRoles][]authflow.Stored

// known summarizes what is stored into each part.
func (rs *roleStores) known() attrValues {
	var attrs attrValues
	for r, st := range rs {
		attrs[r] = knownStored(st)
	}
	return attrs
}

// add appends o's stores to rs.
func (rs *roleStores) add(o roleStores) {
	for r := range numRoles {
		rs[r] = append(rs[r], o[r]...)
	}
}

// cookieStored returns what is stored into each part of the cookie
// struct v by role: in fn and the helpers fn passes it to, and, when v
// is the result of a call that returns a cookie, what the callee gives
// it with the call's arguments. from is the index + 1 of fn's parameter
// whose cookie v is, or 0.
func (b *builder) cookieStored(fn *ssa.Function, v ssa.Value, ct *frameworks.CookieType) (stored roleStores, from int) {
	root, path := b.flow.Addr(fn, v)
	call, rcs := b.returnedBy(root)
	if path != "" {
		rcs = nil // a cookie inside what the call returns
	}
	for r := range numRoles {
		field := r.field(ct)
		if field == "" {
			continue
		}
		for _, s := range b.flow.FieldStores(fn, v, field) {
			if len(rcs) > 0 && s.Value == nil && s.Pos == call.Pos() {
				continue // the callee's writes into its result, which rcs describe
			}
			stored[r] = append(stored[r], s)
		}
	}
	if p, ok := b.flow.ParamIndex(fn, v); ok {
		from = p + 1
	}
	for _, rc := range rcs {
		stored.add(b.attrsAt(&rc.Cookie, call.Common()))
		if rc.From == 0 || rc.From > len(call.Common().Args) {
			continue
		}
		given, argFrom := b.cookieStored(fn, call.Common().Args[rc.From-1], ct)
		stored.add(given)
		from = argFrom
	}
	return stored, from
}

// returnedBy returns the call whose result root is, and what its
// callee's summary records of the cookies it returns there (one per
// return statement).
func (b *builder) returnedBy(root ssa.Value) (*ssa.Call, []*returnedCookie) {
	i := 0
	if e, ok := root.(*ssa.Extract); ok {
		root, i = e.Tuple, e.Index
	}
	call, ok := root.(*ssa.Call)
	if !ok {
		return nil, nil
	}
	sum := b.own.Callee(call.Common())
	if sum == nil {
		return nil, nil
	}
	var out []*returnedCookie
	for j := range sum.Returns {
		if sum.Returns[j].Result == i {
			out = append(out, &sum.Returns[j])
		}
	}
	return call, out
}
