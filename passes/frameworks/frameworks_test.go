package frameworks_test

import (
	"go/types"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/packages"

	"github.com/authvet/authvet/passes/frameworks"
)

// TestModelMatchesRealAPIs resolves every name in the framework tables
// against the real modules that the demo module and the frameworkmods
// module depend on (downloaded from the module proxy, not stubs), so
// that a typo or an API change fails.
func TestModelMatchesRealAPIs(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Fatal("the go command is needed to load the real framework modules")
	}
	api := newAPI()
	api.load(t, "../../testdata/demo", "example.com/demo/apis", "net/http", "net/url", "encoding/json", "encoding/xml", "io", "fmt", "sync", "crypto/rand", "crypto/pbkdf2", "crypto/subtle", "crypto/hmac", "bytes", "strings", "time")
	api.load(t, "../../testdata/frameworkmods", "example.com/frameworkmods")

	for _, fw := range frameworks.All {
		t.Run(fw.Name, func(t *testing.T) {
			for _, name := range funcNames(reflect.ValueOf(fw)) {
				require.Truef(t, api.funcs[name], "%s: no function or method %s", fw.Name, name)
			}
			for _, a := range fw.Accessors {
				if a.Field != "" {
					require.Truef(t, api.hasField(api.results[a.Func], a.Field), "%s: no field %s of the result of %s", fw.Name, a.Field, a.Func)
				}
			}
			for _, l := range fw.CredentialLookups {
				require.Truef(t, api.hasField(l.Type, l.Field), "%s: no field %s.%s", fw.Name, l.Type, l.Field)
			}
			for _, r := range fw.DefaultReaders {
				typ, field := splitField(r.Field)
				require.Truef(t, api.hasField(typ, field), "%s: no field %s", fw.Name, r.Field)
			}
			for _, hf := range fw.ClientHookFields {
				typ, field := splitField(hf)
				require.Truef(t, api.hasField(typ, field), "%s: no field %s", fw.Name, hf)
			}
			for _, fs := range fw.FieldSources {
				require.Truef(t, api.hasField(fs.Type, fs.Field), "%s: no field %s.%s", fw.Name, fs.Type, fs.Field)
			}
			for _, ct := range fw.CookieTypes {
				for _, field := range []string{ct.Name, ct.Value, ct.MaxAge, ct.Expires, ct.Secure, ct.HTTPOnly, ct.SameSite} {
					if field != "" {
						require.Truef(t, api.hasField(ct.Type, field), "%s: no field %s.%s", fw.Name, ct.Type, field)
					}
				}
				for _, c := range concat(ct.Lax, ct.Strict, ct.None) {
					require.Truef(t, api.consts[c], "%s: no constant %s", fw.Name, c)
				}
			}
			for _, p := range concat(fw.Passthrough, fw.MarkPackages) {
				require.Truef(t, api.pkgs[p], "%s: no package %s", fw.Name, p)
			}
			for _, fr := range fw.FreshSecrets {
				if fr.Reader != 0 {
					require.Truef(t, api.vars[fr.From], "%s: no package variable %q, the reader %s takes", fw.Name, fr.From, fr.Func)
				}
			}
			for _, km := range fw.KeyedMaps {
				require.Truef(t, api.types[strings.TrimPrefix(km.Type, "*")], "%s: no type %s", fw.Name, km.Type)
			}
			for _, typ := range fw.ResponseTypes {
				require.Truef(t, api.types[strings.TrimPrefix(typ, "*")], "%s: no type %s", fw.Name, typ)
			}
			for _, h := range fw.Handlers {
				for _, p := range h.Params {
					require.Truef(t, api.types[strings.TrimPrefix(p, "*")], "%s: no handler parameter type %s", fw.Name, p)
				}
			}
		})
	}
	for _, p := range argPositions(reflect.ValueOf(frameworks.All)) {
		api.checkArg(t, p)
	}
}

// eachStruct calls visit on every struct in v, a table or a row of one:
// through pointers, slices and the fields of structs.
func eachStruct(v reflect.Value, visit func(reflect.Value)) {
	switch v.Kind() {
	case reflect.Pointer:
		eachStruct(v.Elem(), visit)
	case reflect.Slice:
		for i := range v.Len() {
			eachStruct(v.Index(i), visit)
		}
	case reflect.Struct:
		visit(v)
		for i := range v.NumField() {
			eachStruct(v.Field(i), visit)
		}
	}
}

// funcNames lists every function or method v, a table or a row of one,
// names: the values of its fields tagged frameworks:"func".
func funcNames(v reflect.Value) []string {
	var out []string
	eachStruct(v, func(row reflect.Value) {
		for i := range row.NumField() {
			f := row.Field(i)
			switch {
			case row.Type().Field(i).Tag.Get("frameworks") != "func":
			case f.Kind() == reflect.String:
				if f.String() != "" {
					out = append(out, f.String())
				}
			default:
				out = append(out, f.Interface().([]string)...)
			}
		}
	})
	return out
}

// An argPosition is an argument position a table row gives for its
// function: the row's Func, the field and its value.
type argPosition struct {
	fn, field string
	arg       frameworks.Arg
}

// argPositions lists the argument positions given by the rows in v, a
// table or a row of one: the Arg fields of each struct with a Func.
func argPositions(v reflect.Value) []argPosition {
	var out []argPosition
	eachStruct(v, func(row reflect.Value) {
		fn := row.FieldByName("Func")
		if fn.Kind() != reflect.String {
			return
		}
		for i := range row.NumField() {
			if f := row.Field(i); f.Type() == reflect.TypeFor[frameworks.Arg]() {
				out = append(out, argPosition{fn.String(), row.Type().Field(i).Name, frameworks.Arg(f.Uint())})
			}
		}
	})
	return out
}

// checkArg checks that p names an argument the real signature has, and
// that an argument naming an input, header or cookie is a string.
func (a *api) checkArg(t *testing.T, p argPosition) {
	t.Helper()
	i, ok := p.arg.Index()
	if !ok {
		return
	}
	sig := a.sigs[p.fn]
	require.NotNilf(t, sig, "no function or method %s", p.fn)
	params := sig.Params()
	require.Lessf(t, i, params.Len(), "%s: %s is argument %d of %d", p.fn, p.field, p.arg, params.Len())
	if p.field == "NameArg" || p.field == "Name" || p.field == "Names" {
		typ := params.At(i).Type()
		if sig.Variadic() && i == params.Len()-1 {
			typ = typ.(*types.Slice).Elem()
		}
		b, ok := typ.Underlying().(*types.Basic)
		require.Truef(t, ok && b.Info()&types.IsString != 0, "%s: %s, argument %d, is a %s, not a string", p.fn, p.field, p.arg, typ)
	}
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// api is the set of names a group of packages declares.
type api struct {
	pkgs, funcs, consts, vars, types map[string]bool
	structs                          map[string]*types.Struct
	results                          map[string]string // function -> type its first result points to
	sigs                             map[string]*types.Signature
}

func newAPI() *api {
	return &api{pkgs: map[string]bool{}, funcs: map[string]bool{}, consts: map[string]bool{}, vars: map[string]bool{}, types: map[string]bool{}, structs: map[string]*types.Struct{}, results: map[string]string{}, sigs: map[string]*types.Signature{}}
}

// addFunc records fn, its signature and the type its first result
// points to, if any.
func (a *api) addFunc(fn *types.Func) {
	a.funcs[fn.FullName()] = true
	a.sigs[fn.FullName()] = fn.Signature()
	if res := fn.Signature().Results(); res.Len() > 0 {
		if p, ok := res.At(0).Type().(*types.Pointer); ok {
			a.results[fn.FullName()] = types.TypeString(p.Elem(), nil)
		}
	}
}

// load adds the packages matching patterns, and their dependencies, as
// loaded in the module at dir.
func (a *api) load(t *testing.T, dir string, patterns ...string) {
	t.Helper()
	abs, err := filepath.Abs(dir)
	require.NoError(t, err)
	cfg := &packages.Config{Dir: abs, Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps}
	pkgs, err := packages.Load(cfg, patterns...)
	require.NoError(t, err)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("loading %s: %v", p.PkgPath, e)
		}
		if p.Types != nil {
			a.add(p.Types)
		}
	})
}

func (a *api) add(pkg *types.Package) {
	a.pkgs[pkg.Path()] = true
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			a.addFunc(obj)
		case *types.Const:
			a.consts[pkg.Path()+"."+name] = true
		case *types.Var:
			a.vars[pkg.Path()+"."+name] = true
		case *types.TypeName:
			a.types[pkg.Path()+"."+name] = true
			named, ok := obj.Type().(*types.Named)
			if !ok {
				continue
			}
			for m := range named.Methods() {
				a.addFunc(m)
			}
			switch u := named.Underlying().(type) {
			case *types.Interface:
				for m := range u.ExplicitMethods() {
					a.funcs[m.FullName()] = true
					a.sigs[m.FullName()] = m.Signature()
				}
			case *types.Struct:
				a.structs[pkg.Path()+"."+name] = u
			}
		}
	}
}

func (a *api) hasField(typ, field string) bool {
	s := a.structs[typ]
	if s == nil {
		return false
	}
	for f := range s.Fields() {
		if f.Name() == field {
			return true
		}
	}
	return false
}

// splitField splits "Type.Field" where Type is a qualified type name.
func splitField(s string) (typ, field string) {
	i := strings.LastIndex(s, ".")
	return s[:i], s[i+1:]
}
