package authflow

import (
	"go/constant"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// A Cookie is what can be known statically of a cookie at the call that
// sets it.
type Cookie struct {
	Setter *frameworks.CookieSetter
	Type   *frameworks.CookieType // nil for positional setters
	// Struct is the cookie struct value passed to the setter, or nil.
	Struct ssa.Value
	Name   string // constant name, or ""
	Value  Taint  // origins of the cookie's value
	// Flags holds the cookie's attributes by CookieType field role:
	// "HttpOnly", "Secure", "SameSite", "MaxAge", "Expires".
	Flags map[string]Flag
	// Helper is what the called helper's summary records of the
	// cookie, when the helper builds it from its arguments; nil for a
	// cookie set by the call itself or built by the caller.
	Helper *BuiltCookie
	// Built is what the summary of the function that returned the
	// cookie struct records of it, and BuiltBy the call; nil for a
	// cookie built by the caller.
	Built   *ReturnedCookie
	BuiltBy *ssa.Call

	// deleted is set when the cookie is expired by the helper that
	// builds it, by an empty value or by an expiry in the past.
	deleted bool
}

// A Flag is what is known of one cookie attribute.
type Flag struct {
	Set   bool           // some value was given
	Const constant.Value // a constant given; constant true wins over false
	Any   bool           // some value given is not constant
	Value ssa.Value      // a non-constant value given, for Expires
}

// Bool reports whether the flag is set to the constant true; known is
// false when a non-constant value was given.
func (fl Flag) Bool() (val, known bool) {
	if fl.Any {
		return false, false
	}
	if fl.Const != nil && fl.Const.Kind() == constant.Bool {
		return constant.BoolVal(fl.Const), true
	}
	return false, true
}

// Deleted reports whether the cookie is being expired: MaxAge < 0, or
// Expires set to the Unix epoch or a time in the past.
func (c *Cookie) Deleted() bool {
	if c.deleted {
		return true
	}
	if ma := c.Flags["MaxAge"]; ma.Const != nil && ma.Const.Kind() == constant.Int {
		if v, ok := constant.Int64Val(ma.Const); ok && v < 0 {
			return true
		}
	}
	return false
}

// CookiesAt describes the cookies set by call in fn: by a modelled
// cookie setter, by a helper that passes on a cookie struct it is given,
// or by a helper that builds a cookie from its arguments.
func (r *Result) CookiesAt(fn *ssa.Function, call *ssa.CallCommon) []*Cookie {
	call = direct(fn.Prog, call)
	if impls := r.implementations(call); impls != nil {
		var out []*Cookie
		for _, impl := range impls {
			out = append(out, r.CookiesAt(fn, implCall(call, impl))...)
		}
		return out
	}
	obj := ssautil.Callee(call)
	if obj == nil {
		return nil
	}
	f := r.flow(fn)
	if cs := r.Model.CookieSetters[obj.FullName()]; cs != nil {
		recv, args := ssautil.SplitArgs(call)
		return []*Cookie{r.cookieAt(f, cs, recv, args)}
	}
	sum := f.calleeSummary(call)
	if sum == nil {
		return nil
	}
	var out []*Cookie
	// A helper that sets a cookie struct it is given: the cookie is
	// judged here, where it is built.
	for _, cp := range sum.CookieParams {
		if cs := r.Model.CookieSetters[cp.Setter]; cs != nil && cp.Param < len(call.Args) {
			c := &Cookie{Setter: cs, Flags: map[string]Flag{}}
			r.structCookie(f, c, call.Args[cp.Param])
			out = append(out, c)
		}
	}
	// A helper that builds a cookie from its arguments: the cookie is
	// judged here, with them.
	for i := range sum.Cookies {
		if c := f.helperCookie(&sum.Cookies[i], call); c != nil {
			out = append(out, c)
		}
	}
	return out
}

// cookieAt describes the cookie a setter call sets.
func (r *Result) cookieAt(f *flow, cs *frameworks.CookieSetter, recv ssa.Value, args []ssa.Value) *Cookie {
	c := &Cookie{Setter: cs, Flags: map[string]Flag{}}
	if cs.Positional() {
		c.Name = ssautil.ArgString(args, cs.Name)
		if v := ssautil.Arg(args, cs.Value); v != nil {
			c.Value = f.deepTaint(v)
		}
		for role, i := range map[string]frameworks.Arg{"HttpOnly": cs.HTTPOnly, "Secure": cs.Secure, "MaxAge": cs.MaxAge} {
			if v := ssautil.Arg(args, i); v != nil {
				c.Flags[role] = flagOf([]ssa.Value{v})
			}
		}
		c.Flags["SameSite"] = f.sameSiteOn(recv)
		return c
	}
	if arg := ssautil.Arg(args, cs.Cookie); arg != nil {
		r.structCookie(f, c, arg)
	}
	return c
}

// structCookie fills c from arg, a cookie struct or a pointer to one.
func (r *Result) structCookie(f *flow, c *Cookie, arg ssa.Value) {
	c.Struct = arg
	c.Type = r.Model.CookieType(arg.Type())
	if c.Type == nil {
		return
	}
	c.Flags = r.StructFlags(f.fn, arg, c.Type)
	c.deleted = c.deleted || f.isPastTime(c.Flags["Expires"].Value)
	if n := c.Flags["Name"]; n.Const != nil && n.Const.Kind() == constant.String {
		c.Name = constant.StringVal(n.Const)
	}
	root, path := f.addr(arg)
	c.Value = f.cookieValue(arg, c.Type)
	if _, built := root.(*ssa.Alloc); built && emptyString(f.fieldStores(root, path, c.Type.Value)) {
		c.deleted = true // a cookie built here with no value clears the one the client has
	}
	if call, rcs := f.returnedBy(root); len(rcs) > 0 && path == "" {
		c.BuiltBy, c.Built = call, rcs[0]
	}
}

// emptyString reports whether what was stored is nothing or the empty
// string only.
func emptyString(stored []Stored) bool {
	for _, s := range stored {
		if s.Const == nil || s.Const.Kind() != constant.String || constant.StringVal(s.Const) != "" {
			return false
		}
	}
	return true
}

// StructFlags returns the attributes stored into the cookie or options
// struct v, in fn and in the helpers fn passes it to, and by the
// function that returned it, by role.
func (r *Result) StructFlags(fn *ssa.Function, v ssa.Value, ct *frameworks.CookieType) map[string]Flag {
	stored, _ := r.flow(fn).cookieStored(v, ct)
	flags := map[string]Flag{}
	for role := range cookieFields(ct) {
		flags[role] = flagOfStored(stored[role])
	}
	return flags
}

// cookieFields returns the fields of ct by role, leaving out the roles
// the type has no field for.
func cookieFields(ct *frameworks.CookieType) map[string]string {
	fields := map[string]string{}
	for role, field := range map[string]string{
		"Name": ct.Name, "HttpOnly": ct.HTTPOnly, "Secure": ct.Secure,
		"SameSite": ct.SameSite, "MaxAge": ct.MaxAge, "Expires": ct.Expires,
	} {
		if field != "" {
			fields[role] = field
		}
	}
	return fields
}

// sameSiteOn returns the SameSite given to gin-style SetSameSite calls
// on recv within the function.
func (f *flow) sameSiteOn(recv ssa.Value) Flag {
	return flagOf(f.sameSiteValues(recv))
}

// sameSiteValues returns the modes given to gin-style SetSameSite calls
// on recv within the function.
func (f *flow) sameSiteValues(recv ssa.Value) []ssa.Value {
	if recv == nil || recv.Referrers() == nil {
		return nil // a constant has no calls on it
	}
	var vals []ssa.Value
	for _, ref := range *recv.Referrers() {
		call, ok := ref.(ssa.CallInstruction)
		if !ok {
			continue
		}
		obj := ssautil.Callee(call.Common())
		if obj == nil {
			continue
		}
		if s := f.r.Model.SameSiteSetters[obj.FullName()]; s != nil {
			_, args := ssautil.SplitArgs(call.Common())
			if v := ssautil.Arg(args, s.Arg); v != nil {
				vals = append(vals, v)
			}
		}
	}
	return vals
}

// flagOf summarizes the values given to one attribute.
func flagOf(vals []ssa.Value) Flag {
	var st []Stored
	for _, v := range vals {
		st = append(st, Stored{Value: v, Const: ssautil.ConstValue(v)})
	}
	return flagOfStored(st)
}

// flagOfStored summarizes the stores into one attribute. A constant true
// anywhere wins over constant false, so that "set it later" is honoured.
func flagOfStored(stored []Stored) Flag {
	var fl Flag
	for _, s := range stored {
		fl.Set = true
		switch {
		case s.Const != nil:
			if fl.Const == nil || !(fl.Const.Kind() == constant.Bool && constant.BoolVal(fl.Const)) {
				fl.Const = s.Const
			}
		case s.Value != nil:
			if _, zero := s.Value.(*ssa.Const); zero {
				continue // a zero value from a composite literal
			}
			fl.Any = true
			fl.Value = s.Value
		default:
			fl.Any = true
		}
	}
	return fl
}

// isPastTime reports whether v is a PastTime call given constants, as
// time.Unix(0, 0) or time.Now().Add(-time.Hour): the usual ways to write
// an expiry that deletes a cookie.
func (f *flow) isPastTime(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	obj := ssautil.Callee(call.Common())
	if obj == nil {
		return false
	}
	pt := f.r.Model.PastTimes[obj.FullName()]
	if pt == nil {
		return false
	}
	_, args := ssautil.SplitArgs(call.Common())
	if pt.At != 0 {
		a := ssautil.Arg(args, pt.At)
		return a != nil && ssautil.ConstValue(a) != nil
	}
	for _, a := range args {
		if c := ssautil.ConstValue(a); c != nil && constant.Sign(c) < 0 {
			return true
		}
	}
	return false
}

// deletedNames returns the names of the cookies that v, the names
// argument of a CookieDeleter, deletes: "" stands for a name that is
// not constant, and for no names at all, which deletes every cookie.
func deletedNames(v ssa.Value) []string {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return []string{""} // no names, or a slice passed on with ...
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return []string{""}
	}
	var out []string
	for _, e := range ssautil.Elements(alloc) {
		out = append(out, ssautil.ConstString(e))
	}
	if len(out) == 0 {
		return []string{""}
	}
	return out
}
