package driver

import (
	"fmt"
	"go/types"
	"net/url"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// A unit is one package of a run: the analyzers run on it once its
// imports are done, and its syntax and type information are dropped
// when they finish, so that memory holds the types and facts of the
// whole program but the syntax of only the packages in progress. This
// is go/analysis/checker's action graph cut by package: the checker
// keeps every package's syntax, and every root's results, to the end.
type unit struct {
	pkg      *packages.Package
	root     bool
	done     chan struct{}
	failed   map[*analysis.Analyzer]bool // failed on pkg, or a prerequisite did
	findings []Finding                   // of a root
	exported []savedFact                 // the facts the analyzers exported on pkg, in order
}

// A savedFact is a fact a package exported, kept to be exported again
// when a later run reuses the package: an object fact, or a package fact
// of pkg when obj is nil.
type savedFact struct {
	obj  types.Object
	pkg  *types.Package
	fact analysis.Fact
}

// analyses is the state that the units of a run share.
type analyses struct {
	rootPlan, depPlan []*analysis.Analyzer // in dependency order
	facts             facts

	mu      sync.Mutex
	errs    []error
	seenErr map[string]bool
}

// newAnalyses plans a run of analyzers: on the roots they run with their
// prerequisites; on the other packages only those that exchange facts do.
func newAnalyses(analyzers []*analysis.Analyzer) *analyses {
	an := &analyses{seenErr: map[string]bool{}}
	an.rootPlan = plan(analyzers)
	var factful []*analysis.Analyzer
	for _, a := range an.rootPlan {
		if len(a.FactTypes) > 0 {
			factful = append(factful, a)
		}
	}
	an.depPlan = plan(factful)
	return an
}

// plan returns analyzers and their prerequisites, each after those it
// requires.
func plan(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	var list []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		for _, req := range a.Requires {
			visit(req)
		}
		list = append(list, a)
	}
	for _, a := range analyzers {
		visit(a)
	}
	return list
}

// run runs the analyzers on u, whose imports are done, as the checker
// would: an analyzer fails when a prerequisite failed on the package or,
// for one that exchanges facts, on an import.
func (an *analyses) run(u *unit, imports map[*packages.Package]*unit) {
	u.failed = map[*analysis.Analyzer]bool{}
	list := an.depPlan
	if u.root {
		list = an.rootPlan
	}
	results := map[*analysis.Analyzer]any{}
	for _, a := range list {
		if an.prerequisiteFailed(u, a, imports) {
			u.failed[a] = true
			continue
		}
		res, diags, err := an.pass(u, a, results)
		if err != nil {
			u.failed[a] = true
			an.addError(fmt.Errorf("%s@%s: %v", a, u.pkg.ID, err))
			continue
		}
		results[a] = res
		if u.root {
			for _, d := range diags {
				u.findings = append(u.findings, newFinding(a.Name, u.pkg.ID, d, u.pkg.Fset))
			}
		}
	}
}

// prerequisiteFailed reports whether a cannot run on u because an
// analyzer it depends on failed.
func (an *analyses) prerequisiteFailed(u *unit, a *analysis.Analyzer, imports map[*packages.Package]*unit) bool {
	for _, req := range a.Requires {
		if u.failed[req] {
			return true
		}
	}
	if len(a.FactTypes) == 0 {
		return false
	}
	for _, imp := range u.pkg.Imports {
		if dep := imports[imp]; dep != nil && dep.failed[a] {
			return true
		}
	}
	return false
}

// pass runs a on the package of u, given the results of its
// prerequisites, and returns its result and diagnostics.
func (an *analyses) pass(u *unit, a *analysis.Analyzer, results map[*analysis.Analyzer]any) (any, []analysis.Diagnostic, error) {
	p := u.pkg
	inputs := map[*analysis.Analyzer]any{}
	for _, req := range a.Requires {
		inputs[req] = results[req]
	}
	module := &analysis.Module{} // possibly empty, never nil, as the checker's
	if p.Module != nil {
		module = moduleOf(p.Module)
	}
	info := p.TypesInfo
	if info == nil {
		info = newTypesInfo() // a package from export data: never nil, as the checker's
	}
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer:     a,
		Fset:         p.Fset,
		Files:        p.Syntax,
		OtherFiles:   p.OtherFiles,
		IgnoredFiles: p.IgnoredFiles,
		Pkg:          p.Types,
		TypesInfo:    info,
		TypesSizes:   p.TypesSizes,
		TypeErrors:   p.TypeErrors,
		Module:       module,
		ResultOf:     inputs,
		Report:       func(d analysis.Diagnostic) { diags = append(diags, d) },
		ImportObjectFact: func(obj types.Object, ptr analysis.Fact) bool {
			return an.facts.objects.get(objectFactKey{obj, reflect.TypeOf(ptr)}, ptr)
		},
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			an.facts.objects.set(objectFactKey{obj, reflect.TypeOf(fact)}, fact)
			u.exported = append(u.exported, savedFact{obj: obj, fact: fact})
		},
		ImportPackageFact: func(pkg *types.Package, ptr analysis.Fact) bool {
			return an.facts.packages.get(packageFactKey{pkg, reflect.TypeOf(ptr)}, ptr)
		},
		ExportPackageFact: func(fact analysis.Fact) {
			an.facts.packages.set(packageFactKey{p.Types, reflect.TypeOf(fact)}, fact)
			u.exported = append(u.exported, savedFact{pkg: p.Types, fact: fact})
		},
	}
	res, err := a.Run(pass)
	afterRun(pass)
	if err != nil {
		return nil, nil, err
	}
	if got, want := reflect.TypeOf(res), a.ResultType; got != want {
		return nil, nil, fmt.Errorf("internal error: analyzer %s returned a result of type %v, but declared ResultType %v", a, got, want)
	}
	for i := range diags {
		if diags[i].URL, err = resolveURL(a, diags[i]); err != nil {
			return nil, nil, err
		}
	}
	return res, diags, nil
}

// afterRun makes pass's facts unreachable once its run has returned:
// an analyzer whose result reads facts lazily breaks the go/analysis
// contract (other drivers free them, or run passes concurrently), so it
// fails loudly here rather than subtly there. x/tools's checker does the
// same for exports.
func afterRun(pass *analysis.Pass) {
	name := pass.Analyzer.Name
	pass.ImportObjectFact = func(obj types.Object, fact analysis.Fact) bool {
		panic(fmt.Sprintf("%s: ImportObjectFact(%s, %T) called after its run returned", name, obj, fact))
	}
	pass.ImportPackageFact = func(pkg *types.Package, fact analysis.Fact) bool {
		panic(fmt.Sprintf("%s: ImportPackageFact(%s, %T) called after its run returned", name, pkg.Path(), fact))
	}
	pass.ExportObjectFact = func(obj types.Object, fact analysis.Fact) {
		panic(fmt.Sprintf("%s: ExportObjectFact(%s, %T) called after its run returned", name, obj, fact))
	}
	pass.ExportPackageFact = func(fact analysis.Fact) {
		panic(fmt.Sprintf("%s: ExportPackageFact(%T) called after its run returned", name, fact))
	}
}

// moduleOf converts a module as go/analysis/checker does.
func moduleOf(m *packages.Module) *analysis.Module {
	if m == nil {
		return nil
	}
	var err *analysis.ModuleError
	if m.Error != nil {
		err = &analysis.ModuleError{Err: m.Error.Err}
	}
	return &analysis.Module{
		Path:      m.Path,
		Version:   m.Version,
		Replace:   moduleOf(m.Replace),
		Time:      m.Time,
		Main:      m.Main,
		Indirect:  m.Indirect,
		Dir:       m.Dir,
		GoMod:     m.GoMod,
		GoVersion: m.GoVersion,
		Error:     err,
	}
}

// resolveURL returns the URL of diagnostic d, which may be given by its
// category, relative to the analyzer's, as the checker resolves it.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	raw := d.URL
	if d.URL == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("invalid Diagnostic.URL %q: %s", raw, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("invalid Analyzer.URL %q: %s", a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}

// export exports again the facts a package exported in an earlier run.
func (an *analyses) export(saved []savedFact) {
	for _, f := range saved {
		if f.obj != nil {
			an.facts.objects.set(objectFactKey{f.obj, reflect.TypeOf(f.fact)}, f.fact)
		} else {
			an.facts.packages.set(packageFactKey{f.pkg, reflect.TypeOf(f.fact)}, f.fact)
		}
	}
}

// addError records an error of the analysis, once.
func (an *analyses) addError(err error) {
	an.mu.Lock()
	defer an.mu.Unlock()
	if msg := err.Error(); !an.seenErr[msg] {
		an.seenErr[msg] = true
		an.errs = append(an.errs, err)
	}
}

// facts holds the facts of every package analyzed so far. They stay in
// memory, not encoded: the objects they describe belong to the one type
// universe of the run, and a package can name only the objects of the
// packages it imports, which are done before it starts.
type facts struct {
	objects  factMap[objectFactKey]
	packages factMap[packageFactKey]
}

type objectFactKey struct {
	obj types.Object
	typ reflect.Type
}

type packageFactKey struct {
	pkg *types.Package
	typ reflect.Type
}

// A factMap holds facts, safe for concurrent use.
type factMap[K comparable] struct {
	mu sync.Mutex
	m  map[K]analysis.Fact
}

// get copies the fact stored under key into ptr, if there is one.
func (f *factMap[K]) get(key K, ptr analysis.Fact) bool {
	f.mu.Lock()
	fact, ok := f.m[key]
	f.mu.Unlock()
	if ok {
		reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(fact).Elem())
	}
	return ok
}

func (f *factMap[K]) set(key K, fact analysis.Fact) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = map[K]analysis.Fact{}
	}
	f.m[key] = fact
}
