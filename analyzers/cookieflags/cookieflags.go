package cookieflags

import (
	_ "embed"
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/authmodel"
	"github.com/authvet/authvet/passes/cookies"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "cookieflags",
	Doc:      docutil.MustExtractDoc(doc, "cookieflags"),
	URL:      docutil.URL("cookieflags"),
	Requires: []*analysis.Analyzer{authmodel.Analyzer, cookies.Analyzer},
	Run:      diag.Guard(run),
}

// Categories of cookieflags findings; anchors in docs/cookieflags.md. A
// finding that lists several missing flags takes the first one's.
const (
	categoryHTTPOnly = "missing-httponly"
	categorySecure   = "missing-secure"
	categorySameSite = "missing-samesite"
)

// A risk is what the absence of a protective attribute allows.
type risk struct{ what, cwe, category string }

var risks = map[cookies.Attribute]risk{
	cookies.HTTPOnly: {"scripts can read it", "CWE-1004", categoryHTTPOnly},
	cookies.Secure:   {"it is sent over plain HTTP", "CWE-614", categorySecure},
	cookies.SameSite: {"it is sent with cross-site requests", "CWE-1275", categorySameSite},
}

// A finding is a cookie, or a session manager's cookie, that lacks flags.
type finding struct {
	pos, end token.Pos
	subject  string // `cookie "session"`, "session cookie of scs.SessionManager"
	missing  []cookies.Attribute
	unset    []string // configuration fields the flags are read from that nothing sets
	related  []analysis.RelatedInformation
	fix      *analysis.SuggestedFix
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[cookies.Analyzer].(*cookies.Result)
	model := pass.ResultOf[authmodel.Analyzer].(*authmodel.Model)
	c := &checker{pass: pass, model: model}
	var found []finding
	for _, ck := range res.Cookies {
		if f, ok := c.checkCookie(ck); ok {
			found = append(found, f)
		}
	}
	for _, s := range res.Sessions {
		if f, ok := c.checkSession(s); ok {
			found = append(found, f)
		}
	}
	for _, o := range res.Options {
		if f, ok := c.checkOptions(o); ok {
			found = append(found, f)
		}
	}
	seen := map[token.Pos]bool{}
	for _, f := range found {
		if seen[f.pos] {
			continue // a cookie set by two calls, or two cookies by one helper call
		}
		seen[f.pos] = true
		report(pass, f)
	}
	return nil, nil
}

// checker holds what the checks of one package share.
type checker struct {
	pass  *analysis.Pass
	model *authmodel.Model
}

// report formats a finding: one diagnostic listing every missing flag.
func report(pass *analysis.Pass, f finding) {
	var names, whats, cwes []string
	for _, a := range f.missing {
		names = append(names, a.String())
		whats = append(whats, risks[a].what)
		cwes = append(cwes, risks[a].cwe)
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
		Category: risks[f.missing[0]].category,
		Message: fmt.Sprintf("%s is set without %s%s; %s (%s)",
			f.subject, enumerate(names), why, enumerate(whats), strings.Join(cwes, ", ")),
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
