package cookieflags

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
)

// fix returns a fix adding to lit, a keyed literal, the missing flags
// whose fields it leaves out and that are not set later, or nil.
func (c *checker) fix(lit *ast.CompositeLit, ck *authflow.Cookie, missing []attr) *analysis.SuggestedFix {
	present := map[string]bool{}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return nil // a positional literal: leave it to its author
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			present[id.Name] = true
		}
	}
	var fields []string
	for _, a := range missing {
		field := fieldOf(ck.Type, a.role)
		if field == "" || present[field] || ck.Flags[a.role].Set {
			continue // set elsewhere: adding it here would not win
		}
		value := "true"
		if a == sameSite {
			if len(ck.Type.Lax) == 0 {
				continue
			}
			if value = c.qualified(lit.Pos(), ck.Type.Lax[0]); value == "" {
				continue // the file does not import the constant's package
			}
		}
		fields = append(fields, field+": "+value)
	}
	if len(fields) == 0 {
		return nil
	}
	edit := analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte(strings.Join(fields, ", "))}
	if n := len(lit.Elts); n > 0 {
		last := lit.Elts[n-1]
		sep := ", "
		if c.pass.Fset.Position(last.End()).Line != c.pass.Fset.Position(lit.Rbrace).Line {
			sep = ",\n" + strings.Repeat("\t", c.pass.Fset.Position(last.Pos()).Column-1)
		}
		edit = analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(sep + strings.Join(fields, sep))}
	}
	return &analysis.SuggestedFix{Message: "Add " + strings.Join(fields, ", "), TextEdits: []analysis.TextEdit{edit}}
}

// fieldOf returns the name of the field of ct that plays role.
func fieldOf(ct *frameworks.CookieType, role string) string {
	switch role {
	case httpOnly.role:
		return ct.HTTPOnly
	case secure.role:
		return ct.Secure
	case sameSite.role:
		return ct.SameSite
	}
	return ""
}

// qualified returns the package-level name full ("net/http.SameSiteLaxMode")
// as the file holding pos refers to it, or "" if the file does not
// import its package.
func (c *checker) qualified(pos token.Pos, full string) string {
	i := strings.LastIndex(full, ".")
	path, name := full[:i], full[i+1:]
	file := diag.File(c.pass, pos)
	if file == nil {
		return ""
	}
	for _, imp := range file.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
			continue
		}
		if imp.Name != nil {
			switch imp.Name.Name {
			case ".":
				return name
			case "_":
				continue
			}
			return imp.Name.Name + "." + name
		}
		if pn, ok := c.pass.TypesInfo.Implicits[imp].(*types.PkgName); ok {
			return pn.Name() + "." + name
		}
	}
	return ""
}
