package cookieflags

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/cookies"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// checkCookie returns what a credential cookie lacks.
func (c *checker) checkCookie(ck *cookies.Cookie) (finding, bool) {
	if ck.Deleted {
		return finding{}, false // expiring a cookie sends no credential
	}
	if !ck.Credential {
		return finding{}, false
	}
	missing := ck.Attrs.Missing()
	if len(missing) == 0 {
		return finding{}, false
	}
	f := finding{missing: missing, unset: neverSet(&ck.Attrs)}
	lit := c.litAt(ck.Lit, ck.Type)
	expr := c.callExpr(ck.Call.Common())
	builder := ""
	switch b := ck.Builder; {
	case lit != nil || b == nil:
	case b.Given:
		// a helper that sets flags on the cookie it is given and
		// returns it: the rest belong in the literal given
		lit = c.litAt(b.GivenLit, ck.Type)
	case b.Lit.IsValid() && !fromParams(b, missing):
		// the helper leaves the flags off whatever its callers give:
		// the fix belongs in its literal
		if lit = c.litAt(b.Lit, ck.Type); lit != nil && expr != nil {
			f.related = append(f.related, analysis.RelatedInformation{Pos: expr.Pos(), End: expr.End(), Message: "the cookie is set here"})
		}
	default:
		builder = " built by " + calleeName(b.Call.Common())
		if b.Lit.IsValid() {
			f.related = append(f.related, analysis.RelatedInformation{Pos: b.Lit, Message: "the helper builds the cookie here"})
		}
	}
	switch {
	case lit != nil:
		f.pos, f.end = lit.Pos(), lit.End() // the fix belongs in the literal
	case expr != nil:
		f.pos, f.end = expr.Pos(), expr.End()
	default:
		f.pos = ck.Call.Pos()
	}
	if !f.pos.IsValid() {
		return finding{}, false
	}
	f.subject = cookieSubject(ck, nameExpr(ck, lit, expr)) + builder
	if ck.Secret.IsValid() {
		f.related = append(f.related, analysis.RelatedInformation{Pos: ck.Secret, Message: "the cookie's value is a secret generated here"})
	}
	if ck.Helper != nil && ck.Helper.Pos.IsValid() {
		f.related = append(f.related, analysis.RelatedInformation{Pos: ck.Helper.Pos, Message: "the helper builds the cookie here"})
	}
	if lit != nil {
		f.fix = c.fix(lit, ck.Type, &ck.Attrs, missing)
	}
	return f, true
}

// fromParams reports whether the function that returns the cookie b
// takes one of the missing flags from its parameters: then the fix
// belongs with its callers.
func fromParams(b *cookies.Builder, missing []cookies.Attribute) bool {
	for _, a := range missing {
		if b.FromParams[a] {
			return true
		}
	}
	return false
}

// neverSet returns the configuration fields, never set to true, that
// turn off attributes of a.
func neverSet(a *cookies.Attrs) []string {
	var out []string
	for _, at := range a.Of {
		if at.Never != "" {
			out = append(out, at.Never)
		}
	}
	return out
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

// nameExpr returns the expression giving the cookie its name, from the
// literal, the positional setter call, or the argument of a helper that
// builds the cookie; or nil.
func nameExpr(ck *cookies.Cookie, lit *ast.CompositeLit, call *ast.CallExpr) ast.Expr {
	switch {
	case ck.Helper != nil:
		if call == nil || !ck.Helper.Named {
			return nil
		}
		common := ck.Call.Common()
		_, args := ssautil.SplitArgs(common)
		i := ck.Helper.NameParam - (len(common.Args) - len(args)) // the syntax has no receiver argument
		if i >= 0 && i < len(call.Args) {
			return call.Args[i]
		}
	case lit != nil:
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok && isIdent(kv.Key, ck.Type.Name) {
				return kv.Value
			}
		}
	case call != nil && ck.Setter.Positional():
		if name, ok := frameworks.Pick(call.Args, ck.Setter.Name); ok {
			return name
		}
	}
	return nil
}
