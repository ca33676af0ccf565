package cookieflags

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/passes/cookies"
	"github.com/authvet/authvet/passes/frameworks"
)

// litAt returns the composite literal of cookie type ct allocated at
// pos: &http.Cookie{...}, or a variable initialized with
// http.Cookie{...} whose address is taken.
func (c *checker) litAt(pos token.Pos, ct *frameworks.CookieType) *ast.CompositeLit {
	if ct == nil || !pos.IsValid() {
		return nil
	}
	path := c.pathTo(pos)
	if len(path) == 0 {
		return nil
	}
	var lit *ast.CompositeLit
	switch n := path[0].(type) {
	case *ast.CompositeLit:
		lit = n
	case *ast.Ident:
		lit = initializer(n, path[1:])
	}
	if lit == nil || c.model.CookieType(c.pass.TypesInfo.TypeOf(lit)) != ct {
		return nil
	}
	return lit
}

// initializer returns the composite literal that the declaration or
// assignment of id, the next node up path, gives it.
func initializer(id *ast.Ident, path []ast.Node) *ast.CompositeLit {
	if len(path) == 0 {
		return nil
	}
	var lhs []*ast.Ident
	var rhs []ast.Expr
	switch n := path[0].(type) {
	case *ast.AssignStmt:
		for _, e := range n.Lhs {
			x, _ := e.(*ast.Ident)
			lhs = append(lhs, x)
		}
		rhs = n.Rhs
	case *ast.ValueSpec:
		lhs, rhs = n.Names, n.Values
	}
	if len(lhs) != len(rhs) {
		return nil // a multi-value call, or no initializer
	}
	for i, x := range lhs {
		if x == id {
			lit, _ := ast.Unparen(rhs[i]).(*ast.CompositeLit)
			return lit
		}
	}
	return nil
}

// callExpr returns the syntax of call, or nil.
func (c *checker) callExpr(call *ssa.CallCommon) *ast.CallExpr {
	for _, n := range c.pathTo(call.Pos()) {
		if e, ok := n.(*ast.CallExpr); ok && e.Lparen == call.Pos() {
			return e
		}
	}
	return nil
}

// pathTo returns the syntax nodes enclosing pos, innermost first.
func (c *checker) pathTo(pos token.Pos) []ast.Node {
	file := diag.File(c.pass, pos)
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, pos, pos)
	return path
}

// cookieSubject names a cookie in a message: by its constant name, the
// expression that names it, or what it holds.
func cookieSubject(ck *cookies.Cookie, name ast.Expr) string {
	switch {
	case ck.Name != "":
		return fmt.Sprintf("cookie %q", ck.Name)
	case name != nil:
		return "cookie named by " + types.ExprString(name)
	}
	return "cookie holding a fresh secret"
}

// isIdent reports whether e is the identifier name.
func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}
