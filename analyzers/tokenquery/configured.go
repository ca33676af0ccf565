package tokenquery

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// configured visits the package's syntax for credentials that a library
// is told to read from the URL query, where the program says so: lookup
// strings of authentication middleware (TokenLookup: "query:token"),
// query extractors handed to it (jwtauth.TokenFromQuery), and route
// matchers that make a query parameter a route variable
// (Queries("token", "{token}")). The library reads the query in its own
// code, which is not analyzed.
func (c *checker) configured() {
	for _, f := range c.pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.CompositeLit:
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok {
							c.lookup(c.pass.TypesInfo.TypeOf(n), key.Name, kv.Value)
						}
					}
				}
			case *ast.AssignStmt:
				c.lookupAssign(n)
			case *ast.Ident:
				c.extractor(n)
			case *ast.CallExpr:
				c.queryRoute(n, stack)
			}
			return true
		})
	}
}

// lookupAssign handles cfg.TokenLookup = "query:token".
func (c *checker) lookupAssign(as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		if t, field, ok := c.assignedField(lhs); ok {
			c.lookup(t, field, as.Rhs[i])
		}
	}
}

// assignedField returns the struct type declaring the field that lhs, the
// left side of an assignment, selects, and the field's name.
func (c *checker) assignedField(lhs ast.Expr) (types.Type, string, bool) {
	sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
	if !ok {
		return nil, "", false
	}
	s := c.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil, "", false
	}
	return declaringType(s), sel.Sel.Name, true
}

// declaringType returns the struct type that declares the field s
// selects, looking through embedded fields.
func declaringType(s *types.Selection) types.Type {
	t := s.Recv()
	path := s.Index()
	for _, i := range path[:len(path)-1] {
		st, ok := ssautil.Deref(t).Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		t = st.Field(i).Type()
	}
	return t
}

// lookup reports val, the value of field of configuration type t, when
// it is a credential lookup string with a URL query entry. The fix drops
// the query entries when others remain.
func (c *checker) lookup(t types.Type, field string, val ast.Expr) {
	if t == nil {
		return
	}
	l := c.flow.Model.CredentialLookups[ssautil.QualifiedTypeName(ssautil.Deref(t))+"."+field]
	if l == nil {
		return
	}
	tv := c.pass.TypesInfo.Types[val]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return // chosen at run time: not judged
	}
	entries := []string{constant.StringVal(tv.Value)}
	if l.Sep != "" {
		entries = strings.Split(entries[0], l.Sep)
	}
	var names, kept []string
	for _, e := range entries {
		// The middleware splits each entry at ":" and matches the
		// source exactly, or trimmed of spaces, as here.
		src, rest, ok := strings.Cut(e, ":")
		name, _, _ := strings.Cut(rest, ":")
		if l.Trim {
			src, name = strings.TrimSpace(src), strings.TrimSpace(name)
		}
		switch {
		case ok && src == l.Query:
			names = append(names, name)
		case strings.TrimSpace(e) != "": // an empty entry reads nothing
			kept = append(kept, e)
		}
	}
	if len(names) == 0 {
		return
	}
	d := analysis.Diagnostic{
		Pos:      val.Pos(),
		End:      val.End(),
		Category: categoryName,
		Message:  fmt.Sprintf("%s %s is read from the URL query by %s.%s; %s", l.Kind, quoteAll(names), types.TypeString(ssautil.Deref(t), (*types.Package).Name), field, remedy),
	}
	if lit, ok := ast.Unparen(val).(*ast.BasicLit); ok && len(kept) > 0 {
		rest := strings.Join(kept, l.Sep)
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Read the %s only from %q", l.Kind, rest),
			TextEdits: []analysis.TextEdit{{Pos: lit.Pos(), End: lit.End(), NewText: []byte(strconv.Quote(rest))}},
		}}
	}
	c.findings = append(c.findings, d)
}

// extractor reports a use of a library function that reads a credential
// from the query, called or handed to middleware as a token extractor.
func (c *checker) extractor(id *ast.Ident) {
	fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func)
	if !ok {
		return
	}
	e := c.flow.Model.QueryExtractors[fn.FullName()]
	if e == nil {
		return
	}
	c.findings = append(c.findings, analysis.Diagnostic{
		Pos:      id.Pos(),
		End:      id.End(),
		Category: categoryName,
		Message: fmt.Sprintf("%s %q is read from the URL query by %s.%s; %s",
			credentialKind(e.Param), e.Param, fn.Pkg().Name(), fn.Name(), remedy),
	})
}

// queryRoute handles a route matcher that turns query parameters into
// route variables. A credential-named parameter is reported here; the
// route variables of the others are noted, to be reported when a
// handler uses them as credentials (flows). Routes of e-mailed links,
// logouts and downloads are left alone, as their handlers are.
func (c *checker) queryRoute(call *ast.CallExpr, stack []ast.Node) {
	if call.Ellipsis.IsValid() {
		return
	}
	r := c.flow.Model.QueryRoutes[c.callee(call)]
	if r == nil || r.Pairs >= len(call.Args) || redeemingRoute(stack) {
		return
	}
	pairs := call.Args[r.Pairs:]
	for i := 0; i+1 < len(pairs); i += 2 {
		name, tpl := c.constString(pairs[i]), c.constString(pairs[i+1])
		v := routeVar(tpl)
		if name == "" || v == "" || notCredential(name) {
			continue
		}
		if !c.flow.Names.IsCredentialName(name) {
			c.queryVars[v] = querySite{pos: pairs[i].Pos(), name: name}
			continue
		}
		c.findings = append(c.findings, analysis.Diagnostic{
			Pos:      pairs[i].Pos(),
			End:      pairs[i+1].End(),
			Category: categoryName,
			Message:  fmt.Sprintf("%s %q is read from the URL query into route variable %q; %s", credentialKind(name), name, v, remedy),
		})
	}
}

// A querySite is where a route matcher names a query parameter that
// becomes a route variable.
type querySite struct {
	pos  token.Pos
	name string
}

// constString returns the constant string value of e, or "".
func (c *checker) constString(e ast.Expr) string {
	if tv := c.pass.TypesInfo.Types[e]; tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value)
	}
	return ""
}

// routeVar returns the variable a route template captures: "token" for
// "{token}" or "{token:[a-z]+}"; "" for a fixed value.
func routeVar(tpl string) string {
	_, rest, ok := strings.Cut(tpl, "{")
	if !ok {
		return ""
	}
	v, _, ok := strings.Cut(rest, "}")
	if !ok {
		return ""
	}
	v, _, _ = strings.Cut(v, ":")
	return v
}

// redeemingRoute reports whether the route registration a matcher call
// is part of (the chain of calls around it on the stack) names a path
// or handler of an e-mailed link, a logout or a download.
func redeemingRoute(stack []ast.Node) bool {
	top := len(stack) - 1
	for top > 0 && chainLink(stack[top-1]) {
		top--
	}
	found := false
	ast.Inspect(stack[top], func(n ast.Node) bool {
		var text string
		switch n := n.(type) {
		case *ast.BasicLit:
			text = n.Value
		case *ast.Ident:
			text = n.Name
		}
		if frameworks.OneTimeName.MatchString(text) || frameworks.LogoutName.MatchString(text) ||
			frameworks.ResourceHandlerName.MatchString(text) {
			found = true
		}
		return !found
	})
	return found
}

// chainLink reports whether n links the calls of a chain such as
// r.HandleFunc(path, h).Queries(...).Methods("GET").
func chainLink(n ast.Node) bool {
	switch n.(type) {
	case *ast.SelectorExpr, *ast.CallExpr:
		return true
	}
	return false
}
