package authflow

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// transfer propagates origins through one instruction.
func (f *flow) transfer(instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.Store:
		root, path := f.addr(in.Addr)
		f.store(root, path, Stored{Value: in.Val, Const: ssautil.ConstValue(in.Val), Pos: in.Pos()})
	case *ssa.MapUpdate:
		root, path := f.addr(in.Map)
		if k := ssautil.ConstString(in.Key); k != "" {
			f.store(root, path+"["+k+"]", Stored{Value: in.Value, Const: ssautil.ConstValue(in.Value), Pos: in.Pos()})
		} else {
			f.store(root, path+"[]", Stored{Value: in.Value, Const: ssautil.ConstValue(in.Value), Pos: in.Pos()})
		}
	case *ssa.Send:
		root, path := f.addr(in.Chan)
		f.store(root, path+"[]", Stored{Value: in.X, Const: ssautil.ConstValue(in.X), Pos: in.Pos()})
	case *ssa.Call:
		f.transferCall(in, direct(f.r.Pkg.Prog, in.Common()))
	case *ssa.Go:
		f.transferCall(nil, direct(f.r.Pkg.Prog, in.Common()))
	case *ssa.Defer:
		f.transferCall(nil, direct(f.r.Pkg.Prog, in.Common()))
	case ssa.Value:
		f.setTaint(in, f.valueOf(in))
	}
}

// valueOf computes the origins of a value-defining instruction other
// than a call.
func (f *flow) valueOf(v ssa.Value) Taint {
	switch v := v.(type) {
	case *ssa.FieldAddr:
		if in := f.fieldSource(v.X, v.Field); in != 0 {
			return Taint{{Kind: Input, Input: in, Pos: v.Pos()}}
		}
		if len(f.taint[v.X]) == 0 {
			return nil // no part of an untainted struct is tainted
		}
		// the address of a field: what it is loaded from is the memory
		// at its path, which the load reads
		return f.fieldPart(v.X, v.Field, "")
	case *ssa.Field:
		if in := f.fieldSource(v.X, v.Field); in != 0 {
			return Taint{{Kind: Input, Input: in, Pos: v.Pos()}}
		}
		if len(f.taint[v.X]) == 0 {
			return nil // no part of an untainted struct is tainted
		}
		return f.part(v.X, "."+fieldStep(v.X.Type(), v.Field)).named(jsonName(v.X.Type(), v.Field))
	case *ssa.UnOp:
		if v.Op == token.ARROW {
			// a receive takes what was sent on the channel, which is
			// kept as its elements
			root, path := f.addr(v.X)
			t, _ := f.taint[v.X].union(f.memTaint(root, path+"[]"))
			return t
		}
		if v.Op != token.MUL {
			return f.taint[v.X]
		}
		root, path := f.addr(v.X)
		if st := f.overwrite(v, root, path); st != nil {
			// only what was just stored: the address's own taint is the
			// memory at its path, every value ever stored there
			r, q := f.addr(st.Val)
			return f.reach(st.Val, r, q)
		}
		mem := f.memTaint(root, path)
		if fa, ok := v.X.(*ssa.FieldAddr); ok {
			// a field of a struct stored as a whole (a decoded body
			// copied into a variable) is named as FieldAddr names it
			mem = mem.named(jsonName(fa.X.Type(), fa.Field))
		}
		t, _ := f.taint[v.X].union(mem)
		return t
	case *ssa.Lookup:
		root, path := f.addr(v.X)
		key := ssautil.ConstString(v.Index)
		t := f.taint[v.X]
		if key != "" {
			t, _ = t.union(f.memTaint(root, path+"["+key+"]"))
		}
		t, _ = t.union(f.memTaint(root, path+"[]"))
		return t.named(key)
	case *ssa.Index:
		t, _ := f.taint[v.X].union(f.memTaint(f.addr(v.X)))
		return t
	case *ssa.IndexAddr:
		return f.taint[v.X]
	case *ssa.Phi:
		var t Taint
		for _, e := range v.Edges {
			t, _ = t.union(f.taint[e])
		}
		return t
	case *ssa.Extract:
		if ts, ok := f.tuple[v.Tuple]; ok && v.Index < len(ts) {
			return ts[v.Index]
		}
		return f.taint[v.Tuple]
	case *ssa.BinOp:
		t, _ := f.taint[v.X].union(f.taint[v.Y])
		return t
	case *ssa.Convert:
		return f.taint[v.X]
	case *ssa.ChangeType:
		return f.taint[v.X]
	case *ssa.MakeInterface:
		return f.taint[v.X]
	case *ssa.ChangeInterface:
		return f.taint[v.X]
	case *ssa.TypeAssert:
		return f.taint[v.X]
	case *ssa.Slice:
		return f.taint[v.X]
	case *ssa.SliceToArrayPointer:
		return f.taint[v.X]
	case *ssa.Range:
		return f.deepTaint(v.X)
	case *ssa.Next:
		return f.taint[v.Iter]
	}
	return nil
}

// transferCall propagates origins through a call: framework sources and
// accessors, secret generators, pass-through library functions, and
// the summaries of analyzed callees.
func (f *flow) transferCall(call *ssa.Call, c *ssa.CallCommon) {
	if b, ok := c.Value.(*ssa.Builtin); ok {
		if call != nil && b.Name() == "append" {
			var t Taint
			for _, a := range c.Args {
				t, _ = t.union(f.deepTaint(a))
			}
			f.setTaint(call, t)
		}
		return
	}
	m := f.r.Model
	recv, args := ssautil.SplitArgs(c)
	obj := ssautil.Callee(c)
	if obj != nil {
		name := obj.FullName()
		if src := m.Sources[name]; src != nil {
			if f.isOutbound(recv) {
				return
			}
			name, nameParam := f.nameOf(args, src.NameArg)
			t := Taint{{Kind: Input, Input: src.Input, Name: name, NameParam: nameParam, Pos: c.Pos()}}
			f.result(call, src.Into, args, t)
			return
		}
		if acc := m.Accessors[name]; acc != nil {
			from := recv
			if a := ssautil.Arg(args, acc.From); a != nil {
				from = a
			}
			if from == nil {
				return
			}
			name, nameParam := f.nameOf(args, acc.NameArg)
			t := f.deepTaint(from).as(acc.Input).named(name).namedBy(nameParam)
			if acc.Field != "" {
				f.resultField(call, c, acc.Field, t)
				return
			}
			f.result(call, acc.Into, args, t)
			return
		}
		if vc := m.Carriers[name]; vc != nil {
			f.carry(call, c, vc, recv, args)
			return
		}
		if fr := m.Fresh[name]; fr != nil {
			if fr.Reader == 0 || isVar(ssautil.Arg(args, fr.Reader), fr.From) {
				f.result(call, fr.Into, args, Taint{{Kind: Fresh, Pos: c.Pos()}})
			}
			return
		}
		if f.r.Names.IsRandomFunc(obj) {
			f.result(call, 0, args, Taint{{Kind: Fresh, Pos: c.Pos()}})
			return
		}
		if obj.Pkg() != nil && m.Passthrough[obj.Pkg().Path()] {
			var t Taint
			if recv != nil {
				t = f.deepTaint(recv)
			}
			for _, a := range args {
				t, _ = t.union(f.deepTaint(a))
			}
			f.setTaint(call, t)
			return
		}
	}
	if impls := f.r.implementations(c); impls != nil {
		for _, impl := range impls {
			ic := implCall(c, impl)
			if sum := f.calleeSummary(ic); sum != nil {
				f.applySummary(call, ic, sum)
			}
		}
		return
	}
	if sum := f.calleeSummary(c); sum != nil {
		f.applySummary(call, c, sum)
	}
}

// result gives t to the call's result, or to its argument into.
func (f *flow) result(call *ssa.Call, into frameworks.Arg, args []ssa.Value, t Taint) {
	if into != 0 {
		if a := ssautil.Arg(args, into); a != nil {
			f.setTaint(a, t)
			root, path := f.addr(a)
			if path == "" {
				f.setTaint(root, t) // decoding into &v taints v
				if _, ok := root.(*ssa.Parameter); ok {
					// decoding into a pointer parameter writes the
					// caller's variable: record it for the summary
					f.store(root, "", Stored{Taint: t, Pos: a.Pos()})
				}
			} else {
				f.store(root, path, Stored{Taint: t, Pos: a.Pos()})
			}
		}
		return
	}
	if call != nil {
		f.setTaint(call, t)
	}
}

// resultField gives t to field of the call's first result, a pointer to
// a struct, leaving the rest of the result untainted.
func (f *flow) resultField(call *ssa.Call, c *ssa.CallCommon, field string, t Taint) {
	if target := f.writeTarget(call, c, -1); target != nil {
		root, path := f.addr(target)
		f.store(root, path+"."+field, Stored{Taint: t, Pos: c.Pos()})
	}
}

// applySummary maps a callee's summary onto the call's arguments.
func (f *flow) applySummary(call *ssa.Call, c *ssa.CallCommon, sum *Summary) {
	act := f.actuals(c)
	pos := c.Pos()
	if call != nil {
		switch len(sum.Results) {
		case 0:
		case 1:
			f.setTaint(call, sum.Results[0].subst(act, pos))
		default:
			ts := f.tuple[call]
			if len(ts) < len(sum.Results) {
				ts = make([]Taint, len(sum.Results))
			}
			for i, r := range sum.Results {
				var grew bool
				ts[i], grew = ts[i].union(r.subst(act, pos))
				if grew {
					f.changed = true
					f.version++
				}
			}
			f.tuple[call] = ts
		}
	}
	for _, w := range sum.Writes {
		f.write(f.writeTarget(call, c, w.Param), w, act, pos)
	}
	if mc, ok := c.Value.(*ssa.MakeClosure); ok {
		for _, w := range sum.FreeWrites {
			if w.Param < len(mc.Bindings) {
				f.write(mc.Bindings[w.Param], w, act, pos)
			}
		}
	}
}

// write applies a callee's write w to target.
func (f *flow) write(target ssa.Value, w Write, act actuals, pos token.Pos) {
	if target == nil {
		return
	}
	root, path := f.addr(target)
	t := w.Taint.subst(act, pos)
	if path+w.Path == "" {
		f.setTaint(root, t) // as when decoding into &v here: v's fields are named
	}
	f.store(root, boundPath(path+w.Path), Stored{Const: ssautil.ParseConst(w.Const), Taint: t, Pos: pos})
}

// writeTarget returns the value a summarized write goes to: an argument,
// or (for negative indexes) a result of the call.
func (f *flow) writeTarget(call *ssa.Call, c *ssa.CallCommon, param int) ssa.Value {
	if param >= 0 {
		if param < len(c.Args) {
			return c.Args[param]
		}
		return nil
	}
	if call == nil {
		return nil
	}
	i := -1 - param
	if call.Type() != nil {
		if tup, ok := call.Type().(*types.Tuple); ok && tup.Len() > 1 {
			for _, ref := range *call.Referrers() {
				if e, ok := ref.(*ssa.Extract); ok && e.Index == i {
					return e
				}
			}
			return nil
		}
	}
	return call
}

// Actuals are what a call site gives a callee's summary: the origins of
// each argument and closure binding, and each argument's constant string
// value or, failing that, the caller's parameter it is.
type actuals struct {
	params, frees  []Taint
	args, bindings []ssa.Value // for the parts a callee reads (Label.Path)
	names          []string
	nameParams     []int // caller parameter index + 1, or 0
	caller         *flow
	parts          map[actualPart]Taint // part's answers, for the labels of every subst at this call
}

// An actualPart is the part at path of argument (or binding, if free) i.
type actualPart struct {
	free bool
	i    int
	path string
}

// part returns the caller's origins of the part at path of argument i
// (or of binding i, if free).
func (a actuals) part(free bool, i int, path string) Taint {
	whole, vals := a.params, a.args
	if free {
		whole, vals = a.frees, a.bindings
	}
	if path == "" || i >= len(vals) || a.caller == nil || len(whole[i]) == 0 {
		return whole[i] // all of it, or an untainted argument, none of whose parts is tainted
	}
	k := actualPart{free, i, path}
	if t, ok := a.parts[k]; ok {
		return t
	}
	t := a.caller.part(vals[i], path)
	a.parts[k] = t
	return t
}

// AtCall returns t, origins in terms of the parameters of the function
// that c calls, in terms of fn's values at the call.
func (r *Result) AtCall(fn *ssa.Function, c *ssa.CallCommon, t Taint) Taint {
	f := r.flow(fn)
	return t.subst(f.actuals(c), c.Pos())
}

// actuals returns what the call gives its callee's summary.
func (f *flow) actuals(c *ssa.CallCommon) actuals {
	a := actuals{caller: f, args: c.Args, parts: map[actualPart]Taint{}}
	for _, arg := range c.Args {
		a.params = append(a.params, f.deepTaint(arg))
		a.names = append(a.names, ssautil.ConstString(arg))
		a.nameParams = append(a.nameParams, f.paramIndex(arg)+1)
	}
	if mc, ok := c.Value.(*ssa.MakeClosure); ok {
		a.bindings = mc.Bindings
		for _, b := range mc.Bindings {
			a.frees = append(a.frees, f.deepTaint(b))
		}
	}
	return a
}

// calleeSummary returns the summary of the statically called function:
// computed here for this package's functions, imported from a fact for
// other packages' (importFacts read them).
func (f *flow) calleeSummary(c *ssa.CallCommon) *Summary {
	return f.r.calleeSummary(c)
}

// Summarized reports whether the engine has a summary of the function c
// statically calls: one of this package, or one that another package
// exported because it does something with client input.
func (r *Result) Summarized(c *ssa.CallCommon) bool {
	return r.calleeSummary(c) != nil
}

func (r *Result) calleeSummary(c *ssa.CallCommon) *Summary {
	switch fn, obj := r.target(c); {
	case fn != nil:
		return r.summary(fn)
	case obj != nil:
		return r.facts[obj]
	}
	return nil
}

// target returns what c statically calls: a function of the package,
// with its body, or a function another package declares, whose summary
// a fact may carry; neither for a dynamic call.
func (r *Result) target(c *ssa.CallCommon) (*ssa.Function, *types.Func) {
	callee := c.StaticCallee()
	if callee == nil {
		return nil, nil
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Pkg != nil && callee.Pkg == r.Pkg && callee.Blocks != nil {
		return callee, nil
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == r.Pkg.Pkg {
		return nil, nil
	}
	return nil, obj
}

// foreignCallees returns, once each, the functions of other packages
// that the components' functions call, as Calls resolves them: those
// whose facts a solve may read, so that the engine and the policy passes
// import them all before they solve and keep no pass.
func (r *Result) foreignCallees() []*types.Func {
	var out []*types.Func
	seen := map[*types.Func]bool{}
	for _, scc := range r.Components {
		for _, fn := range scc {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					call, ok := instr.(ssa.CallInstruction)
					if !ok {
						continue
					}
					for _, c := range r.Calls(call.Common()) {
						if _, obj := r.target(c); obj != nil && !seen[obj] {
							seen[obj] = true
							out = append(out, obj)
						}
					}
				}
			}
		}
	}
	return out
}

// importFacts reads the summaries other packages exported for the
// functions the package calls: the only facts a solve reads.
func (r *Result) importFacts(pass *analysis.Pass) {
	for _, obj := range r.foreign {
		var fact summaryFact
		if pass.ImportObjectFact(obj, &fact) {
			r.facts[obj] = &fact.Summary
		}
	}
}

// isVar reports whether v is the value of the package variable name
// ("crypto/rand.Reader").
func isVar(v ssa.Value, name string) bool {
	if mi, ok := v.(*ssa.UnOp); ok {
		if g, ok := mi.X.(*ssa.Global); ok && g.Pkg != nil {
			return g.Pkg.Pkg.Path()+"."+g.Name() == name
		}
	}
	return false
}

// nameOf returns the constant string argument a, or, when the argument
// is a parameter of the function, that parameter's index + 1, so that a
// helper reading the input named by its caller (query(r, "token")) is
// named at each call.
func (f *flow) nameOf(args []ssa.Value, a frameworks.Arg) (string, int) {
	if s := ssautil.ArgString(args, a); s != "" {
		return s, 0
	}
	return "", f.paramIndex(ssautil.Arg(args, a)) + 1
}
