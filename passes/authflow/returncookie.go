package authflow

import (
	"fmt"
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
)

// A ReturnedCookie is a cookie struct that a function returns for its
// caller to set: a newSessionCookie(name, value) constructor, or a
// helper that sets some attributes of the cookie it is given and
// returns it (c.Secure = cfg.Secure; return c). Its callers judge it,
// with their arguments.
type ReturnedCookie struct {
	Result int // the index of the result
	// From is the index + 1 of the parameter holding the cookie that is
	// returned, which keeps the attributes its caller gave it; 0 for a
	// cookie the function builds.
	From int
	BuiltCookie
}

func (rc *ReturnedCookie) String() string {
	s := fmt.Sprintf("result%d=%v", rc.Result, &rc.BuiltCookie)
	if rc.From > 0 {
		s += fmt.Sprintf(" from param%d", rc.From-1)
	}
	return s
}

// FromParam reports whether the function gives the attribute role a
// parameter's value.
func (rc *ReturnedCookie) FromParam(role string) bool {
	_, ok := rc.paramOf(role)
	return ok
}

// returnedCookies records, for the summary, the cookies of modelled
// types that f returns.
func (f *flow) returnedCookies(sum *Summary) {
	for _, b := range f.fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			ct := f.r.Model.CookieType(r.Type())
			if ct == nil || !f.knownCookie(r) {
				continue
			}
			stored, from := f.cookieStored(r, ct)
			rc := ReturnedCookie{Result: i, From: from, BuiltCookie: BuiltCookie{
				Type:  ct.Type,
				Attrs: sortAttrs(f.attrs(stored)),
				Value: f.cookieValue(r, ct),
				Pos:   r.Pos(),
			}}
			if _, built := r.(*ssa.Alloc); !built {
				rc.Pos = token.NoPos // not a literal here
			}
			sum.Returns = append(sum.Returns, rc)
		}
	}
}

// knownCookie reports whether the cookie struct v is one whose
// attributes f can tell: built here, a parameter's, or returned by a
// call whose callee's summary says; not one chosen among several (a
// phi) or loaded from elsewhere.
func (f *flow) knownCookie(v ssa.Value) bool {
	root, path := f.addr(v)
	if _, built := root.(*ssa.Alloc); built {
		return true
	}
	if _, rcs := f.returnedBy(root); len(rcs) > 0 && path == "" {
		return true
	}
	return f.paramIndex(v) >= 0
}

// cookieStored returns what is stored into each attribute of the cookie
// struct v by role: in f and the helpers f passes it to, and, when v is
// the result of a call that returns a cookie, what the callee gives it
// with the call's arguments. from is the index + 1 of f's parameter
// whose cookie v is, or 0.
func (f *flow) cookieStored(v ssa.Value, ct *frameworks.CookieType) (stored map[string][]Stored, from int) {
	root, path := f.addr(v)
	call, rcs := f.returnedBy(root)
	if path != "" {
		rcs = nil // a cookie inside what the call returns
	}
	stored = map[string][]Stored{}
	for role, field := range cookieFields(ct) {
		for _, s := range f.fieldStores(root, path, field) {
			if len(rcs) > 0 && s.Value == nil && s.Pos == call.Pos() {
				continue // the callee's writes into its result, which rcs describe
			}
			stored[role] = append(stored[role], s)
		}
	}
	if p := f.paramIndex(v); p >= 0 {
		from = p + 1
	}
	for _, rc := range rcs {
		for role, st := range f.attrsAt(&rc.BuiltCookie, call.Common()) {
			stored[role] = append(stored[role], st...)
		}
		if rc.From == 0 || rc.From > len(call.Common().Args) {
			continue
		}
		given, argFrom := f.cookieStored(call.Common().Args[rc.From-1], ct)
		for role, st := range given {
			stored[role] = append(stored[role], st...)
		}
		from = argFrom
	}
	return stored, from
}

// cookieValue returns the origins of the value of the cookie struct v.
func (f *flow) cookieValue(v ssa.Value, ct *frameworks.CookieType) Taint {
	root, path := f.addr(v)
	t, _ := f.taint[v].union(f.memTaint(root, path+"."+ct.Value))
	return t
}

// returnedBy returns the call whose result root is, and what its
// callee's summary records of the cookies it returns there (one per
// return statement).
func (f *flow) returnedBy(root ssa.Value) (*ssa.Call, []*ReturnedCookie) {
	i := 0
	if e, ok := root.(*ssa.Extract); ok {
		root, i = e.Tuple, e.Index
	}
	call, ok := root.(*ssa.Call)
	if !ok {
		return nil, nil
	}
	sum := f.calleeSummary(call.Common())
	if sum == nil {
		return nil, nil
	}
	var out []*ReturnedCookie
	for j := range sum.Returns {
		if sum.Returns[j].Result == i {
			out = append(out, &sum.Returns[j])
		}
	}
	return call, out
}
