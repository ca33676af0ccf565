package cookies

import (
	"go/constant"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// An attrValue is what is known of one cookie attribute.
type attrValue struct {
	Set   bool           // some value was given
	Const constant.Value // a constant given; constant true wins over false
	Any   bool           // some value given is not constant
	Value ssa.Value      // a non-constant value given, for Expires
}

// Bool reports whether the attribute is set to the constant true; ok is
// false when a non-constant value was given.
func (k attrValue) Bool() (val, ok bool) {
	if k.Any {
		return false, false
	}
	if k.Const != nil && k.Const.Kind() == constant.Bool {
		return constant.BoolVal(k.Const), true
	}
	return false, true
}

// knownOf summarizes the values given to one attribute.
func knownOf(vals []ssa.Value) attrValue {
	var st []authflow.Stored
	for _, v := range vals {
		st = append(st, authflow.Stored{Value: v, Const: ssautil.ConstValue(v)})
	}
	return knownStored(st)
}

// knownStored summarizes the stores into one attribute. A constant true
// anywhere wins over constant false, so that "set it later" is honoured.
func knownStored(stored []authflow.Stored) attrValue {
	var k attrValue
	for _, s := range stored {
		k.Set = true
		switch {
		case s.Const != nil:
			if k.Const == nil || !(k.Const.Kind() == constant.Bool && constant.BoolVal(k.Const)) {
				k.Const = s.Const
			}
		case s.Value != nil:
			if _, zero := s.Value.(*ssa.Const); zero {
				continue // a zero value from a composite literal
			}
			k.Any = true
			k.Value = s.Value
		default:
			k.Any = true
		}
	}
	return k
}

// A role is a part of a cookie that its description follows: its name,
// the protective attributes, and the expiry that says it is deleted. The
// order is that of a summary's encoding.
type role uint8

const (
	roleName role = iota
	roleHTTPOnly
	roleSecure
	roleSameSite
	roleMaxAge
	roleExpires
	numRoles
)

// String returns the role's name, as the cookie struct's field is
// usually called.
func (r role) String() string {
	return [numRoles]string{"Name", "HttpOnly", "Secure", "SameSite", "MaxAge", "Expires"}[r]
}

// roleOf returns the role of the protective attribute a.
func roleOf(a Attribute) role {
	return [numAttributes]role{HTTPOnly: roleHTTPOnly, Secure: roleSecure, SameSite: roleSameSite}[a]
}

// field returns the field of ct that holds r, or "" if it has none.
func (r role) field(ct *frameworks.CookieType) string {
	return [numRoles]string{ct.Name, ct.HTTPOnly, ct.Secure, ct.SameSite, ct.MaxAge, ct.Expires}[r]
}

// arg returns the argument of the positional setter cs that gives r,
// or the zero Arg when none does.
func (r role) arg(cs *frameworks.CookieSetter) frameworks.Arg {
	return [numRoles]frameworks.Arg{roleName: cs.Name, roleHTTPOnly: cs.HTTPOnly, roleSecure: cs.Secure, roleMaxAge: cs.MaxAge}[r]
}

// attrValues holds what is known of each role of a cookie or options
// struct.
type attrValues [numRoles]attrValue

// merge adds what o knows of each role to vs.
func (vs *attrValues) merge(o attrValues) {
	for r := range numRoles {
		vs[r] = merge(vs[r], o[r])
	}
}

// anySet reports whether some value was given to some role.
func (vs *attrValues) anySet() bool {
	for _, v := range vs {
		if v.Set {
			return true
		}
	}
	return false
}

// emptyString reports whether what was stored is nothing or the empty
// string only.
func emptyString(stored []authflow.Stored) bool {
	for _, s := range stored {
		if s.Const == nil || s.Const.Kind() != constant.String || constant.StringVal(s.Const) != "" {
			return false
		}
	}
	return true
}

// sameSiteValues returns the modes given to gin-style SetSameSite calls
// on recv within its function.
func (b *builder) sameSiteValues(recv ssa.Value) []ssa.Value {
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
		if s := b.flow.Model.SameSiteSetters[obj.FullName()]; s != nil {
			_, args := ssautil.SplitArgs(call.Common())
			if v := ssautil.Arg(args, s.Arg); v != nil {
				vals = append(vals, v)
			}
		}
	}
	return vals
}

// isPastTime reports whether v is a PastTime call given constants, as
// time.Unix(0, 0) or time.Now().Add(-time.Hour): the usual ways to write
// an expiry that deletes a cookie.
func (b *builder) isPastTime(v ssa.Value) bool {
	call, obj := ssautil.CallOf(v)
	if obj == nil {
		return false
	}
	pt := b.flow.Model.PastTimes[obj.FullName()]
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
