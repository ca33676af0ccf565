// Package authflow defines an Analyzer that follows client input and
// fresh secrets through a package's SSA form.
//
// # Analyzer authflow
//
// authflow: follow request data and fresh secrets through SSA
//
// authflow builds SSA for the program's own packages, and only for
// their own functions; the standard library and versioned dependencies
// are known from the framework tables. It does not require buildssa,
// whose use from a fact-producing pass would build SSA for every
// dependency. For each function it computes a Summary
// (origins of results, values sent to the client, fields written through
// parameters) and exports the summaries of
// package-level functions and methods as facts, so that helpers in other
// packages are followed too. Calls are followed through method values
// and method expressions, and interface calls to the implementations
// among the types of the package and its program imports; values
// through channels and, by key, through value carriers such as
// context.WithValue (the frameworks' ValueCarriers). It reports nothing:
// the policy passes (authevents, cookies, credentials) read its result
// and solve summaries of their own over its Components.
package authflow

import (
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authmodel"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/guard"
)

var Analyzer = &analysis.Analyzer{
	Name:       "authflow",
	Doc:        "follow request data and fresh secrets through SSA",
	URL:        "https://github.com/authvet/authvet/blob/main/docs/frameworks.md",
	Run:        guard.Run(run),
	Requires:   []*analysis.Analyzer{authmodel.Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(summaryFact), new(moduleFact)},
}

// debugLog, set by -authflow.debug, reports on stderr where the analysis
// stopped short of a fixed point.
var debugLog bool

// debugf reports, on a line of stderr, where authflow or a pass that
// settles components with it stopped early, when -authflow.debug is set.
func debugf(format string, args ...any) {
	if debugLog {
		fmt.Fprintf(os.Stderr, format+"\n", args...)
	}
}

// names holds the user's names, set by the flags below.
var names = Names{
	Credentials:   frameworks.Names{Kind: frameworks.InputName},
	RevokeMethods: frameworks.Names{Kind: frameworks.FuncName},
	StoreMethods:  frameworks.Names{Kind: frameworks.FuncName},
	RandomFuncs:   frameworks.Names{Kind: frameworks.FuncName},
	CompareFuncs:  frameworks.Names{Kind: frameworks.FuncName},
}

func init() {
	Analyzer.Flags.BoolVar(&debugLog, "debug", false, "report on stderr where the dataflow analysis stopped early")
	Analyzer.Flags.Var(&names.Credentials, "credential-names", "comma-separated request input, variable and field names that hold a session token or credential")
	Analyzer.Flags.Var(&names.RevokeMethods, "revoke-methods", "comma-separated functions or methods (Name or (*pkg/path.Type).Name) that revoke sessions")
	Analyzer.Flags.Var(&names.StoreMethods, "store-methods", "comma-separated functions or methods (Name or (*pkg/path.Type).Name) that store a session")
	Analyzer.Flags.Var(&names.RandomFuncs, "random-funcs", "comma-separated functions or methods (Name or (*pkg/path.Type).Name) that return a freshly generated secret")
	Analyzer.Flags.Var(&names.CompareFuncs, "compare-funcs", "comma-separated functions or methods (Name or (*pkg/path.Type).Name) that compare a value with a stored secret")
}

// Result is the dataflow of one package. It is complete when run
// returns and never changes after: the checks that share it read it
// concurrently, without locks, as they read buildssa's result.
type Result struct {
	Model *authmodel.Model
	// Names are the user's names, as the flags were when run began.
	Names Names
	// Pkg is the package's SSA form, nil when the package cannot touch
	// HTTP, sessions or tokens and no SSA was built.
	Pkg *ssa.Package
	// SrcFuncs are the package's functions, including literals, in
	// source order.
	SrcFuncs []*ssa.Function
	// InitFuncs are the package initializer and its literals, which
	// hold the initial values of package variables.
	InitFuncs []*ssa.Function
	// Components groups SrcFuncs, InitFuncs and the functions they call
	// into the strongly connected components of the call graph, callees
	// first, as the engine solves them: a pass that summarizes functions
	// solves each group of mutually recursive ones to a fixed point, as
	// Own does.
	Components [][]*ssa.Function

	flows    map[*ssa.Function]*flow
	facts    map[*types.Func]*Summary    // summaries imported from other packages
	foreign  []*types.Func               // the other packages' functions the package calls (foreignCallees)
	versions map[string]string           // module path -> version of modelled libraries
	methods  methodIndex                 // what interface calls may reach
	impls    map[implKey][]*ssa.Function // the implementations found, by interface method
	frozen   bool                        // run has returned: queries read, never write
}

func run(pass *analysis.Pass) (any, error) {
	model := pass.ResultOf[authmodel.Analyzer].(*authmodel.Model)
	r := &Result{Model: model, Names: names, flows: map[*ssa.Function]*flow{}, facts: map[*types.Func]*Summary{}}
	defer r.freeze()
	if model.FrameworkOf(pass.Pkg.Path()) != nil {
		if isDependency(pass) {
			pass.ExportPackageFact(&moduleFact{Path: pass.Module.Path, Version: pass.Module.Version})
			return r, nil // known from the tables
		}
		if pass.Module == nil || !pass.Module.Main || pass.Module.Path == "" {
			return r, nil // a stub or vendored copy: known from the tables
		}
		// The library's own module is being linted: analyze it as any
		// program, since its defects reach every user.
	}
	if isStdlib(pass.Pkg.Path()) || isDependency(pass) {
		return r, nil // library code: modelled by the tables, not analyzed
	}
	if pass.Module == nil && len(model.Frameworks) == 0 {
		// Without module information (GOPATH, a driver that does not
		// load it) a dependency cannot be told from the program: keep to
		// the packages that touch a modelled framework.
		return r, nil
	}
	if onlyTestFiles(pass) {
		// An external test package (x_test) or a package of test files
		// only: its findings are never reported (they lie in _test.go
		// files, which diag skips), and no code but the generated test
		// main can import it, so its summaries reach nothing.
		return r, nil
	}
	// Every package of the program is analyzed, also one that imports
	// no modelled framework: session stores, token helpers and password
	// code often live in packages of their own (store, auth, db).
	r.versions = moduleVersions(pass, model)
	r.Pkg, r.SrcFuncs, r.InitFuncs = buildSSA(pass)
	r.methods, r.impls = r.indexMethods(pass.Pkg), map[implKey][]*ssa.Function{}
	r.Components = r.components(slices.Concat(r.SrcFuncs, r.InitFuncs))
	r.foreign = r.foreignCallees()
	r.importFacts(pass)
	r.solveAll(r.Components)
	for _, fn := range r.SrcFuncs {
		sum := r.summary(fn)
		obj, ok := fn.Object().(*types.Func)
		if ok && fn.Parent() == nil && obj.Pkg() == pass.Pkg && !sum.empty() {
			pass.ExportObjectFact(obj, sum.exported())
		}
	}
	return r, nil
}

// onlyTestFiles reports whether every file of the package is a _test.go
// file.
func onlyTestFiles(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if !strings.HasSuffix(pass.Fset.File(f.FileStart).Name(), "_test.go") {
			return false
		}
	}
	return len(pass.Files) > 0
}

// freeze ends the run: from now on queries only read what run computed.
func (r *Result) freeze() {
	r.frozen = true
}

// moduleVersions reads the versions of the modelled libraries the
// package depends on, from the facts their packages export.
func moduleVersions(pass *analysis.Pass, model *authmodel.Model) map[string]string {
	versions := map[string]string{}
	for _, fw := range model.Frameworks {
		for _, p := range fw.Packages {
			pkg := model.Packages[p]
			if pkg == nil {
				continue
			}
			var f moduleFact
			if pass.ImportPackageFact(pkg, &f) && f.Path == p {
				versions[p] = f.Version
			}
		}
	}
	return versions
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
	return r.versions[module]
}

// isDependency reports whether the package belongs to a versioned module
// required by the one being analyzed, rather than to the main module (or
// a module replaced by a local directory). Dependencies are not analyzed:
// doing so would build SSA for every web library in the build.
func isDependency(pass *analysis.Pass) bool {
	return pass.Module != nil && pass.Module.Version != ""
}

// buildSSA builds the SSA form of the package's own functions, as
// buildssa does, but without requiring ctrlflow.
func buildSSA(pass *analysis.Pass) (pkg *ssa.Package, funcs, inits []*ssa.Function) {
	prog := ssa.NewProgram(pass.Fset, ssa.InstantiateGenerics)
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg = prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()

	var addAnons func(list *[]*ssa.Function, f *ssa.Function)
	addAnons = func(list *[]*ssa.Function, f *ssa.Function) {
		*list = append(*list, f)
		for _, anon := range f.AnonFuncs {
			addAnons(list, anon)
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
				addAnons(&funcs, f)
			}
		}
	}
	if init := pkg.Func("init"); init != nil {
		addAnons(&inits, init)
	}
	return pkg, funcs, inits
}

// Summary returns the summary of fn, a function of this package.
func (r *Result) Summary(fn *ssa.Function) *Summary {
	return r.summary(fn)
}

func (r *Result) summary(fn *ssa.Function) *Summary {
	return r.flow(fn).sum
}

// Taint returns the origins of v, a value in fn.
func (r *Result) Taint(fn *ssa.Function, v ssa.Value) Taint {
	return r.flow(fn).valueTaint(v)
}

// DeepTaint returns the origins of v and of everything stored in it.
func (r *Result) DeepTaint(fn *ssa.Function, v ssa.Value) Taint {
	return r.flow(fn).deepTaint(v)
}

// PartTaint returns the origins of the part of v at access path path
// (".Token", relative to the struct v is or points to; "" for all of v,
// as DeepTaint), as a Param label's Path names it.
func (r *Result) PartTaint(fn *ssa.Function, v ssa.Value, path string) Taint {
	return r.flow(fn).part(v, path)
}

// Stored returns what fn, and the helpers it passes v to, store at path
// below v (Path("").Field("HttpOnly")).
func (r *Result) Stored(fn *ssa.Function, v ssa.Value, path Path) []Stored {
	f := r.flow(fn)
	root, base := f.addr(v)
	return f.mem[root][base+string(path)]
}

// flow returns the analysis of fn. During run it solves fn on first use;
// once run has returned, a function run did not analyze (a generic
// instance, a synthetic wrapper) has an empty flow.
func (r *Result) flow(fn *ssa.Function) *flow {
	if f, ok := r.flows[fn]; ok {
		return f
	}
	f := newFlow(r, fn)
	if r.frozen {
		return f
	}
	r.flows[fn] = f
	f.solve()
	return f
}
