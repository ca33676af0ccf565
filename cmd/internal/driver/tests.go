package driver

import (
	"strings"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"
)

// baseOf returns the unit of the package that p is a test variant of
// ("x [x.test]", x with its internal tests, or "y [x.test]", y compiled
// again against x's test variant because x's external test imports it),
// or nil when p is not a test variant or its package is not part of the
// run. authvet reports nothing in _test.go files, so a variant finds
// what its package finds: it is analyzed only for the facts of what
// imports it, which are its package's.
func baseOf(p *packages.Package, units map[*packages.Package]*unit, byID map[string]*packages.Package) *unit {
	id, _, ok := strings.Cut(p.ID, " [")
	if !ok {
		return nil
	}
	base := byID[id]
	if base == nil {
		return nil
	}
	return units[base]
}

// copyFacts gives the test variant u the facts its package exported,
// on the variant's objects of the same object path, and the package's
// failed analyzers, instead of analyzing the variant: its code is the
// package's own, with test files and compiled against test variants
// that only add to what its imports declare.
func (an *analyses) copyFacts(u, base *unit) {
	u.failed = base.failed
	var enc objectpath.Encoder
	for _, f := range base.exported {
		saved := savedFact{pkg: u.pkg.Types, fact: f.fact}
		if f.obj != nil {
			path, err := enc.For(f.obj)
			if err != nil {
				continue
			}
			obj, err := objectpath.Object(u.pkg.Types, path)
			if err != nil {
				continue
			}
			saved = savedFact{obj: obj, fact: f.fact}
		}
		u.exported = append(u.exported, saved)
	}
	an.export(u.exported)
}

// testOnly reports whether p holds nothing but tests: an external test
// package, or the test main go test generates. authvet reports nothing
// in tests and nothing imports such a package, so it is not analyzed.
func testOnly(p *packages.Package) bool {
	if isTestMain(p) {
		return true
	}
	for _, name := range p.CompiledGoFiles {
		if !strings.HasSuffix(name, "_test.go") {
			return false
		}
	}
	return len(p.CompiledGoFiles) > 0
}

// isTestMain reports whether p is the main package go test generates.
func isTestMain(p *packages.Package) bool {
	return strings.HasSuffix(p.ID, ".test")
}
