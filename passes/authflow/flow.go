package authflow

import (
	"cmp"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// Stored is a value written to memory: by a Store or MapUpdate in the
// function (Value set), or by a callee through a parameter (Value nil).
type Stored struct {
	Value ssa.Value
	Const constant.Value // the constant stored, if known
	Taint Taint          // for callee writes
	Pos   token.Pos
}

// flow is the intraprocedural analysis of one function. Values carry a
// Taint; memory is modelled by access paths from a root value (an
// allocation, parameter, call result or global) and is flow-insensitive:
// a field holds everything ever stored into it.
type flow struct {
	r        *Result
	fn       *ssa.Function
	taint    map[ssa.Value]Taint
	tuple    map[ssa.Value][]Taint // per-result origins of calls returning tuples
	mem      map[ssa.Value]map[string][]Stored
	sum      *Summary
	changed  bool
	deepMemo map[ssa.Value]memo      // deepTaint's results
	memMemo  map[location]memo       // memTaint's results
	version  int                     // bumped on every change to taint or memory
	index    map[ssa.Instruction]int // instructions' places in their blocks, for overwrite
}

// maxRounds bounds the fixed-point iteration; taint only grows, and real
// functions settle in two or three rounds.
const maxRounds = 8

func newFlow(r *Result, fn *ssa.Function) *flow {
	return &flow{
		r: r, fn: fn,
		taint: map[ssa.Value]Taint{},
		tuple: map[ssa.Value][]Taint{},
		mem:   map[ssa.Value]map[string][]Stored{},
		sum:   &Summary{},

		deepMemo: map[ssa.Value]memo{},
		memMemo:  map[location]memo{},
	}
}

// solve computes the taint of every value, then the function's summary.
func (f *flow) solve() {
	for i, p := range f.fn.Params {
		f.taint[p] = Taint{{Kind: Param, Index: i}}
	}
	for i, fv := range f.fn.FreeVars {
		f.taint[fv] = Taint{{Kind: Free, Index: i}}
	}
	for range maxRounds {
		f.changed = false
		for _, b := range f.fn.Blocks {
			for _, instr := range b.Instrs {
				f.transfer(instr)
			}
		}
		if !f.changed {
			break
		}
	}
	sum := &Summary{Results: make([]Taint, f.fn.Signature.Results().Len())}
	for _, b := range f.fn.Blocks {
		for _, instr := range b.Instrs {
			f.collect(instr, sum)
		}
	}
	f.collectWrites(sum)
	sum.compact()
	f.sum = sum
}

// setTaint adds t to the origins of v. A boolean has none: a
// comparison with a credential, or any other truth derived from one
// (r.URL.Query().Get("session") == "1"), is not the credential.
func (f *flow) setTaint(v ssa.Value, t Taint) {
	if len(t) == 0 || isBoolValue(v) {
		return
	}
	var grew bool
	f.taint[v], grew = f.taint[v].union(t)
	if grew {
		f.changed = true
		f.version++
	}
}

// isBoolValue reports whether v is a boolean. The nil *ssa.Call that
// stands for the result of a go or defer statement is not.
func isBoolValue(v ssa.Value) bool {
	if c, ok := v.(*ssa.Call); ok && c == nil {
		return false
	}
	return isBool(v.Type())
}

// isBool reports whether t is a boolean type.
func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// valueTaint returns the origins of v.
func (f *flow) valueTaint(v ssa.Value) Taint {
	return f.taint[v]
}

// deepTaint returns the origins of v and of everything stored in it,
// memoized until the next change to any taint or store.
func (f *flow) deepTaint(v ssa.Value) Taint {
	if m, ok := f.deepMemo[v]; ok && m.version == f.version {
		return m.taint
	}
	root, path := f.addr(v)
	var t Taint
	if st := f.overwritten(v, root, path); st != nil {
		t, _ = f.taint[v].union(f.deepTaint(st.Val))
	} else {
		t = f.reach(v, root, path)
	}
	if !f.r.frozen {
		f.deepMemo[v] = memo{taint: t, version: f.version}
	}
	return t
}

// memo is a memoized result, valid while the flow's version holds.
type memo struct {
	taint   Taint
	version int
}

// addr returns the root value and access path of an address or reference.
func (f *flow) addr(v ssa.Value) (ssa.Value, string) {
	switch v := v.(type) {
	case *ssa.FieldAddr:
		root, path := f.addr(v.X)
		return root, path + "." + fieldStep(v.X.Type(), v.Field)
	case *ssa.Field:
		// a field of a struct value is the memory it was loaded from
		root, path := f.addr(v.X)
		return root, path + "." + fieldStep(v.X.Type(), v.Field)
	case *ssa.IndexAddr:
		root, path := f.addr(v.X)
		return root, path + "[]"
	case *ssa.UnOp:
		if v.Op == token.MUL {
			// A load reads the memory at its address; a loaded pointer
			// leads on to what it points to. Globals are roots, so the
			// same global has the same paths in every function.
			root, path := f.addr(v.X)
			if _, ok := v.Type().Underlying().(*types.Pointer); ok {
				path += "*"
			}
			return root, path
		}
	case *ssa.MakeInterface:
		return f.addr(v.X)
	case *ssa.ChangeType:
		return f.addr(v.X)
	case *ssa.Slice:
		return f.addr(v.X)
	}
	return v, ""
}

// store records that s was written at root and path.
func (f *flow) store(root ssa.Value, path string, s Stored) {
	paths := f.mem[root]
	if paths == nil {
		paths = map[string][]Stored{}
		f.mem[root] = paths
	}
	for _, old := range paths[path] {
		if old.Value == s.Value && old.Pos == s.Pos && len(old.Taint) >= len(s.Taint) {
			return
		}
	}
	paths[path] = append(paths[path], s)
	f.changed = true
	f.version++
}

// memTaint returns the origins of what is stored at path under root, in
// its fields or elements, or in a parent written as a whole, and of what
// those stored values hold in turn.
func (f *flow) memTaint(root ssa.Value, path string) Taint {
	key := location{root, path}
	if m, ok := f.memMemo[key]; ok && m.version == f.version {
		return m.taint
	}
	t := f.reach(nil, root, path)
	if !f.r.frozen {
		f.memMemo[key] = memo{taint: t, version: f.version}
	}
	return t
}

// A location is an access path from a root value.
type location struct {
	root ssa.Value
	path string
}

// reach returns the origins of v (if not nil) and of every value reachable
// from the memory at root and path through stores: a graph search that
// visits each stored value once, since values reach each other through
// memory in wide and cyclic graphs (structs stored in structs).
func (f *flow) reach(v, root ssa.Value, path string) Taint {
	var t Taint
	type part struct {
		v    ssa.Value
		rest string
	}
	seen := map[part]bool{}
	if v != nil {
		t, _ = t.union(f.taint[v])
		seen[part{v, ""}] = true
	}
	work := []location{{root, path}}
	for len(work) > 0 {
		loc := work[len(work)-1]
		work = work[:len(work)-1]
		for p, stored := range f.mem[loc.root] {
			if !related(p, loc.path) {
				continue
			}
			// A value written whole to a parent of the path is read
			// only at the rest of the path: a struct copied into a
			// variable gives a field read from it that field alone.
			rest := ""
			if len(p) < len(loc.path) {
				rest = loc.path[len(p):]
			}
			if len(rest) > maxRestLen {
				rest = "" // a cycle through memory: take all of it
			}
			for _, s := range stored {
				t, _ = t.union(s.Taint)
				if s.Value == nil || seen[part{s.Value, rest}] {
					continue
				}
				seen[part{s.Value, rest}] = true
				r, q := f.addr(s.Value)
				if rest == "" {
					t, _ = t.union(f.taint[s.Value])
					work = append(work, location{r, q})
					continue
				}
				in := rest
				if _, ok := s.Value.Type().Underlying().(*types.Pointer); ok {
					in = strings.TrimPrefix(rest, "*") // a stored pointer: its pointee is at q
				}
				t, _ = t.union(f.partOwn(s.Value, in))
				work = append(work, location{r, q + in})
			}
		}
	}
	return t
}

// maxRestLen bounds the access paths reach follows into values written
// whole; longer ones only arise from cycles through memory.
const maxRestLen = 128

// part returns the origins of the part at access path s (relative to
// addr(v), "" for all) of v's content: what v's own origins give that
// part, and what is stored there.
func (f *flow) part(v ssa.Value, s string) Taint {
	if s == "" {
		return f.deepTaint(v)
	}
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if root, path := f.addr(load.X); f.overwrite(load, root, path) != nil {
			return f.partOwn(v, s) // the store the load reads, not all of memory
		}
	}
	root, path := f.addr(v)
	t, _ := f.partOwn(v, s).union(f.memTaint(root, path+s))
	return t
}

// partOwn returns the origins v's definition gives the part at access
// path s of its content, leaving out the memory at addr(v)+s: a field
// of a parameter is the symbolic label for that part, a field of a
// loaded struct comes from the address it was loaded from.
func (f *flow) partOwn(v ssa.Value, s string) Taint {
	switch v := v.(type) {
	case *ssa.Parameter, *ssa.FreeVar:
		own := Taint{{Kind: Param, Index: f.paramIndex(v)}}
		if fv, ok := v.(*ssa.FreeVar); ok {
			own = Taint{{Kind: Free, Index: slices.Index(f.fn.FreeVars, fv)}}
		}
		out := make(Taint, 0, len(f.taint[v]))
		for _, l := range f.taint[v] {
			if l.Kind == own[0].Kind && l.Index == own[0].Index && l.Path == "" {
				l = l.at(s)
			}
			out = append(out, l)
		}
		return out.sorted()
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		root, path := f.addr(v.X)
		if st := f.overwrite(v, root, path); st != nil {
			t, _ := f.taint[v.X].union(f.part(st.Val, s))
			return t
		}
		if _, ok := v.Type().Underlying().(*types.Pointer); ok {
			s = "*" + s // a loaded pointer's pointee is the pointer's own pointee at "*"
		}
		return f.partOwn(v.X, s)
	case *ssa.FieldAddr:
		if f.fieldSource(v.X, v.Field) == 0 {
			return f.fieldPart(v.X, v.Field, s)
		}
	case *ssa.Field:
		if f.fieldSource(v.X, v.Field) == 0 {
			return f.fieldPart(v.X, v.Field, s)
		}
	case *ssa.MakeInterface:
		return f.partOwn(v.X, s)
	case *ssa.ChangeType:
		return f.partOwn(v.X, s)
	}
	return f.taint[v]
}

// fieldPart is partOwn of field i of x, at access path s below it, named
// as the field.
func (f *flow) fieldPart(x ssa.Value, i int, s string) Taint {
	return f.partOwn(x, "."+fieldStep(x.Type(), i)+s).named(jsonName(x.Type(), i))
}

// related reports whether access paths a and b overlap: one is a prefix
// of the other at a path boundary.
func related(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && (len(a) == len(b) || a == "" || strings.ContainsRune(".[*", rune(b[len(a)])))
}

// fieldStep returns FieldName as a step of an access path, "?" for an
// unknown field.
func fieldStep(t types.Type, i int) string {
	return cmp.Or(ssautil.FieldName(t, i), "?")
}

// jsonName returns the name a struct field has in a decoded body: its
// json tag, or its Go name; none for a standard-library type.
func jsonName(t types.Type, i int) string {
	t = ssautil.Deref(t)
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && isStdlib(n.Obj().Pkg().Path()) {
		return "" // http.Cookie's Value names no input: the cookie's name does
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok || i >= s.NumFields() {
		return ""
	}
	tag := reflectTag(s.Tag(i), "json")
	if tag != "" && tag != "-" {
		return tag
	}
	return s.Field(i).Name()
}

// reflectTag returns the name part of the key entry of a struct tag.
func reflectTag(tag, key string) string {
	for tag != "" {
		i := strings.Index(tag, `:"`)
		if i < 0 {
			return ""
		}
		name := strings.TrimSpace(tag[:i])
		rest := tag[i+2:]
		j := strings.Index(rest, `"`)
		if j < 0 {
			return ""
		}
		if name == key {
			v, _, _ := strings.Cut(rest[:j], ",")
			return v
		}
		tag = rest[j+1:]
	}
	return ""
}

// fieldSource returns the input held by field i of the struct X points to.
func (f *flow) fieldSource(x ssa.Value, i int) frameworks.Input {
	t := ssautil.Deref(x.Type())
	fs := f.r.Model.FieldSources[ssautil.QualifiedTypeName(t)+"."+fieldStep(t, i)]
	if fs == nil || f.isOutbound(x) {
		return 0 // not a request field, or a request the program sends
	}
	return fs.Input
}
