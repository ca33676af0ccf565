package diag

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Checks names authvet's checks, so that a directive naming another
// check is reported as a typo; the package test keeps it in step with
// analyzers.All.
var Checks = []string{"tokenecho", "cookieflags", "tokenquery", "sessionrevoke"}

// directiveURL documents the suppression directive.
const directiveURL = "https://github.com/authvet/authvet/blob/main/README.md#suppressing-a-finding"

// used records, per running pass, the directives (by the position of
// their comment) that took effect, so that Guard can report those that
// suppressed nothing.
var used sync.Map // *analysis.Pass -> *usedSet

type usedSet struct {
	mu  sync.Mutex
	pos map[token.Pos]bool
}

// markUsed records that the directive at pos took effect in pass.
func markUsed(pass *analysis.Pass, pos token.Pos) {
	if v, ok := used.Load(pass); ok {
		s := v.(*usedSet)
		s.mu.Lock()
		s.pos[pos] = true
		s.mu.Unlock()
	}
}

// checkDirectives reports the suppression directives of the package that
// a typo makes ineffective or that suppress nothing. Each directive is
// judged by one check only, so that it is reported once: the check it
// names, or for a name that is no check, the check closest to it.
func checkDirectives(pass *analysis.Pass, s *usedSet) {
	for _, f := range pass.Files {
		if inTestFile(pass, f.Pos()) {
			continue // findings there are not reported, so directives have nothing to do
		}
		for _, group := range f.Comments {
			for _, c := range group.List {
				if owner, msg := judgeDirective(c, pass.Analyzer.Name, s.pos[c.Slash]); msg != "" && owner == pass.Analyzer.Name {
					pass.Report(analysis.Diagnostic{Pos: c.Pos(), End: c.End(), Category: "directive", URL: directiveURL, Message: msg})
				}
			}
		}
	}
}

// judgeDirective returns what is wrong with comment c if it is meant as a
// suppression directive, and the check that should say so; msg is ""
// when c is not meant as one or is well-formed and in use.
func judgeDirective(c *ast.Comment, self string, isUsed bool) (owner, msg string) {
	text := c.Text
	if body, ok := strings.CutPrefix(text, "/*"); ok {
		inner := strings.TrimSpace(strings.TrimSuffix(body, "*/"))
		if !hasDirectiveWord(inner) {
			return "", ""
		}
		return ownerOf(firstName(inner), self), "malformed suppression directive: a block comment does not suppress; write " + Directive + " check reason"
	}
	body := strings.TrimPrefix(text, "//")
	trimmed := strings.TrimLeft(body, " \t")
	if !hasDirectiveWord(trimmed) {
		return "", ""
	}
	owner = ownerOf(firstName(trimmed), self)
	rest := trimmed[len("authvet:ignore"):]
	switch {
	case trimmed != body:
		return owner, "malformed suppression directive: no space may follow //; write " + Directive + " check reason"
	case !strings.HasPrefix(trimmed, "authvet:ignore"):
		return owner, "malformed suppression directive: write " + Directive + " in lower case"
	case rest != "" && rest[0] != ' ' && rest[0] != '\t':
		return owner, fmt.Sprintf("malformed suppression directive %q; write %s check reason", strings.Fields(trimmed)[0], Directive)
	}
	fields := strings.Fields(rest)
	if i := slices.IndexFunc(fields, func(f string) bool { return strings.HasPrefix(f, "//") }); i >= 0 {
		fields = fields[:i] // a comment on the comment
	}
	if len(fields) == 0 {
		return owner, "suppression directive names no check; write " + Directive + " check reason"
	}
	for _, name := range strings.Split(fields[0], ",") {
		if name != "all" && name != self && !slices.Contains(Checks, name) {
			return ownerOf(name, self), fmt.Sprintf("suppression directive names unknown check %q; did you mean %s?", name, ownerOf(name, self))
		}
	}
	if !isUsed && slices.Contains(strings.Split(fields[0], ","), self) {
		return self, fmt.Sprintf("suppression directive for %s suppresses nothing on this line or the next; remove it", self)
	}
	return "", ""
}

// hasDirectiveWord reports whether s starts with the directive's word in
// any case, possibly misspelt after it.
func hasDirectiveWord(s string) bool {
	return len(s) >= len("authvet:ignore") && strings.EqualFold(s[:len("authvet:ignore")], "authvet:ignore")
}

// firstName returns the first check name of a directive's text, or "".
func firstName(s string) string {
	fields := strings.Fields(s)
	if len(fields) < 2 || strings.HasPrefix(fields[1], "//") {
		return ""
	}
	name, _, _ := strings.Cut(fields[1], ",")
	return name
}

// ownerOf returns the check closest in spelling to name: the one a
// misspelt directive was meant for; without a name, the first check.
func ownerOf(name, self string) string {
	candidates := append(slices.Clone(Checks), self)
	best := candidates[0]
	for _, c := range candidates[1:] {
		if distance(name, c) < distance(name, best) {
			best = c
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
