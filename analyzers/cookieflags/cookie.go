package cookieflags

import (
	"go/constant"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
)

// checkCookie returns what a credential cookie set by call lacks.
func (c *checker) checkCookie(fn *ssa.Function, call ssa.CallInstruction, ck *authflow.Cookie) (finding, bool) {
	if ck.Deleted() {
		return finding{}, false // expiring a cookie sends no credential
	}
	if h := ck.Helper; h != nil && carriesCredential(h.ConstName(), h.Value.HasFresh()) {
		return finding{}, false // the helper's own name or value makes it a credential: judged there
	}
	fresh, hasFresh := freshLabel(ck.Value)
	if !carriesCredential(ck.Name, hasFresh) {
		return finding{}, false
	}
	def := ""
	if ck.Type != nil {
		def = ck.Type.SameSiteDefault
	}
	missing := c.missing(ck.Type, ck.Flags, frameworks.Defaults{SameSite: def})
	if len(missing) == 0 {
		return finding{}, false
	}
	f := finding{missing: missing}
	lit := c.compositeLit(fn, ck.Struct, ck.Type)
	expr := c.callExpr(call.Common())
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
	f.subject = cookieSubject(ck, nameExpr(ck, lit, expr, call.Common()))
	if !frameworks.IsCredentialName(ck.Name) && fresh.Pos.IsValid() {
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
func carriesCredential(name string, fresh bool) bool {
	if frameworks.IsCredentialName(name) {
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
