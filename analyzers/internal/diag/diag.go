// Package diag reports authvet diagnostics: it fills in the documentation
// URL and honours //authvet:ignore comments, so that suppression works the
// same under every driver (authvet, go vet, golangci-lint, gopls).
package diag

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/docutil"
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
	if inTestFile(pass, d.Pos) {
		return // test servers fake logins and tokens on purpose
	}
	if d.URL == "" {
		d.URL = docutil.URL(pass.Analyzer.Name)
		if d.Category != "" {
			d.URL += "#" + d.Category
		}
	}
	switch ignoredBy(pass, d.Pos) {
	case ignoreWithReason:
		return
	case ignoreWithoutReason:
		d.Message += "; " + Directive + " needs a reason to take effect"
	}
	pass.Report(d)
}

type ignoreState int

const (
	notIgnored ignoreState = iota
	ignoreWithoutReason
	ignoreWithReason
)

// ignoredBy looks for an ignore directive for the current analyzer on
// the line of pos or the line before it.
func ignoredBy(pass *analysis.Pass, pos token.Pos) ignoreState {
	file := File(pass, pos)
	if file == nil {
		return notIgnored
	}
	line := pass.Fset.Position(pos).Line
	state := notIgnored
	for _, group := range file.Comments {
		for _, c := range group.List {
			l := pass.Fset.Position(c.Slash).Line
			if l != line && l != line-1 {
				continue
			}
			if s := parseDirective(c.Text, pass.Analyzer.Name); s > state {
				state = s
			}
		}
	}
	return state
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

// inTestFile reports whether pos lies in a _test.go file. Tests are
// analyzed, since their helpers are code like any other, but what they
// do to sessions and tokens is not shipped.
func inTestFile(pass *analysis.Pass, pos token.Pos) bool {
	f := pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}
