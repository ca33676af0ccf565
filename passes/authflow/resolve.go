package authflow

import (
	"cmp"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// direct returns the call c makes, seen through a method value
// (f := s.Send; f(w, tok)) or a method expression (T.Send(s, w, tok)):
// SSA calls a synthetic wrapper there, which authflow does not analyze,
// so the call is rewritten to call the method itself, with the bound
// receiver as its first argument, or to invoke it on an interface.
// Other calls are returned as they are.
func direct(prog *ssa.Program, c *ssa.CallCommon) *ssa.CallCommon {
	var wrapper *ssa.Function
	var recv []ssa.Value // the bound receiver of a method value
	switch v := c.Value.(type) {
	case *ssa.MakeClosure:
		wrapper, _ = v.Fn.(*ssa.Function)
		recv = v.Bindings
		if len(recv) != 1 {
			return c // a function literal
		}
	case *ssa.Function:
		wrapper = v
	default:
		return c
	}
	if wrapper == nil || wrapper.Synthetic == "" || wrapper.Signature.Recv() != nil {
		return c // a declared function, or a promotion wrapper called as a method
	}
	method, ok := wrapper.Object().(*types.Func)
	if !ok {
		return c
	}
	sig := method.Type().(*types.Signature)
	if sig.Recv() == nil {
		return c // an instantiation wrapper of a plain function
	}
	args := slices.Concat(recv, c.Args) // a thunk's first parameter is the receiver
	if len(args) == 0 {
		return c
	}
	d := *c // keeps the call's position
	if types.IsInterface(sig.Recv().Type()) {
		d.Value, d.Method, d.Args = args[0], method, args[1:]
		return &d
	}
	fn := prog.FuncValue(method.Origin())
	if fn == nil {
		return c // declared in a package this program did not create
	}
	d.Value, d.Method, d.Args = fn, nil, args
	return &d
}

// maxImplementations bounds the implementations an interface call is
// resolved to; an interface with more (a plugin point, io.Writer-like)
// is judged by the called method's name, as before resolution.
const maxImplementations = 8

// methodIndex lists, by method name, the concrete methods of the named
// types declared in the package and the program packages it imports:
// the candidates an interface call may reach. Types declared in test
// files are left out: a fake store must not decide what the real code
// does.
type methodIndex map[string][]*types.Func

// indexMethods builds the methodIndex of pkg.
func (r *Result) indexMethods(pkg *types.Package) methodIndex {
	idx := methodIndex{}
	pkgs := []*types.Package{pkg}
	for _, p := range pkg.Imports() {
		if !isStdlib(p.Path()) && r.Model.FrameworkOf(p.Path()) == nil {
			pkgs = append(pkgs, p) // library types are known from the tables
		}
	}
	fset := r.Pkg.Prog.Fset
	for _, p := range pkgs {
		for _, name := range p.Scope().Names() {
			tn, ok := p.Scope().Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			if n, ok := tn.Type().(*types.Named); !ok || n.TypeParams().Len() > 0 {
				continue // generic types have no methods until instantiated
			}
			if strings.HasSuffix(fset.Position(tn.Pos()).Filename, "_test.go") {
				continue
			}
			ms := types.NewMethodSet(types.NewPointer(tn.Type()))
			for i := range ms.Len() {
				m := ms.At(i).Obj().(*types.Func)
				idx[m.Name()] = append(idx[m.Name()], m)
			}
		}
	}
	return idx
}

// implementations returns the methods an interface call c may reach:
// those of the program's types that implement the called interface, in
// a fixed order. It returns nil for calls of library interfaces (known
// from the tables), for interfaces with no implementation in sight or
// with more than maxImplementations.
func (r *Result) implementations(c *ssa.CallCommon) []*ssa.Function {
	if !c.IsInvoke() || c.Method.Pkg() == nil || isStdlib(c.Method.Pkg().Path()) || r.Model.LibOf(c.Method) != "" {
		return nil
	}
	if _, ok := c.Value.Type().(*types.TypeParam); ok {
		return nil // a generic body: its instances call concrete methods
	}
	iface, ok := c.Value.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	return remember(r, r.impls, implKey{iface, c.Method.Name()}, func() []*ssa.Function {
		return r.findImplementations(iface, c.Method.Name())
	})
}

// remember returns m[k], which compute gives on first use. Once run has
// returned, queries only read: what compute gives then is not kept.
func remember[K comparable, V any](r *Result, m map[K]V, k K, compute func() V) V {
	if v, ok := m[k]; ok {
		return v
	}
	v := compute()
	if !r.frozen {
		m[k] = v
	}
	return v
}

// implKey identifies an interface method for implementations' cache.
type implKey struct {
	iface  *types.Interface
	method string
}

// findImplementations returns the methods named method of the types in
// r.methods that implement iface, or nil for none or too many.
func (r *Result) findImplementations(iface *types.Interface, method string) []*ssa.Function {
	var out []*ssa.Function
	for _, m := range r.methods[method] {
		recv := m.Type().(*types.Signature).Recv().Type()
		if _, isPtr := recv.(*types.Pointer); !isPtr {
			recv = types.NewPointer(recv)
		}
		if !types.Implements(recv, iface) {
			continue
		}
		fn := r.Pkg.Prog.FuncValue(m)
		if fn == nil || slices.Contains(out, fn) {
			continue // a method promoted from a package not created, or from two types
		}
		if len(out) == maxImplementations {
			return nil
		}
		out = append(out, fn)
	}
	slices.SortFunc(out, func(a, b *ssa.Function) int {
		return cmp.Compare(a.RelString(nil), b.RelString(nil))
	})
	return out
}

// Direct returns the call c makes, seen through a method value or
// expression: a call of the method itself, or an interface call of it.
func (r *Result) Direct(c *ssa.CallCommon) *ssa.CallCommon {
	return direct(r.Pkg.Prog, c)
}

// Calls returns the calls c stands for in the package: c seen through a
// method value or expression, or, for an interface call of the
// program's own interface, one static call of each implementation, with
// the interface value as its receiver.
func (r *Result) Calls(c *ssa.CallCommon) []*ssa.CallCommon {
	c = direct(r.Pkg.Prog, c)
	impls := r.implementations(c)
	if impls == nil {
		return []*ssa.CallCommon{c}
	}
	out := make([]*ssa.CallCommon, len(impls))
	for i, impl := range impls {
		out[i] = implCall(c, impl)
	}
	return out
}

// implCall returns c, an interface call, as a static call of impl with
// the interface value as its receiver.
func implCall(c *ssa.CallCommon, impl *ssa.Function) *ssa.CallCommon {
	d := *c
	d.Value, d.Method, d.Args = impl, nil, slices.Concat([]ssa.Value{c.Value}, c.Args)
	return &d
}
