package cookieflags

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "cookieflags",
	Doc:      docutil.MustExtractDoc(doc, "cookieflags"),
	URL:      docutil.URL("cookieflags"),
	Requires: []*analysis.Analyzer{authflow.Analyzer},
	Run:      diag.Guard(run),
}

// Categories of cookieflags findings; anchors in docs/cookieflags.md. A
// finding that lists several missing flags takes the first one's.
const (
	categoryHTTPOnly = "missing-httponly"
	categorySecure   = "missing-secure"
	categorySameSite = "missing-samesite"
)

// An attr is a protective cookie attribute: its role in authflow's
// Cookie.Flags, and what its absence allows.
type attr struct {
	role, risk, cwe, category string
}

var (
	httpOnly = attr{"HttpOnly", "scripts can read it", "CWE-1004", categoryHTTPOnly}
	secure   = attr{"Secure", "it is sent over plain HTTP", "CWE-614", categorySecure}
	sameSite = attr{"SameSite", "it is sent with cross-site requests", "CWE-1275", categorySameSite}
)

// A finding is a cookie, or a session manager's cookie, that lacks flags.
type finding struct {
	pos, end token.Pos
	subject  string // `cookie "session"`, "session cookie of scs.SessionManager"
	missing  []attr
	related  []analysis.RelatedInformation
	fix      *analysis.SuggestedFix
}

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	if flow.Pkg == nil {
		return nil, nil // no modelled framework, so no cookies to check
	}
	c := &checker{pass: pass, flow: flow, funcs: packageFuncs(flow)}
	seen := map[token.Pos]bool{}
	for _, fn := range c.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				f, ok := c.check(fn, call)
				if !ok || seen[f.pos] {
					continue // nothing missing, or a cookie set by two calls
				}
				seen[f.pos] = true
				report(pass, f)
			}
		}
	}
	return nil, nil
}

// checker holds what the checks of one package share.
type checker struct {
	pass  *analysis.Pass
	flow  *authflow.Result
	funcs []*ssa.Function // every function that may configure a package variable
}

// packageFuncs returns the package's functions and its initializer,
// which holds the initial values of package variables.
func packageFuncs(flow *authflow.Result) []*ssa.Function {
	funcs := slices.Clone(flow.SrcFuncs)
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		funcs = append(funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	if init := flow.Pkg.Func("init"); init != nil {
		add(init)
	}
	return funcs
}

// check returns what the cookie set by call, or the session manager it
// constructs, lacks.
func (c *checker) check(fn *ssa.Function, call ssa.CallInstruction) (finding, bool) {
	if ck, ok := c.flow.CookieAt(fn, call.Common()); ok {
		return c.checkCookie(fn, call, ck)
	}
	obj := authflow.CalleeFunc(call.Common())
	if obj == nil {
		return finding{}, false
	}
	cfg := c.flow.Model.SessionConfigs[obj.FullName()]
	v, ok := call.(*ssa.Call)
	if cfg == nil || !ok {
		return finding{}, false // not a constructor, or its manager is dropped (go, defer)
	}
	return c.checkSession(fn, v, cfg)
}

// checkCookie returns what a credential cookie set by call lacks.
func (c *checker) checkCookie(fn *ssa.Function, call ssa.CallInstruction, ck *authflow.Cookie) (finding, bool) {
	if ck.Deleted() {
		return finding{}, false // expiring a cookie sends no credential
	}
	fresh, hasFresh := freshLabel(ck.Value)
	if !carriesCredential(ck.Name, hasFresh) {
		return finding{}, false
	}
	def := ""
	if ck.Type != nil {
		def = ck.Type.SameSiteDefault
	}
	missing := c.missing(ck.Type, ck.Flags, frameworks.Defaults{SameSite: def})
	if len(missing) == 0 {
		return finding{}, false
	}
	f := finding{missing: missing}
	lit := c.compositeLit(fn, ck.Struct, ck.Type)
	expr := c.callExpr(call.Common())
	switch {
	case lit != nil:
		f.pos, f.end = lit.Pos(), lit.End() // the fix belongs in the literal
	case expr != nil:
		f.pos, f.end = expr.Pos(), expr.End()
	default:
		f.pos = call.Pos()
	}
	if !f.pos.IsValid() {
		return finding{}, false
	}
	f.subject = cookieSubject(ck, nameExpr(ck, lit, expr))
	if !frameworks.IsCredentialName(ck.Name) && fresh.Pos.IsValid() {
		f.related = []analysis.RelatedInformation{{Pos: fresh.Pos, Message: "the cookie's value is a secret generated here"}}
	}
	if lit != nil {
		f.fix = c.fix(lit, ck, missing)
	}
	return f, true
}

// freshLabel returns the origin of a freshly generated secret in t.
func freshLabel(t authflow.Taint) (authflow.Label, bool) {
	for _, l := range t {
		if l.Kind == authflow.Fresh {
			return l, true
		}
	}
	return authflow.Label{}, false
}

// carriesCredential reports whether a cookie holds auth material: it is
// named like a credential, or holds a fresh secret and is not named like
// a look-alike (a CSRF token meant for scripts, OAuth state).
func carriesCredential(name string, fresh bool) bool {
	if frameworks.IsCredentialName(name) {
		return true
	}
	return fresh && !frameworks.NotCredentialName.MatchString(name)
}

// missing returns the attributes that flags, a cookie's or a session
// manager's, leave off, given the library's defaults for unset flags.
// A flag set to a non-constant value is trusted.
func (c *checker) missing(ct *frameworks.CookieType, flags map[string]authflow.Flag, def frameworks.Defaults) []attr {
	var out []attr
	if off(flags[httpOnly.role], def.HTTPOnly) {
		out = append(out, httpOnly)
	}
	if off(flags[secure.role], def.Secure) {
		out = append(out, secure)
	}
	// SameSite=None is fine with Secure, and without it the finding is
	// the missing Secure.
	if mode, known := c.sameSiteMode(ct, flags[sameSite.role], def.SameSite); known && mode == "" {
		out = append(out, sameSite)
	}
	return out
}

// off reports whether a boolean attribute is known to be off: set to
// false, or left unset when the library's default is off.
func off(fl authflow.Flag, def bool) bool {
	if !fl.Set {
		return !def
	}
	v, known := fl.Bool()
	return known && !v
}

// sameSiteMode classifies a SameSite attribute as "lax", "strict",
// "none" or "" (no usable mode); known is false for a non-constant one.
// Unset, or set to the zero value, it takes the library's default.
func (c *checker) sameSiteMode(ct *frameworks.CookieType, fl authflow.Flag, def string) (mode string, known bool) {
	switch {
	case fl.Any:
		return "", false
	case !fl.Set || fl.Const == nil || isZero(fl.Const):
		return def, true
	case ct != nil:
		return c.flow.Model.SameSiteMode(ct, fl.Const), true
	}
	// A positional setter (gin's SetSameSite) takes a mode of one of the
	// cookie types the package can see.
	for _, fw := range c.flow.Model.Frameworks {
		for i := range fw.CookieTypes {
			if mode := c.flow.Model.SameSiteMode(&fw.CookieTypes[i], fl.Const); mode != "" {
				return mode, true
			}
		}
	}
	return "", true
}

// isZero reports whether v is the zero value of its kind.
func isZero(v constant.Value) bool {
	switch v.Kind() {
	case constant.Int:
		return constant.Sign(v) == 0
	case constant.String:
		return constant.StringVal(v) == ""
	}
	return false
}

// compositeLit returns the composite literal of cookie type ct that
// built v, when fn allocates v: &http.Cookie{...}, or a variable
// initialized with http.Cookie{...} whose address is taken.
func (c *checker) compositeLit(fn *ssa.Function, v ssa.Value, ct *frameworks.CookieType) *ast.CompositeLit {
	alloc, ok := v.(*ssa.Alloc)
	if !ok || ct == nil || alloc.Parent() != fn || !alloc.Pos().IsValid() {
		return nil
	}
	path := c.pathTo(alloc.Pos())
	if len(path) == 0 {
		return nil
	}
	var lit *ast.CompositeLit
	switch n := path[0].(type) {
	case *ast.CompositeLit:
		lit = n
	case *ast.Ident:
		lit = initializer(n, path[1:])
	}
	if lit == nil || c.flow.Model.CookieType(c.pass.TypesInfo.TypeOf(lit)) != ct {
		return nil
	}
	return lit
}

// initializer returns the composite literal that the declaration or
// assignment of id, the next node up path, gives it.
func initializer(id *ast.Ident, path []ast.Node) *ast.CompositeLit {
	if len(path) == 0 {
		return nil
	}
	var lhs []*ast.Ident
	var rhs []ast.Expr
	switch n := path[0].(type) {
	case *ast.AssignStmt:
		for _, e := range n.Lhs {
			x, _ := e.(*ast.Ident)
			lhs = append(lhs, x)
		}
		rhs = n.Rhs
	case *ast.ValueSpec:
		lhs, rhs = n.Names, n.Values
	}
	if len(lhs) != len(rhs) {
		return nil // a multi-value call, or no initializer
	}
	for i, x := range lhs {
		if x == id {
			lit, _ := ast.Unparen(rhs[i]).(*ast.CompositeLit)
			return lit
		}
	}
	return nil
}

// callExpr returns the syntax of call, or nil.
func (c *checker) callExpr(call *ssa.CallCommon) *ast.CallExpr {
	for _, n := range c.pathTo(call.Pos()) {
		if e, ok := n.(*ast.CallExpr); ok && e.Lparen == call.Pos() {
			return e
		}
	}
	return nil
}

// pathTo returns the syntax nodes enclosing pos, innermost first.
func (c *checker) pathTo(pos token.Pos) []ast.Node {
	file := c.file(pos)
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, pos, pos)
	return path
}

// file returns the analyzed file holding pos, or nil.
func (c *checker) file(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// nameExpr returns the expression giving the cookie its name, from the
// literal or the positional setter call, or nil.
func nameExpr(ck *authflow.Cookie, lit *ast.CompositeLit, call *ast.CallExpr) ast.Expr {
	switch {
	case lit != nil:
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok && isIdent(kv.Key, ck.Type.Name) {
				return kv.Value
			}
		}
	case call != nil && ck.Setter.Cookie < 0 && ck.Setter.Name >= 0 && ck.Setter.Name < len(call.Args):
		return call.Args[ck.Setter.Name]
	}
	return nil
}

// cookieSubject names a cookie in a message: by its constant name, the
// expression that names it, or what it holds.
func cookieSubject(ck *authflow.Cookie, name ast.Expr) string {
	switch {
	case ck.Name != "":
		return fmt.Sprintf("cookie %q", ck.Name)
	case name != nil:
		return "cookie named by " + types.ExprString(name)
	}
	return "cookie holding a fresh secret"
}

// fix returns a fix adding to lit, a keyed literal, the missing flags
// whose fields it leaves out and that are not set later, or nil.
func (c *checker) fix(lit *ast.CompositeLit, ck *authflow.Cookie, missing []attr) *analysis.SuggestedFix {
	present := map[string]bool{}
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return nil // a positional literal: leave it to its author
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			present[id.Name] = true
		}
	}
	var fields []string
	for _, a := range missing {
		field := fieldOf(ck.Type, a.role)
		if field == "" || present[field] || ck.Flags[a.role].Set {
			continue // set elsewhere: adding it here would not win
		}
		value := "true"
		if a == sameSite {
			if len(ck.Type.Lax) == 0 {
				continue
			}
			if value = c.qualified(lit.Pos(), ck.Type.Lax[0]); value == "" {
				continue // the file does not import the constant's package
			}
		}
		fields = append(fields, field+": "+value)
	}
	if len(fields) == 0 {
		return nil
	}
	edit := analysis.TextEdit{Pos: lit.Rbrace, End: lit.Rbrace, NewText: []byte(strings.Join(fields, ", "))}
	if n := len(lit.Elts); n > 0 {
		last := lit.Elts[n-1]
		sep := ", "
		if c.pass.Fset.Position(last.End()).Line != c.pass.Fset.Position(lit.Rbrace).Line {
			sep = ",\n" + strings.Repeat("\t", c.pass.Fset.Position(last.Pos()).Column-1)
		}
		edit = analysis.TextEdit{Pos: last.End(), End: last.End(), NewText: []byte(sep + strings.Join(fields, sep))}
	}
	return &analysis.SuggestedFix{Message: "Add " + strings.Join(fields, ", "), TextEdits: []analysis.TextEdit{edit}}
}

// fieldOf returns the name of the field of ct that plays role.
func fieldOf(ct *frameworks.CookieType, role string) string {
	switch role {
	case httpOnly.role:
		return ct.HTTPOnly
	case secure.role:
		return ct.Secure
	case sameSite.role:
		return ct.SameSite
	}
	return ""
}

// qualified returns the package-level name full ("net/http.SameSiteLaxMode")
// as the file holding pos refers to it, or "" if the file does not
// import its package.
func (c *checker) qualified(pos token.Pos, full string) string {
	i := strings.LastIndex(full, ".")
	path, name := full[:i], full[i+1:]
	file := c.file(pos)
	if file == nil {
		return ""
	}
	for _, imp := range file.Imports {
		if p, err := strconv.Unquote(imp.Path.Value); err != nil || p != path {
			continue
		}
		if imp.Name != nil {
			switch imp.Name.Name {
			case ".":
				return name
			case "_":
				continue
			}
			return imp.Name.Name + "." + name
		}
		if pn, ok := c.pass.TypesInfo.Implicits[imp].(*types.PkgName); ok {
			return pn.Name() + "." + name
		}
	}
	return ""
}

// checkSession returns what the session cookie of the manager or store
// constructed by call lacks, counting the library's defaults and the
// options set on it.
func (c *checker) checkSession(fn *ssa.Function, call *ssa.Call, cfg *frameworks.SessionConfig) (finding, bool) {
	ct := c.flow.Model.CookieTypes[cfg.Options]
	if ct == nil {
		return finding{}, false
	}
	locs, ok := c.locations(fn, call)
	if !ok {
		return finding{}, false // it leaves for code that may configure it
	}
	flags, replaced, ok := c.sessionFlags(call.Type(), cfg, ct, locs)
	if !ok {
		return finding{}, false // options copied from somewhere not followed
	}
	def := cfg.DefaultsAt(c.flow.ModuleVersion)
	if replaced {
		def = frameworks.Defaults{} // new options drop the defaults
	}
	missing := c.missing(ct, flags, def)
	if len(missing) == 0 {
		return finding{}, false
	}
	f := finding{pos: call.Pos(), subject: "session cookie of " + typeName(call.Type()), missing: missing}
	if e := c.callExpr(call.Common()); e != nil {
		f.pos, f.end = e.Pos(), e.End()
	}
	return f, f.pos.IsValid()
}

// A location is where a session manager is kept: a root and base path
// in authflow's memory model, and the functions that may configure it.
type location struct {
	root  ssa.Value
	base  string
	funcs []*ssa.Function
}

// locations returns where the result of call is kept: the value itself,
// the local variables it is stored in, and the package variables, which
// any function may configure. It reports false if the manager is
// returned or stored where its configuration cannot be followed.
func (c *checker) locations(fn *ssa.Function, call *ssa.Call) ([]location, bool) {
	locs := []location{{root: call, funcs: []*ssa.Function{fn}}}
	vals := []ssa.Value{call}
	for i := 0; i < len(vals); i++ {
		v := vals[i]
		for _, ref := range *v.Referrers() {
			switch ref := ref.(type) {
			case *ssa.ChangeInterface:
				vals = append(vals, ref)
			case *ssa.MakeInterface:
				vals = append(vals, ref)
			case *ssa.ChangeType:
				vals = append(vals, ref)
			case *ssa.Return:
				return nil, false // the caller may configure it
			case *ssa.Store:
				if ref.Val != v {
					continue
				}
				root, path := c.flow.Addr(fn, ref.Addr)
				loc := location{root: root, base: path + deref(v.Type())}
				switch root := root.(type) {
				case *ssa.Global:
					loc.funcs = c.funcs
				case *ssa.Alloc:
					if escapes(root) {
						return nil, false
					}
					loc.funcs = []*ssa.Function{fn}
				default:
					return nil, false // a field of something handed in
				}
				locs = append(locs, loc)
			}
		}
	}
	return locs, true
}

// deref returns the access path step of loading a value of type t: "*"
// for a pointer, as authflow writes it.
func deref(t types.Type) string {
	if _, ok := t.Underlying().(*types.Pointer); ok {
		return "*"
	}
	return ""
}

// escapes reports whether the local variable alloc, or what it holds,
// is returned or stored elsewhere.
func escapes(alloc *ssa.Alloc) bool {
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Return:
			return true
		case *ssa.Store:
			if ref.Val == alloc {
				return true
			}
		case *ssa.UnOp:
			for _, r := range *ref.Referrers() {
				if _, ok := r.(*ssa.Return); ok {
					return true
				}
			}
		}
	}
	return false
}

// sessionFlags returns the cookie flags set on a session manager at
// locs, and whether its options were replaced as a whole. It reports
// false when options come from where they cannot be followed.
func (c *checker) sessionFlags(t types.Type, cfg *frameworks.SessionConfig, ct *frameworks.CookieType, locs []location) (flags map[string]authflow.Flag, replaced, ok bool) {
	flags = map[string]authflow.Flag{}
	add := func(m map[string]authflow.Flag) {
		for role, fl := range m {
			flags[role] = merge(flags[role], fl)
		}
	}
	for _, loc := range locs {
		for _, fn := range loc.funcs {
			if cfg.Field != "" {
				whole := loc.base + "." + cfg.Field
				for _, st := range c.flow.Stored(fn, loc.root, whole) {
					m, ok := c.replacement(fn, st, ct)
					if !ok {
						return nil, false, false
					}
					replaced = true
					add(m)
				}
				inner := whole + fieldDeref(t, cfg.Field)
				for _, a := range []attr{httpOnly, secure, sameSite} {
					if field := fieldOf(ct, a.role); field != "" {
						add(map[string]authflow.Flag{a.role: authflow.FlagOf(c.flow.Stored(fn, loc.root, inner+"."+field))})
					}
				}
			}
			if cfg.OptionsCall != "" {
				m, n, ok := c.optionsCalls(fn, loc, cfg.OptionsCall, ct)
				if !ok {
					return nil, false, false
				}
				replaced = replaced || n > 0
				add(m)
			}
		}
	}
	return flags, replaced, true
}

// replacement returns the flags of options stored as a whole into a
// manager's options field: a literal built in fn, or the zero value
// stored before a literal's fields. It reports false for options copied
// from elsewhere.
func (c *checker) replacement(fn *ssa.Function, st authflow.Stored, ct *frameworks.CookieType) (map[string]authflow.Flag, bool) {
	switch st.Value.(type) {
	case nil:
		return nil, false // written by a helper
	case *ssa.Const:
		return nil, true // zeroed; its fields are stored next
	}
	if root, _ := c.flow.Addr(fn, st.Value); !isAlloc(root) {
		return nil, false
	}
	return c.flow.StructFlags(fn, st.Value, ct), true
}

// isAlloc reports whether v is a local variable or a literal's memory.
func isAlloc(v ssa.Value) bool {
	_, ok := v.(*ssa.Alloc)
	return ok
}

// fieldDeref returns the access path step of loading field name of the
// struct t is or points to: "*" for a pointer field.
func fieldDeref(t types.Type, name string) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := range s.NumFields() {
		if s.Field(i).Name() == name {
			return deref(s.Field(i).Type())
		}
	}
	return ""
}

// optionsCalls returns the flags given by calls in fn to the options
// method named call on the manager at loc, and how many there are. It
// reports false when fn hands the manager to a function of this package,
// which may call the method where it is not followed.
func (c *checker) optionsCalls(fn *ssa.Function, loc location, call string, ct *frameworks.CookieType) (map[string]authflow.Flag, int, bool) {
	flags := map[string]authflow.Flag{}
	n := 0
	at := func(v ssa.Value) bool {
		for ci, ok := v.(*ssa.ChangeInterface); ok; ci, ok = v.(*ssa.ChangeInterface) {
			v = ci.X
		}
		root, path := c.flow.Addr(fn, v)
		return root == loc.root && path == loc.base
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			ci, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			common := ci.Common()
			if callee := common.StaticCallee(); callee != nil && callee.Pkg == c.flow.Pkg {
				if slices.ContainsFunc(common.Args, at) {
					return nil, 0, false
				}
				continue
			}
			obj := authflow.CalleeFunc(common)
			if obj == nil || obj.FullName() != call {
				continue
			}
			recv, args := authflow.SplitArgs(common)
			if recv == nil || len(args) == 0 || !at(recv) {
				continue
			}
			n++
			for role, fl := range c.flow.StructFlags(fn, args[0], ct) {
				flags[role] = merge(flags[role], fl)
			}
		}
	}
	return flags, n, true
}

// merge combines what is known of one attribute from two places, as
// authflow does within one: a constant true wins, and a non-constant
// value makes the attribute unknown.
func merge(a, b authflow.Flag) authflow.Flag {
	out := authflow.Flag{Set: a.Set || b.Set, Any: a.Any || b.Any, Const: a.Const, Value: a.Value}
	if b.Const != nil && (out.Const == nil || b.Const.Kind() == constant.Bool && constant.BoolVal(b.Const)) {
		out.Const = b.Const
	}
	if out.Value == nil {
		out.Value = b.Value
	}
	return out
}

// typeName names the type of a manager as its package's users write it:
// "scs.SessionManager".
func typeName(t types.Type) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// isIdent reports whether e is the identifier name.
func isIdent(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// report formats a finding: one diagnostic listing every missing flag.
func report(pass *analysis.Pass, f finding) {
	var names, risks, cwes []string
	for _, a := range f.missing {
		names = append(names, a.role)
		risks = append(risks, a.risk)
		cwes = append(cwes, a.cwe)
	}
	d := analysis.Diagnostic{
		Pos:      f.pos,
		End:      f.end,
		Category: f.missing[0].category,
		Message: fmt.Sprintf("%s is set without %s; %s (%s)",
			f.subject, enumerate(names), enumerate(risks), strings.Join(cwes, ", ")),
		Related: f.related,
	}
	if f.fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*f.fix}
	}
	diag.Report(pass, d)
}

// enumerate joins items as in prose: "a", "a and b", "a, b and c".
func enumerate(items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
