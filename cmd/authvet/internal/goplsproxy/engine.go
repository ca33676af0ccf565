package goplsproxy

import (
	"context"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/cmd/internal/driver"
)

// An Engine analyzes the package of a file. It is the one place that
// loads code: the proxy only schedules, converts and publishes.
type Engine interface {
	Analyze(ctx context.Context, req Request) (*Result, error)
}

// Request asks for the findings of the packages holding File.
type Request struct {
	File      string
	Overlay   map[string][]byte // unsaved editor buffers, by file name
	Analyzers []*analysis.Analyzer
}

// Result holds the findings of the analyzed packages. Files lists every
// file of those packages: its earlier findings are replaced, by nothing
// if it has none now.
type Result struct {
	Files    []string
	Findings []Finding
}

// Finding is one diagnostic of an analyzer, with its positions resolved
// to file names and byte offsets.
type Finding struct {
	Check    string
	Pos, End token.Position
	Message  string
	URL      string
	Related  []Related
	Fixes    []Fix
}

// Related is a secondary position of a finding.
type Related struct {
	Pos, End token.Position
	Message  string
}

// Fix is a suggested fix: byte-offset edits, possibly in several files.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces the bytes [Start, End) of File with NewText.
type Edit struct {
	File       string
	Start, End int
	NewText    string
}

// PackagesEngine analyzes packages with the standalone driver. It keeps
// the driver's Loader between calls, so that the dependencies read from
// export data are read again only when the build changes them, and the
// program's packages other than the file's are checked and analyzed
// again only when they, or what they import, change.
type PackagesEngine struct {
	loader driver.Loader
}

// Analyze implements Engine.
func (e *PackagesEngine) Analyze(ctx context.Context, req Request) (*Result, error) {
	cfg := driver.Config{Dir: filepath.Dir(req.File), Overlay: req.Overlay, Context: ctx}
	prog, err := e.loader.Run(cfg, []string{"file=" + req.File}, req.Analyzers)
	if err != nil {
		return nil, fmt.Errorf("loading the package of %s: %v", req.File, err)
	}
	if len(prog.Errors) > 0 {
		return nil, prog.Errors[0]
	}
	res := &Result{}
	for _, p := range prog.Roots {
		res.Files = append(res.Files, p.CompiledGoFiles...) // a package that does not compile is left to gopls's own errors
	}
	for _, f := range prog.Findings {
		res.Findings = append(res.Findings, newFinding(f.Fset, f.Check, f.Diagnostic))
	}
	slices.Sort(res.Files)
	res.Files = slices.Compact(res.Files)
	return res, nil
}

// newFinding resolves the positions of an analyzer's diagnostic.
func newFinding(fset *token.FileSet, check string, d analysis.Diagnostic) Finding {
	f := Finding{
		Check:   check,
		Pos:     fset.Position(d.Pos),
		End:     endPosition(fset, d.Pos, d.End),
		Message: d.Message,
		URL:     d.URL,
	}
	for _, r := range d.Related {
		f.Related = append(f.Related, Related{Pos: fset.Position(r.Pos), End: endPosition(fset, r.Pos, r.End), Message: r.Message})
	}
	for _, sf := range d.SuggestedFixes {
		fix := Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			start := fset.Position(e.Pos)
			fix.Edits = append(fix.Edits, Edit{File: start.Filename, Start: start.Offset, End: endPosition(fset, e.Pos, e.End).Offset, NewText: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

// endPosition resolves an end that analyzers may leave unset.
func endPosition(fset *token.FileSet, pos, end token.Pos) token.Position {
	if !end.IsValid() {
		end = pos
	}
	return fset.Position(end)
}
