package authflow

import "golang.org/x/tools/go/ssa"

// Addr returns the root value and access path under which fn's memory
// model keys v, an address or reference: a manager kept in a package
// variable has the *ssa.Global as its root and its Cookie field the
// path "*.Cookie", the same in every function. Stored looks up what was
// written below a root.
func (r *Result) Addr(fn *ssa.Function, v ssa.Value) (root ssa.Value, path string) {
	return r.flow(fn).addr(v)
}

// FlagOf summarizes what was stored into one attribute, as StructFlags
// does: a constant true anywhere wins over false.
func FlagOf(stored []Stored) Flag { return flagOfStored(stored) }

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
