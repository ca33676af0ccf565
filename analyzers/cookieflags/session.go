package cookieflags

import (
	"slices"

	"github.com/authvet/authvet/passes/cookies"
	"github.com/authvet/authvet/passes/ssautil"
)

// checkSession returns what the session cookie of a session manager or
// store lacks, counting the library's defaults and the options set on
// it.
func (c *checker) checkSession(s *cookies.Session) (finding, bool) {
	missing := s.Attrs.Missing()
	if len(missing) == 0 {
		return finding{}, false
	}
	f := finding{pos: s.Call.Pos(), subject: "session cookie of " + s.Manager, missing: missing}
	if e := c.callExpr(s.Call.Common()); e != nil {
		f.pos, f.end = e.Pos(), e.End()
	}
	return f, f.pos.IsValid()
}

// checkOptions returns what a session library's options literal,
// stored as a whole into an options field, lacks: it replaces every
// flag and the library's defaults, so it is judged alone, where the fix
// belongs.
func (c *checker) checkOptions(o *cookies.Options) (finding, bool) {
	missing := o.Attrs.Missing()
	if o.Default && o.Attrs.Of[cookies.SameSite].Mode != "none" {
		// Whether a deployment has TLS is its own to know: a library's
		// default may leave Secure to the caller, not HttpOnly or SameSite.
		missing = slices.DeleteFunc(missing, func(at cookies.Attribute) bool { return at == cookies.Secure })
	}
	if len(missing) == 0 {
		return finding{}, false
	}
	lit := c.litAt(o.Lit, o.Type)
	if lit == nil {
		return finding{}, false
	}
	return finding{
		pos: lit.Pos(), end: lit.End(),
		subject: "session cookie of " + ssautil.PackageTypeName(o.Store.Val.Type()),
		missing: missing,
		fix:     c.fix(lit, o.Type, &o.Attrs, missing),
	}, true
}
