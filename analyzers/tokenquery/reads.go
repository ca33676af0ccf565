package tokenquery

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

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
				if key := ssautil.ConstString(v.Index); key != "" {
					c.namedRead(fn, v, key)
				}
			}
		}
	}
}

// callRead handles a call that may read a query parameter.
func (c *checker) callRead(fn *ssa.Function, call *ssa.Call) {
	obj := ssautil.Callee(call.Common())
	if obj == nil {
		return
	}
	_, args := ssautil.SplitArgs(call.Common())
	m := c.flow.Model
	var nameArg frameworks.Arg
	if src := m.Sources[obj.FullName()]; src != nil {
		if into, ok := frameworks.Pick(args, src.Into); ok && queryCapable(src.Input) {
			c.bindRead(call, into)
			return
		}
		nameArg = src.NameArg
	} else if acc := m.Accessors[obj.FullName()]; acc != nil {
		nameArg = acc.NameArg
	} else {
		// A helper that reads the input its caller names
		// (queryParam(r, "token")): authflow names it at this call.
		for _, l := range c.flow.Taint(fn, call).Inputs() {
			if l.Pos == call.Pos() && l.Name != "" && slices.ContainsFunc(args, func(a ssa.Value) bool {
				return ssautil.ConstString(a) == l.Name
			}) {
				c.namedRead(fn, call, l.Name)
			}
		}
		return
	}
	i, ok := nameArg.Index()
	if !ok || i >= len(args) {
		return
	}
	if name := c.constName(args[i]); name != "" {
		c.namedRead(fn, call, name)
	}
}

// constName returns the constant string a parameter name is: a literal
// or constant, or a package-level variable that holds one, of this
// package or another (var SessionTokenCookie = "coder_session_token").
func (c *checker) constName(v ssa.Value) string {
	if s := ssautil.ConstString(v); s != "" {
		return s
	}
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if g, ok := load.X.(*ssa.Global); ok {
			if obj, ok := g.Object().(*types.Var); ok {
				s, _ := c.vars.Value(obj)
				return s
			}
		}
	}
	return ""
}

// namedRead handles v, a value read under the constant name. If it
// carries query input of that name, or input authflow left unnamed
// because the name is a variable's, it records v as the site where the
// input was named and reports it when the name is a credential's.
func (c *checker) namedRead(fn *ssa.Function, v ssa.Value, name string) {
	pos := v.Pos()
	if !pos.IsValid() {
		return
	}
	var in frameworks.Input
	labels := map[labelKey]bool{}
	for _, l := range c.flow.Taint(fn, v).Inputs() {
		if !queryCapable(l.Input) || (l.Name != name && l.Name != "") {
			continue
		}
		k := keyOf(l)
		labels[k] = true
		if _, ok := c.site[k]; !ok {
			c.site[k] = pos
		}
		if in != frameworks.Query {
			in = l.Input // the query proper wins over form values
		}
	}
	if in != frameworks.Query || !c.flow.Names.IsCredentialName(name) || notCredential(name) {
		// Not the query proper, or not a credential's name. A form value
		// (FormValue, r.Form) named like a credential is mostly a field
		// of a posted form, such as a third-party API key being saved;
		// it is reported only when used as a credential (flows).
		return
	}
	if unused(v) || usedAsFlag(sameReads(fn, v)) {
		return // only tested for presence (GetQuery's ok), or a switch ("session=1")
	}
	if restoresMinted(c.flow, fn, v) {
		c.settle(pos, labels) // a resume token, replaced by a fresh id when missing; nor is its use a credential's
		return
	}
	if c.setsPassword(fn) {
		return // a reset link's token, redeemed once to set a new password
	}
	if (c.creds.Stream(ssautil.DeclaredFunc(fn)) || c.selectsStream(fn, labels)) && !c.credentialUseOf(fn, labels) {
		// The id of an event stream or WebSocket, which can carry no
		// header, or of the stream a message is posted into.
		return
	}
	if !c.claim(readKey{pos, name}) {
		return
	}
	c.settle(pos, labels)
	start, end := c.span(pos)
	c.findings = append(c.findings, analysis.Diagnostic{
		Pos:      start,
		End:      end,
		Category: categoryName,
		Message:  fmt.Sprintf("%s %q is read from the URL query; %s", credentialKind(name), name, remedy),
	})
}

// settle marks the labels of the read at pos judged: flows reports none
// of them again.
func (c *checker) settle(pos token.Pos, labels map[labelKey]bool) {
	for k := range labels {
		c.seen[readKey{pos, k.name}] = true
	}
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
	fields := c.credentialFields(st, map[*types.Struct]bool{})
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

// sameReads returns v and the other calls in fn that read the same
// input as v, a call: the same function with the same constant
// arguments (q.Get("session") != "" && q.Get("session") != "0").
func sameReads(fn *ssa.Function, v ssa.Value) []ssa.Value {
	call, ok := v.(*ssa.Call)
	if !ok {
		return []ssa.Value{v}
	}
	key := readSignature(call)
	var out []ssa.Value
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if other, ok := instr.(*ssa.Call); ok && readSignature(other) == key {
				out = append(out, other)
			}
		}
	}
	return out
}

// readSignature names what a call reads: its callee and constant
// arguments.
func readSignature(call *ssa.Call) string {
	obj := ssautil.Callee(call.Common())
	if obj == nil {
		return ""
	}
	sig := obj.FullName()
	for _, a := range call.Common().Args {
		sig += "," + ssautil.ConstString(a)
	}
	return sig
}

// usedAsFlag reports whether the values read are a switch, not a
// credential: they are only compared with constants, one of them a
// boolean word (?session=1 asks for a session cookie), or parsed as a
// boolean or number. A comparison with any other literal checks a
// hard-coded key.
func usedAsFlag(reads []ssa.Value) bool {
	flagLike := false
	for _, v := range reads {
		refs := v.Referrers()
		if refs == nil || len(*refs) == 0 {
			return false
		}
		ok, flag := flagUses(v, *refs)
		if !ok {
			return false
		}
		flagLike = flagLike || flag
	}
	return flagLike
}

// flagUses reports whether every use of v among refs compares it with a
// constant or parses it (ok), and whether one of them is flag-like.
func flagUses(v ssa.Value, refs []ssa.Instruction) (ok, flagLike bool) {
	for _, ref := range refs {
		switch ref := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.BinOp:
			other := ref.X
			if other == v {
				other = ref.Y
			}
			c, isConst := other.(*ssa.Const)
			if !isConst || (ref.Op != token.EQL && ref.Op != token.NEQ) {
				return false, false
			}
			if c.Value != nil && c.Value.Kind() == constant.String {
				switch strings.ToLower(constant.StringVal(c.Value)) {
				case "":
				case "0", "1", "true", "false", "yes", "no", "on", "off", "y", "n":
					flagLike = true
				default:
					return false, false
				}
			}
		case *ssa.Call:
			obj := ssautil.Callee(ref.Common())
			if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "strconv" {
				return false, false
			}
			flagLike = true // strconv.ParseBool, Atoi
		default:
			return false, false
		}
	}
	return true, flagLike
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
func (c *checker) credentialFields(st *types.Struct, visited map[*types.Struct]bool) []string {
	if visited[st] {
		return nil
	}
	visited[st] = true
	var out []string
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Embedded() {
			if inner, ok := f.Type().Underlying().(*types.Struct); ok {
				out = append(out, c.credentialFields(inner, visited)...)
			}
			continue
		}
		if name := queryName(f, st.Tag(i)); c.flow.Names.IsCredentialName(name) {
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
