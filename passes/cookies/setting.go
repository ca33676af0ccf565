package cookies

import (
	"go/constant"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// A setting is what can be known statically of a cookie at the call
// that sets it.
type setting struct {
	Setter *frameworks.CookieSetter
	Type   *frameworks.CookieType // nil for positional setters
	// Struct is the cookie struct value passed to the setter, or nil.
	Struct ssa.Value
	Name   string         // constant name, or ""
	Value  authflow.Taint // origins of the cookie's value
	// Attrs holds what is known of the cookie's parts by role.
	Attrs attrValues
	// stores are what a cookie struct's parts are given, of which
	// Attrs is the summary; empty for other cookies.
	stores roleStores
	// Helper is what the called helper's summary records of the
	// cookie, when the helper builds it from its arguments; nil for a
	// cookie set by the call itself or built by the caller.
	Helper *builtCookie
	// Built is what the summary of the function that returned the
	// cookie struct records of it, and BuiltBy the call; nil for a
	// cookie built by the caller.
	Built   *returnedCookie
	BuiltBy *ssa.Call

	// deleted is set when the cookie is expired by the helper that
	// builds it, by an empty value or by an expiry in the past.
	deleted bool
}

// Deleted reports whether the cookie is being expired: MaxAge < 0, or
// Expires set to the Unix epoch or a time in the past.
func (s *setting) Deleted() bool {
	if s.deleted {
		return true
	}
	if ma := s.Attrs[roleMaxAge]; ma.Const != nil && ma.Const.Kind() == constant.Int {
		if v, ok := constant.Int64Val(ma.Const); ok && v < 0 {
			return true
		}
	}
	return false
}

// settingsAt describes the cookies set by call in fn: by a modelled
// cookie setter, by a helper that passes on a cookie struct it is given,
// or by a helper that builds a cookie from its arguments.
func (b *builder) settingsAt(fn *ssa.Function, call *ssa.CallCommon) []*setting {
	var out []*setting
	for _, c := range b.flow.Calls(call) {
		obj := ssautil.Callee(c)
		if obj == nil {
			continue
		}
		if cs := b.flow.Model.CookieSetters[obj.FullName()]; cs != nil {
			recv, args := ssautil.SplitArgs(c)
			out = append(out, b.settingAt(fn, cs, recv, args))
			continue
		}
		sum := b.own.Callee(c)
		if sum == nil {
			continue
		}
		// A helper that sets a cookie struct it is given: the cookie is
		// judged here, where it is built.
		for _, cp := range sum.Params {
			if cs := b.flow.Model.CookieSetters[cp.Setter]; cs != nil && cp.Param < len(c.Args) {
				s := &setting{Setter: cs}
				b.structCookie(fn, s, c.Args[cp.Param])
				out = append(out, s)
			}
		}
		// A helper that builds a cookie from its arguments: the cookie is
		// judged here, with them.
		for i := range sum.Built {
			if s, _ := b.cookieThrough(fn, &sum.Built[i], c); s != nil {
				out = append(out, s)
			}
		}
	}
	return out
}

// settingAt describes the cookie a setter call in fn sets.
func (b *builder) settingAt(fn *ssa.Function, cs *frameworks.CookieSetter, recv ssa.Value, args []ssa.Value) *setting {
	s := &setting{Setter: cs}
	if cs.Positional() {
		s.Name = ssautil.ArgString(args, cs.Name)
		if v := ssautil.Arg(args, cs.Value); v != nil {
			s.Value = b.flow.DeepTaint(fn, v)
		}
		for _, r := range []role{roleHTTPOnly, roleSecure, roleMaxAge} {
			if v := ssautil.Arg(args, r.arg(cs)); v != nil {
				s.Attrs[r] = knownOf([]ssa.Value{v})
			}
		}
		s.Attrs[roleSameSite] = knownOf(b.sameSiteValues(recv))
		return s
	}
	if arg := ssautil.Arg(args, cs.Cookie); arg != nil {
		b.structCookie(fn, s, arg)
	}
	return s
}

// structCookie fills s from arg, a cookie struct or a pointer to one in
// fn.
func (b *builder) structCookie(fn *ssa.Function, s *setting, arg ssa.Value) {
	s.Struct = arg
	s.Type = b.flow.Model.CookieType(arg.Type())
	if s.Type == nil {
		return
	}
	s.stores, _ = b.cookieStored(fn, arg, s.Type)
	s.Attrs = s.stores.known()
	s.deleted = s.deleted || b.isPastTime(s.Attrs[roleExpires].Value)
	if n := s.Attrs[roleName]; n.Const != nil && n.Const.Kind() == constant.String {
		s.Name = constant.StringVal(n.Const)
	}
	root, path := b.flow.Addr(fn, arg)
	s.Value = b.flow.FieldTaint(fn, arg, s.Type.Value)
	if _, built := root.(*ssa.Alloc); built && emptyString(b.flow.FieldStores(fn, arg, s.Type.Value)) {
		s.deleted = true // a cookie built here with no value clears the one the client has
	}
	if call, rcs := b.returnedBy(root); len(rcs) > 0 && path == "" {
		s.BuiltBy, s.Built = call, rcs[0]
	}
}

// structAttrs returns what is known of the parts of the cookie or
// options struct v, as fn and the helpers it passes v to store them, and
// as the function that returned it gives them, by role.
func (b *builder) structAttrs(fn *ssa.Function, v ssa.Value, ct *frameworks.CookieType) attrValues {
	stored, _ := b.cookieStored(fn, v, ct)
	return stored.known()
}
