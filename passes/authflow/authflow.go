// Package authflow defines an Analyzer that follows client input, fresh
// secrets and session operations through a package's SSA form.
//
// # Analyzer authflow
//
// authflow: follow request data and session operations through SSA
//
// authflow builds SSA only for packages that depend on a modelled web,
// session or token framework, and only for their own functions: it does
// not require buildssa, whose use from a fact-producing pass would build
// SSA for every dependency. For each function it computes a Summary
// (origins of results, values sent to the client, fields written through
// parameters, session operations) and exports the summaries of
// package-level functions and methods as facts, so that helpers in other
// packages are followed too. It reports nothing.
package authflow

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"runtime/debug"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authmodel"
)

var Analyzer = &analysis.Analyzer{
	Name:       "authflow",
	Doc:        "follow request data and session operations through SSA",
	URL:        "https://github.com/authvet/authvet/blob/main/docs/frameworks.md",
	Run:        run,
	Requires:   []*analysis.Analyzer{authmodel.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(summaryFact), new(moduleFact)},
}

// Result is the dataflow of one package.
type Result struct {
	Model *authmodel.Model
	// Pkg is the package's SSA form, nil when the package cannot touch
	// HTTP, sessions or tokens and no SSA was built.
	Pkg *ssa.Package
	// SrcFuncs are the package's functions, including literals, in
	// source order.
	SrcFuncs []*ssa.Function

	pass  *analysis.Pass
	mu    sync.Mutex // guards flows and their memoized state
	flows map[*ssa.Function]*flow
}

func run(pass *analysis.Pass) (_ any, err error) {
	defer recoverAsError(pass, &err)
	model := pass.ResultOf[authmodel.Analyzer].(*authmodel.Model)
	r := &Result{Model: model, pass: pass, flows: map[*ssa.Function]*flow{}}
	if !model.Uses() {
		return r, nil // nothing to follow
	}
	if model.FrameworkOf(pass.Pkg.Path()) != nil {
		if isDependency(pass) {
			pass.ExportPackageFact(&moduleFact{Path: pass.Module.Path, Version: pass.Module.Version})
		}
		return r, nil // known from the tables
	}
	if isStdlib(pass.Pkg.Path()) || isDependency(pass) {
		return r, nil // library code: modelled by the tables, not analyzed
	}
	r.Pkg, r.SrcFuncs = buildSSA(pass)
	for _, fn := range r.SrcFuncs {
		sum := r.summary(fn)
		obj, ok := fn.Object().(*types.Func)
		if ok && fn.Parent() == nil && obj.Pkg() == pass.Pkg && !sum.empty() {
			pass.ExportObjectFact(obj, sum.exported())
		}
	}
	return r, nil
}

// moduleFact records the module version of a modelled library package,
// for behaviour that changed between versions (session defaults).
type moduleFact struct{ Path, Version string }

func (*moduleFact) AFact() {}

func (f *moduleFact) String() string { return "module(" + f.Path + "@" + f.Version + ")" }

// ModuleVersion returns the version of the named module that the package
// depends on, if it is a modelled library whose version the build
// reports; "" otherwise.
func (r *Result) ModuleVersion(module string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	pkg := r.Model.Packages[module]
	if pkg == nil {
		return ""
	}
	var f moduleFact
	if r.pass.ImportPackageFact(pkg, &f) && f.Path == module {
		return f.Version
	}
	return ""
}

// recoverAsError turns a panic during the analysis of a package into an
// error naming the package, so that one unexpected construct fails that
// package with a message instead of crashing the whole run.
func recoverAsError(pass *analysis.Pass, err *error) {
	if p := recover(); p != nil {
		*err = fmt.Errorf("internal error analyzing %s (please report it): %v\n%s", pass.Pkg.Path(), p, debug.Stack())
	}
}

// isDependency reports whether the package belongs to a versioned module
// required by the one being analyzed, rather than to the main module (or
// a module replaced by a local directory). Dependencies are not analyzed:
// doing so would build SSA for every web library in the build.
func isDependency(pass *analysis.Pass) bool {
	return pass.Module != nil && pass.Module.Version != ""
}

// libOf returns the name of the modelled framework that declares obj,
// or "" for the program's own functions.
func (r *Result) libOf(obj *types.Func) string {
	if obj.Pkg() == nil {
		return ""
	}
	if fw := r.Model.FrameworkOf(obj.Pkg().Path()); fw != nil {
		return fw.Name
	}
	return ""
}

// buildSSA builds the SSA form of the package's own functions, as
// buildssa does, but without requiring ctrlflow.
func buildSSA(pass *analysis.Pass) (*ssa.Package, []*ssa.Function) {
	prog := ssa.NewProgram(pass.Fset, ssa.InstantiateGenerics)
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()

	var funcs []*ssa.Function
	var addAnons func(f *ssa.Function)
	addAnons = func(f *ssa.Function) {
		funcs = append(funcs, f)
		for _, anon := range f.AnonFuncs {
			addAnons(anon)
		}
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			decl, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			obj, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func)
			if !ok {
				continue // ill-typed declaration
			}
			if f := prog.FuncValue(obj); f != nil {
				addAnons(f)
			}
		}
	}
	return pkg, funcs
}

// The methods of Result are safe for concurrent use: the checks that
// share a package's Result run in parallel, and queries may compute
// flows and memoize results. Each exported method holds r.mu; the
// analysis itself calls the unexported ones.

// Summary returns the summary of fn, a function of this package,
// computing it on first use.
func (r *Result) Summary(fn *ssa.Function) *Summary {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.summary(fn)
}

func (r *Result) summary(fn *ssa.Function) *Summary {
	return r.flow(fn).sum
}

// Taint returns the origins of v, a value in fn.
func (r *Result) Taint(fn *ssa.Function, v ssa.Value) Taint {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.flow(fn).valueTaint(v)
}

// DeepTaint returns the origins of v and of everything stored in it.
func (r *Result) DeepTaint(fn *ssa.Function, v ssa.Value) Taint {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.flow(fn).deepTaint(v)
}

// Stored returns what fn, and the helpers it passes v to, store into
// the field path of v (".HttpOnly", ".Cookie.Secure").
func (r *Result) Stored(fn *ssa.Function, v ssa.Value, path string) []Stored {
	r.mu.Lock()
	defer r.mu.Unlock()
	f := r.flow(fn)
	root, base := f.addr(v)
	return f.mem[root][base+path]
}

// CallSummary returns the summary of the function called by call, from
// this package's analysis or from a fact, or nil.
func (r *Result) CallSummary(fn *ssa.Function, call *ssa.CallCommon) *Summary {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.flow(fn).calleeSummary(call)
}

func (r *Result) flow(fn *ssa.Function) *flow {
	if f, ok := r.flows[fn]; ok {
		return f
	}
	f := newFlow(r, fn)
	r.flows[fn] = f // placeholder while in progress: recursion sees an empty summary
	f.solve()
	return f
}
