// Package driver loads Go packages and runs authvet's analyzers on them.
//
// Loading and running are separate steps, so that another loader (one
// based on export data, say) or another front end (the editor proxy) can
// reuse either: [Load] returns the packages that type-check and, once
// each, those that do not; [Run] analyzes packages and returns the
// findings, each once.
package driver

import (
	"fmt"
	"strings"

	"golang.org/x/tools/go/packages"
)

// Config says where and how to load packages.
type Config struct {
	Dir   string   // directory to run the go command in; "" is the current one
	Env   []string // environment of the go command; nil is the process's
	Tags  []string // build tags, as go build -tags
	Tests bool     // also load the packages' tests
}

// Program is the result of loading.
type Program struct {
	// Packages are the root packages that, with all their dependencies,
	// loaded and type-checked without error.
	Packages []*packages.Package
	// Broken lists each package that failed to load once, root or
	// dependency, with its errors.
	Broken []Broken
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

// Load loads the packages matched by patterns with their syntax and types
// (authvet's checks exchange facts across packages, so dependencies are
// loaded from source too).
func Load(cfg Config, patterns []string) (*Program, error) {
	var flags []string
	if len(cfg.Tags) > 0 {
		flags = append(flags, "-tags="+strings.Join(cfg.Tags, ","))
	}
	roots, err := packages.Load(&packages.Config{
		Mode:       packages.LoadAllSyntax | packages.NeedModule,
		Dir:        cfg.Dir,
		Env:        cfg.Env,
		BuildFlags: flags,
		Tests:      cfg.Tests,
	}, patterns...)
	if err != nil {
		return nil, err
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	return split(roots), nil
}

// split separates the root packages that can be analyzed from those that
// cannot, and lists every package with errors once.
func split(roots []*packages.Package) *Program {
	prog := &Program{}
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
			prog.Broken = append(prog.Broken, Broken{Path: p.PkgPath, Errors: errs})
		}
	})
	for _, p := range roots {
		switch {
		case !p.IllTyped && p.Types != nil:
			prog.Packages = append(prog.Packages, p)
		case len(p.Errors) == 0 && !strings.HasSuffix(p.ID, ".test"): // a test main is generated, not the user's
			prog.Broken = append(prog.Broken, Broken{Path: p.ID, Dep: brokenDep(p)})
		}
	}
	return prog
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
