package cookieflags

import (
	_ "embed"
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/ssautil"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "cookieflags",
	Doc:      docutil.MustExtractDoc(doc, "cookieflags"),
	URL:      docutil.URL("cookieflags"),
	Requires: []*analysis.Analyzer{authflow.Analyzer},
	Run:      diag.Guard(run),
}

// Categories of cookieflags findings; anchors in docs/cookieflags.md. A
// finding that lists several missing flags takes the first one's.
const (
	categoryHTTPOnly = "missing-httponly"
	categorySecure   = "missing-secure"
	categorySameSite = "missing-samesite"
)

// An attr is a protective cookie attribute: its role in authflow's
// Cookie.Flags, and what its absence allows.
type attr struct {
	role, risk, cwe, category string
}

var (
	httpOnly = attr{"HttpOnly", "scripts can read it", "CWE-1004", categoryHTTPOnly}
	secure   = attr{"Secure", "it is sent over plain HTTP", "CWE-614", categorySecure}
	sameSite = attr{"SameSite", "it is sent with cross-site requests", "CWE-1275", categorySameSite}
)

// A finding is a cookie, or a session manager's cookie, that lacks flags.
type finding struct {
	pos, end token.Pos
	subject  string // `cookie "session"`, "session cookie of scs.SessionManager"
	missing  []attr
	unset    []string // configuration fields the flags are read from that nothing sets
	related  []analysis.RelatedInformation
	fix      *analysis.SuggestedFix
}

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	if flow.Pkg == nil {
		return nil, nil // no modelled framework, so no cookies to check
	}
	c := &checker{pass: pass, flow: flow, funcs: slices.Concat(flow.SrcFuncs, flow.InitFuncs)}
	seen := map[token.Pos]bool{}
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				var found []finding
				switch instr := instr.(type) {
				case ssa.CallInstruction:
					found = c.check(fn, instr)
				case *ssa.Store:
					if f, ok := c.checkOptions(fn, instr); ok {
						found = append(found, f)
					}
				}
				for _, f := range found {
					if seen[f.pos] {
						continue // a cookie set by two calls, or two cookies by one helper call
					}
					seen[f.pos] = true
					report(pass, f)
				}
			}
		}
	}
	return nil, nil
}

// checker holds what the checks of one package share.
type checker struct {
	pass  *analysis.Pass
	flow  *authflow.Result
	funcs []*ssa.Function // every function that may configure a package variable
	// settable caches, by configuration field, whether anything may set
	// it to true (canSet).
	settable map[*types.Var]bool
}

// check returns what the cookies set by call, or the session manager it
// constructs, lack.
func (c *checker) check(fn *ssa.Function, call ssa.CallInstruction) []finding {
	if cks := c.flow.CookiesAt(fn, call.Common()); len(cks) > 0 {
		var out []finding
		for _, ck := range cks {
			if f, ok := c.checkCookie(fn, call, ck); ok {
				out = append(out, f)
			}
		}
		return out
	}
	obj := ssautil.Callee(call.Common())
	if obj == nil {
		return nil
	}
	cfg := c.flow.Model.SessionConfigs[obj.FullName()]
	v, ok := call.(*ssa.Call)
	if cfg == nil || !ok {
		return nil // not a constructor, or its manager is dropped (go, defer)
	}
	if f, ok := c.checkSession(fn, v, cfg); ok {
		return []finding{f}
	}
	return nil
}

// report formats a finding: one diagnostic listing every missing flag.
func report(pass *analysis.Pass, f finding) {
	var names, risks, cwes []string
	for _, a := range f.missing {
		names = append(names, a.role)
		risks = append(risks, a.risk)
		cwes = append(cwes, a.cwe)
	}
	why := ""
	if len(f.unset) > 0 {
		why = fmt.Sprintf(" (%s are never set to true)", enumerate(f.unset))
		if len(f.unset) == 1 {
			why = fmt.Sprintf(" (%s is never set to true)", f.unset[0])
		}
	}
	d := analysis.Diagnostic{
		Pos:      f.pos,
		End:      f.end,
		Category: f.missing[0].category,
		Message: fmt.Sprintf("%s is set without %s%s; %s (%s)",
			f.subject, enumerate(names), why, enumerate(risks), strings.Join(cwes, ", ")),
		Related: f.related,
	}
	if f.fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*f.fix}
	}
	diag.Report(pass, d)
}

// enumerate joins items as in prose: "a", "a and b", "a, b and c".
func enumerate(items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
