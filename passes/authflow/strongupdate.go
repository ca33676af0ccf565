package authflow

import (
	"go/token"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// overwrite returns the store that a load reads for certain: the last
// store to the same field path from the same root in the load's block,
// at most overwriteWindow instructions back, with no store to an
// overlapping path and no call given that root in between. Memory is
// otherwise flow-insensitive: a field set from the client's cookie on
// one branch and overwritten with a fresh token just before it is sent
// (st.token = rand.Text(); send(st.token)) would send the client's value.
func (f *flow) overwrite(load *ssa.UnOp, root ssa.Value, path string) *ssa.Store {
	if load.Op != token.MUL || path == "" || strings.ContainsAny(path, "[?") {
		return nil // a collection's element, or an unknown field: other writes may be to it
	}
	instrs := load.Block().Instrs
	i := f.place(load)
	stop := max(i-overwriteWindow, 0)
	for i--; i >= stop; i-- {
		switch in := instrs[i].(type) {
		case *ssa.Store:
			r, p := f.addr(in.Addr)
			if r != root {
				continue
			}
			if p == path {
				return in
			}
			if related(p, path) {
				return nil
			}
		case ssa.CallInstruction:
			c := in.Common()
			for _, a := range append([]ssa.Value{c.Value}, c.Args...) {
				if r, _ := f.addr(a); r == root {
					return nil // the callee may write the field
				}
			}
		}
	}
	return nil
}

// overwriteWindow bounds how far back in its block overwrite looks for
// the store a load reads, so that a generated function of one huge
// block costs linear time.
const overwriteWindow = 32

// overwritten is overwrite for v, if v is a load.
func (f *flow) overwritten(v ssa.Value, root ssa.Value, path string) *ssa.Store {
	if load, ok := v.(*ssa.UnOp); ok {
		return f.overwrite(load, root, path)
	}
	return nil
}

// place returns the index of instr in its block.
func (f *flow) place(instr ssa.Instruction) int {
	if f.index == nil {
		f.index = map[ssa.Instruction]int{}
		for _, b := range f.fn.Blocks {
			for i, in := range b.Instrs {
				f.index[in] = i
			}
		}
	}
	return f.index[instr]
}
