package ssautil

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ValueName returns the name a value goes by in the source: the
// variable, field, parameter or map key it was read from, the constant
// name a getter was asked for (os.Getenv("API_TOKEN")), or the callee.
func ValueName(v ssa.Value) string { return valueName(v, map[ssa.Value]bool{}) }

func valueName(v ssa.Value, visited map[ssa.Value]bool) string {
	if visited[v] {
		return ""
	}
	visited[v] = true
	switch v := v.(type) {
	case *ssa.Global:
		return v.Name()
	case *ssa.Parameter:
		return v.Name()
	case *ssa.FreeVar:
		return v.Name()
	case *ssa.Alloc:
		return v.Comment
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return valueName(v.X, visited)
		}
	case *ssa.FieldAddr:
		return FieldName(v.X.Type(), v.Field)
	case *ssa.Field:
		return FieldName(v.X.Type(), v.Field)
	case *ssa.Lookup:
		if k := ConstString(v.Index); k != "" {
			return k
		}
		return valueName(v.X, visited)
	case *ssa.Call:
		_, args := SplitArgs(v.Common())
		if len(args) > 0 {
			if s := ConstString(args[0]); s != "" {
				return s
			}
		}
		if obj := Callee(v.Common()); obj != nil {
			return obj.Name()
		}
	case *ssa.Extract:
		return valueName(v.Tuple, visited)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if n := valueName(e, visited); n != "" {
				return n
			}
		}
	case *ssa.Convert:
		return valueName(v.X, visited)
	case *ssa.ChangeType:
		return valueName(v.X, visited)
	case *ssa.MakeInterface:
		return valueName(v.X, visited)
	case *ssa.TypeAssert:
		return valueName(v.X, visited)
	case *ssa.Slice:
		return valueName(v.X, visited)
	}
	return ""
}

// IsConst reports whether v is a constant, possibly converted.
func IsConst(v ssa.Value) bool {
	_, ok := Unconverted(v).(*ssa.Const)
	return ok
}
