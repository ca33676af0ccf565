package authflow

import (
	"go/token"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// collect adds what instr contributes to the summary: returned origins
// and values sent to the client.
func (f *flow) collect(instr ssa.Instruction, sum *Summary) {
	switch in := instr.(type) {
	case *ssa.Return:
		for i, r := range in.Results {
			if i < len(sum.Results) {
				sum.Results[i], _ = sum.Results[i].union(f.taint[r])
			}
		}
	case ssa.CallInstruction:
		f.collectCall(in, sum)
	}
}

// collectCall records the values one call sends to the client, itself
// or in the functions it reaches: any that one of the implementations
// of an interface call sends.
func (f *flow) collectCall(call ssa.CallInstruction, sum *Summary) {
	c := direct(f.r.Pkg.Prog, call.Common())
	if _, ok := c.Value.(*ssa.Builtin); ok {
		return
	}
	if obj := ssautil.Callee(c); obj != nil {
		recv, args := ssautil.SplitArgs(c)
		for _, s := range f.r.Model.Sinks[obj.FullName()] {
			if hit, ok := f.sinkHit(s, recv, args, c.Pos()); ok {
				sum.Sinks = append(sum.Sinks, hit)
			}
		}
	}
	for _, ic := range f.r.Calls(c) {
		if callee := f.calleeSummary(ic); callee != nil && len(callee.Sinks) > 0 {
			act := f.actuals(ic)
			for _, h := range callee.Sinks {
				h.Taint, h.Pos = h.Taint.subst(act, ic.Pos()), ic.Pos()
				sum.Sinks = append(sum.Sinks, h)
			}
		}
	}
}

// sinkHit returns what a call matching sink s sends to the client.
func (f *flow) sinkHit(s *frameworks.Sink, recv ssa.Value, args []ssa.Value, pos token.Pos) (SinkHit, bool) {
	if s.Writer != 0 && !f.isResponse(ssautil.Arg(args, s.Writer)) {
		return SinkHit{}, false
	}
	if len(s.Recv) > 0 && !f.fromResponseCall(recv, s.Recv) {
		return SinkHit{}, false
	}
	arg := ssautil.Arg(args, s.Arg)
	if arg == nil {
		return SinkHit{}, false
	}
	var t Taint
	if s.Field != "" {
		t = f.fieldTaint(arg, s.Field)
	} else {
		t = f.deepTaint(arg)
	}
	return SinkHit{Output: s.Output, Name: ssautil.ArgString(args, s.NameArg), Taint: t, Pos: pos}, true
}

// isResponse reports whether v is an HTTP response writer.
func (f *flow) isResponse(v ssa.Value) bool {
	if v == nil {
		return false
	}
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeInterface:
			v = x.X
			continue
		}
		return f.r.Model.IsResponse(v.Type())
	}
}

// fromResponseCall reports whether v is the result of one of the calls
// named, made on or with an HTTP response.
func (f *flow) fromResponseCall(v ssa.Value, calls []string) bool {
	call, obj := ssautil.CallOf(v)
	if obj == nil {
		return false
	}
	for _, name := range calls {
		if obj.FullName() != name {
			continue
		}
		recv, args := ssautil.SplitArgs(call.Common())
		if recv != nil {
			return true // a method of the response itself
		}
		return len(args) > 0 && f.isResponse(args[0])
	}
	return false
}

// collectWrites records, for the summary, fields written through
// parameters and into returned values.
func (f *flow) collectWrites(sum *Summary) {
	for i, p := range f.fn.Params {
		sum.Writes = f.writesUnder(sum.Writes, p, "", i)
	}
	for i, fv := range f.fn.FreeVars {
		sum.FreeWrites = f.writesUnder(sum.FreeWrites, fv, "", i)
	}
	for _, b := range f.fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			root, base := f.addr(r)
			sum.Writes = f.writesUnder(sum.Writes, root, base, -1-i)
		}
	}
}

// writesUnder adds to writes a Write for each store below root and
// base; for a parameter, a store through it as a whole (*p = v, decoding
// into p) counts too.
func (f *flow) writesUnder(writes []Write, root ssa.Value, base string, param int) []Write {
	for _, path := range slices.Sorted(maps.Keys(f.mem[root])) {
		stored := f.mem[root][path]
		rest, ok := strings.CutPrefix(path, base)
		if !ok || rest == "" && param < 0 {
			continue // a returned value itself is its result's taint, not a write
		}
		for _, s := range stored {
			w := Write{Param: param, Path: rest, Taint: s.Taint}
			if s.Value != nil {
				w.Taint, _ = w.Taint.union(f.deepTaint(s.Value))
			}
			if s.Const != nil {
				w.Const = s.Const.ExactString()
			}
			writes = append(writes, w)
		}
	}
	return writes
}

// IsStdlib reports whether path is a standard library package.
func IsStdlib(path string) bool { return isStdlib(path) }

//go:generate go run gen_stdroots.go

// isStdlib reports whether path is a standard library package, by its
// first element (a dotless path is not enough: GOPATH-style test
// packages have none either).
func isStdlib(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return stdRoots[first]
}

// paramIndex returns the index of the parameter v is, or -1.
func (f *flow) paramIndex(v ssa.Value) int {
	if v == nil {
		return -1
	}
	root, path := f.addr(v)
	if p, ok := root.(*ssa.Parameter); ok && path == "" {
		for i, q := range f.fn.Params {
			if q == p {
				return i
			}
		}
	}
	return -1
}
