package cookies

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// A Cookie is a cookie set by a call of the package.
type Cookie struct {
	Call   ssa.CallInstruction // the call that sets it
	Setter *frameworks.CookieSetter
	Type   *frameworks.CookieType // nil for positional setters
	Name   string                 // constant name, or ""
	Value  authflow.Taint         // origins of the value
	Attrs  Attrs
	// Deleted is set when the call expires the cookie: it sends no
	// credential.
	Deleted bool
	// Credential is set when the cookie carries auth material and is
	// judged here: named like a credential, or holding a fresh secret
	// and not meant for scripts; not when the helper that builds it
	// makes it one by itself, which is judged where the helper sets it.
	Credential bool
	// Secret is where its value is generated, when a fresh secret
	// rather than its name makes it a credential; NoPos otherwise.
	Secret token.Pos
	// Lit is where the function of Call allocates the cookie struct
	// set: the literal; NoPos for a struct built elsewhere.
	Lit     token.Pos
	Helper  *Helper  // the helper that builds it from its arguments, or nil
	Builder *Builder // the function that returned the struct, or nil
}

// A Helper is a function that builds a cookie from its arguments and
// sets it.
type Helper struct {
	Pos token.Pos // the cookie literal or setter call; NoPos in another package
	// NameParam is the index of the helper's parameter that names the
	// cookie, valid when Named.
	NameParam int
	Named     bool
}

// A Builder is the function that returned the cookie struct that is set.
type Builder struct {
	Call *ssa.Call // the call that returned it
	// Given is set when it returns the cookie its caller gives it,
	// after setting some attributes; GivenLit is where the function
	// of the cookie's Call allocates that cookie, or NoPos.
	Given    bool
	GivenLit token.Pos
	Lit      token.Pos // its own cookie literal, or NoPos
	// FromParams holds the attributes it takes from its parameters.
	FromParams [numAttributes]bool
}

// cookie describes ck, set by call in fn.
func (b *builder) cookie(fn *ssa.Function, call ssa.CallInstruction, ck *setting) *Cookie {
	def := frameworks.Defaults{}
	if ck.Type != nil {
		def.SameSite = ck.Type.SameSiteDefault
	}
	c := &Cookie{
		Call: call, Setter: ck.Setter, Type: ck.Type, Name: ck.Name, Value: ck.Value,
		Attrs:   b.neverSet(attrsOf(b.flow.Model, ck.Type, ck.Attrs, def), ck.Attrs),
		Deleted: ck.Deleted(),
		Lit:     allocIn(fn, ck.Struct),
	}
	fresh, hasFresh := freshLabel(ck.Value)
	h := ck.Helper
	c.Credential = b.carriesCredential(ck.Name, hasFresh) && (h == nil || !b.carriesCredential(h.ConstName(), h.Value.HasFresh()))
	if !b.flow.Names.IsCredentialName(ck.Name) {
		c.Secret = fresh.Pos
	}
	if h != nil {
		p, named := h.NameParam()
		c.Helper = &Helper{Pos: h.Pos, NameParam: p, Named: named}
	}
	if rc := ck.Built; rc != nil {
		bd := &Builder{Call: ck.BuiltBy, Lit: rc.Cookie.Pos}
		if args := ck.BuiltBy.Call.Args; rc.From > 0 && rc.From <= len(args) {
			bd.Given, bd.GivenLit = true, allocIn(fn, args[rc.From-1])
		}
		for _, at := range attributes {
			bd.FromParams[at] = rc.FromParam(roleOf(at))
		}
		c.Builder = bd
	}
	return c
}

// allocIn returns where fn allocates v, a cookie struct built there, or
// NoPos.
func allocIn(fn *ssa.Function, v ssa.Value) token.Pos {
	if alloc, ok := v.(*ssa.Alloc); ok && alloc.Parent() == fn {
		return alloc.Pos()
	}
	return token.NoPos
}

// freshLabel returns the origin of a freshly generated secret in t.
func freshLabel(t authflow.Taint) (authflow.Label, bool) {
	for _, l := range t {
		if l.Kind == authflow.Fresh {
			return l, true
		}
	}
	return authflow.Label{}, false
}

// carriesCredential reports whether a cookie holds auth material: it is
// named like a credential, or holds a fresh secret, whatever its name
// ("session-name"), unless it is meant to be read by scripts (a CSRF
// token, OAuth state).
func (b *builder) carriesCredential(name string, fresh bool) bool {
	if b.flow.Names.IsCredentialName(name) {
		return true
	}
	return fresh && !frameworks.ScriptReadableName.MatchString(name)
}

// neverSet returns a with each boolean attribute read from a
// configuration field that nothing can set taken as off, naming the
// field (flags are what is known of the same attributes).
func (b *builder) neverSet(a Attrs, flags attrValues) Attrs {
	for _, at := range []Attribute{HTTPOnly, Secure} {
		fl := flags[roleOf(at)]
		if !fl.Any {
			continue // constant, or not set: judged as it is
		}
		s, field := configField(fl.Value)
		if field == nil || b.canSet(s, field) {
			continue
		}
		a.Of[at] = Attr{State: Off, Never: ssautil.PackageTypeName(s) + "." + field.Name()}
	}
	return a
}
