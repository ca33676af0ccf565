package tokenquery

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/authvet/authvet/passes/ssautil"
)

// defaultReaders reports the calls that authenticate a request with a
// credential a library reads through the handler it installs by default,
// one that falls back to the URL query (go-oauth2's ValidationBearerToken),
// in a package that creates the library's server and never replaces that
// handler. A server created in another package, or in a test, is left
// alone: what that package configures is not seen here.
func (c *checker) defaultReaders() {
	readers := c.flow.Model.DefaultReaders
	for _, name := range slices.Sorted(maps.Keys(readers)) {
		r := readers[name]
		var created, replaced bool
		var calls []*ast.SelectorExpr
		for _, f := range c.pass.Files {
			if strings.HasSuffix(c.pass.Fset.File(f.Pos()).Name(), "_test.go") {
				continue // a server a test sets up serves no one
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					switch callee := c.callee(n); {
					case slices.Contains(r.New, callee):
						created = true
					case callee == r.Setter:
						replaced = true
					case callee == r.Func:
						if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
							calls = append(calls, sel)
						}
					}
				case *ast.AssignStmt:
					replaced = replaced || c.assignsField(n, r.Field)
				}
				return true
			})
		}
		if !created || replaced {
			continue
		}
		for _, sel := range calls {
			c.findings = append(c.findings, analysis.Diagnostic{
				Pos:      sel.Sel.Pos(),
				End:      sel.Sel.End(),
				Category: categoryName,
				Message: fmt.Sprintf("%s %q is read from the URL query by %s when the request has no Authorization header: the server keeps its default resolver; %s",
					credentialKind(r.Param), r.Param, sel.Sel.Name, remedy),
			})
		}
	}
}

// callee returns the FullName of the function or method call calls, or "".
func (c *checker) callee(call *ast.CallExpr) string {
	if fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func); ok {
		return fn.FullName()
	}
	return ""
}

// assignsField reports whether as assigns field, written "Type.Field".
func (c *checker) assignsField(as *ast.AssignStmt, field string) bool {
	for _, lhs := range as.Lhs {
		if t, name, ok := c.assignedField(lhs); ok && t != nil && ssautil.QualifiedTypeName(ssautil.Deref(t))+"."+name == field {
			return true
		}
	}
	return false
}
