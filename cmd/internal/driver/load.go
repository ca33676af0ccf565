package driver

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"maps"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// A Loader loads packages and analyzes them at a cost proportional to
// the code under analysis rather than to its dependency closure: the
// packages matched by the patterns, and the packages of the main module
// (or workspace) they import, are parsed and type-checked from source in
// one type universe; every other dependency (the standard library,
// required modules) is read from the compiler's export data, as go vet
// does, and never parsed. authvet's passes analyze only the program's own
// packages and know libraries from their tables, so a dependency without
// syntax loses nothing.
//
// A Loader may be kept between runs (the editor proxy keeps one): a
// dependency whose export file, and those of its own dependencies, did
// not change is not read again, and a source package that is not a root
// is not checked nor analyzed again while its files and the types of its
// imports stay the same: its types and facts are reused. Its zero value
// is ready to use.
type Loader struct {
	mu       sync.Mutex // one run at a time
	fset     *token.FileSet
	exported map[string]exported  // by package ID, from the last run
	listing  listing              // the last go list -export
	checked  map[string]checked   // by package ID, from the last run
	plan     []*analysis.Analyzer // the analyzers the checked packages ran
	stale    []*token.File        // files of the last run that no kept package needs
}

// checked is a source package that type-checked and analyzed without
// errors.
type checked struct {
	hash    [sha256.Size]byte         // of its files and build settings
	imports map[string]*types.Package // the types of its imports, by path
	types   *types.Package
	facts   []savedFact
	files   []*token.File // its files in the Loader's file set
}

// listing is the result of a go list -export, and what it depends on.
type listing struct {
	key    string                       // see listingKey; "" is never reused
	listed map[string]*packages.Package // by ID
}

// exported is a dependency read from export data.
type exported struct {
	file  string // the export file; the build cache names it by content
	types *types.Package
}

// Run loads the packages matched by patterns and runs analyzers on
// them, with a new Loader.
func Run(cfg Config, patterns []string, analyzers []*analysis.Analyzer) (*Program, error) {
	return new(Loader).Run(cfg, patterns, analyzers)
}

// Run loads the packages matched by patterns and runs analyzers on them.
// Each package is analyzed as soon as its imports are, and its syntax is
// dropped once it is. The positions of the Program's findings can be
// resolved until the next Run of l starts.
func (l *Loader) Run(cfg Config, patterns []string, analyzers []*analysis.Analyzer) (*Program, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.fset == nil {
		l.fset = token.NewFileSet()
	}
	// The last run's files that no kept package needs leave the file set
	// now, not when that run ended, so that its findings' positions stay
	// valid until this one; a long editing session then holds the files
	// of one run, not of every save.
	for _, f := range l.stale {
		l.fset.RemoveFile(f)
	}
	l.stale = nil
	cfg.progress("listing packages", 0, 0)
	roots, err := packages.Load(cfg.packages(packages.NeedName|packages.NeedFiles|packages.NeedCompiledGoFiles|
		packages.NeedImports|packages.NeedDeps|packages.NeedModule|packages.NeedTypesSizes, cfg.Tests), patterns...)
	if err != nil {
		return nil, err
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	var order []*packages.Package // each package after its imports
	packages.Visit(roots, nil, func(p *packages.Package) { order = append(order, p) })
	cfg.progress("building the dependencies' export data", 0, 0)
	listed, err := l.listExports(cfg, order, fromSource(roots, order, nil))
	if err != nil {
		return nil, err
	}
	// A dependency that does not compile has no export data: it is
	// type-checked from source, as go/packages does, which reports its
	// errors.
	noExport := map[*packages.Package]bool{}
	for _, p := range order {
		if q := listed[p.ID]; q != nil && q.ExportFile == "" {
			noExport[p] = true
		}
	}
	source := fromSource(roots, order, noExport)

	units := map[*packages.Package]*unit{}
	for _, p := range order {
		units[p] = &unit{pkg: p, done: make(chan struct{})}
	}
	for _, p := range roots {
		units[p].root = true
	}
	an := newAnalyses(analyzers)
	if !slices.Equal(an.depPlan, l.plan) {
		for _, c := range l.checked {
			l.stale = append(l.stale, c.files...)
		}
		l.checked, l.plan = nil, an.depPlan
	}
	l.readExportData(order, source, listed)
	for _, p := range order {
		if !source[p] {
			if !p.IllTyped {
				an.run(units[p], units)
			}
			close(units[p].done)
		}
	}
	l.checkSource(cfg, order, source, units, an)

	prog := &Program{Roots: roots, Broken: broken(roots), Errors: an.errs}
	var rootUnits []*unit
	for _, p := range roots {
		rootUnits = append(rootUnits, units[p])
	}
	prog.Findings = collect(rootUnits)
	return prog, nil
}

// packages returns the go/packages configuration that lists packages
// with cfg's build settings.
func (cfg Config) packages(mode packages.LoadMode, tests bool) *packages.Config {
	var flags []string
	if len(cfg.Tags) > 0 {
		flags = append(flags, "-tags="+strings.Join(cfg.Tags, ","))
	}
	return &packages.Config{Mode: mode, Dir: cfg.Dir, Env: cfg.Env, BuildFlags: flags, Tests: tests, Overlay: cfg.Overlay, Context: cfg.Context}
}

// fromSource returns the packages to type-check from source: the roots,
// the packages of the main module or workspace and of GOPATH (which the
// passes analyze as the program's own), test variants, the packages in
// also, and any package that imports one of these (export data would
// give it a second copy of the source package's types).
func fromSource(roots, order []*packages.Package, also map[*packages.Package]bool) map[*packages.Package]bool {
	source := maps.Clone(also)
	if source == nil {
		source = map[*packages.Package]bool{}
	}
	for _, p := range roots {
		source[p] = true
	}
	for _, p := range order {
		if strings.Contains(p.ID, " [") || !isLibrary(p) {
			source[p] = true
		}
		for _, imp := range p.Imports {
			if source[imp] {
				source[p] = true
			}
		}
	}
	return source
}

// isLibrary reports whether p is in the standard library or in a
// versioned module: code the passes model rather than analyze.
func isLibrary(p *packages.Package) bool {
	if p.Module != nil {
		return p.Module.Version != ""
	}
	first, _, _ := strings.Cut(p.PkgPath, "/")
	return !strings.Contains(first, ".") // the standard library has no module in go list
}

// listExports lists the export data of the packages not in source,
// which go list -export builds or finds in the build cache, by ID. It
// reuses the last listing when the same files of the same immutable
// libraries are listed with the same build settings: their export data
// cannot have changed, and each save in an editor saves a go command.
func (l *Loader) listExports(cfg Config, order []*packages.Package, source map[*packages.Package]bool) (map[string]*packages.Package, error) {
	var list []*packages.Package
	for _, p := range order {
		if !source[p] && p.PkgPath != "unsafe" {
			list = append(list, p)
		}
	}
	key := listingKey(cfg, list)
	if key != "" && key == l.listing.key {
		return l.listing.listed, nil
	}
	listed := map[string]*packages.Package{}
	if len(list) > 0 {
		var ids []string
		for _, p := range list {
			ids = append(ids, p.ID)
		}
		pkgs, err := packages.Load(cfg.packages(packages.NeedName|packages.NeedExportFile, false), ids...)
		if err != nil {
			return nil, err
		}
		for _, p := range pkgs {
			listed[p.ID] = p
		}
	}
	l.listing = listing{key, listed}
	return listed, nil
}

// listingKey identifies what the export data of list depends on: the
// build settings, and each package's files and module version. It is
// "" when a package's code may change in place (a module replaced by a
// directory), so that its export data is always listed again. Files of
// the module cache, named by the module version, never change; the
// standard library's can, when Go is upgraded in place, so their
// modification times are part of the key.
func listingKey(cfg Config, list []*packages.Package) string {
	var b strings.Builder
	fmt.Fprintf(&b, "tags=%q env=%q\n", cfg.Tags, cfg.Env)
	for _, p := range list {
		if m := p.Module; m != nil && m.Replace != nil && m.Replace.Version == "" {
			return ""
		}
		fmt.Fprintf(&b, "%s %q %q\n", p.ID, p.GoFiles, p.CompiledGoFiles)
		if m := p.Module; m != nil {
			fmt.Fprintf(&b, "\t%s@%s\n", m.Path, m.Version)
			continue
		}
		for _, name := range p.GoFiles {
			info, err := os.Stat(name)
			if err != nil {
				return ""
			}
			fmt.Fprintf(&b, "\t%d\n", info.ModTime().UnixNano())
		}
	}
	return b.String()
}

// readExportData sets the types of the packages not in source from the
// export files listed. It reuses the types of the previous run for a
// package whose export file, and whose imports, did not change. A
// package whose export file cannot be read (a toolchain newer than
// x/tools writes a format it does not know) is added to source, as is
// every package that imports one in source, to be type-checked from
// source as go/packages would.
func (l *Loader) readExportData(order []*packages.Package, source map[*packages.Package]bool, listed map[string]*packages.Package) {
	imports := map[string]*types.Package{} // the universe of export data, by path
	reused := map[*packages.Package]bool{}
	next := map[string]exported{}
	for _, p := range order {
		for _, imp := range p.Imports {
			if source[imp] {
				source[p] = true
			}
		}
		if source[p] {
			continue
		}
		p.Fset = l.fset
		if p.PkgPath == "unsafe" {
			p.Types, reused[p] = types.Unsafe, true
			continue
		}
		q := listed[p.ID]
		if q == nil {
			p.Errors = append(p.Errors, packages.Error{Pos: "-", Msg: fmt.Sprintf("no export data for %s", p.ID), Kind: packages.ListError})
			p.IllTyped = true
			continue
		}
		if prev, ok := l.exported[p.ID]; ok && prev.file == q.ExportFile && allReused(p, reused) {
			p.Types, reused[p] = prev.types, true
		} else {
			tp, err := readExportFile(l.fset, imports, p.PkgPath, q.ExportFile)
			if err != nil {
				delete(imports, p.PkgPath)
				source[p] = true
				l.listing = listing{} // the file may be gone from the build cache: list again next time
				continue
			}
			// Export data lists as imports the packages its API
			// mentions; the passes walk the real import graph.
			var imps []*types.Package
			for _, path := range slices.Sorted(maps.Keys(p.Imports)) {
				if t := p.Imports[path].Types; t != nil {
					imps = append(imps, t)
				}
			}
			tp.SetImports(imps)
			p.Types = tp
		}
		imports[p.PkgPath] = p.Types
		next[p.ID] = exported{q.ExportFile, p.Types}
		p.IllTyped = importsIllTyped(p)
	}
	l.exported = next
}

// allReused reports whether every import of p kept its types from the
// previous load.
func allReused(p *packages.Package, reused map[*packages.Package]bool) bool {
	for _, imp := range p.Imports {
		if !reused[imp] {
			return false
		}
	}
	return true
}

// importsIllTyped reports whether an import of p has errors.
func importsIllTyped(p *packages.Package) bool {
	for _, imp := range p.Imports {
		if imp.IllTyped {
			return true
		}
	}
	return false
}

// readExportFile reads the types of the package at path from its
// export file into the universe imports.
func readExportFile(fset *token.FileSet, imports map[string]*types.Package, path, file string) (*types.Package, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("reading export data for %s: %v", path, err)
	}
	return gcexportdata.Read(r, fset, imports, path)
}

// checkSource type-checks and analyzes the source packages, each once
// its imports are done, as many at a time as there are CPUs, and drops
// the syntax and type information of each when its analysis ends.
func (l *Loader) checkSource(cfg Config, order []*packages.Package, source map[*packages.Package]bool, units map[*packages.Package]*unit, an *analyses) {
	cpus := make(chan struct{}, runtime.GOMAXPROCS(0))
	var mu sync.Mutex // guards next and stale
	next := map[string]checked{}
	stale := l.stale // with the files of packages checked for other analyzers
	var wg sync.WaitGroup
	var done atomic.Int32
	total := len(source)
	byID := map[string]*packages.Package{}
	for _, p := range order {
		byID[p.ID] = p
	}
	cfg.progress("analyzing", 0, total)
	for _, p := range order {
		if !source[p] {
			continue
		}
		wg.Go(func() {
			defer func() { cfg.progress("analyzing", int(done.Add(1)), total) }()
			defer close(units[p].done)
			for _, imp := range p.Imports {
				<-units[imp].done
			}
			base := baseOf(p, units, byID)
			if base != nil {
				<-base.done
			}
			cpus <- struct{}{}
			defer func() { <-cpus }()
			hash, hashed := sourceHash(p, cfg.Overlay)
			if prev, ok := l.checked[p.ID]; ok && hashed && prev.hash == hash && !units[p].root && len(p.Errors) == 0 && sameImports(p, prev.imports) {
				p.Fset, p.Types = l.fset, prev.types
				units[p].failed = map[*analysis.Analyzer]bool{}
				units[p].exported = prev.facts
				an.export(prev.facts)
				mu.Lock()
				next[p.ID] = prev
				mu.Unlock()
				return
			}
			// A test variant of a package that was analyzed takes its
			// facts, and a package of tests has none; either needs its
			// types only for what imports it.
			copied := base != nil && base.failed != nil && !base.pkg.IllTyped
			tests := testOnly(p)
			files := l.check(p, cfg.Overlay, !copied && !tests)
			switch {
			case p.IllTyped:
			case copied:
				an.copyFacts(units[p], base)
			case tests:
				units[p].failed = map[*analysis.Analyzer]bool{}
			default:
				an.run(units[p], units)
			}
			p.Syntax, p.TypesInfo, p.TypeErrors = nil, nil, nil
			if hashed && !p.IllTyped && len(p.Errors) == 0 && len(units[p].failed) == 0 {
				c := checked{hash: hash, imports: map[string]*types.Package{}, types: p.Types, facts: units[p].exported, files: files}
				for path, imp := range p.Imports {
					c.imports[path] = imp.Types
				}
				mu.Lock()
				next[p.ID] = c
				mu.Unlock()
				return
			}
			mu.Lock()
			stale = append(stale, files...)
			mu.Unlock()
		})
	}
	wg.Wait()
	for id, c := range l.checked {
		if next[id].types != c.types { // checked again, or not in this run
			stale = append(stale, c.files...)
		}
	}
	l.checked, l.stale = next, stale
}

// sourceHash returns a hash of what type-checking the source package p
// reads besides its imports: its files, as the overlay or the disk holds
// them, and its build settings. It reports false if a file cannot be
// read.
func sourceHash(p *packages.Package, overlay map[string][]byte) ([sha256.Size]byte, bool) {
	h := sha256.New()
	fmt.Fprintf(h, "%s %s %v\n", p.ID, p.Name, p.TypesSizes)
	if p.Module != nil {
		fmt.Fprintf(h, "go%s\n", p.Module.GoVersion)
	}
	for _, name := range p.CompiledGoFiles {
		text, ok := overlay[name]
		if !ok {
			var err error
			if text, err = os.ReadFile(name); err != nil {
				return [sha256.Size]byte{}, false
			}
		}
		fmt.Fprintf(h, "%s %d\n", name, len(text))
		h.Write(text)
	}
	return [sha256.Size]byte(h.Sum(nil)), true
}

// sameImports reports whether the imports of p have the types that an
// earlier check of p was given.
func sameImports(p *packages.Package, prev map[string]*types.Package) bool {
	if len(p.Imports) != len(prev) {
		return false
	}
	for path, imp := range p.Imports {
		if imp.IllTyped || imp.Types == nil || prev[path] != imp.Types {
			return false
		}
	}
	return true
}

// check parses and type-checks the source package p, whose imports
// have their types, as go/packages does: p.Errors gets its parse and
// type errors, and p is ill-typed if it or an import has errors. Without
// bodies, function bodies are not type-checked: the package's API is
// all that is needed. It returns the files it added to the file set.
func (l *Loader) check(p *packages.Package, overlay map[string][]byte, bodies bool) []*token.File {
	p.Fset = l.fset
	if p.PkgPath == "unsafe" {
		p.Types, p.Syntax, p.TypesInfo = types.Unsafe, []*ast.File{}, newTypesInfo()
		return nil
	}
	var files []*token.File
	p.Types = types.NewPackage(p.PkgPath, p.Name)
	p.TypesInfo = newTypesInfo()
	appendError := func(err error) { p.Errors = append(p.Errors, packageErrors(p, err)...) }
	for _, name := range p.CompiledGoFiles {
		var src any // nil reads the file
		if text, ok := overlay[name]; ok {
			src = text
		}
		// The type checker resolves identifiers; the parser's own
		// resolution (ast.Object, deprecated) is work no pass reads.
		f, err := parser.ParseFile(l.fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			appendError(err)
		}
		if f != nil {
			p.Syntax = append(p.Syntax, f)
			files = append(files, l.fset.File(f.FileStart))
		}
	}
	tc := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			if imp := p.Imports[path]; imp != nil && imp.Types != nil {
				return imp.Types, nil
			}
			return nil, fmt.Errorf("no metadata for %s", path)
		}),
		Error:            appendError,
		Sizes:            p.TypesSizes,
		IgnoreFuncBodies: !bodies,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		tc.GoVersion = "go" + p.Module.GoVersion
	}
	types.NewChecker(tc, l.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	p.IllTyped = len(p.Errors) > 0 || importsIllTyped(p)
	return files
}

// packageErrors converts a parse or type error as go/packages does.
func packageErrors(p *packages.Package, err error) []packages.Error {
	switch err := err.(type) {
	case scanner.ErrorList:
		var errs []packages.Error
		for _, e := range err {
			errs = append(errs, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
		}
		return errs
	case types.Error:
		p.TypeErrors = append(p.TypeErrors, err)
		return []packages.Error{{Pos: err.Fset.Position(err.Pos).String(), Msg: err.Msg, Kind: packages.TypeError}}
	case *os.PathError:
		return []packages.Error{{Pos: err.Path + ":1", Msg: err.Err.Error(), Kind: packages.ParseError}}
	}
	return []packages.Error{{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError}}
}

// newTypesInfo returns the type information the analyzers may read.
func newTypesInfo() *types.Info {
	return &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
