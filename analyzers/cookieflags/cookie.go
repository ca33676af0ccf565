package cookieflags

import (
	"go/constant"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// checkCookie returns what a credential cookie set by call lacks.
func (c *checker) checkCookie(fn *ssa.Function, call ssa.CallInstruction, ck *authflow.Cookie) (finding, bool) {
	if ck.Deleted() {
		return finding{}, false // expiring a cookie sends no credential
	}
	if h := ck.Helper; h != nil && c.carriesCredential(h.ConstName(), h.Value.HasFresh()) {
		return finding{}, false // the helper's own name or value makes it a credential: judged there
	}
	fresh, hasFresh := freshLabel(ck.Value)
	if !c.carriesCredential(ck.Name, hasFresh) {
		return finding{}, false
	}
	def := ""
	if ck.Type != nil {
		def = ck.Type.SameSiteDefault
	}
	flags, unset := c.unsetConfig(ck.Flags)
	missing := c.missing(ck.Type, flags, frameworks.Defaults{SameSite: def})
	if len(missing) == 0 {
		return finding{}, false
	}
	f := finding{missing: missing, unset: unset}
	lit := c.compositeLit(fn, ck.Struct, ck.Type)
	expr := c.callExpr(call.Common())
	builder := ""
	switch b := ck.Built; {
	case lit != nil || b == nil:
	case b.From > 0 && b.From <= len(ck.BuiltBy.Call.Args):
		// a helper that sets flags on the cookie it is given and
		// returns it: the rest belong in the literal given
		lit = c.compositeLit(fn, ck.BuiltBy.Call.Args[b.From-1], ck.Type)
	case b.From == 0 && b.Pos.IsValid() && !fromParams(b, missing):
		// the helper leaves the flags off whatever its callers give:
		// the fix belongs in its literal
		if lit = c.litAt(b.Pos, ck.Type); lit != nil && expr != nil {
			f.related = append(f.related, analysis.RelatedInformation{Pos: expr.Pos(), End: expr.End(), Message: "the cookie is set here"})
		}
	default:
		builder = " built by " + calleeName(ck.BuiltBy.Common())
		if b.Pos.IsValid() {
			f.related = append(f.related, analysis.RelatedInformation{Pos: b.Pos, Message: "the helper builds the cookie here"})
		}
	}
	switch {
	case lit != nil:
		f.pos, f.end = lit.Pos(), lit.End() // the fix belongs in the literal
	case expr != nil:
		f.pos, f.end = expr.Pos(), expr.End()
	default:
		f.pos = call.Pos()
	}
	if !f.pos.IsValid() {
		return finding{}, false
	}
	f.subject = cookieSubject(ck, nameExpr(ck, lit, expr, call.Common())) + builder
	if !c.flow.Names.IsCredentialName(ck.Name) && fresh.Pos.IsValid() {
		f.related = append(f.related, analysis.RelatedInformation{Pos: fresh.Pos, Message: "the cookie's value is a secret generated here"})
	}
	if ck.Helper != nil && ck.Helper.Pos.IsValid() {
		f.related = append(f.related, analysis.RelatedInformation{Pos: ck.Helper.Pos, Message: "the helper builds the cookie here"})
	}
	if lit != nil {
		f.fix = c.fix(lit, ck, missing)
	}
	return f, true
}

// fromParams reports whether the function that returns the cookie b
// takes one of the missing flags from its parameters: then the fix
// belongs with its callers.
func fromParams(b *authflow.ReturnedCookie, missing []attr) bool {
	for _, a := range missing {
		if b.FromParam(a.role) {
			return true
		}
	}
	return false
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
func (c *checker) carriesCredential(name string, fresh bool) bool {
	if c.flow.Names.IsCredentialName(name) {
		return true
	}
	return fresh && !frameworks.ScriptReadableName.MatchString(name)
}

// missing returns the attributes that flags, a cookie's or a session
// manager's, leave off, given the library's defaults for unset flags.
// A flag set to a non-constant value is trusted.
func (c *checker) missing(ct *frameworks.CookieType, flags map[string]authflow.Flag, def frameworks.Defaults) []attr {
	var out []attr
	if off(flags[httpOnly.role], def.HTTPOnly) {
		out = append(out, httpOnly)
	}
	if off(flags[secure.role], def.Secure) {
		out = append(out, secure)
	}
	// SameSite=None is fine with Secure, and without it the finding is
	// the missing Secure.
	if mode, known := c.sameSiteMode(ct, flags[sameSite.role], def.SameSite); known && mode == "" {
		out = append(out, sameSite)
	}
	return out
}

// off reports whether a boolean attribute is known to be off: set to
// false, or left unset when the library's default is off.
func off(fl authflow.Flag, def bool) bool {
	if !fl.Set {
		return !def
	}
	v, known := fl.Bool()
	return known && !v
}

// sameSiteMode classifies a SameSite attribute as "lax", "strict",
// "none" or "" (no usable mode); known is false for a non-constant one.
// Unset, or set to the zero value, it takes the library's default.
func (c *checker) sameSiteMode(ct *frameworks.CookieType, fl authflow.Flag, def string) (mode string, known bool) {
	switch {
	case fl.Any:
		return "", false
	case !fl.Set || fl.Const == nil || isZero(fl.Const):
		return def, true
	case ct != nil:
		return c.flow.Model.SameSiteMode(ct, fl.Const), true
	}
	// A positional setter (gin's SetSameSite) takes a mode of one of the
	// cookie types the package can see.
	for _, fw := range c.flow.Model.Frameworks {
		for i := range fw.CookieTypes {
			if mode := c.flow.Model.SameSiteMode(&fw.CookieTypes[i], fl.Const); mode != "" {
				return mode, true
			}
		}
	}
	return "", true
}

// isZero reports whether v is the zero value of its kind.
func isZero(v constant.Value) bool {
	switch v.Kind() {
	case constant.Int:
		return constant.Sign(v) == 0
	case constant.String:
		return constant.StringVal(v) == ""
	}
	return false
}

// calleeName names the function c calls in a message: pkg.Func, or
// pkg.Type.Method.
func calleeName(c *ssa.CallCommon) string {
	fn := ssautil.Callee(c)
	if fn == nil {
		return "a helper"
	}
	name := ssautil.FuncName(fn.Name(), fn.Signature())
	if fn.Pkg() == nil {
		return name
	}
	return fn.Pkg().Name() + "." + name
}
