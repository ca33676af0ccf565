package tokenquery

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/ssautil"
)

// isStreamTable reports whether the map or sync.Map m is a table of
// streams: a package variable or struct field to which only functions
// that open a stream add entries (the MCP SSE transport's sessions, kept
// under the id the stream's first event hands the client). Its keys
// select a stream, whatever its name; they are no login's.
func (c *checker) isStreamTable(m ssa.Value) bool {
	obj := tableOf(m)
	if obj == nil {
		return false
	}
	if c.streamTables == nil {
		c.streamTables = c.findStreamTables()
	}
	return c.streamTables[obj]
}

// findStreamTables returns, for each table the package adds entries to,
// whether every addition is made by a function that opens a stream.
func (c *checker) findStreamTables() map[types.Object]bool {
	tables := map[types.Object]bool{}
	add := func(fn *ssa.Function, m ssa.Value) {
		obj := tableOf(m)
		if obj == nil {
			return
		}
		s, seen := tables[obj]
		tables[obj] = (s || !seen) && c.isStream(ssautil.DeclaredFunc(fn))
	}
	for _, fn := range c.flow.SrcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				switch in := instr.(type) {
				case *ssa.MapUpdate:
					add(fn, in.Map)
				case ssa.CallInstruction:
					obj := ssautil.Callee(in.Common())
					if recv, _ := ssautil.SplitArgs(in.Common()); recv != nil && obj != nil && c.flow.Model.MapPuts[obj.FullName()] {
						add(fn, recv)
					}
				}
			}
		}
	}
	return tables
}

// selectsStream reports whether fn looks up, in a table of streams, a
// key carrying one of the input labels given.
func (c *checker) selectsStream(fn *ssa.Function, at map[labelKey]bool) bool {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if m, key, ok := c.tableRead(instr); ok && c.isStreamTable(m) {
				for _, l := range c.flow.Taint(fn, key).Inputs() {
					if at[labelKey{l.Pos, l.Input, l.Name}] {
						return true
					}
				}
			}
		}
	}
	return false
}

// tableRead returns the map and key of a map lookup or a keyed map's
// read method.
func (c *checker) tableRead(instr ssa.Instruction) (m, key ssa.Value, ok bool) {
	switch in := instr.(type) {
	case *ssa.Lookup:
		if _, isMap := in.X.Type().Underlying().(*types.Map); isMap {
			return in.X, in.Index, true
		}
	case ssa.CallInstruction:
		obj := ssautil.Callee(in.Common())
		recv, args := ssautil.SplitArgs(in.Common())
		if obj != nil && recv != nil && len(args) > 0 && c.flow.Model.MapReads[obj.FullName()] {
			return recv, args[0], true
		}
	}
	return nil, nil, false
}

// tableOf returns the package variable or struct field that holds the
// map m (a map value loaded from it, or a sync.Map's address), or nil.
func tableOf(m ssa.Value) types.Object {
	if ld, ok := m.(*ssa.UnOp); ok {
		m = ld.X
	}
	switch m := m.(type) {
	case *ssa.Global:
		return m.Object()
	case *ssa.FieldAddr:
		if st, ok := ssautil.Deref(m.X.Type()).Underlying().(*types.Struct); ok {
			return st.Field(m.Field)
		}
	}
	return nil
}
