package authevents

import (
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// A scope is one function's view of the package being summarized.
type scope struct {
	*builder
	fn *ssa.Function
}

// summary computes the operations of the scope's function, from its
// callees' summaries.
func (s scope) summary() *Summary {
	sum := &Summary{}
	for _, b := range s.fn.Blocks {
		for _, instr := range b.Instrs {
			s.collect(instr, sum)
		}
	}
	sum.compact()
	return sum
}

// collect adds the operations instr performs to sum.
func (s scope) collect(instr ssa.Instruction, sum *Summary) {
	switch in := instr.(type) {
	case *ssa.MapUpdate:
		if name, ok := s.denylist(in.Map); ok {
			sum.Events = append(sum.Events, Event{Kind: SessionRevoke, Name: name, Pos: in.Pos()})
			break // adding a token to a denylist revokes it
		}
		if name, ok := s.storeMap(in.Map); ok {
			s.storeEntry(sum, in, name, in.Key, []ssa.Value{in.Value})
		}
	case *ssa.Store:
		if fa, ok := in.Addr.(*ssa.FieldAddr); ok {
			if field := ssautil.FieldName(fa.X.Type(), fa.Field); frameworks.RoleFieldName.MatchString(field) {
				sum.Events = append(sum.Events, Event{Kind: RoleWrite, Name: field, Pos: in.Pos()})
			}
		}
	case ssa.CallInstruction:
		s.collectCall(in, sum)
	}
}

// collectCall adds the operations of one call: the call itself, judged
// by classify, and what the functions it calls do.
func (s scope) collectCall(call ssa.CallInstruction, sum *Summary) {
	c := s.flow.Direct(call.Common())
	pos := c.Pos()
	if b, ok := c.Value.(*ssa.Builtin); ok {
		if b.Name() == "delete" && len(c.Args) > 0 {
			if name, ok := s.storeMap(c.Args[0]); ok {
				sum.Events = append(sum.Events, Event{Kind: SessionRevoke, Name: name, Pos: pos})
			}
		}
		return
	}
	s.collectCallbacks(c, sum)
	calls := s.flow.Calls(c)
	recv, args := ssautil.SplitArgs(c)
	if obj := ssautil.Callee(c); obj != nil {
		if kind, ok := s.classify(obj, recv, calls); ok {
			switch lib := s.flow.Model.LibOf(obj); {
			case kind == PasswordHash:
				sum.Events = append(sum.Events, Event{Kind: kind, Name: obj.Name(), Key: s.stringArgs(args), NewRecord: hashIntoNewRecord(call), Lib: lib, Pos: pos})
			case kind == CredentialCheck:
				e := Event{Kind: kind, Name: obj.Name(), Lib: lib, Pos: pos}
				if recv != nil || len(args) > 1 {
					// it verifies a value against another, not a password
					// policy or a format alone
					e.Key = s.stringArgs(args)
				}
				sum.Events = append(sum.Events, e)
			case kind != SessionStore:
				sum.Events = append(sum.Events, Event{Kind: kind, Name: obj.Name(), Lib: lib, Pos: pos})
			case lib != "":
				key := s.storeKey(args)
				sum.Events = append(sum.Events, Event{Kind: kind, Name: obj.Name(), Key: key, Lib: lib, Pos: pos})
				sum.Keys = append(sum.Keys, Key{Name: obj.Name(), Taint: key, Pos: pos, Adopted: s.adoptedAt(call, storeKeyArg(args), pos)})
			default:
				if key := storeKeyArg(args); key != nil {
					s.storeEntry(sum, call, obj.Name(), key, slices.DeleteFunc(slices.Clone(args), func(a ssa.Value) bool { return a == key }))
				} else {
					sum.Events = append(sum.Events, Event{Kind: kind, Name: obj.Name(), Pos: pos})
				}
			}
		}
	}
	s.collectCallees(call, calls, sum)
}

// collectCallees adds what the functions a call may reach do: those
// Calls gives, one for a static call, the implementations for an
// interface call. Any key one of them stores, any event one of them
// makes counts, but an event that clears a finding only if all of them
// make it.
func (s scope) collectCallees(call ssa.CallInstruction, calls []*ssa.CallCommon, sum *Summary) {
	var events []Event
	has := map[Kind]int{}
	for _, c := range calls {
		callee := s.own.Callee(c)
		if callee == nil {
			continue
		}
		one := s.atCall(call, c, callee)
		countKinds(has, one.Events)
		events = append(events, one.Events...)
		sum.Keys = append(sum.Keys, one.Keys...)
	}
	sum.Events = append(sum.Events, slices.DeleteFunc(events, func(e Event) bool {
		return e.Kind.mustHold() && has[e.Kind] < len(calls)
	})...)
}

// countKinds adds one to has for each kind of event in events.
func countKinds(has map[Kind]int, events []Event) {
	seen := map[Kind]bool{}
	for _, e := range events {
		if !seen[e.Kind] {
			seen[e.Kind] = true
			has[e.Kind]++
		}
	}
}

// atCall returns callee, the summary of the function c calls, in the
// caller's terms: its origins mapped onto c's arguments, at c.
func (s scope) atCall(call ssa.CallInstruction, c *ssa.CallCommon, callee *Summary) *Summary {
	pos := c.Pos()
	subst := func(t authflow.Taint) authflow.Taint {
		if len(t) == 0 {
			return nil
		}
		return s.flow.AtCall(s.fn, c, t)
	}
	out := &Summary{}
	for _, k := range callee.Keys {
		if !k.Adopted.IsValid() {
			k.Adopted = s.adoptedAt(call, paramArg(k.Taint, c), pos)
		}
		k.Taint, k.Pos = subst(k.Taint), pos
		out.Keys = append(out.Keys, k)
	}
	for _, e := range callee.Events {
		e.Key, e.Pos = subst(e.Key), pos
		if e.Kind == PasswordHash && !e.NewRecord {
			e.NewRecord = hashIntoNewRecord(call)
		}
		out.Events = append(out.Events, e)
	}
	return out
}

// storeKey returns the origins of the key of a new session entry.
func (s scope) storeKey(args []ssa.Value) authflow.Taint {
	if k := storeKeyArg(args); k != nil {
		return s.flow.DeepTaint(s.fn, k)
	}
	return nil
}

// stringArgs returns the origins of the string and byte-slice
// arguments: the password a hashing call hashes.
func (s scope) stringArgs(args []ssa.Value) authflow.Taint {
	var t authflow.Taint
	for _, a := range args {
		v := a
		if mi, ok := a.(*ssa.MakeInterface); ok {
			v = mi.X
		}
		if ssautil.IsStringish(v.Type()) {
			t = t.Union(s.flow.DeepTaint(s.fn, a))
		}
	}
	return t
}
