package cookieflags

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// checkOptions returns what a session library's options literal lacks
// when it is stored as a whole into an options field: a store's after
// construction (store.Options = &sessions.Options{...}) or a single
// session's before it is saved (sess.Options = ..., as echo-contrib's
// session middleware users write). The literal replaces every flag and
// the library's defaults, so it is judged alone, where the fix belongs.
func (c *checker) checkOptions(fn *ssa.Function, st *ssa.Store) (finding, bool) {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return finding{}, false
	}
	ct := c.optionsType(st.Val.Type(), ssautil.FieldName(fa.X.Type(), fa.Field))
	if ct == nil {
		return finding{}, false
	}
	flags := c.flow.StructFlags(fn, st.Val, ct)
	missing := c.missing(ct, flags, frameworks.Defaults{SameSite: ct.SameSiteDefault})
	if len(missing) == 0 {
		return finding{}, false
	}
	root, _ := c.flow.Addr(fn, st.Val)
	lit := c.compositeLit(fn, root, ct)
	if lit == nil {
		return finding{}, false // a copy of other options (opts := *s.Options) or new(Options) filled in later
	}
	return finding{
		pos: lit.Pos(), end: lit.End(),
		subject: "session cookie of " + ssautil.PackageTypeName(st.Val.Type()),
		missing: missing,
		fix:     c.fix(lit, &authflow.Cookie{Type: ct, Flags: flags}, missing),
	}, true
}

// optionsType returns the cookie description of t, a session library's
// options struct or a pointer to one, when field is where the library
// keeps such options; nil otherwise.
func (c *checker) optionsType(t types.Type, field string) *frameworks.CookieType {
	ct := c.flow.Model.CookieType(t)
	if ct == nil {
		return nil
	}
	for _, fw := range c.flow.Model.Frameworks {
		for _, cfg := range fw.SessionConfigs {
			if cfg.Options == ct.Type && cfg.Field == field {
				return ct
			}
		}
	}
	return nil
}
