package tokenquery

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "tokenquery",
	Doc:      docutil.MustExtractDoc(doc, "tokenquery"),
	URL:      docutil.URL("tokenquery"),
	Requires: []*analysis.Analyzer{authflow.Analyzer},
	Run:      diag.Guard(run),
}

// Categories of findings; anchors in docs/tokenquery.md.
const (
	categoryName = "credential-in-query"      // a credential-named query parameter
	categoryFlow = "query-used-as-credential" // a query parameter used as a credential
)

// remedy ends every message.
const remedy = "URLs end up in logs, history and Referer headers, so accept it from the Authorization header or a cookie (CWE-598)"

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	if flow.Pkg == nil {
		return nil, nil // no web framework: nothing reads a query
	}
	c := newChecker(pass, flow)
	for _, fn := range flow.SrcFuncs {
		c.reads(fn)
	}
	for _, fn := range flow.SrcFuncs {
		c.flows(fn)
	}
	for _, f := range c.findings {
		diag.Report(pass, f)
	}
	return nil, nil
}

// A checker finds the query reads of one package. It first visits every
// read of a named query parameter, reporting credential names and noting
// where each input label was named; then it follows the values used as
// credentials back to the reads they came from.
type checker struct {
	pass *analysis.Pass
	flow *authflow.Result

	site     map[labelKey]token.Pos      // where an input label got its name
	binds    map[token.Pos]bool          // query bindings into structs
	bound    map[token.Pos]bool          // those reported for credential fields
	seen     map[readKey]bool            // reads already reported
	uses     map[*ssa.Function][]use     // credential uses by function
	calls    map[token.Pos]*ast.CallExpr // calls by Lparen, built on first use
	findings []analysis.Diagnostic

	secretCompares, equalities map[string]bool
	credentialArgs             map[string]int // library call -> argument that is a credential
}

// A labelKey identifies one input label.
type labelKey struct {
	pos  token.Pos
	in   frameworks.Input
	name string
}

// A readKey identifies one report: a read of a named parameter.
type readKey struct {
	pos  token.Pos
	name string
}

// A use is a value used as a credential.
type use struct {
	v    ssa.Value
	what string    // how it is used: "parsed as a JWT"
	via  string    // the helper of the package that uses it, if any
	pos  token.Pos // where
}

// String says how a value is used, for messages.
func (u use) String() string {
	if u.via == "" {
		return u.what
	}
	return u.what + " in " + u.via
}

func newChecker(pass *analysis.Pass, flow *authflow.Result) *checker {
	set := func(names []string) map[string]bool {
		m := map[string]bool{}
		for _, n := range names {
			m[n] = true
		}
		return m
	}
	args := map[string]int{}
	for _, a := range frameworks.CredentialArgs {
		args[a.Func] = a.Arg
	}
	return &checker{
		pass: pass, flow: flow,
		site: map[labelKey]token.Pos{}, binds: map[token.Pos]bool{}, bound: map[token.Pos]bool{},
		seen: map[readKey]bool{}, uses: map[*ssa.Function][]use{},
		secretCompares: set(frameworks.SecretCompares),
		equalities:     set(frameworks.Equalities),
		credentialArgs: args,
	}
}

// reads visits the reads of named query parameters in fn: source calls
// and accessors with a constant name (Query("token"), Get("token")),
// map lookups with a constant key (Query()["token"]) and query bindings.
func (c *checker) reads(fn *ssa.Function) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch v := instr.(type) {
			case *ssa.Call:
				c.callRead(fn, v)
			case *ssa.Lookup:
				if key := authflow.ConstString(v.Index); key != "" {
					c.namedRead(fn, v, key)
				}
			}
		}
	}
}

// callRead handles a call that may read a query parameter.
func (c *checker) callRead(fn *ssa.Function, call *ssa.Call) {
	obj := authflow.CalleeFunc(call.Common())
	if obj == nil {
		return
	}
	_, args := authflow.SplitArgs(call.Common())
	m := c.flow.Model
	nameArg := -1
	if src := m.Sources[obj.FullName()]; src != nil {
		if src.Into >= 0 && queryCapable(src.Input) && src.Into < len(args) {
			c.bindRead(call, args[src.Into])
			return
		}
		nameArg = src.NameArg
	} else if acc := m.Accessors[obj.FullName()]; acc != nil {
		nameArg = acc.NameArg
	}
	if nameArg < 0 || nameArg >= len(args) {
		return
	}
	if name := authflow.ConstString(args[nameArg]); name != "" {
		c.namedRead(fn, call, name)
	}
}

// namedRead handles v, a value read under the constant name. If it
// carries query input of that name, it records v as the site where the
// input was named and reports it when the name is a credential's.
func (c *checker) namedRead(fn *ssa.Function, v ssa.Value, name string) {
	pos := v.Pos()
	if !pos.IsValid() {
		return
	}
	var in frameworks.Input
	for _, l := range c.flow.Taint(fn, v).Inputs() {
		if !queryCapable(l.Input) || l.Name != name {
			continue
		}
		k := labelKey{l.Pos, l.Input, l.Name}
		if _, ok := c.site[k]; !ok {
			c.site[k] = pos
		}
		if in != frameworks.Query {
			in = l.Input // the query proper wins over form values
		}
	}
	if in == 0 || !frameworks.IsCredentialName(name) {
		return // not query input, or not a credential's name
	}
	if unused(v) {
		return // only tested for presence (GetQuery's ok), e.g. to reject it
	}
	if !c.claim(readKey{pos, name}) {
		return
	}
	start, end := c.span(pos)
	c.findings = append(c.findings, analysis.Diagnostic{
		Pos:      start,
		End:      end,
		Category: categoryName,
		Message:  fmt.Sprintf("%s %q is read %s; %s", credentialKind(name), name, from(in), remedy),
	})
}

// bindRead reports a query binding into a struct with credential fields.
func (c *checker) bindRead(call *ssa.Call, into ssa.Value) {
	pos := call.Pos()
	if mi, ok := into.(*ssa.MakeInterface); ok {
		into = mi.X
	}
	st, name := structOf(into.Type())
	if st == nil || !pos.IsValid() {
		return
	}
	c.binds[pos] = true
	fields := credentialFields(st, map[*types.Struct]bool{})
	if len(fields) == 0 {
		return
	}
	c.bound[pos] = true
	if !c.claim(readKey{pos, ""}) {
		return
	}
	what := fmt.Sprintf("%s %q is", credentialKind(fields[0]), fields[0])
	if len(fields) > 1 {
		what = fmt.Sprintf("credentials %s are", quoteAll(fields))
	}
	start, end := c.span(pos)
	c.findings = append(c.findings, analysis.Diagnostic{
		Pos:      start,
		End:      end,
		Category: categoryName,
		Message:  fmt.Sprintf("%s bound from the URL query into %s; %s", what, name, remedy),
	})
}

// flows reports query input that fn uses as a credential, in its own
// code or through the helpers it calls.
func (c *checker) flows(fn *ssa.Function) {
	for _, u := range c.credentialUses(fn) {
		for _, l := range c.flow.DeepTaint(fn, u.v).Inputs() {
			if !queryCapable(l.Input) || notCredential(l.Name) || !c.inPackage(l.Pos) {
				continue
			}
			pos, ok := c.site[labelKey{l.Pos, l.Input, l.Name}]
			if !ok {
				if frameworks.IsCredentialName(l.Name) && !c.binds[l.Pos] {
					continue // read by another package's helper, and reported there
				}
				pos = l.Pos
			}
			if c.bound[pos] || !c.claim(readKey{pos, l.Name}) {
				continue // reported as a credential name already
			}
			start, end := c.span(pos)
			d := analysis.Diagnostic{
				Pos:      start,
				End:      end,
				Category: categoryFlow,
				Message:  fmt.Sprintf("%s is used as a credential (%s); %s", describe(l), u, remedy),
			}
			if u.pos.IsValid() && u.pos != pos {
				d.Related = []analysis.RelatedInformation{{Pos: u.pos, Message: "used as a credential here"}}
			}
			c.findings = append(c.findings, d)
		}
	}
}

// credentialUses returns the values fn uses as credentials: JWTs it
// parses, keys it looks sessions up by, values it compares with stored
// tokens, and arguments of helpers that do one of these.
func (c *checker) credentialUses(fn *ssa.Function) []use {
	if us, ok := c.uses[fn]; ok {
		return us
	}
	c.uses[fn] = nil // in progress: recursion sees no uses
	var us []use
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch in := instr.(type) {
			case *ssa.BinOp:
				if in.Op == token.EQL || in.Op == token.NEQ {
					us = append(us, c.comparison(fn, in.X, in.Y, in.Pos())...)
				}
			case *ssa.Lookup:
				if _, ok := in.X.Type().Underlying().(*types.Map); !ok {
					continue // indexing a string
				}
				if name, ok := c.flow.StoreMap(fn, in.X); ok {
					us = append(us, use{v: in.Index, what: "looked up in " + name, pos: in.Pos()})
				}
			case ssa.CallInstruction:
				us = append(us, c.callUses(fn, in.Common())...)
			}
		}
	}
	c.uses[fn] = us
	return us
}

// callUses returns the arguments of a call that uses them as credentials.
func (c *checker) callUses(fn *ssa.Function, call *ssa.CallCommon) []use {
	if _, ok := call.Value.(*ssa.Builtin); ok {
		return nil
	}
	pos := call.Pos()
	recv, args := authflow.SplitArgs(call)
	obj := authflow.CalleeFunc(call)
	if obj != nil {
		name := obj.FullName()
		if p := c.flow.Model.JWTParsers[name]; p != nil && p.Token < len(args) {
			return []use{{v: args[p.Token], what: "parsed as a JWT", pos: pos}}
		}
		if i, ok := c.credentialArgs[name]; ok && i < len(args) {
			return []use{{v: args[i], what: "passed to " + calleeName(obj, recv), pos: pos}}
		}
		if c.secretCompares[name] {
			var us []use
			for _, a := range args {
				us = append(us, use{v: a, what: "compared with a stored secret by " + obj.Pkg().Name() + "." + obj.Name(), pos: pos})
			}
			return us
		}
		if c.equalities[name] && len(args) >= 2 {
			return c.comparison(fn, args[0], args[1], pos)
		}
		if strings.HasPrefix(name, "(*sync.Map).Load") && recv != nil && len(args) > 0 {
			if store, ok := c.flow.StoreMap(fn, recv); ok {
				return []use{{v: args[0], what: "looked up in " + store, pos: pos}}
			}
		}
	}
	if callee := call.StaticCallee(); callee != nil {
		if callee.Origin() != nil {
			callee = callee.Origin()
		}
		if callee.Pkg == c.flow.Pkg && callee.Blocks != nil {
			return c.helperUses(callee, call, pos)
		}
	}
	if obj != nil && c.isLookup(fn, obj, recv) {
		var us []use
		for _, a := range args {
			if isStringish(a.Type()) {
				us = append(us, use{v: a, what: "passed to " + calleeName(obj, recv), pos: pos})
			}
		}
		return us
	}
	return nil
}

// helperUses returns the arguments of a call to callee, a function of
// this package, that callee uses as credentials.
func (c *checker) helperUses(callee *ssa.Function, call *ssa.CallCommon, pos token.Pos) []use {
	var us []use
	done := map[int]bool{}
	for _, u := range c.credentialUses(callee) {
		for _, l := range c.flow.DeepTaint(callee, u.v) {
			if l.Kind != authflow.Param || done[l.Index] || l.Index >= len(call.Args) {
				continue
			}
			done[l.Index] = true
			via := u.via
			if via == "" {
				via = callee.Name()
			}
			us = append(us, use{v: call.Args[l.Index], what: u.what, via: via, pos: pos})
		}
	}
	return us
}

// comparison returns the operand of an equality test that is compared
// with a stored secret: a value whose name says it is a token or key.
func (c *checker) comparison(fn *ssa.Function, x, y ssa.Value, pos token.Pos) []use {
	if !isStringish(x.Type()) {
		return nil
	}
	var us []use
	if name, ok := c.storedSecret(fn, y, x); ok {
		us = append(us, use{v: x, what: "compared with " + name, pos: pos})
	}
	if name, ok := c.storedSecret(fn, x, y); ok {
		us = append(us, use{v: y, what: "compared with " + name, pos: pos})
	}
	return us
}

// storedSecret reports whether v, compared with other, holds a stored
// secret, and returns its name. A parameter counts only when other is
// client input read right here: in a helper comparing two parameters,
// nothing says which one the client supplied.
func (c *checker) storedSecret(fn *ssa.Function, v, other ssa.Value) (string, bool) {
	if isConst(v) || len(c.flow.DeepTaint(fn, v).Inputs()) > 0 {
		return "", false // a literal, or client input itself
	}
	if lk, ok := unwrap(v).(*ssa.Lookup); ok {
		if name, ok := c.flow.StoreMap(fn, lk.X); ok {
			return "an entry of " + name, true
		}
	}
	name := valueName(v, map[ssa.Value]bool{})
	if name == "" || frameworks.NotCredentialName.MatchString(name) {
		return "", false
	}
	if _, ok := unwrap(v).(*ssa.Parameter); ok && len(c.flow.DeepTaint(fn, other).Inputs()) == 0 {
		return "", false
	}
	return name, frameworks.IsCredentialName(name) || frameworks.StoredSecretName.MatchString(name)
}

// isLookup reports whether a call that authvet cannot see into looks up
// or verifies a session or token, judging by its name or its receiver's.
func (c *checker) isLookup(fn *ssa.Function, obj *types.Func, recv ssa.Value) bool {
	m := c.flow.Model
	name := obj.FullName()
	if obj.Pkg() == nil || m.Passthrough[obj.Pkg().Path()] || m.Sources[name] != nil || m.Accessors[name] != nil {
		return false // a builtin, a string helper, or a request read
	}
	if c.modelled(obj.Pkg().Path()) {
		return false // a library whose credential uses are in the tables; its Get takes names and keys
	}
	short := obj.Name()
	if frameworks.CredentialLookupName.MatchString(short) && !frameworks.NotCredentialName.MatchString(short) {
		return true
	}
	if recv == nil || !frameworks.StoreLookupName.MatchString(short) {
		return false
	}
	if _, ok := c.flow.StoreMap(fn, recv); ok {
		return true
	}
	return frameworks.StoreTypeName.MatchString(types.TypeString(types.Unalias(recv.Type()), nil)) ||
		frameworks.StoreTypeName.MatchString(valueName(recv, map[ssa.Value]bool{}))
}

// modelled reports whether path is a package of a modelled framework.
func (c *checker) modelled(path string) bool {
	for _, fw := range c.flow.Model.Frameworks {
		for _, p := range fw.Packages {
			if path == p || strings.HasPrefix(path, p+"/") {
				return true
			}
		}
	}
	return false
}

// span returns the range to report for a read at pos, an SSA position:
// for a call, its method name and arguments (Get("token")) rather than
// its opening parenthesis; otherwise pos itself.
func (c *checker) span(pos token.Pos) (token.Pos, token.Pos) {
	if c.calls == nil {
		c.calls = map[token.Pos]*ast.CallExpr{}
		for _, f := range c.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					c.calls[call.Lparen] = call
				}
				return true
			})
		}
	}
	call, ok := c.calls[pos]
	if !ok {
		return pos, token.NoPos
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.Sel.Pos(), call.End()
	}
	return call.Pos(), call.End()
}

// claim records a report of k and reports whether it is the first.
func (c *checker) claim(k readKey) bool {
	if c.seen[k] {
		return false
	}
	c.seen[k] = true
	return true
}

// inPackage reports whether pos lies in a file of the analyzed package.
func (c *checker) inPackage(pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return true
		}
	}
	return false
}

// queryCapable reports whether input of kind in may come from the query
// string: the query itself, or form values that include it (FormValue,
// Request.Form). Body-only form values are PostForm.
func queryCapable(in frameworks.Input) bool {
	return in == frameworks.Query || in == frameworks.Form
}

// notCredential reports whether a query parameter of this name is
// expected in URLs: OAuth callback parameters, cursors, redirects.
func notCredential(name string) bool {
	return frameworks.OAuthCallbackParam.MatchString(name) || frameworks.NotCredentialName.MatchString(name)
}

// unused reports whether the value read by v is never used, as when
// GetQuery is called only for its ok result. Comparing the value with ""
// is a use: a handler that requires it to be set accepts it.
func unused(v ssa.Value) bool {
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.Extract:
			if ref.Index == 0 && !unused(ref) {
				return false // the value of a (value, ok) pair
			}
		default:
			if _, ok := v.Type().(*types.Tuple); !ok {
				return false
			}
		}
	}
	return true
}

// from says where an input of kind in is read.
func from(in frameworks.Input) string {
	if in == frameworks.Query {
		return "from the URL query"
	}
	return "from form values, which include the URL query"
}

// describe names a query input label in a message.
func describe(l authflow.Label) string {
	switch {
	case l.Input == frameworks.Query && l.Name == "":
		return "the query string"
	case l.Input == frameworks.Query:
		return fmt.Sprintf("query parameter %q", l.Name)
	case l.Name == "":
		return "a form value, which may come from the URL query,"
	default:
		return fmt.Sprintf("form value %q, which may come from the URL query,", l.Name)
	}
}

// credentialKinds name the credential a parameter name suggests, first
// match wins.
var credentialKinds = []struct {
	re   *regexp.Regexp
	kind string
}{
	{regexp.MustCompile(`(?i)refresh`), "refresh token"},
	{regexp.MustCompile(`(?i)id_?token`), "ID token"},
	{regexp.MustCompile(`(?i)jwt`), "JWT"},
	{regexp.MustCompile(`(?i)(api|access)_?key`), "API key"},
	{regexp.MustCompile(`(?i)sess|(^|[^a-z])sid($|[^a-z])`), "session ID"},
	{regexp.MustCompile(`(?i)secret|credential`), "secret"},
	{regexp.MustCompile(`(?i)token|bearer|auth`), "access token"},
}

// credentialKind names the kind of credential called name.
func credentialKind(name string) string {
	for _, k := range credentialKinds {
		if k.re.MatchString(name) {
			return k.kind
		}
	}
	return "credential"
}

// structOf returns the struct that t, a pointer to a struct, points to,
// and the struct's name for messages.
func structOf(t types.Type) (*types.Struct, string) {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return nil, ""
	}
	st, ok := p.Elem().Underlying().(*types.Struct)
	if !ok {
		return nil, ""
	}
	name := "a struct"
	if n, ok := types.Unalias(p.Elem()).(*types.Named); ok {
		name = n.Obj().Name()
	}
	return st, name
}

// credentialFields returns the query names of the fields of st, and of
// its embedded structs, that are credential names.
func credentialFields(st *types.Struct, visited map[*types.Struct]bool) []string {
	if visited[st] {
		return nil
	}
	visited[st] = true
	var out []string
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Embedded() {
			if inner, ok := f.Type().Underlying().(*types.Struct); ok {
				out = append(out, credentialFields(inner, visited)...)
			}
			continue
		}
		if name := queryName(f, st.Tag(i)); frameworks.IsCredentialName(name) {
			out = append(out, name)
		}
	}
	return out
}

// queryName returns the name under which field f is bound from the
// query: its first query tag, or its Go name.
func queryName(f *types.Var, tag string) string {
	for _, key := range frameworks.QueryTags {
		v, _, _ := strings.Cut(reflect.StructTag(tag).Get(key), ",")
		if v != "" && v != "-" {
			return v
		}
	}
	return f.Name()
}

// valueName returns the name a value goes by in the source: the
// variable, field, parameter or map key it was read from, the constant
// name a getter was asked for (os.Getenv("API_TOKEN")), or the callee.
func valueName(v ssa.Value, visited map[ssa.Value]bool) string {
	if visited[v] {
		return ""
	}
	visited[v] = true
	switch v := v.(type) {
	case *ssa.Global:
		return v.Name()
	case *ssa.Parameter:
		return v.Name()
	case *ssa.FreeVar:
		return v.Name()
	case *ssa.Alloc:
		return v.Comment
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return valueName(v.X, visited)
		}
	case *ssa.FieldAddr:
		return fieldName(v.X.Type(), v.Field)
	case *ssa.Field:
		return fieldName(v.X.Type(), v.Field)
	case *ssa.Lookup:
		if k := authflow.ConstString(v.Index); k != "" {
			return k
		}
		return valueName(v.X, visited)
	case *ssa.Call:
		_, args := authflow.SplitArgs(v.Common())
		if len(args) > 0 {
			if s := authflow.ConstString(args[0]); s != "" {
				return s
			}
		}
		if obj := authflow.CalleeFunc(v.Common()); obj != nil {
			return obj.Name()
		}
	case *ssa.Extract:
		return valueName(v.Tuple, visited)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if n := valueName(e, visited); n != "" {
				return n
			}
		}
	case *ssa.Convert:
		return valueName(v.X, visited)
	case *ssa.ChangeType:
		return valueName(v.X, visited)
	case *ssa.MakeInterface:
		return valueName(v.X, visited)
	case *ssa.TypeAssert:
		return valueName(v.X, visited)
	case *ssa.Slice:
		return valueName(v.X, visited)
	}
	return ""
}

// fieldName returns the name of field i of the struct t is or points to.
func fieldName(t types.Type, i int) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if st, ok := t.Underlying().(*types.Struct); ok && i < st.NumFields() {
		return st.Field(i).Name()
	}
	return ""
}

// unwrap looks through conversions to the value converted.
func unwrap(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		default:
			return v
		}
	}
}

// isConst reports whether v is a constant, possibly converted.
func isConst(v ssa.Value) bool {
	_, ok := unwrap(v).(*ssa.Const)
	return ok
}

// isStringish reports whether t is a string or a byte slice.
func isStringish(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// calleeName names a called function for messages: sessions.Get.
func calleeName(obj *types.Func, recv ssa.Value) string {
	if recv != nil {
		if n := valueName(recv, map[ssa.Value]bool{}); n != "" {
			return n + "." + obj.Name()
		}
	}
	return obj.Name()
}

// quoteAll returns the names quoted and separated by commas.
func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
