// Package authmodel defines an Analyzer that resolves authvet's framework
// tables (package frameworks) against the package being analyzed.
//
// # Analyzer authmodel
//
// authmodel: resolve the framework model against a package's imports
//
// The result, a *Model, answers which framework rows apply to a called
// function, by its types.Func.FullName, and what the SameSite constants
// of the imported libraries evaluate to. It reports nothing.
package authmodel

import (
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/guard"
)

var Analyzer = &analysis.Analyzer{
	Name:       "authmodel",
	Doc:        "resolve the framework model against a package's imports",
	URL:        "https://github.com/authvet/authvet/blob/main/docs/frameworks.md",
	Run:        guard.Run(run),
	ResultType: reflect.TypeFor[*Model](),
}

// Model is the framework knowledge that applies to one package.
type Model struct {
	*Index
	// Frameworks are the modelled frameworks the package imports,
	// directly or indirectly.
	Frameworks []*frameworks.Framework
	// Packages are the package and its transitive imports, by path.
	Packages    map[string]*types.Package
	sameSite    map[string]constant.Value // constant FullName -> value
	clientHooks []clientHook
}

// LibOf returns the name of the modelled framework that declares obj,
// or "" for the program's own functions.
func (m *Model) LibOf(obj *types.Func) string {
	if obj.Pkg() == nil {
		return ""
	}
	if fw := m.FrameworkOf(obj.Pkg().Path()); fw != nil {
		return fw.Name
	}
	return ""
}

// FrameworkOf returns the modelled framework that the package at path
// belongs to (one of its packages or a subpackage), or nil.
func (m *Model) FrameworkOf(path string) *frameworks.Framework {
	for _, fw := range m.Frameworks {
		for _, p := range fw.Packages {
			if path == p || strings.HasPrefix(path, p+"/") {
				return fw
			}
		}
	}
	return nil
}

// SameSiteMode classifies a constant SameSite value of cookie type ct as
// "lax", "strict", "none" or "" (unset or default).
func (m *Model) SameSiteMode(ct *frameworks.CookieType, v constant.Value) string {
	for mode, names := range map[string][]string{"lax": ct.Lax, "strict": ct.Strict, "none": ct.None} {
		for _, n := range names {
			if c, ok := m.sameSite[n]; ok && constant.Compare(c, token.EQL, v) {
				return mode
			}
		}
	}
	// String-typed modes (fiber) are also accepted when written as
	// literals; fiber compares them case-insensitively.
	if v.Kind() == constant.String {
		switch s := strings.ToLower(constant.StringVal(v)); s {
		case "lax", "strict", "none":
			return s
		}
	}
	return ""
}

func run(pass *analysis.Pass) (any, error) {
	m := &Model{Index: index(), sameSite: make(map[string]constant.Value)}
	deps := dependencies(pass.Pkg)
	m.Packages = deps
	for _, fw := range frameworks.All {
		for _, p := range fw.Packages {
			if deps[p] != nil {
				m.Frameworks = append(m.Frameworks, fw)
				m.clientHooks = append(m.clientHooks, resolveClientHooks(deps, fw)...)
				break
			}
		}
		for _, ct := range fw.CookieTypes {
			for _, name := range slices.Concat(ct.Lax, ct.Strict, ct.None) {
				if v := lookupConst(deps, name); v != nil {
					m.sameSite[name] = v
				}
			}
		}
	}
	return m, nil
}

// dependencies returns pkg and every package it imports, transitively,
// by path.
func dependencies(pkg *types.Package) map[string]*types.Package {
	seen := map[string]*types.Package{}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if seen[p.Path()] != nil {
			return
		}
		seen[p.Path()] = p
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(pkg)
	return seen
}

// lookupConst returns the value of the package-level constant named by
// its full name ("net/http.SameSiteLaxMode"), or nil.
func lookupConst(deps map[string]*types.Package, fullName string) constant.Value {
	i := strings.LastIndex(fullName, ".")
	pkg := deps[fullName[:i]]
	if pkg == nil {
		return nil
	}
	if c, ok := pkg.Scope().Lookup(fullName[i+1:]).(*types.Const); ok {
		return c.Val()
	}
	return nil
}

var (
	indexOnce sync.Once
	theIndex  *Index
)

// index returns the framework tables indexed by function name, built once.
func index() *Index {
	indexOnce.Do(func() { theIndex = newIndex(frameworks.All) })
	return theIndex
}
