package authflow

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A Path is an access path below a root of the memory model: the fields
// and pointer loads that lead from the root to a location. Its encoding
// is the engine's own: start from Addr's and step with Field and Elem.
type Path string

// Field returns the path of field name of the struct at p.
func (p Path) Field(name string) Path { return p + "." + Path(name) }

// Elem returns the path of what the value at p, of type t, refers to:
// its pointee when t is a pointer, the value itself otherwise.
func (p Path) Elem(t types.Type) Path {
	if t != nil {
		if _, ok := t.Underlying().(*types.Pointer); ok {
			return p + "*"
		}
	}
	return p
}

// Selector returns p read as a selector on base: the field names after
// base, joined by dots, without pointer loads ("store.sessions" for the
// sessions field of the struct a variable store points to).
func (p Path) Selector(base string) string {
	fields := strings.ReplaceAll(string(p), "*", "")
	if base == "" {
		return strings.TrimPrefix(fields, ".")
	}
	return base + fields
}

// Addr returns the root value and access path under which fn's memory
// model keys v, an address or reference: a manager kept in a package
// variable has the *ssa.Global as its root and its Cookie field the
// path Elem(global's type).Field("Cookie"), the same in every function.
// Stored looks up what was written below a root.
func (r *Result) Addr(fn *ssa.Function, v ssa.Value) (root ssa.Value, path Path) {
	root, p := r.flow(fn).addr(v)
	return root, Path(p)
}

// FieldStores returns what fn, and the helpers it passes v to, store
// into field of the struct v is or points to, as fieldStores finds them.
func (r *Result) FieldStores(fn *ssa.Function, v ssa.Value, field string) []Stored {
	f := r.flow(fn)
	root, path := f.addr(v)
	return f.fieldStores(root, path, field)
}

// FieldTaint returns the origins of v and of what is stored into field
// of the struct v is or points to: a cookie's Value, a response's Body.
func (r *Result) FieldTaint(fn *ssa.Function, v ssa.Value, field string) Taint {
	return r.flow(fn).fieldTaint(v, field)
}

// fieldTaint returns the origins of v and of what is stored into its
// field.
func (f *flow) fieldTaint(v ssa.Value, field string) Taint {
	root, path := f.addr(v)
	t, _ := f.taint[v].union(f.memTaint(root, path+"."+field))
	return t
}

// ParamIndex returns the index of fn's parameter that v is; ok is false
// when v is no parameter, or a part of one.
func (r *Result) ParamIndex(fn *ssa.Function, v ssa.Value) (i int, ok bool) {
	i = r.flow(fn).paramIndex(v)
	return i, i >= 0
}

// fieldStores returns what was stored into field of the struct at root
// and path: directly, or in a struct value copied there as a whole
// (c := http.Cookie{...} builds the literal in a temporary, then copies
// it into c).
func (f *flow) fieldStores(root ssa.Value, path, field string) []Stored {
	type loc struct {
		root ssa.Value
		path string
	}
	var out []Stored
	seen := map[loc]bool{}
	for work := []loc{{root, path}}; len(work) > 0; {
		l := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[l] {
			continue
		}
		seen[l] = true
		out = append(out, f.mem[l.root][l.path+"."+field]...)
		for _, s := range f.mem[l.root][l.path] {
			if s.Value == nil {
				continue
			}
			if _, isConst := s.Value.(*ssa.Const); isConst {
				continue // the zero value stored before a literal's fields
			}
			if r, p := f.addr(s.Value); r != l.root || p != l.path {
				work = append(work, loc{r, p})
			}
		}
	}
	return out
}
