package goplsproxy

import (
	"context"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// An Engine analyzes the package of a file. It is the one place that
// loads code: the proxy only schedules, converts and publishes.
//
// The engine below loads the package and its dependencies from source on
// every call, which is simple and always right but pays for the whole
// dependency graph each time; a long-lived engine that keeps the
// dependencies' export data and facts between calls can replace it
// without touching the proxy.
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
	Loading  time.Duration // of the whole analysis, how long loading took, for the log
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

// PackagesEngine loads packages with go/packages and runs the analyzers
// with go/analysis/checker.
type PackagesEngine struct{}

// Analyze implements Engine.
func (PackagesEngine) Analyze(ctx context.Context, req Request) (*Result, error) {
	cfg := &packages.Config{
		Mode:    packages.LoadAllSyntax | packages.NeedModule,
		Context: ctx,
		Dir:     filepath.Dir(req.File),
		Overlay: req.Overlay,
	}
	start := time.Now()
	pkgs, err := packages.Load(cfg, "file="+req.File)
	if err != nil {
		return nil, fmt.Errorf("loading the package of %s: %v", req.File, err)
	}
	res := &Result{Loading: time.Since(start)}
	var roots []*packages.Package
	for _, p := range pkgs {
		res.Files = append(res.Files, p.CompiledGoFiles...)
		if len(p.Errors) == 0 && p.Types != nil {
			roots = append(roots, p) // a package that does not compile is left to gopls's own errors
		}
	}
	if len(roots) == 0 || len(req.Analyzers) == 0 {
		return res, nil
	}
	graph, err := checker.Analyze(req.Analyzers, roots, nil)
	if err != nil {
		return nil, err
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			return nil, act.Err
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			res.Findings = append(res.Findings, newFinding(fset, act.Analyzer.Name, d))
		}
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
