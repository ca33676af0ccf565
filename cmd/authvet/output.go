package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/cmd/internal/driver"
)

// writeText prints findings as go vet does, "file:line:col: message", with
// related information indented below, and context lines around each when
// context >= 0. File names are relative to the current directory when
// they are below it.
func writeText(w io.Writer, findings []driver.Finding, context int) {
	for _, f := range findings {
		printAt(w, f.Fset, f.Pos, f.End, f.Message, context)
		for _, r := range f.Related {
			printAt(w, f.Fset, r.Pos, r.End, "\t"+r.Message, context)
		}
	}
}

func printAt(w io.Writer, fset *token.FileSet, pos, end token.Pos, msg string, context int) {
	posn := fset.Position(pos)
	fmt.Fprintf(w, "%s: %s\n", relPosn(posn), msg)
	if context < 0 {
		return
	}
	last := posn.Line
	if e := fset.Position(end); e.IsValid() {
		last = e.Line
	}
	data, _ := os.ReadFile(posn.Filename)
	lines := strings.Split(string(data), "\n")
	for i := posn.Line - context; i <= last+context; i++ {
		if 1 <= i && i <= len(lines) {
			fmt.Fprintf(w, "%d\t%s\n", i, lines[i-1])
		}
	}
}

// relPosn formats posn with its file name relative to the current
// directory when the file is below it.
func relPosn(posn token.Position) string {
	posn.Filename = relPath(posn.Filename)
	return posn.String()
}

func relPath(name string) string {
	wd, err := os.Getwd()
	if err != nil {
		return name
	}
	rel, err := filepath.Rel(wd, name)
	if err != nil || !filepath.IsLocal(rel) {
		return name
	}
	return rel
}

// writeSummary prints one line counting the findings of each check.
func writeSummary(w io.Writer, checks []*analysis.Analyzer, findings []driver.Finding) {
	count := map[string]int{}
	for _, f := range findings {
		count[f.Check]++
	}
	var parts []string
	for _, a := range checks {
		parts = append(parts, fmt.Sprintf("%s %d", a.Name, count[a.Name]))
	}
	fmt.Fprintf(w, "authvet: %d findings (%s)\n", len(findings), strings.Join(parts, ", "))
}

// isTerminal reports whether w is an interactive terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// The JSON tree of go vet -json and the x/tools drivers:
// {"package": {"check": [diagnostic, ...]}}.
type (
	jsonDiagnostic struct {
		Category       string        `json:"category,omitempty"`
		Posn           string        `json:"posn"`
		End            string        `json:"end"`
		Message        string        `json:"message"`
		SuggestedFixes []jsonFix     `json:"suggested_fixes,omitempty"`
		Related        []jsonRelated `json:"related,omitempty"`
	}
	jsonFix struct {
		Message string     `json:"message"`
		Edits   []jsonEdit `json:"edits"`
	}
	jsonEdit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	jsonRelated struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
)

// writeJSON prints findings as the go/analysis JSON tree, each finding
// once, under the package of its file.
func writeJSON(w io.Writer, findings []driver.Finding) {
	tree := map[string]map[string][]jsonDiagnostic{}
	for _, f := range findings {
		fset := f.Fset
		d := jsonDiagnostic{
			Category: f.Category,
			Posn:     fset.Position(f.Pos).String(),
			End:      fset.Position(cmp.Or(f.End, f.Pos)).String(),
			Message:  f.Message,
		}
		for _, fix := range f.SuggestedFixes {
			jf := jsonFix{Message: fix.Message}
			for _, e := range fix.TextEdits {
				start := fset.Position(e.Pos)
				jf.Edits = append(jf.Edits, jsonEdit{start.Filename, start.Offset, fset.Position(e.End).Offset, string(e.NewText)})
			}
			d.SuggestedFixes = append(d.SuggestedFixes, jf)
		}
		for _, r := range f.Related {
			d.Related = append(d.Related, jsonRelated{fset.Position(r.Pos).String(), fset.Position(cmp.Or(r.End, r.Pos)).String(), r.Message})
		}
		if tree[f.Package] == nil {
			tree[f.Package] = map[string][]jsonDiagnostic{}
		}
		tree[f.Package][f.Check] = append(tree[f.Package][f.Check], d)
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		panic(err) // plain strings and numbers always marshal
	}
	fmt.Fprintf(w, "%s\n", data)
}
