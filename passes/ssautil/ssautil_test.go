package ssautil_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
	xssautil "golang.org/x/tools/go/ssa/ssautil"

	"github.com/authvet/authvet/passes/ssautil"
)

const src = `package p

import "sync"

type T struct {
	Name string
	Next *T
}

func (t *T) Set(s string) {}

type Setter interface{ Set(string) }

type Key string

func variadic(xs ...string) {}

func calls(m *sync.Map, t *T, s Setter) {
	m.Load("k")
	t.Set(string(Key("direct")))
	s.Set("invoked")
	variadic("a", "b")
	func() {}()
}
`

// build returns the SSA package built from src.
func build(t *testing.T) *ssa.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg := types.NewPackage("example.com/p", "p")
	conf := &types.Config{Importer: importer.Default()}
	ssaPkg, _, err := xssautil.BuildPackage(conf, fset, pkg, []*ast.File{f}, ssa.SanityCheckFunctions)
	if err != nil {
		t.Fatal(err)
	}
	return ssaPkg
}

// callsIn returns the calls fn makes, in order.
func callsIn(fn *ssa.Function) []*ssa.Call {
	var out []*ssa.Call
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if c, ok := instr.(*ssa.Call); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

func TestCalls(t *testing.T) {
	pkg := build(t)
	calls := callsIn(pkg.Func("calls"))
	tests := []struct {
		callee   string // FullName, "" for none
		recv     bool
		args     int
		constArg string
	}{
		{"(*sync.Map).Load", true, 1, "k"},
		{"(*example.com/p.T).Set", true, 1, "direct"},
		{"(example.com/p.Setter).Set", true, 1, "invoked"},
		{"example.com/p.variadic", false, 1, ""},
		{"", false, 0, ""},
	}
	if len(calls) != len(tests) {
		t.Fatalf("got %d calls, want %d", len(calls), len(tests))
	}
	for i, tt := range tests {
		c := calls[i].Common()
		got := ""
		if obj := ssautil.Callee(c); obj != nil {
			got = obj.FullName()
		}
		if got != tt.callee {
			t.Errorf("call %d: Callee = %q, want %q", i, got, tt.callee)
		}
		if tt.callee != "" && !ssautil.IsCallTo(c, tt.callee) {
			t.Errorf("call %d: IsCallTo(%q) = false", i, tt.callee)
		}
		if ssautil.IsCallTo(c, "(*sync.Map).Store") {
			t.Errorf("call %d: IsCallTo((*sync.Map).Store) = true", i)
		}
		recv, args := ssautil.SplitArgs(c)
		if (recv != nil) != tt.recv || len(args) != tt.args {
			t.Errorf("call %d: SplitArgs = %v, %d args; want receiver %v, %d args", i, recv, len(args), tt.recv, tt.args)
		}
		if tt.constArg != "" && ssautil.ConstString(args[0]) != tt.constArg {
			t.Errorf("call %d: ConstString(args[0]) = %q, want %q", i, ssautil.ConstString(args[0]), tt.constArg)
		}
	}
	_, args := ssautil.SplitArgs(calls[3].Common())
	var elems []string
	for _, e := range ssautil.Elements(args[0].(*ssa.Slice).X.(*ssa.Alloc)) {
		elems = append(elems, ssautil.ConstString(e))
	}
	if len(elems) != 2 || elems[0] != "a" || elems[1] != "b" {
		t.Errorf("Elements = %q, want [a b]", elems)
	}
	lit := calls[4].Common().Value.(*ssa.Function)
	if got := ssautil.DeclaredFunc(lit); got != pkg.Func("calls") {
		t.Errorf("DeclaredFunc(%s) = %s, want calls", lit, got)
	}
}

func TestTypeNames(t *testing.T) {
	pkg := build(t)
	named := pkg.Pkg.Scope().Lookup("T").Type()
	ptr := types.NewPointer(named)
	if got := ssautil.FieldName(ptr, 1); got != "Next" {
		t.Errorf("FieldName(*T, 1) = %q, want Next", got)
	}
	if got := ssautil.FieldName(named, 2); got != "" {
		t.Errorf("FieldName(T, 2) = %q, want none", got)
	}
	if ssautil.Deref(ptr) != named || ssautil.Deref(named) != named {
		t.Error("Deref does not strip exactly one pointer")
	}
	if !ssautil.IsPointer(ptr) || ssautil.IsPointer(named) {
		t.Error("IsPointer is wrong")
	}
	m := types.NewMap(types.Typ[types.String], ptr)
	for _, tt := range []struct {
		name string
		got  string
		want string
	}{
		{"QualifiedTypeName", ssautil.QualifiedTypeName(ptr), "*example.com/p.T"},
		{"PackageTypeName", ssautil.PackageTypeName(ptr), "p.T"},
		{"BareTypeName", ssautil.BareTypeName(m), "map[string]*T"},
		{"NamedTypeName", ssautil.NamedTypeName(ptr), "T"},
		{"NamedTypeName of unnamed", ssautil.NamedTypeName(m), ""},
		{"FuncName of method", ssautil.FuncName("Set", named.(*types.Named).Method(0).Signature()), "T.Set"},
		{"FuncName of function", ssautil.FuncName("variadic", pkg.Func("variadic").Signature), "variadic"},
	} {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	for _, tt := range []struct {
		t    types.Type
		want bool
	}{
		{types.Typ[types.String], true},
		{types.NewSlice(types.Typ[types.Byte]), true},
		{types.NewSlice(types.Typ[types.Int]), false},
		{named, false},
	} {
		if got := ssautil.IsStringish(tt.t); got != tt.want {
			t.Errorf("IsStringish(%s) = %v, want %v", tt.t, got, tt.want)
		}
	}
}
