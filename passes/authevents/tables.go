package authevents

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/authmodel"
	"github.com/authvet/authvet/passes/ssautil"
)

// constTables returns the unexported package variables holding a map or
// sync.Map that only the package initializer fills: constant tables
// (scope names to permission bits, routes to handlers), which hold no
// sessions whatever their names; func init() counts as the initializer.
func constTables(flow *authflow.Result) map[*ssa.Global]bool {
	tables := map[*ssa.Global]bool{}
	for _, m := range flow.Pkg.Members {
		if g, ok := m.(*ssa.Global); ok && g.Object() != nil && !g.Object().Exported() && isTable(flow.Model, g) {
			tables[g] = true
		}
	}
	for _, fn := range flow.SrcFuncs {
		if strings.HasPrefix(ssautil.DeclaredFunc(fn).Name(), "init#") {
			continue // a func init(), which fills tables too
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				var ops [8]*ssa.Value
				for _, op := range instr.Operands(ops[:0]) {
					if g, ok := (*op).(*ssa.Global); ok && tables[g] && !readsOnly(flow.Model, instr, g) {
						delete(tables, g)
					}
				}
			}
		}
	}
	return tables
}

// isTable reports whether g holds a map or a keyed map (sync.Map).
func isTable(m *authmodel.Model, g *ssa.Global) bool {
	if _, ok := ssautil.Deref(g.Type()).Underlying().(*types.Map); ok {
		return true
	}
	return m.KeyedMaps[g.Type().String()] != nil // g is the variable's address
}

// readsOnly reports whether instr, which uses the address of the table
// g, only reads it: loads whose value is only looked up, ranged over or
// measured, or a keyed map's read methods.
func readsOnly(m *authmodel.Model, instr ssa.Instruction, g *ssa.Global) bool {
	switch in := instr.(type) {
	case *ssa.UnOp:
		if in.Op != token.MUL {
			return false
		}
		for _, ref := range *in.Referrers() {
			switch ref := ref.(type) {
			case *ssa.Lookup, *ssa.Range, *ssa.DebugRef:
			case *ssa.Call:
				if b, ok := ref.Call.Value.(*ssa.Builtin); !ok || b.Name() != "len" {
					return false
				}
			default:
				return false
			}
		}
		return true
	case ssa.CallInstruction:
		obj := ssautil.Callee(in.Common())
		return obj != nil && m.MapReads[obj.FullName()]
	}
	return false
}
