package authevents

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/ssautil"
)

// afterMissedLookup reports whether instr runs only when a lookup of key
// found nothing: m[key] or a keyed map's lookup (sync.Map's Load(key))
// with its ok false. A
// session stored there under key adopts an id the store did not know, so
// a client that sends an id of its choosing gets a session under it.
func (s scope) afterMissedLookup(instr ssa.Instruction, key ssa.Value) bool {
	if mi, ok := key.(*ssa.MakeInterface); ok {
		key = mi.X // each use of a key as any is its own conversion
	}
	return s.lookupMissed(key, instr.Block())
}

// lookupMissed reports whether a lookup of key in a map or keyed map
// missed on every path to b.
func (s scope) lookupMissed(key ssa.Value, b *ssa.BasicBlock) bool {
	refs := key.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		switch r := r.(type) {
		case *ssa.Lookup:
			if r.CommaOk && r.Index == key && missDominates(r, b) {
				return true
			}
		case *ssa.MakeInterface:
			if s.lookupMissed(r, b) {
				return true
			}
		case *ssa.Call:
			if obj := ssautil.Callee(r.Common()); obj != nil && s.flow.Model.MapLookups[obj.FullName()] && missDominates(r, b) {
				return true
			}
		}
	}
	return false
}

// missDominates reports whether the branch taken when the comma-ok
// tuple's ok is false dominates b.
func missDominates(tuple ssa.Value, b *ssa.BasicBlock) bool {
	for _, r := range *tuple.Referrers() {
		ok, isExtract := r.(*ssa.Extract)
		if !isExtract || ok.Index != 1 || ok.Referrers() == nil {
			continue
		}
		for _, u := range *ok.Referrers() {
			if br, isIf := u.(*ssa.If); isIf && br.Block().Succs[1].Dominates(b) {
				return true
			}
		}
	}
	return false
}

// paramArg returns the argument of call c that a summary's taint names
// as its only parameter origin, or nil.
func paramArg(t authflow.Taint, c *ssa.CallCommon) ssa.Value {
	var arg ssa.Value
	for _, l := range t {
		if l.Kind != authflow.Param || l.Index >= len(c.Args) {
			continue
		}
		if arg != nil && arg != c.Args[l.Index] {
			return nil
		}
		arg = c.Args[l.Index]
	}
	return arg
}

// adoptedAt returns pos if at stores a session under key after a lookup
// of key missed, else NoPos.
func (s scope) adoptedAt(at ssa.Instruction, key ssa.Value, pos token.Pos) token.Pos {
	if key != nil && s.afterMissedLookup(at, key) {
		return pos
	}
	return token.NoPos
}
