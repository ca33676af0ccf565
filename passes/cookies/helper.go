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
	// Attrs are the attributes given, in the order of cookieRoles;
	// unset ones are left out.
	Attrs   []givenAttr
	Value   authflow.Taint // origins of the value, with Param labels
	Deleted bool           // expired by the function itself
	Pos     token.Pos      // the cookie literal or setter call; NoPos when imported
}

// A givenAttr is what a function gives one attribute of a cookie it
// builds, by role (cookieRoles). For a positional setter, a SameSite
// given by parameter N says that parameter N is the setter's receiver,
// whose SetSameSite calls give the mode.
type givenAttr struct {
	Role  string
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
	a, _ := bc.attr("Name")
	if c := a.constant(); c != nil && c.Kind() == constant.String {
		return constant.StringVal(c)
	}
	return ""
}

// NameParam returns the index of the parameter that names the cookie;
// ok is false when no parameter does.
func (bc *builtCookie) NameParam() (i int, ok bool) {
	return bc.paramOf("Name")
}

// paramOf returns the index of the parameter given to the attribute
// role; ok is false when it is given no parameter.
func (bc *builtCookie) paramOf(role string) (i int, ok bool) {
	a, set := bc.attr(role)
	return a.Param, set && a.Given == givenParam
}

// attr returns what is given to the attribute role; set is false when
// nothing is.
func (bc *builtCookie) attr(role string) (a givenAttr, set bool) {
	for _, a := range bc.Attrs {
		if a.Role == role {
			return a, true
		}
	}
	return givenAttr{}, false
}

func (bc *builtCookie) String() string {
	var parts []string
	for _, a := range bc.Attrs {
		parts = append(parts, a.Role+"="+a.String())
		if a.Role == "Name" {
			parts = append(parts, fmt.Sprintf("Value=%v", bc.Value))
		}
	}
	if _, named := bc.attr("Name"); !named {
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
	stored := map[string][]authflow.Stored{}
	switch {
	case cs.Positional():
		for role, i := range map[string]frameworks.Arg{"Name": cs.Name, "HttpOnly": cs.HTTPOnly, "Secure": cs.Secure, "MaxAge": cs.MaxAge} {
			if v := ssautil.Arg(args, i); v != nil {
				stored[role] = []authflow.Stored{{Value: v, Const: ssautil.ConstValue(v)}}
			}
		}
		for _, v := range b.sameSiteValues(recv) {
			stored["SameSite"] = append(stored["SameSite"], authflow.Stored{Value: v, Const: ssautil.ConstValue(v)})
		}
	case s.Type != nil && s.Struct != nil:
		stored, _ = b.cookieStored(fn, s.Struct, s.Type)
	default:
		return nil // a cookie of a type the tables do not describe
	}
	attrs := b.givenAttrs(fn, stored)
	if cs.Positional() {
		b.deferSameSite(fn, attrs, recv)
	}
	bc := &builtCookie{Setter: setter, Attrs: sortAttrs(attrs), Value: s.Value, Deleted: s.Deleted(), Pos: pos}
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
	if p, ok := bc.paramOf("SameSite"); ok && bc.Type == "" && p < len(c.Args) {
		b.deferSameSite(fn, attrs, c.Args[p])
	}
	out := &builtCookie{Setter: bc.Setter, Type: bc.Type, Attrs: sortAttrs(attrs), Value: s.Value, Deleted: s.Deleted(), Pos: bc.Pos}
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
func (b *builder) cookieThrough(fn *ssa.Function, bc *builtCookie, c *ssa.CallCommon) (*setting, map[string][]authflow.Stored) {
	m := b.flow.Model
	s := &setting{Setter: m.CookieSetters[bc.Setter], Attrs: map[string]attrValue{}, Helper: bc, deleted: bc.Deleted}
	if s.Setter == nil {
		return nil, nil
	}
	if bc.Type != "" {
		if s.Type = m.CookieTypes[bc.Type]; s.Type == nil {
			return nil, nil
		}
	}
	stored := b.attrsAt(bc, c)
	for role, st := range stored {
		s.Attrs[role] = knownStored(st)
	}
	s.deleted = s.deleted || b.isPastTime(s.Attrs["Expires"].Value)
	if n := s.Attrs["Name"]; n.Const != nil && n.Const.Kind() == constant.String {
		s.Name = constant.StringVal(n.Const)
	}
	s.Value = b.flow.AtCall(fn, c, bc.Value)
	return s, stored
}

// attrsAt returns, as stores, what the call c gives each attribute of
// bc, the cookie its callee builds.
func (b *builder) attrsAt(bc *builtCookie, c *ssa.CallCommon) map[string][]authflow.Stored {
	out := map[string][]authflow.Stored{}
	for _, a := range bc.Attrs {
		role, p := a.Role, a.Param
		switch {
		case a.Given == givenConst:
			out[role] = []authflow.Stored{{Const: a.constant()}}
		case a.Given == givenOther || p >= len(c.Args):
			out[role] = []authflow.Stored{{}} // some value not known here
		case role == "SameSite" && bc.Type == "":
			for _, v := range b.sameSiteValues(c.Args[p]) {
				out[role] = append(out[role], authflow.Stored{Value: v, Const: ssautil.ConstValue(v)})
			}
		default:
			v := c.Args[p]
			out[role] = []authflow.Stored{{Value: v, Const: ssautil.ConstValue(v)}}
		}
	}
	return out
}

// deferSameSite records, for a positional setter whose SameSite is not
// set in fn, that the parameter recv holds its receiver, so that the
// callers' SetSameSite calls on it count.
func (b *builder) deferSameSite(fn *ssa.Function, attrs map[string]givenAttr, recv ssa.Value) {
	if _, set := attrs["SameSite"]; set {
		return
	}
	if p, ok := b.flow.ParamIndex(fn, recv); ok {
		attrs["SameSite"] = givenAttr{Role: "SameSite", Given: givenParam, Param: p}
	}
}

// sortAttrs returns attrs in the order of cookieRoles.
func sortAttrs(attrs map[string]givenAttr) []givenAttr {
	var out []givenAttr
	for _, role := range cookieRoles {
		if a, ok := attrs[role]; ok {
			out = append(out, a)
		}
	}
	return out
}

// givenAttrs encodes, for a summary, what fn stores into each attribute.
func (b *builder) givenAttrs(fn *ssa.Function, stored map[string][]authflow.Stored) map[string]givenAttr {
	out := map[string]givenAttr{}
	for role, st := range stored {
		if a, ok := b.givenAttr(fn, role, st); ok {
			out[role] = a
		}
	}
	return out
}

// givenAttr encodes what fn stores into the attribute role: its
// constant, the parameter that every non-constant store stores, or
// another value; ok is false if nothing but zero values is stored.
func (b *builder) givenAttr(fn *ssa.Function, role string, stored []authflow.Stored) (a givenAttr, ok bool) {
	k := knownStored(stored)
	switch {
	case !k.Set:
		return givenAttr{}, false
	case !k.Any && k.Const == nil:
		return givenAttr{}, false // zero values only
	case !k.Any:
		return givenAttr{Role: role, Given: givenConst, Const: k.Const.ExactString()}, true
	}
	param, seen := 0, false
	for _, s := range stored {
		if _, zero := s.Value.(*ssa.Const); zero && s.Const == nil {
			continue // a zero value from a composite literal
		}
		p, isParam := b.flow.ParamIndex(fn, s.Value)
		if !isParam || seen && p != param {
			return givenAttr{Role: role, Given: givenOther}, true
		}
		param, seen = p, true
	}
	return givenAttr{Role: role, Given: givenParam, Param: param}, true
}
