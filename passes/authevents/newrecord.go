package authevents

import (
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/ssautil"
)

// hashIntoNewRecord reports whether every use of the password hash that
// call returns stores it into a record the function has just allocated,
// and at least one does: the hash becomes a new account's password
// (&User{Hash: hash}), which changes no one's. A hash stored into a
// loaded record, passed on to a call or returned sets a password that
// may already be in use.
func hashIntoNewRecord(call ssa.CallInstruction) bool {
	v := call.Value()
	if v == nil {
		return false // go or defer
	}
	stored := false
	var only func(v ssa.Value) bool
	only = func(v ssa.Value) bool {
		refs := v.Referrers()
		if refs == nil {
			return true
		}
		for _, r := range *refs {
			switch r := r.(type) {
			case *ssa.Extract:
				if ssautil.IsStringish(r.Type()) && !only(r) {
					return false
				}
			case *ssa.Convert:
				if !only(r) {
					return false
				}
			case *ssa.ChangeType:
				if !only(r) {
					return false
				}
			case *ssa.Store:
				fa, ok := r.Addr.(*ssa.FieldAddr)
				if r.Val != v || !ok || !freshRecord(fa.X, r) {
					return false
				}
				stored = true
			case *ssa.BinOp, *ssa.If, *ssa.DebugRef:
				// a nil or length check
			default:
				return false
			}
		}
		return true
	}
	return only(v) && stored
}

// freshRecord reports whether x is a record allocated by the function
// that nothing can have filled in before store: no call or store
// received it on a path to store. A record loaded into (db.First(&u))
// is an existing one.
func freshRecord(x ssa.Value, store *ssa.Store) bool {
	a, ok := x.(*ssa.Alloc)
	if !ok {
		return false
	}
	for _, r := range *a.Referrers() {
		switch r.(type) {
		case *ssa.FieldAddr, *ssa.DebugRef:
			continue
		}
		if precedes(r, store) {
			return false
		}
	}
	return true
}

// precedes reports whether a runs before b on every path to b.
func precedes(a, b ssa.Instruction) bool {
	if a.Block() != b.Block() {
		return a.Block().Dominates(b.Block())
	}
	for _, in := range a.Block().Instrs {
		switch in {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}
