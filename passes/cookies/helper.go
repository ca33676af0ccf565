package cookies

import (
	"fmt"
	"go/constant"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// A builtCookie is a cookie that a function builds from its parameters
// and sets, itself or through its callees: a setCookie(w, name, value)
// helper. Only cookies whose name is a parameter or whose value holds
// one are recorded; the helper's callers judge them, with their
// arguments.
type builtCookie struct {
	Setter string // the modelled setter's FullName
	Type   string // the cookie struct's type, as the tables name it; "" for positional setters
	// Attrs are the parts given, in the order of their roles; unset
	// ones are left out.
	Attrs   []givenAttr
	Value   authflow.Taint // origins of the value, with Param labels
	Deleted bool           // expired by the function itself
	Pos     token.Pos      // the cookie literal or setter call; NoPos when imported
}

// A givenAttr is what a function gives one part of a cookie it builds.
// For a positional setter, a SameSite given by parameter N says that
// parameter N is the setter's receiver, whose SetSameSite calls give the
// mode.
type givenAttr struct {
	Role  role
	Given given
	// Const is the constant given, in go/constant's ExactString form
	// (a fact cannot hold a constant.Value), when Given is givenConst.
	Const string
	Param int // the parameter given, when Given is givenParam
}

// given says what a function gives a cookie attribute.
type given uint8

const (
	givenConst given = iota // a constant
	givenParam              // the value of one of its parameters
	givenOther              // another value, which its callers cannot know
)

// String writes the attribute's value as a fact shows it: the constant,
// "paramN" or "?".
func (a givenAttr) String() string {
	switch a.Given {
	case givenParam:
		return "param" + strconv.Itoa(a.Param)
	case givenOther:
		return "?"
	}
	return a.Const
}

// constant returns the constant given, or nil.
func (a givenAttr) constant() constant.Value {
	if a.Given != givenConst {
		return nil
	}
	if c := ssautil.ParseConst(a.Const); c != nil && c.Kind() != constant.Unknown {
		return c
	}
	return nil
}

// ConstName returns the cookie's name when the function that builds it
// gives a constant one, or "".
func (bc *builtCookie) ConstName() string {
	a, _ := bc.attr(roleName)
	if c := a.constant(); c != nil && c.Kind() == constant.String {
		return constant.StringVal(c)
	}
	return ""
}

// NameParam returns the index of the parameter that names the cookie;
// ok is false when no parameter does.
func (bc *builtCookie) NameParam() (i int, ok bool) {
	return bc.paramOf(roleName)
}

// paramOf returns the index of the parameter given to the part r; ok is
// false when it is given no parameter.
func (bc *builtCookie) paramOf(r role) (i int, ok bool) {
	a, set := bc.attr(r)
	return a.Param, set && a.Given == givenParam
}

// attr returns what is given to the part r; set is false when nothing
// is.
func (bc *builtCookie) attr(r role) (a givenAttr, set bool) {
	for _, a := range bc.Attrs {
		if a.Role == r {
			return a, true
		}
	}
	return givenAttr{}, false
}

func (bc *builtCookie) String() string {
	var parts []string
	for _, a := range bc.Attrs {
		parts = append(parts, a.Role.String()+"="+a.String())
		if a.Role == roleName {
			parts = append(parts, fmt.Sprintf("Value=%v", bc.Value))
		}
	}
	if _, named := bc.attr(roleName); !named {
		parts = append([]string{fmt.Sprintf("Value=%v", bc.Value)}, parts...)
	}
	if bc.Deleted {
		parts = append(parts, "deleted")
	}
	return "cookie(" + strings.Join(parts, " ") + ")"
}

// stripped returns bc without positions, for export in a fact.
func (bc *builtCookie) stripped() builtCookie {
	out := *bc
	out.Value, out.Pos = bc.Value.Stripped(), token.NoPos
	return out
}

// fromParams reports whether the cookie's name or value comes from a
// parameter.
func (bc *builtCookie) fromParams() bool {
	_, named := bc.NameParam()
	return named || slices.ContainsFunc(bc.Value, func(l authflow.Label) bool { return l.Kind == authflow.Param })
}

// builtCookie returns what fn's summary records of s, the cookie that a
// call in fn to the setter cs (named setter) sets, when its name or
// value comes from fn's parameters; nil otherwise.
func (b *builder) builtCookie(fn *ssa.Function, setter string, cs *frameworks.CookieSetter, s *setting, recv ssa.Value, args []ssa.Value, pos token.Pos) *builtCookie {
	var stored roleStores
	switch {
	case cs.Positional():
		for r := range numRoles {
			if v := ssautil.Arg(args, r.arg(cs)); v != nil {
				stored[r] = []authflow.Stored{{Value: v, Const: ssautil.ConstValue(v)}}
			}
		}
		for _, v := range b.sameSiteValues(recv) {
			stored[roleSameSite] = append(stored[roleSameSite], authflow.Stored{Value: v, Const: ssautil.ConstValue(v)})
		}
	case s.Type != nil && s.Struct != nil:
		stored = s.stores // as structCookie found them
	default:
		return nil // a cookie of a type the tables do not describe
	}
	attrs := b.givenAttrs(fn, stored)
	if cs.Positional() {
		attrs = b.deferSameSite(fn, attrs, recv)
	}
	bc := &builtCookie{Setter: setter, Attrs: attrs, Value: s.Value, Deleted: s.Deleted(), Pos: pos}
	if s.Type != nil {
		bc.Type = s.Type.Type
		if p := s.Struct.Pos(); p.IsValid() {
			bc.Pos = p // the literal
		}
	}
	if !bc.fromParams() {
		return nil
	}
	return bc
}

// passedOn returns what fn's summary records of bc, a cookie built by
// the callee of c, when fn's own parameters still name it or give its
// value; nil otherwise.
func (b *builder) passedOn(fn *ssa.Function, bc *builtCookie, c *ssa.CallCommon) *builtCookie {
	s, stored := b.cookieThrough(fn, bc, c)
	if s == nil {
		return nil
	}
	attrs := b.givenAttrs(fn, stored)
	if p, ok := bc.paramOf(roleSameSite); ok && bc.Type == "" && p < len(c.Args) {
		attrs = b.deferSameSite(fn, attrs, c.Args[p])
	}
	out := &builtCookie{Setter: bc.Setter, Type: bc.Type, Attrs: attrs, Value: s.Value, Deleted: s.Deleted(), Pos: bc.Pos}
	if !out.Pos.IsValid() {
		out.Pos = c.Pos() // built in another package
	}
	if !out.fromParams() {
		return nil
	}
	return out
}

// cookieThrough describes the cookie bc that the callee of c, a call in
// fn, builds, with the call's arguments, and returns what the call gives
// each of its attributes; nil if the setter or cookie type is not
// modelled.
func (b *builder) cookieThrough(fn *ssa.Function, bc *builtCookie, c *ssa.CallCommon) (*setting, roleStores) {
	m := b.flow.Model
	s := &setting{Setter: m.CookieSetters[bc.Setter], Helper: bc, deleted: bc.Deleted}
	if s.Setter == nil {
		return nil, roleStores{}
	}
	if bc.Type != "" {
		if s.Type = m.CookieTypes[bc.Type]; s.Type == nil {
			return nil, roleStores{}
		}
	}
	stored := b.attrsAt(bc, c)
	s.Attrs = stored.known()
	s.deleted = s.deleted || b.isPastTime(s.Attrs[roleExpires].Value)
	if n := s.Attrs[roleName]; n.Const != nil && n.Const.Kind() == constant.String {
		s.Name = constant.StringVal(n.Const)
	}
	s.Value = b.flow.AtCall(fn, c, bc.Value)
	return s, stored
}

// attrsAt returns, as stores, what the call c gives each attribute of
// bc, the cookie its callee builds.
func (b *builder) attrsAt(bc *builtCookie, c *ssa.CallCommon) roleStores {
	var out roleStores
	for _, a := range bc.Attrs {
		r, p := a.Role, a.Param
		switch {
		case a.Given == givenConst:
			out[r] = []authflow.Stored{{Const: a.constant()}}
		case a.Given == givenOther || p >= len(c.Args):
			out[r] = []authflow.Stored{{}} // some value not known here
		case r == roleSameSite && bc.Type == "":
			for _, v := range b.sameSiteValues(c.Args[p]) {
				out[r] = append(out[r], authflow.Stored{Value: v, Const: ssautil.ConstValue(v)})
			}
		default:
			v := c.Args[p]
			out[r] = []authflow.Stored{{Value: v, Const: ssautil.ConstValue(v)}}
		}
	}
	return out
}

// deferSameSite returns attrs with, for a positional setter whose
// SameSite is not set in fn, the parameter recv that holds its receiver
// as the SameSite given, so that the callers' SetSameSite calls on it
// count.
func (b *builder) deferSameSite(fn *ssa.Function, attrs []givenAttr, recv ssa.Value) []givenAttr {
	if slices.ContainsFunc(attrs, func(a givenAttr) bool { return a.Role == roleSameSite }) {
		return attrs
	}
	p, ok := b.flow.ParamIndex(fn, recv)
	if !ok {
		return attrs
	}
	i := slices.IndexFunc(attrs, func(a givenAttr) bool { return a.Role > roleSameSite })
	if i < 0 {
		i = len(attrs)
	}
	return slices.Insert(attrs, i, givenAttr{Role: roleSameSite, Given: givenParam, Param: p})
}

// givenAttrs encodes, for a summary, what fn stores into each part, in
// the order of their roles.
func (b *builder) givenAttrs(fn *ssa.Function, stored roleStores) []givenAttr {
	var out []givenAttr
	for r, st := range stored {
		if a, ok := b.givenAttr(fn, role(r), st); ok {
			out = append(out, a)
		}
	}
	return out
}

// givenAttr encodes what fn stores into the part r: its constant, the
// parameter that every non-constant store stores, or another value; ok
// is false if nothing but zero values is stored.
func (b *builder) givenAttr(fn *ssa.Function, r role, stored []authflow.Stored) (a givenAttr, ok bool) {
	k := knownStored(stored)
	switch {
	case !k.Set:
		return givenAttr{}, false
	case !k.Any && k.Const == nil:
		return givenAttr{}, false // zero values only
	case !k.Any:
		return givenAttr{Role: r, Given: givenConst, Const: k.Const.ExactString()}, true
	}
	param, seen := 0, false
	for _, s := range stored {
		if _, zero := s.Value.(*ssa.Const); zero && s.Const == nil {
			continue // a zero value from a composite literal
		}
		p, isParam := b.flow.ParamIndex(fn, s.Value)
		if !isParam || seen && p != param {
			return givenAttr{Role: r, Given: givenOther}, true
		}
		param, seen = p, true
	}
	return givenAttr{Role: r, Given: givenParam, Param: param}, true
}
