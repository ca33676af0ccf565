package cookies

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// argOptions returns the cookie flags a session constructor is given as
// an argument (flamego's Sessioner, iris's sessions.New, simplesessions'
// New): an argument of the options type ct describes, or of a struct
// type with a field of that type (flamego's Options.Cookie), by value,
// by pointer or as a variadic list. takes is false when the constructor
// has no such parameter; known is false when the options are built
// where they cannot be followed. replaced reports cookie options set in
// a field of the argument, which replace the constructor's defaults.
func (b *builder) argOptions(fn *ssa.Function, call *ssa.Call, ct *frameworks.CookieType) (flags attrValues, replaced, takes, known bool) {
	_, args := ssautil.SplitArgs(call.Common())
	sig := call.Common().Signature()
	for i := range sig.Params().Len() {
		if i >= len(args) {
			break
		}
		t := sig.Params().At(i).Type()
		variadic := sig.Variadic() && i == sig.Params().Len()-1
		if variadic {
			t = t.(*types.Slice).Elem()
		}
		field, ok := optionsField(t, ct.Type)
		if !ok {
			continue
		}
		opts, ok := optionsStruct(args[i], variadic, ssautil.IsPointer(t))
		if !ok {
			return attrValues{}, false, true, false
		}
		if opts == nil {
			return attrValues{}, false, true, true // none given: the defaults
		}
		if root, _ := b.flow.Addr(fn, opts); !isAlloc(root) {
			return attrValues{}, false, true, false // built elsewhere
		}
		if field == nil {
			return b.structAttrs(fn, opts, ct), false, true, true
		}
		for _, base := range b.wholeCopies(fn, opts) {
			addr := fieldAddr(base, field)
			if addr == nil {
				continue // the field is left empty here
			}
			given := b.structAttrs(fn, addr, ct)
			flags.merge(given)
			replaced = replaced || given.anySet()
		}
		return flags, replaced, true, true
	}
	return attrValues{}, false, false, false
}

// optionsField reports whether t, or the struct t points to, is the
// options type named typ, or a struct with a field of that type, which
// it returns.
func optionsField(t types.Type, typ string) (*types.Var, bool) {
	t = ssautil.Deref(t)
	if types.TypeString(t, nil) == typ {
		return nil, true
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil, false
	}
	for f := range s.Fields() {
		if types.TypeString(f.Type(), nil) == typ {
			return f, true
		}
	}
	return nil, false
}

// optionsStruct returns the address of the options struct passed as arg:
// the pointer itself, the variable a struct value was loaded from, or
// the same for the first element of a variadic list. It returns nil,
// true for an empty variadic list, and false when it cannot tell.
func optionsStruct(arg ssa.Value, variadic, pointer bool) (ssa.Value, bool) {
	if variadic {
		if c, ok := arg.(*ssa.Const); ok && c.IsNil() {
			return nil, true
		}
		sl, ok := arg.(*ssa.Slice)
		if !ok {
			return nil, false
		}
		alloc, ok := sl.X.(*ssa.Alloc)
		if !ok {
			return nil, false
		}
		if arg = firstElement(alloc); arg == nil {
			return nil, false
		}
	}
	if pointer {
		return arg, true
	}
	if load, ok := arg.(*ssa.UnOp); ok && load.Op == token.MUL {
		return load.X, true
	}
	return nil, false
}

// firstElement returns the value stored into element 0 of alloc, the
// array behind a variadic argument, or nil.
func firstElement(alloc *ssa.Alloc) ssa.Value {
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		if idx, ok := ia.Index.(*ssa.Const); !ok || idx.Int64() != 0 {
			continue
		}
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				return st.Val
			}
		}
	}
	return nil
}

// wholeCopies returns ptr and the variables of the struct values copied
// into it as a whole (opts := Options{...} builds the literal in a
// temporary, then copies it into opts).
func (b *builder) wholeCopies(fn *ssa.Function, ptr ssa.Value) []ssa.Value {
	out := []ssa.Value{ptr}
	for _, st := range b.flow.Stored(fn, ptr, "") {
		if load, ok := st.Value.(*ssa.UnOp); ok && load.Op == token.MUL {
			out = append(out, load.X)
		}
	}
	return out
}

// fieldAddr returns an instruction taking the address of field within
// the struct at ptr, or nil when the field is never written.
func fieldAddr(ptr ssa.Value, field *types.Var) ssa.Value {
	for _, ref := range *ptr.Referrers() {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok {
			continue
		}
		s := fa.X.Type().Underlying().(*types.Pointer).Elem().Underlying().(*types.Struct)
		if s.Field(fa.Field) == field {
			return fa
		}
	}
	return nil
}
