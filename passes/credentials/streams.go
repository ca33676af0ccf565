package credentials

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// isStream reports whether fn, or a closure in it, answers with a stream
// that a browser opens without headers: it hands the response to a
// WebSocket upgrade, or sets the content type of server-sent events.
func (b *builder) isStream(fn *ssa.Function) bool {
	if s, ok := b.streams[fn]; ok {
		return s
	}
	b.streams[fn] = false // in progress
	s := slices.ContainsFunc(fn.AnonFuncs, b.isStream)
	for _, blk := range fn.Blocks {
		for _, instr := range blk.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok && !s {
				s = b.opensStream(call.Common())
			}
		}
	}
	b.streams[fn] = s
	return s
}

// opensStream reports whether a call upgrades the response it is given
// to a WebSocket or sets the event-stream content type.
func (b *builder) opensStream(call *ssa.CallCommon) bool {
	_, args := ssautil.SplitArgs(call)
	if slices.ContainsFunc(args, func(a ssa.Value) bool { return ssautil.ConstString(a) == frameworks.EventStreamType }) {
		return true // Header().Set("Content-Type", "text/event-stream"), gin's c.Header
	}
	obj := ssautil.Callee(call)
	return obj != nil && frameworks.StreamUpgradeName.MatchString(obj.Name()) &&
		slices.ContainsFunc(args, func(a ssa.Value) bool { return b.flow.Model.IsResponse(a.Type()) })
}

// isStreamTable reports whether the map or sync.Map m is a table of
// streams: a package variable or struct field to which only functions
// that open a stream add entries (the MCP SSE transport's sessions, kept
// under the id the stream's first event hands the client). Its keys
// select a stream, whatever its name; they are no login's.
func (b *builder) isStreamTable(m ssa.Value) bool {
	obj := tableOf(m)
	if obj == nil {
		return false
	}
	if b.streamTables == nil {
		b.streamTables = b.findStreamTables()
	}
	return b.streamTables[obj]
}

// findStreamTables returns, for each table the package adds entries to,
// whether every addition is made by a function that opens a stream.
func (b *builder) findStreamTables() map[types.Object]bool {
	tables := map[types.Object]bool{}
	add := func(fn *ssa.Function, m ssa.Value) {
		obj := tableOf(m)
		if obj == nil {
			return
		}
		s, seen := tables[obj]
		tables[obj] = (s || !seen) && b.isStream(ssautil.DeclaredFunc(fn))
	}
	for _, fn := range b.flow.SrcFuncs {
		for _, blk := range fn.Blocks {
			for _, instr := range blk.Instrs {
				switch in := instr.(type) {
				case *ssa.MapUpdate:
					add(fn, in.Map)
				case ssa.CallInstruction:
					obj := ssautil.Callee(in.Common())
					if recv, _ := ssautil.SplitArgs(in.Common()); recv != nil && obj != nil && b.flow.Model.MapPuts[obj.FullName()] {
						add(fn, recv)
					}
				}
			}
		}
	}
	return tables
}

// streamKeys returns the keys fn looks up in tables of streams.
func (b *builder) streamKeys(fn *ssa.Function) []ssa.Value {
	var keys []ssa.Value
	for _, blk := range fn.Blocks {
		for _, instr := range blk.Instrs {
			if m, key, ok := b.tableRead(instr); ok && b.isStreamTable(m) {
				keys = append(keys, key)
			}
		}
	}
	return keys
}

// tableRead returns the map and key of a map lookup or a keyed map's
// read method.
func (b *builder) tableRead(instr ssa.Instruction) (m, key ssa.Value, ok bool) {
	switch in := instr.(type) {
	case *ssa.Lookup:
		if _, isMap := in.X.Type().Underlying().(*types.Map); isMap {
			return in.X, in.Index, true
		}
	case ssa.CallInstruction:
		obj := ssautil.Callee(in.Common())
		recv, args := ssautil.SplitArgs(in.Common())
		if obj != nil && recv != nil && len(args) > 0 && b.flow.Model.MapReads[obj.FullName()] {
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
