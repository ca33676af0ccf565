package cookies

import (
	"fmt"
	"go/token"
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
	out := &f.Sum
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
type summaryFact struct{ Sum summary }

func (*summaryFact) AFact() {}

func (f *summaryFact) String() string { return f.Sum.String() }

// Summary returns the summary the fact carries.
func (f *summaryFact) Summary() *summary { return &f.Sum }

// own are the summaries of this pass.
type own = authflow.Own[summary, *summaryFact]

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
	callee := b.own.Callee(c)
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
