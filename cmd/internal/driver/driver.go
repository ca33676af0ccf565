// Package driver loads Go packages and runs authvet's analyzers on them,
// for the command and the editor proxy: [Loader.Run] type-checks the
// program's own packages from source and reads the other dependencies
// from export data, analyzes each package as soon as its imports are
// done, and returns the findings, each once, and the packages that did
// not load, each once.
package driver

import (
	"context"
	"fmt"

	"golang.org/x/tools/go/packages"
)

// Config says where and how to load packages.
type Config struct {
	Dir   string   // directory to run the go command in; "" is the current one
	Env   []string // environment of the go command; nil is the process's
	Tags  []string // build tags, as go build -tags
	Tests bool     // also load the packages' tests
	// Overlay holds the contents of unsaved files (the editor's
	// buffers), by absolute file name.
	Overlay map[string][]byte
	// Context cancels the go command; nil is context.Background.
	Context context.Context
	// Progress, if set, is told which phase the run is in and, while
	// packages are analyzed, how many of total are done. It may be
	// called concurrently.
	Progress func(phase string, done, total int)
}

// progress reports the phase of a run, if cfg asks for it.
func (cfg Config) progress(phase string, done, total int) {
	if cfg.Progress != nil {
		cfg.Progress(phase, done, total)
	}
}

// Program is the result of a run.
type Program struct {
	// Roots are the packages the patterns matched, whether or not they
	// loaded.
	Roots []*packages.Package
	// Findings are the findings in the roots, sorted by position and
	// each listed once (a file belongs to a package and to its test
	// variant).
	Findings []Finding
	// Broken lists each package that failed to load once, root or
	// dependency, with its errors.
	Broken []Broken
	// Errors are the errors of the analysis, each once.
	Errors []error
}

// Broken is a package that did not load, or a root package that depends
// on one and so cannot be analyzed.
type Broken struct {
	Path   string
	Errors []packages.Error // its own errors; empty when only a dependency failed
	Dep    string           // for a root package without errors of its own, a dependency that failed
}

// Lines returns the lines that report b, with file names passed
// through rel (to shorten them).
func (b Broken) Lines(rel func(string) string) []string {
	if len(b.Errors) == 0 {
		return []string{fmt.Sprintf("%s: not analyzed: its dependency %s did not load", b.Path, b.Dep)}
	}
	var lines []string
	for _, e := range b.Errors {
		if e.Pos == "" || e.Pos == "-" {
			lines = append(lines, e.Msg)
			continue
		}
		lines = append(lines, rel(e.Pos)+": "+e.Msg)
	}
	return lines
}

// broken lists every package with errors once, and the roots that
// cannot be analyzed because a dependency has errors.
func broken(roots []*packages.Package) []Broken {
	var list []Broken
	seen := map[string]bool{}
	packages.Visit(roots, nil, func(p *packages.Package) {
		if len(p.Errors) == 0 {
			return
		}
		var errs []packages.Error
		for _, e := range p.Errors {
			if msg := e.Error(); !seen[msg] { // a file of a package and its test variant fails once
				seen[msg] = true
				errs = append(errs, e)
			}
		}
		if len(errs) > 0 {
			list = append(list, Broken{Path: p.PkgPath, Errors: errs})
		}
	})
	for _, p := range roots {
		if p.IllTyped && len(p.Errors) == 0 && !isTestMain(p) { // generated, not the user's
			list = append(list, Broken{Path: p.ID, Dep: brokenDep(p)})
		}
	}
	return list
}

// brokenDep returns the path of a dependency of p that has errors.
func brokenDep(p *packages.Package) string {
	var found string
	packages.Visit([]*packages.Package{p}, func(q *packages.Package) bool { return found == "" }, func(q *packages.Package) {
		if found == "" && len(q.Errors) > 0 {
			found = q.PkgPath
		}
	})
	return found
}
