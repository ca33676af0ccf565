package authflow

import (
	"fmt"
	"go/constant"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// A BuiltCookie is a cookie that a function builds from its parameters
// and sets, itself or through its callees: a setCookie(w, name, value)
// helper. Only cookies whose name is a parameter or whose value holds
// one are recorded; the helper's callers judge them, with their
// arguments.
type BuiltCookie struct {
	Setter string // the modelled setter's FullName
	Type   string // the cookie struct's type, as the tables name it; "" for positional setters
	// Attrs are the attributes given, in the order of cookieRoles;
	// unset ones are left out.
	Attrs   []CookieAttr
	Value   Taint     // origins of the value, with Param labels
	Deleted bool      // expired by the function itself
	Pos     token.Pos // the cookie literal or setter call; NoPos when imported
}

// A CookieAttr is what a function gives one attribute of a cookie it
// builds, by role ("Name", "HttpOnly", "Secure", "SameSite", "MaxAge",
// "Expires"). For a positional setter, a SameSite given by parameter N
// says that parameter N is the setter's receiver, whose SetSameSite
// calls give the mode.
type CookieAttr struct {
	Role  string
	Given Given
	// Const is the constant given, in go/constant's ExactString form
	// (a fact cannot hold a constant.Value), when Given is GivenConst.
	Const string
	Param int // the parameter given, when Given is GivenParam
}

// Given says what a function gives a cookie attribute.
type Given uint8

const (
	GivenConst Given = iota // a constant
	GivenParam              // the value of one of its parameters
	GivenOther              // another value, which its callers cannot know
)

// String writes the attribute's value as a fact shows it: the constant,
// "paramN" or "?".
func (a CookieAttr) String() string {
	switch a.Given {
	case GivenParam:
		return "param" + strconv.Itoa(a.Param)
	case GivenOther:
		return "?"
	}
	return a.Const
}

// constant returns the constant given, or nil.
func (a CookieAttr) constant() constant.Value {
	if a.Given != GivenConst {
		return nil
	}
	if c := ssautil.ParseConst(a.Const); c != nil && c.Kind() != constant.Unknown {
		return c
	}
	return nil
}

// cookieRoles orders the attributes of a BuiltCookie, so that its
// encoding in a fact is deterministic.
var cookieRoles = []string{"Name", "HttpOnly", "Secure", "SameSite", "MaxAge", "Expires"}

// ConstName returns the cookie's name when the function that builds it
// gives a constant one, or "".
func (bc *BuiltCookie) ConstName() string {
	a, _ := bc.attr("Name")
	if c := a.constant(); c != nil && c.Kind() == constant.String {
		return constant.StringVal(c)
	}
	return ""
}

// NameParam returns the index of the parameter that names the cookie;
// ok is false when no parameter does.
func (bc *BuiltCookie) NameParam() (i int, ok bool) {
	return bc.paramOf("Name")
}

// paramOf returns the index of the parameter given to the attribute
// role; ok is false when it is given no parameter.
func (bc *BuiltCookie) paramOf(role string) (i int, ok bool) {
	a, set := bc.attr(role)
	return a.Param, set && a.Given == GivenParam
}

// attr returns what is given to the attribute role; set is false when
// nothing is.
func (bc *BuiltCookie) attr(role string) (a CookieAttr, set bool) {
	for _, a := range bc.Attrs {
		if a.Role == role {
			return a, true
		}
	}
	return CookieAttr{}, false
}

func (bc *BuiltCookie) String() string {
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
func (bc *BuiltCookie) stripped() BuiltCookie {
	out := *bc
	out.Value, out.Pos = bc.Value.Stripped(), token.NoPos
	return out
}

// fromParams reports whether the cookie's name or value comes from a
// parameter.
func (bc *BuiltCookie) fromParams() bool {
	_, named := bc.NameParam()
	return named || slices.ContainsFunc(bc.Value, func(l Label) bool { return l.Kind == Param })
}

// builtCookie returns what f's summary records of ck, the cookie that a
// call in f to the setter cs (named setter) sets, when its name or value
// comes from f's parameters; nil otherwise.
func (f *flow) builtCookie(setter string, cs *frameworks.CookieSetter, ck *Cookie, recv ssa.Value, args []ssa.Value, pos token.Pos) *BuiltCookie {
	stored := map[string][]Stored{}
	switch {
	case cs.Positional():
		for role, i := range map[string]frameworks.Arg{"Name": cs.Name, "HttpOnly": cs.HTTPOnly, "Secure": cs.Secure, "MaxAge": cs.MaxAge} {
			if v := ssautil.Arg(args, i); v != nil {
				stored[role] = []Stored{{Value: v, Const: ssautil.ConstValue(v)}}
			}
		}
		for _, v := range f.sameSiteValues(recv) {
			stored["SameSite"] = append(stored["SameSite"], Stored{Value: v, Const: ssautil.ConstValue(v)})
		}
	case ck.Type != nil && ck.Struct != nil:
		stored, _ = f.cookieStored(ck.Struct, ck.Type)
	default:
		return nil // a cookie of a type the tables do not describe
	}
	attrs := f.attrs(stored)
	if cs.Positional() {
		f.deferSameSite(attrs, recv)
	}
	bc := &BuiltCookie{Setter: setter, Attrs: sortAttrs(attrs), Value: ck.Value, Deleted: ck.Deleted(), Pos: pos}
	if ck.Type != nil {
		bc.Type = ck.Type.Type
		if p := ck.Struct.Pos(); p.IsValid() {
			bc.Pos = p // the literal
		}
	}
	if !bc.fromParams() {
		return nil
	}
	return bc
}

// passedOn returns what f's summary records of bc, a cookie built by
// the callee of c, when f's own parameters still name it or give its
// value; nil otherwise.
func (f *flow) passedOn(bc *BuiltCookie, c *ssa.CallCommon) *BuiltCookie {
	ck, stored := f.cookieThrough(bc, c)
	if ck == nil {
		return nil
	}
	attrs := f.attrs(stored)
	if p, ok := bc.paramOf("SameSite"); ok && bc.Type == "" && p < len(c.Args) {
		f.deferSameSite(attrs, c.Args[p])
	}
	out := &BuiltCookie{Setter: bc.Setter, Type: bc.Type, Attrs: sortAttrs(attrs), Value: ck.Value, Deleted: ck.Deleted(), Pos: bc.Pos}
	if !out.Pos.IsValid() {
		out.Pos = c.Pos() // built in another package
	}
	if !out.fromParams() {
		return nil
	}
	return out
}

// helperCookie describes the cookie bc that the callee of c builds from
// its arguments, as the call gives them.
func (f *flow) helperCookie(bc *BuiltCookie, c *ssa.CallCommon) *Cookie {
	ck, _ := f.cookieThrough(bc, c)
	return ck
}

// cookieThrough describes the cookie bc that the callee of c builds,
// with the call's arguments, and returns what the call gives each of
// its attributes; nil if the setter or cookie type is not modelled.
func (f *flow) cookieThrough(bc *BuiltCookie, c *ssa.CallCommon) (*Cookie, map[string][]Stored) {
	m := f.r.Model
	ck := &Cookie{Setter: m.CookieSetters[bc.Setter], Flags: map[string]Flag{}, Helper: bc, deleted: bc.Deleted}
	if ck.Setter == nil {
		return nil, nil
	}
	if bc.Type != "" {
		if ck.Type = m.CookieTypes[bc.Type]; ck.Type == nil {
			return nil, nil
		}
	}
	stored := f.attrsAt(bc, c)
	for role, st := range stored {
		ck.Flags[role] = flagOfStored(st)
	}
	ck.deleted = ck.deleted || f.isPastTime(ck.Flags["Expires"].Value)
	if n := ck.Flags["Name"]; n.Const != nil && n.Const.Kind() == constant.String {
		ck.Name = constant.StringVal(n.Const)
	}
	ck.Value = bc.Value.subst(f.actuals(c), c.Pos())
	return ck, stored
}

// attrsAt returns, as stores, what the call c gives each attribute of
// bc, the cookie its callee builds.
func (f *flow) attrsAt(bc *BuiltCookie, c *ssa.CallCommon) map[string][]Stored {
	out := map[string][]Stored{}
	for _, a := range bc.Attrs {
		role, p := a.Role, a.Param
		switch {
		case a.Given == GivenConst:
			out[role] = []Stored{{Const: a.constant()}}
		case a.Given == GivenOther || p >= len(c.Args):
			out[role] = []Stored{{}} // some value not known here
		case role == "SameSite" && bc.Type == "":
			for _, v := range f.sameSiteValues(c.Args[p]) {
				out[role] = append(out[role], Stored{Value: v, Const: ssautil.ConstValue(v)})
			}
		default:
			v := c.Args[p]
			out[role] = []Stored{{Value: v, Const: ssautil.ConstValue(v)}}
		}
	}
	return out
}

// deferSameSite records, for a positional setter whose SameSite is not
// set in f, that the parameter recv holds its receiver, so that the
// callers' SetSameSite calls on it count.
func (f *flow) deferSameSite(attrs map[string]CookieAttr, recv ssa.Value) {
	if _, set := attrs["SameSite"]; set {
		return
	}
	if p := f.paramIndex(recv); p >= 0 {
		attrs["SameSite"] = CookieAttr{Role: "SameSite", Given: GivenParam, Param: p}
	}
}

// sortAttrs returns attrs in the order of cookieRoles.
func sortAttrs(attrs map[string]CookieAttr) []CookieAttr {
	var out []CookieAttr
	for _, role := range cookieRoles {
		if a, ok := attrs[role]; ok {
			out = append(out, a)
		}
	}
	return out
}

// attrs encodes, for a summary, what is stored into each attribute.
func (f *flow) attrs(stored map[string][]Stored) map[string]CookieAttr {
	out := map[string]CookieAttr{}
	for role, st := range stored {
		if a, ok := f.attr(role, st); ok {
			out[role] = a
		}
	}
	return out
}

// attr encodes what is stored into the attribute role: its constant,
// the parameter that every non-constant store stores, or another
// value; ok is false if nothing but zero values is stored.
func (f *flow) attr(role string, stored []Stored) (a CookieAttr, ok bool) {
	fl := flagOfStored(stored)
	switch {
	case !fl.Set:
		return CookieAttr{}, false
	case !fl.Any && fl.Const == nil:
		return CookieAttr{}, false // zero values only
	case !fl.Any:
		return CookieAttr{Role: role, Given: GivenConst, Const: fl.Const.ExactString()}, true
	}
	param, seen := 0, false
	for _, s := range stored {
		if _, zero := s.Value.(*ssa.Const); zero && s.Const == nil {
			continue // a zero value from a composite literal
		}
		p := f.paramIndex(s.Value)
		if p < 0 || seen && p != param {
			return CookieAttr{Role: role, Given: GivenOther}, true
		}
		param, seen = p, true
	}
	return CookieAttr{Role: role, Given: GivenParam, Param: param}, true
}
