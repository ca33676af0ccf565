package cookies

import (
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/ssautil"
)

// A Set is a cookie that a function sets, itself or through a callee.
type Set struct {
	Name    string    // its constant name, or ""
	Deleted bool      // it is expired, and sends no credential
	Pos     token.Pos // the setter call, or the call that leads to it; NoPos in a fact
}

// A summary says what a function does with cookies, in terms of its
// parameters. Summaries of exported functions cross package boundaries
// as facts.
type summary struct {
	Sets []Set // cookies set, here or in callees
	// Params are the parameters holding a cookie struct that the
	// function sets, itself or through a callee: a setCookie helper.
	Params []cookieParam
	// Built are the cookies the function builds from its parameters
	// and sets, itself or through a callee: a setCookie(w, name, value)
	// helper.
	Built []builtCookie
	// Returns are the cookie structs the function returns for its
	// callers to set.
	Returns []returnedCookie
}

// A cookieParam is a parameter passed on to the cookie argument of the
// modelled setter Setter (a FullName).
type cookieParam struct {
	Param  int
	Setter string
}

func (s *summary) String() string {
	var parts []string
	for _, cp := range s.Params {
		parts = append(parts, fmt.Sprintf("param%d->%s", cp.Param, cp.Setter))
	}
	for i := range s.Built {
		parts = append(parts, s.Built[i].String())
	}
	for i := range s.Returns {
		parts = append(parts, s.Returns[i].String())
	}
	for _, st := range s.Sets {
		switch {
		case st.Deleted:
			parts = append(parts, fmt.Sprintf("deletes %q", st.Name))
		default:
			parts = append(parts, fmt.Sprintf("sets %q", st.Name))
		}
	}
	return "cookies(" + strings.Join(parts, ", ") + ")"
}

func (s *summary) empty() bool {
	return len(s.Sets) == 0 && len(s.Params) == 0 && len(s.Built) == 0 && len(s.Returns) == 0
}

// compact drops the repeats of a cookie set by the same call under the
// same name: a caller records a callee's cookies at each call, and
// without merging, summaries grow with the paths through the call graph
// rather than with the calls.
func (s *summary) compact() {
	seen := map[Set]bool{}
	s.Sets = slices.DeleteFunc(s.Sets, func(st Set) bool {
		dup := seen[st]
		seen[st] = true
		return dup
	})
}

// exported returns a copy of s without positions, which mean nothing
// in another package's file set.
func (s *summary) exported() *summaryFact {
	f := &summaryFact{}
	out := &f.Summary
	for _, st := range s.Sets {
		st.Pos = token.NoPos
		if !slices.Contains(out.Sets, st) {
			out.Sets = append(out.Sets, st)
		}
	}
	out.Params = s.Params
	seen := map[string]bool{}
	for _, bc := range s.Built {
		if key := bc.Setter + " " + bc.String(); !seen[key] {
			seen[key] = true // the same cookie set by several calls
			out.Built = append(out.Built, bc.stripped())
		}
	}
	for _, rc := range s.Returns {
		rc.Cookie = rc.Cookie.stripped()
		out.Returns = append(out.Returns, rc)
	}
	return f
}

// summaryFact carries the summary of an exported function or method.
type summaryFact struct{ Summary summary }

func (*summaryFact) AFact() {}

func (f *summaryFact) String() string { return f.Summary.String() }

// summarize computes the summaries of the package's functions, callees
// first, as the engine's components order them, and exports those of
// its exported functions.
func (b *builder) summarize() {
	for _, scc := range b.flow.Components {
		b.solve(scc)
	}
	for _, fn := range b.flow.SrcFuncs {
		sum := b.sums[fn]
		obj, ok := fn.Object().(*types.Func)
		if ok && sum != nil && fn.Parent() == nil && obj.Pkg() == b.pass.Pkg && obj.Exported() {
			b.pass.ExportObjectFact(obj, sum.exported())
		}
	}
}

// solve computes the summaries of one strongly connected component of
// the call graph. Mutually recursive functions are summarized again,
// each round from the others' summaries of the last, until none
// changes: a summary does not depend on which member came first. Most
// functions set no cookie: only the others' summaries are kept.
func (b *builder) solve(scc []*ssa.Function) {
	b.solving = scc
	defer func() { b.solving = nil }()
	authflow.Settle("cookies", scc, func() bool {
		b.recursed = false
		changed := false
		for _, fn := range scc {
			old, sum := b.sums[fn], b.summary(fn)
			if sum.empty() {
				delete(b.sums, fn)
				changed = changed || old != nil
				continue
			}
			b.sums[fn] = sum
			changed = changed || old == nil || old.String() != sum.String()
		}
		return b.recursed && changed
	})
}

// summary computes what fn does with cookies, from its callees'
// summaries.
func (b *builder) summary(fn *ssa.Function) *summary {
	sum := &summary{}
	for _, blk := range fn.Blocks {
		for _, instr := range blk.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				for _, c := range b.flow.Calls(call.Common()) {
					b.collectCall(fn, c, sum)
				}
			}
		}
	}
	sum.Returns = b.returnedCookies(fn)
	sum.compact()
	return sum
}

// collectCall adds to sum the cookies that c, a call in fn with a
// static callee where one is known, sets.
func (b *builder) collectCall(fn *ssa.Function, c *ssa.CallCommon, sum *summary) {
	pos := c.Pos()
	m := b.flow.Model
	if obj := ssautil.Callee(c); obj != nil {
		name := obj.FullName()
		recv, args := ssautil.SplitArgs(c)
		if cs := m.CookieSetters[name]; cs != nil {
			s := b.settingAt(fn, cs, recv, args)
			sum.Sets = append(sum.Sets, Set{Name: s.Name, Deleted: s.Deleted(), Pos: pos})
			if p, ok := b.flow.ParamIndex(fn, ssautil.Arg(args, cs.Cookie)); ok {
				sum.Params = append(sum.Params, cookieParam{Param: p, Setter: name})
			} else if bc := b.builtCookie(fn, name, cs, s, recv, args, pos); bc != nil {
				sum.Built = append(sum.Built, *bc)
			}
		}
		if cd := m.CookieDeleters[name]; cd != nil {
			for _, n := range deletedNames(ssautil.Arg(args, cd.Names)) {
				sum.Sets = append(sum.Sets, Set{Name: n, Deleted: true, Pos: pos})
			}
		}
	}
	callee := b.calleeSummary(c)
	if callee == nil {
		return
	}
	for _, st := range callee.Sets {
		st.Pos = pos
		sum.Sets = append(sum.Sets, st)
	}
	for _, cp := range callee.Params {
		if cp.Param < len(c.Args) {
			if p, ok := b.flow.ParamIndex(fn, c.Args[cp.Param]); ok {
				sum.Params = append(sum.Params, cookieParam{Param: p, Setter: cp.Setter})
			}
		}
	}
	for i := range callee.Built {
		if bc := b.passedOn(fn, &callee.Built[i], c); bc != nil {
			sum.Built = append(sum.Built, *bc)
		}
	}
}

// calleeSummary returns the summary of the function c statically calls:
// computed here for this package's functions, imported from a fact for
// other packages'; nil when there is none.
func (b *builder) calleeSummary(c *ssa.CallCommon) *summary {
	callee := c.StaticCallee()
	if callee == nil {
		return nil
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Pkg == b.flow.Pkg && callee.Blocks != nil {
		b.recursed = b.recursed || slices.Contains(b.solving, callee)
		return b.sums[callee]
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg() == b.pass.Pkg {
		return nil
	}
	sum, ok := b.facts[obj]
	if !ok {
		var fact summaryFact
		if b.pass.ImportObjectFact(obj, &fact) {
			sum = &fact.Summary
		}
		b.facts[obj] = sum
	}
	return sum
}
