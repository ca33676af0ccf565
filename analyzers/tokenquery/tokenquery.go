package tokenquery

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/constvars"
	"github.com/authvet/authvet/passes/credentials"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/handlers"
	"github.com/authvet/authvet/passes/ssautil"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "tokenquery",
	Doc:      docutil.MustExtractDoc(doc, "tokenquery"),
	URL:      docutil.URL("tokenquery"),
	Requires: []*analysis.Analyzer{authflow.Analyzer, authevents.Analyzer, handlers.Analyzer, constvars.Analyzer, credentials.Analyzer},
	Run:      diag.Guard(run),
}

// Categories of findings; anchors in docs/tokenquery.md.
const (
	categoryName = "credential-in-query"      // a credential-named query parameter
	categoryFlow = "query-used-as-credential" // a query parameter used as a credential
)

// remedy ends every message.
const remedy = "URLs end up in logs, history and Referer headers, so accept it from the Authorization header or a cookie (CWE-598)"

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	if flow.Pkg == nil {
		return nil, nil // no web framework: nothing reads a query
	}
	evs := pass.ResultOf[authevents.Analyzer].(*authevents.Result)
	c := newChecker(pass, flow, evs, pass.ResultOf[constvars.Analyzer].(*constvars.Result), pass.ResultOf[credentials.Analyzer].(*credentials.Result))
	c.configured()
	c.defaultReaders()
	skip := redeemingHandlers(pass.ResultOf[handlers.Analyzer].(*handlers.Result), evs)
	for _, fn := range flow.SrcFuncs {
		root := ssautil.DeclaredFunc(fn)
		if !skip[root] && !frameworks.ResourceHandlerName.MatchString(root.Name()) {
			c.reads(fn) // a function serving a download or a list, handler or not, is judged by its name
		}
	}
	for _, fn := range flow.SrcFuncs {
		c.flows(fn)
	}
	for _, f := range c.findings {
		diag.Report(pass, f)
	}
	return nil, nil
}

// redeemingHandlers returns the handlers whose URL values are redeemed
// once rather than sent with every request: logouts (a logout link's
// token is anti-CSRF; it can only end a session), handlers that end
// sessions (the session IDs they take select what to revoke; they
// authenticate nobody), handlers named or routed for an e-mailed or
// second-factor link (VerifyHandler, /confirm-email, /unsubscribe).
func redeemingHandlers(hs *handlers.Result, evs *authevents.Result) map[*ssa.Function]bool {
	skip := map[*ssa.Function]bool{}
	for _, h := range hs.Handlers {
		texts := append([]string{h.Name(), recvName(h.Fn)}, h.Paths...)
		if h.Is(handlers.Logout) || evs.Of(h.Fn).Has(authevents.SessionRevoke) ||
			slices.ContainsFunc(texts, frameworks.OneTimeName.MatchString) {
			skip[ssautil.DeclaredFunc(h.Fn)] = true
		}
	}
	return skip
}

// recvName returns the name of the type whose method fn is, or "".
func recvName(fn *ssa.Function) string {
	if recv := fn.Signature.Recv(); recv != nil {
		return ssautil.NamedTypeName(recv.Type())
	}
	return ""
}

// A checker finds the query reads of one package. It first visits every
// read of a named query parameter, reporting credential names and noting
// where each input label was named; then it follows the values used as
// credentials back to the reads they came from.
type checker struct {
	pass  *analysis.Pass
	flow  *authflow.Result
	evs   *authevents.Result
	vars  *constvars.Result
	creds *credentials.Result

	site  map[labelKey]token.Pos      // where an input label got its name
	binds map[token.Pos]bool          // query bindings into structs
	bound map[token.Pos]bool          // those reported for credential fields
	seen  map[readKey]bool            // reads already reported
	calls map[token.Pos]*ast.CallExpr // calls by Lparen, built on first use
	// queryVars are the route variables that route matchers fill from
	// query parameters not named like credentials, by variable name.
	queryVars map[string]querySite
	findings  []analysis.Diagnostic
}

// A labelKey identifies one input label.
type labelKey struct {
	pos  token.Pos
	in   frameworks.Input
	name string
}

// keyOf returns the key of an input label.
func keyOf(l authflow.Label) labelKey { return labelKey{l.Pos, l.Input, l.Name} }

// A readKey identifies one report: a read of a named parameter.
type readKey struct {
	pos  token.Pos
	name string
}

func newChecker(pass *analysis.Pass, flow *authflow.Result, evs *authevents.Result, vars *constvars.Result, creds *credentials.Result) *checker {
	return &checker{
		pass: pass, flow: flow, evs: evs, vars: vars, creds: creds,
		site: map[labelKey]token.Pos{}, binds: map[token.Pos]bool{}, bound: map[token.Pos]bool{},
		seen: map[readKey]bool{}, queryVars: map[string]querySite{},
	}
}

// span returns the range to report for a read at pos, an SSA position:
// for a call, its method name and arguments (Get("token")) rather than
// its opening parenthesis; otherwise pos itself.
func (c *checker) span(pos token.Pos) (token.Pos, token.Pos) {
	if c.calls == nil {
		c.calls = map[token.Pos]*ast.CallExpr{}
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					c.calls[call.Lparen] = call
				}
				return true
			})
		}
	}
	call, ok := c.calls[pos]
	if !ok {
		return pos, token.NoPos
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.Sel.Pos(), call.End()
	}
	return call.Pos(), call.End()
}

// claim records a report of k and reports whether it is the first.
func (c *checker) claim(k readKey) bool {
	if c.seen[k] {
		return false
	}
	c.seen[k] = true
	return true
}

// quoteAll returns the names quoted and separated by commas.
func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
