package cookieflags

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/passes/cookies"
	"github.com/authvet/authvet/passes/frameworks"
)

// fix returns a fix adding to lit, a keyed literal, the missing flags
// whose fields it leaves out and that are not set later, or nil.
func (c *checker) fix(lit *ast.CompositeLit, ct *frameworks.CookieType, attrs *cookies.Attrs, missing []cookies.Attribute) *analysis.SuggestedFix {
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
		field := a.Field(ct)
		if field == "" || present[field] || attrs.Of[a].State != cookies.Unset {
			continue // set elsewhere: adding it here would not win
		}
		value := "true"
		if a == cookies.SameSite {
			if len(ct.Lax) == 0 {
				continue
			}
			if value = c.qualified(lit.Pos(), ct.Lax[0]); value == "" {
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
