package cookies

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/authvet/authvet/passes/ssautil"
)

// configField returns the struct type and field that v is read from,
// or nil: cfg.Secure, through a pointer or by value.
func configField(v ssa.Value) (types.Type, *types.Var) {
	var x ssa.Value
	var i int
	switch v := v.(type) {
	case *ssa.UnOp:
		fa, ok := v.X.(*ssa.FieldAddr)
		if !ok || v.Op != token.MUL {
			return nil, nil
		}
		x, i = fa.X, fa.Field
	case *ssa.Field:
		x, i = v.X, v.Field
	default:
		return nil, nil
	}
	t := ssautil.Deref(x.Type())
	s, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	return t, s.Field(i)
}

// canSet reports whether field, of struct type s, may be set to true:
// it is declared in another package, or code this package cannot see
// may write it (an exported field of an exported type outside package
// main), or a decoder fills it (a struct tag, or an exported field of a
// struct whose address leaves the package), or some code here stores
// into it something other than false, or takes its address
// (flag.BoolVar(&cfg.Secure, ...)).
func (b *builder) canSet(s types.Type, field *types.Var) bool {
	if set, ok := b.settable[field]; ok {
		return set
	}
	set := field.Pkg() != b.pass.Pkg ||
		reflect.StructTag(tagOf(s, field)) != "" ||
		field.Exported() && (exportedType(s) && b.pass.Pkg.Name() != "main" || b.decoded(s)) ||
		b.written(s, field)
	if b.settable == nil {
		b.settable = map[*types.Var]bool{}
	}
	b.settable[field] = set
	return set
}

// tagOf returns the struct tag of field in s.
func tagOf(s types.Type, field *types.Var) string {
	st := s.Underlying().(*types.Struct)
	for i := range st.NumFields() {
		if st.Field(i) == field {
			return st.Tag(i)
		}
	}
	return ""
}

// exportedType reports whether other packages can name s.
func exportedType(s types.Type) bool {
	n, ok := types.Unalias(s).(*types.Named)
	return !ok || n.Obj().Exported()
}

// decoded reports whether a pointer to a struct of type s, or to one
// that holds it, is passed to a function of another package: a
// decoder, which may fill exported fields by name.
func (b *builder) decoded(s types.Type) bool {
	found := false
	b.inspect(func(n ast.Node) {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return
		}
		if fn, ok := typeutil.Callee(b.pass.TypesInfo, call).(*types.Func); ok && fn.Pkg() == b.pass.Pkg {
			return // this package's own function, whose writes are seen
		}
		for _, arg := range call.Args {
			if p, ok := b.pass.TypesInfo.TypeOf(arg).(*types.Pointer); ok && holds(p.Elem(), s, 3) {
				found = true
			}
		}
	})
	return found
}

// holds reports whether t is s or a struct with a field holding s, down
// to depth levels.
func holds(t, s types.Type, depth int) bool {
	if types.Identical(t, s) {
		return true
	}
	t = ssautil.Deref(t)
	st, ok := t.Underlying().(*types.Struct)
	if !ok || depth == 0 {
		return false
	}
	for f := range st.Fields() {
		if holds(f.Type(), s, depth-1) {
			return true
		}
	}
	return false
}

// written reports whether code in the package stores into field of s
// something that is not the constant false, or takes its address.
func (b *builder) written(s types.Type, field *types.Var) bool {
	info := b.pass.TypesInfo
	isField := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && info.ObjectOf(sel.Sel) == field
	}
	notFalse := func(e ast.Expr) bool {
		v := info.Types[e].Value
		return v == nil || v.Kind() != constant.Bool || constant.BoolVal(v)
	}
	found := false
	b.inspect(func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if isField(lhs) && (len(n.Lhs) != len(n.Rhs) || notFalse(n.Rhs[i])) {
					found = true
				}
			}
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && isField(n.X)
		case *ast.CompositeLit:
			if t := info.TypeOf(n); t == nil || !types.Identical(t, s) {
				return
			}
			st := s.Underlying().(*types.Struct)
			for i, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					found = found || info.ObjectOf(kv.Key.(*ast.Ident)) == field && notFalse(kv.Value)
				} else if st.Field(i) == field && notFalse(e) {
					found = true
				}
			}
		}
	})
	return found
}

// inspect calls visit on every node of the package's files.
func (b *builder) inspect(visit func(ast.Node)) {
	for _, f := range b.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			visit(n)
			return true
		})
	}
}
