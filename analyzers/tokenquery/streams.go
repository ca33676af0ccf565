package tokenquery

import (
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// isStream reports whether fn, or a closure in it, answers with a stream
// that a browser opens without headers: it hands the response to a
// WebSocket upgrade, or sets the content type of server-sent events.
// The query is the only place such a client can put a value; one that is
// not used as a credential selects a stream and authenticates no one.
func (c *checker) isStream(fn *ssa.Function) bool {
	if s, ok := c.streams[fn]; ok {
		return s
	}
	s := slices.ContainsFunc(fn.AnonFuncs, c.isStream)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok && !s {
				s = c.opensStream(call.Common())
			}
		}
	}
	c.streams[fn] = s
	return s
}

// opensStream reports whether a call upgrades the response it is given
// to a WebSocket or sets the event-stream content type.
func (c *checker) opensStream(call *ssa.CallCommon) bool {
	_, args := ssautil.SplitArgs(call)
	if slices.ContainsFunc(args, func(a ssa.Value) bool { return ssautil.ConstString(a) == frameworks.EventStreamType }) {
		return true // Header().Set("Content-Type", "text/event-stream"), gin's c.Header
	}
	obj := ssautil.Callee(call)
	return obj != nil && frameworks.StreamUpgradeName.MatchString(obj.Name()) &&
		slices.ContainsFunc(args, func(a ssa.Value) bool { return c.flow.Model.IsResponse(a.Type()) })
}

// credentialUseOf reports whether fn uses a value carrying the query
// input labelled at one of the positions given as a credential.
func (c *checker) credentialUseOf(fn *ssa.Function, at map[labelKey]bool) bool {
	for _, u := range c.credentialUses(fn) {
		for _, l := range c.flow.PartTaint(fn, u.v, u.path).Inputs() {
			if at[labelKey{l.Pos, l.Input, l.Name}] {
				return true
			}
		}
	}
	return false
}
