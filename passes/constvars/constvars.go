// Package constvars defines an Analyzer that finds package-level string
// variables used as constants.
//
// # Analyzer constvars
//
// constvars: find package-level string variables that hold a constant
//
// A name declared as a variable so that a build can override it
// (var SessionTokenCookie = "coder_session_token") is, in the program
// as written, a constant: it is initialised to a constant and assigned
// nowhere else in its package. constvars records each such variable as
// a fact, from the syntax alone, so that a check can read a query
// parameter named by another package's variable as it reads a literal.
// It reports nothing.
package constvars

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/passes/guard"
)

var Analyzer = &analysis.Analyzer{
	Name:       "constvars",
	Doc:        "find package-level string variables that hold a constant",
	URL:        "https://github.com/authvet/authvet/blob/main/docs/tokenquery.md",
	Run:        guard.Run(run),
	FactTypes:  []analysis.Fact{new(constFact)},
	ResultType: reflect.TypeFor[*Result](),
}

// Result maps the package-level variables that the package declares or
// uses, and that hold a constant string, to that string. It is complete
// when run returns.
type Result struct {
	values map[*types.Var]string
}

// Value returns the constant string v holds, if it holds one.
func (r *Result) Value(v *types.Var) (string, bool) {
	s, ok := r.values[v]
	return s, ok
}

// constFact records the constant string a package-level variable holds.
type constFact struct{ Value string }

func (*constFact) AFact() {}

func (f *constFact) String() string { return "const(" + strconv.Quote(f.Value) + ")" }

func run(pass *analysis.Pass) (any, error) {
	r := &Result{values: map[*types.Var]string{}}
	for v, s := range constInitialised(pass) {
		r.values[v] = s
		pass.ExportObjectFact(v, &constFact{s})
	}
	for _, obj := range pass.TypesInfo.Uses {
		v, ok := obj.(*types.Var)
		if !ok || v.Pkg() == nil || v.Pkg() == pass.Pkg || v.Parent() != v.Pkg().Scope() {
			continue // not another package's package-level variable
		}
		var f constFact
		if pass.ImportObjectFact(v, &f) {
			r.values[v] = f.Value
		}
	}
	return r, nil
}

// constInitialised returns the package-level string variables of the
// package that are initialised to a constant and never assigned, nor
// have their address taken, anywhere else in the package.
func constInitialised(pass *analysis.Pass) map[*types.Var]string {
	vars := map[*types.Var]string{}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue // var a, b = f()
				}
				for i, id := range vs.Names {
					v, _ := pass.TypesInfo.Defs[id].(*types.Var)
					tv := pass.TypesInfo.Types[vs.Values[i]]
					if v != nil && tv.Value != nil && tv.Value.Kind() == constant.String {
						vars[v] = constant.StringVal(tv.Value)
					}
				}
			}
		}
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for _, lhs := range n.Lhs {
					delete(vars, assigned(pass, lhs))
				}
			case *ast.IncDecStmt:
				delete(vars, assigned(pass, n.X))
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					delete(vars, assigned(pass, n.X))
				}
			}
			return true
		})
	}
	return vars
}

// assigned returns the package-level variable an expression written to
// names, or nil.
func assigned(pass *analysis.Pass, e ast.Expr) *types.Var {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil
	}
	v, _ := pass.TypesInfo.Uses[id].(*types.Var)
	return v
}
