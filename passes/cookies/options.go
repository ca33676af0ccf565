package cookies

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// An Options is a session library's options literal stored as a whole
// into an options field: a store's after construction (store.Options =
// &sessions.Options{...}) or a single session's before it is saved
// (sess.Options = ..., as echo-contrib's session middleware users
// write). It replaces every flag and the library's defaults, so it is
// judged alone, where the fix belongs.
type Options struct {
	Store *ssa.Store
	Type  *frameworks.CookieType
	Attrs Attrs
	Lit   token.Pos // where the literal is allocated
	// Default is set when the options are the defaults of a manager or
	// store that the function builds and returns (a library's New):
	// its caller may still change them.
	Default bool
}

// options describes the options literal st stores, if it is one.
func (b *builder) options(fn *ssa.Function, st *ssa.Store) (*Options, bool) {
	fa, ok := st.Addr.(*ssa.FieldAddr)
	if !ok {
		return nil, false
	}
	ct := b.optionsType(st.Val.Type(), ssautil.FieldName(fa.X.Type(), fa.Field))
	if ct == nil {
		return nil, false
	}
	root, _ := b.flow.Addr(fn, st.Val)
	lit := allocIn(fn, root)
	if !lit.IsValid() {
		return nil, false // a copy of other options (opts := *s.Options) or new(Options) filled in later
	}
	flags := b.structAttrs(fn, st.Val, ct)
	return &Options{
		Store: st, Type: ct, Lit: lit,
		Attrs:   attrsOf(b.flow.Model, ct, flags, frameworks.Defaults{SameSite: ct.SameSiteDefault}),
		Default: returnsNew(fn, fa.X),
	}, true
}

// returnsNew reports whether v is a value that fn allocates and returns.
func returnsNew(fn *ssa.Function, v ssa.Value) bool {
	if alloc, ok := v.(*ssa.Alloc); !ok || alloc.Parent() != fn {
		return false
	}
	return slices.ContainsFunc(conversions(v), func(c ssa.Value) bool {
		return slices.ContainsFunc(*c.Referrers(), func(ref ssa.Instruction) bool {
			_, ok := ref.(*ssa.Return)
			return ok
		})
	})
}

// optionsType returns the cookie description of t, a session library's
// options struct or a pointer to one, when field is where the library
// keeps such options; nil otherwise.
func (b *builder) optionsType(t types.Type, field string) *frameworks.CookieType {
	ct := b.flow.Model.CookieType(t)
	if ct == nil {
		return nil
	}
	for _, fw := range b.flow.Model.Frameworks {
		for _, cfg := range fw.SessionConfigs {
			if cfg.Options == ct.Type && cfg.Field == field {
				return ct
			}
		}
	}
	return nil
}
