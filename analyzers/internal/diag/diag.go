// Package diag reports authvet diagnostics: it fills in the documentation
// URL and honours //authvet:ignore comments, so that suppression works the
// same under every driver (authvet, go vet, golangci-lint, gopls).
package diag

import (
	"go/ast"
	"go/token"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/guard"
)

// Directive is the comment prefix that suppresses a finding.
const Directive = "//authvet:ignore"

// Report reports d unless it lies in a _test.go file, or an
// //authvet:ignore comment naming the analyzer sits on the diagnostic's
// line or the line above it.
//
// The comment reads "//authvet:ignore check[,check] reason"; "all" names
// every check. A comment with no reason suppresses nothing: the finding
// is reported with a note asking for one.
func Report(pass *analysis.Pass, d analysis.Diagnostic) {
	if inTestFile(pass, d.Pos) || isTestHelper(pass.Pkg.Name()) {
		return // test servers and fakes fake logins and tokens on purpose
	}
	if d.URL == "" {
		d.URL = docutil.URL(pass.Analyzer.Name)
		if d.Category != "" {
			d.URL += "#" + d.Category
		}
	}
	state, directive := ignoredBy(pass, d.Pos)
	if state != notIgnored {
		markUsed(pass, directive.Slash)
	}
	switch state {
	case ignoreWithReason:
		if os.Getenv(SuppressedEnv) == "1" {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: directive.Pos(), End: directive.End(), Message: SuppressedPrefix + reason(directive.Text)})
			pass.Report(d)
		}
		return
	case ignoreWithoutReason:
		d.Message += "; " + Directive + " needs a reason to take effect"
	}
	pass.Report(d)
}

// SuppressedEnv, set to 1 in the environment, makes Report report the
// findings that a directive with a reason suppresses, too, each with a
// last related location at the directive whose message is
// SuppressedPrefix and the reason. authvet's SARIF output sets it to list
// them as suppressed, as code scanning expects; no other driver does.
const (
	SuppressedEnv    = "AUTHVET_REPORT_SUPPRESSED"
	SuppressedPrefix = "suppressed by //authvet:ignore: "
)

// reason returns the reason a directive's text gives.
func reason(text string) string {
	fields := strings.Fields(strings.TrimPrefix(text, Directive))
	if len(fields) < 2 {
		return ""
	}
	return strings.Join(fields[1:], " ")
}

type ignoreState int

const (
	notIgnored ignoreState = iota
	ignoreWithoutReason
	ignoreWithReason
)

// ignoredBy looks for an ignore directive for the current analyzer on
// the line of pos or the line before it, and returns the strongest and
// its comment.
func ignoredBy(pass *analysis.Pass, pos token.Pos) (ignoreState, *ast.Comment) {
	file := File(pass, pos)
	if file == nil {
		return notIgnored, nil
	}
	line := pass.Fset.Position(pos).Line
	state, at := notIgnored, (*ast.Comment)(nil)
	for _, group := range file.Comments {
		for _, c := range group.List {
			l := pass.Fset.Position(c.Slash).Line
			if l != line && l != line-1 {
				continue
			}
			if s := parseDirective(c.Text, pass.Analyzer.Name); s > state {
				state, at = s, c
			}
		}
	}
	return state, at
}

// parseDirective says whether comment text is an ignore directive for
// the named check, and whether it gives a reason.
func parseDirective(text, name string) ignoreState {
	rest, ok := strings.CutPrefix(text, Directive)
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return notIgnored
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		return notIgnored
	}
	for _, check := range strings.Split(fields[0], ",") {
		if check == name || check == "all" {
			if len(fields) > 1 {
				return ignoreWithReason
			}
			return ignoreWithoutReason
		}
	}
	return notIgnored
}

// File returns the syntax tree of the analyzed file that holds pos, or
// nil if pos is in no file of the package.
func File(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// isTestHelper reports whether a package of this name exists for tests,
// as httptest and fstest do: fakes of servers and identity providers.
func isTestHelper(name string) bool {
	switch name {
	case "testutil", "testutils", "testhelper", "testhelpers", "testing", "fakes", "mocks":
		return true
	case "test", "latest", "contest", "protest", "attest", "detest":
		return false // a word, not a test helper's name
	}
	return strings.HasSuffix(name, "test")
}

// Guard wraps a check's run function: a panic becomes an error naming
// the package (guard.Run), and after a run it reports the suppression
// directives that are malformed, name no check, or suppress nothing.
func Guard(run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return guard.Run(func(pass *analysis.Pass) (any, error) {
		s := &usedSet{pos: map[token.Pos]bool{}}
		used.Store(pass, s)
		defer used.Delete(pass)
		res, err := run(pass)
		if err == nil {
			checkDirectives(pass, s)
		}
		return res, err
	})
}

// inTestFile reports whether pos lies in a _test.go file. Tests are
// analyzed, since their helpers are code like any other, but what they
// do to sessions and tokens is not shipped.
func inTestFile(pass *analysis.Pass, pos token.Pos) bool {
	f := pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}
