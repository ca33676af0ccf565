package authevents

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// storeMap reports whether m is a long-lived map or sync.Map that holds
// sessions or tokens, judging by the name of the global or field it is
// kept in, or by its type; it returns that name. Denylists of revoked
// tokens and maps named for something else (counters, one-time tokens of
// other flows) are not session stores.
func (s scope) storeMap(m ssa.Value) (string, bool) {
	name, holder, ok := s.longLived(m)
	switch {
	case !ok || frameworks.NotStoreName.MatchString(name) || frameworks.DenylistName.MatchString(name):
		return "", false
	case holder, frameworks.StoreTypeName.MatchString(name),
		// a map holds sessions by its element types (map[string]*Session),
		// not by where they are declared
		frameworks.StoreTypeName.MatchString(ssautil.BareTypeName(m.Type())):
		return name, true
	}
	return "", false
}

// denylist reports whether m is a long-lived map or sync.Map of revoked
// tokens, judging by its name; it returns that name.
func (s scope) denylist(m ssa.Value) (string, bool) {
	name, _, ok := s.longLived(m)
	if !ok || !frameworks.DenylistName.MatchString(name) {
		return "", false
	}
	return name, true
}

// longLived returns the name of the global or field that holds the map
// m, and whether it is a field of a session store type; ok is false for
// local maps and maps handed in by the caller.
func (s scope) longLived(m ssa.Value) (name string, holder, ok bool) {
	root, path := s.flow.Addr(s.fn, m)
	switch r := root.(type) {
	case *ssa.Global:
		if s.tables[r] {
			return "", false, false // a constant table
		}
		return path.Selector(r.Name()), false, true
	case *ssa.Parameter, *ssa.FreeVar:
		if path == "" {
			return "", false, false // a map handed in by the caller
		}
		return path.Selector(""), holdsSessions(r.Type()), true
	}
	ld, ok := root.(*ssa.UnOp)
	if !ok {
		return "", false, false // a local map
	}
	fa, ok := ld.X.(*ssa.FieldAddr)
	if !ok {
		return "", false, false
	}
	_, path = s.flow.Addr(s.fn, fa)
	return path.Selector(""), false, true
}

// storeKeyArg returns the key argument of a store call: the first string
// argument, also when passed as an interface (sync.Map's Store(key,
// value any)).
func storeKeyArg(args []ssa.Value) ssa.Value {
	for _, a := range args {
		v := a
		if mi, ok := a.(*ssa.MakeInterface); ok {
			v = mi.X
		}
		if b, ok := v.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return a
		}
	}
	return nil
}

// storeEntry records an entry written to the program's own store of
// sessions or tokens, named name, under key with values. What the entry
// does depends on what it holds: a session (a user, a session struct)
// makes a new session; only marks (a time, a flag, an empty struct) make
// a denylist or last-seen table, where the request's own token marked is
// a revocation and anything else nothing of note.
func (s scope) storeEntry(sum *Summary, at ssa.Instruction, name string, key ssa.Value, values []ssa.Value) {
	pos := at.Pos()
	if call, ok := at.(ssa.CallInstruction); ok {
		pos = call.Common().Pos()
	}
	kt := s.flow.DeepTaint(s.fn, key)
	if len(values) > 0 && !slices.ContainsFunc(values, func(v ssa.Value) bool { return !s.isMark(v) }) {
		if len(kt.Inputs()) > 0 {
			sum.Events = append(sum.Events, Event{Kind: SessionRevoke, Name: name, Pos: pos})
		}
		return
	}
	sum.Events = append(sum.Events, Event{Kind: SessionStore, Name: name, Key: kt, Pos: pos})
	sum.Keys = append(sum.Keys, Key{Name: name, Taint: kt, Pos: pos, Adopted: s.adoptedAt(at, key, pos)})
}

// isMark reports whether v is a value a denylist or last-seen table
// keeps per token, rather than a session: a time or duration (also as
// Unix seconds), a boolean or an empty struct.
func (s scope) isMark(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	marks := func(pkg *types.Package) bool { return pkg != nil && s.flow.Model.MarkPackages[pkg.Path()] }
	if _, obj := ssautil.CallOf(v); obj != nil && marks(obj.Pkg()) {
		return true // time.Now(), t.Add(ttl).Unix()
	}
	t := types.Unalias(v.Type())
	if n, ok := t.(*types.Named); ok && marks(n.Obj().Pkg()) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsBoolean != 0
	case *types.Struct:
		return u.NumFields() == 0
	}
	return false
}
