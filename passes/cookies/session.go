package cookies

import (
	"go/constant"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// A Session is a session manager or store constructed by a call of
// the package, with what its options, later field writes and
// whole-struct replacements give its cookie's attributes on top of the
// library's defaults.
type Session struct {
	Call *ssa.Call
	// Manager names the manager as its package's users write it
	// ("scs.SessionManager").
	Manager string
	Attrs   Attrs
}

// session describes the session manager or store that call constructs,
// unless its options are built where they cannot be followed or are
// replaced as a whole (an Options then).
func (b *builder) session(fn *ssa.Function, call *ssa.Call, cfg *frameworks.SessionConfig) (*Session, bool) {
	ct := b.flow.Model.CookieTypes[cfg.Options]
	if ct == nil {
		return nil, false
	}
	flags, replaced, takes, known := b.argOptions(fn, call, ct)
	if !takes {
		locs, ok := b.locations(fn, call)
		if !ok {
			return nil, false // it leaves for code that may configure it
		}
		flags, replaced, known = b.sessionFlags(call.Type(), cfg, ct, locs)
	}
	if !known {
		return nil, false // options copied from somewhere not followed
	}
	if takes && cfg.Field != "" {
		// The options given are kept in a field of the result (fiber's
		// Store embeds its Config), which code may still set.
		locs, ok := b.locations(fn, call)
		if !ok {
			return nil, false
		}
		later, _, ok := b.sessionFlags(call.Type(), cfg, ct, locs)
		if !ok {
			return nil, false
		}
		flags.merge(later)
	}
	if replaced && !takes && cfg.Field != "" && cfg.OptionsCall == "" {
		return nil, false // options stored as a whole: an Options
	}
	def := cfg.DefaultsAt(b.flow.ModuleVersion)
	if replaced {
		// New options drop the defaults, but not what the library
		// sends for an unset SameSite.
		def = frameworks.Defaults{SameSite: ct.SameSiteDefault}
	}
	return &Session{Call: call, Manager: managerName(call), Attrs: attrsOf(b.flow.Model, ct, flags, def)}, true
}

// A location is where a session manager is kept: a root and base path
// in authflow's memory model, and the functions that may configure it.
type location struct {
	root  ssa.Value
	base  authflow.Path
	funcs []*ssa.Function
}

// locations returns where the result of call is kept: the value itself,
// the local variables it is stored in, and the package variables, which
// any function may configure. It reports false if the manager is
// returned or stored where its configuration cannot be followed.
func (b *builder) locations(fn *ssa.Function, call *ssa.Call) ([]location, bool) {
	locs := []location{{root: call, funcs: []*ssa.Function{fn}}}
	for _, v := range conversions(call) {
		for _, ref := range *v.Referrers() {
			switch ref := ref.(type) {
			case *ssa.Return:
				return nil, false // the caller may configure it
			case *ssa.Store:
				if ref.Val != v {
					continue
				}
				root, path := b.flow.Addr(fn, ref.Addr)
				loc := location{root: root, base: path.Elem(v.Type())}
				switch root := root.(type) {
				case *ssa.Global:
					loc.funcs = b.funcs
				case *ssa.Alloc:
					if escapes(root) {
						return nil, false
					}
					loc.funcs = []*ssa.Function{fn}
				default:
					return nil, false // a field of something handed in
				}
				locs = append(locs, loc)
			}
		}
	}
	return locs, true
}

// conversions returns v and the values that convert it, to an interface
// or another type, and those in turn: the same manager or literal.
func conversions(v ssa.Value) []ssa.Value {
	vals := []ssa.Value{v}
	for i := 0; i < len(vals); i++ {
		for _, ref := range *vals[i].Referrers() {
			switch ref := ref.(type) {
			case *ssa.ChangeInterface:
				vals = append(vals, ref)
			case *ssa.MakeInterface:
				vals = append(vals, ref)
			case *ssa.ChangeType:
				vals = append(vals, ref)
			}
		}
	}
	return vals
}

// escapes reports whether the local variable alloc, or what it holds,
// is returned or stored elsewhere.
func escapes(alloc *ssa.Alloc) bool {
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Return:
			return true
		case *ssa.Store:
			if ref.Val == alloc {
				return true
			}
		case *ssa.UnOp:
			for _, r := range *ref.Referrers() {
				if _, ok := r.(*ssa.Return); ok {
					return true
				}
			}
		}
	}
	return false
}

// sessionFlags returns the cookie flags set on a session manager at
// locs, and whether its options were replaced as a whole. It reports
// false when options come from where they cannot be followed.
func (b *builder) sessionFlags(t types.Type, cfg *frameworks.SessionConfig, ct *frameworks.CookieType, locs []location) (flags attrValues, replaced, ok bool) {
	for _, loc := range locs {
		for _, fn := range loc.funcs {
			if cfg.Field != "" {
				whole := loc.base.Field(cfg.Field)
				for _, st := range b.flow.Stored(fn, loc.root, whole) {
					m, ok := b.replacement(fn, st, ct)
					if !ok {
						return attrValues{}, false, false
					}
					replaced = true
					flags.merge(m)
				}
				inner := whole.Elem(fieldType(t, cfg.Field))
				for _, at := range attributes {
					if field := at.Field(ct); field != "" {
						r := roleOf(at)
						flags[r] = merge(flags[r], knownStored(b.flow.Stored(fn, loc.root, inner.Field(field))))
					}
				}
			}
			if cfg.OptionsCall != "" {
				m, n, ok := b.optionsCalls(fn, loc, cfg.OptionsCall, ct)
				if !ok {
					return attrValues{}, false, false
				}
				replaced = replaced || n > 0
				flags.merge(m)
			}
		}
	}
	return flags, replaced, true
}

// replacement returns the flags of options stored as a whole into a
// manager's options field: a literal built in fn, or the zero value
// stored before a literal's fields. It reports false for options copied
// from elsewhere.
func (b *builder) replacement(fn *ssa.Function, st authflow.Stored, ct *frameworks.CookieType) (attrValues, bool) {
	switch st.Value.(type) {
	case nil:
		return attrValues{}, false // written by a helper
	case *ssa.Const:
		return attrValues{}, true // zeroed; its fields are stored next
	}
	if root, _ := b.flow.Addr(fn, st.Value); !isAlloc(root) {
		return attrValues{}, false
	}
	return b.structAttrs(fn, st.Value, ct), true
}

// isAlloc reports whether v is a local variable or a literal's memory.
func isAlloc(v ssa.Value) bool {
	_, ok := v.(*ssa.Alloc)
	return ok
}

// fieldType returns the type of field name of the struct t is or points
// to, or nil.
func fieldType(t types.Type, name string) types.Type {
	s, ok := ssautil.Deref(t).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i := range s.NumFields() {
		if s.Field(i).Name() == name {
			return s.Field(i).Type()
		}
	}
	return nil
}

// optionsCalls returns the flags given by calls in fn to the options
// method named call on the manager at loc, and how many there are. It
// reports false when fn hands the manager to a function of this package,
// which may call the method where it is not followed.
func (b *builder) optionsCalls(fn *ssa.Function, loc location, call string, ct *frameworks.CookieType) (attrValues, int, bool) {
	var flags attrValues
	n := 0
	at := func(v ssa.Value) bool {
		for ci, ok := v.(*ssa.ChangeInterface); ok; ci, ok = v.(*ssa.ChangeInterface) {
			v = ci.X
		}
		root, path := b.flow.Addr(fn, v)
		return root == loc.root && path == loc.base
	}
	for _, blk := range fn.Blocks {
		for _, instr := range blk.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			common := ci.Common()
			if callee := common.StaticCallee(); callee != nil && callee.Pkg == b.flow.Pkg {
				if slices.ContainsFunc(common.Args, at) {
					return attrValues{}, 0, false
				}
				continue
			}
			if !ssautil.IsCallTo(common, call) {
				continue
			}
			recv, args := ssautil.SplitArgs(common)
			if recv == nil || len(args) == 0 || !at(recv) {
				continue
			}
			n++
			flags.merge(b.structAttrs(fn, args[0], ct))
		}
	}
	return flags, n, true
}

// merge combines what is known of one attribute from two places, as
// knownStored does within one: a constant true wins, and a non-constant
// value makes the attribute unknown.
func merge(a, b attrValue) attrValue {
	out := attrValue{Set: a.Set || b.Set, Any: a.Any || b.Any, Const: a.Const, Value: a.Value}
	if b.Const != nil && (out.Const == nil || b.Const.Kind() == constant.Bool && constant.BoolVal(b.Const)) {
		out.Const = b.Const
	}
	if out.Value == nil {
		out.Value = b.Value
	}
	return out
}

// managerName names the manager or store a constructor call returns as
// its package's users write it ("scs.SessionManager"), or, when that is
// an empty interface (flamego's Sessioner returns a Handler), the
// constructor ("session.Sessioner").
func managerName(call *ssa.Call) string {
	t := call.Type()
	if tup, ok := t.(*types.Tuple); ok {
		t = tup.At(0).Type()
	}
	if it, ok := ssautil.Deref(t).Underlying().(*types.Interface); ok && it.Empty() {
		if obj := ssautil.Callee(call.Common()); obj != nil && obj.Pkg() != nil {
			return obj.Pkg().Name() + "." + obj.Name()
		}
	}
	return ssautil.PackageTypeName(t)
}
