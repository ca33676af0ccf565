package credentials

import (
	"cmp"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// A builder computes the credential uses of one package's functions.
type builder struct {
	pass   *analysis.Pass
	flow   *authflow.Result
	events *authevents.Result // for the program's session stores
	uses   map[*ssa.Function][]Use
	// extractors are the functions of the package handed to middleware
	// as token extractors, with the middleware call's name.
	extractors map[*ssa.Function]string
	streams    map[*ssa.Function]bool // whether a function answers with a stream (isStream)
	// solving holds the component being solved, and recursed says that
	// a round read the uses of one of its members.
	solving  map[*ssa.Function]bool
	recursed bool
	// params caches paramUses, which every call of a helper asks for,
	// once the helper's uses are final.
	params map[*ssa.Function][]ParamUse
	// streamTables says of each table the package adds entries to
	// whether only functions that answer with a stream do; built on first
	// use.
	streamTables map[types.Object]bool
}

// credentialUses returns the values fn uses as credentials: JWTs it
// parses, keys it looks sessions up by, values it compares with stored
// tokens, and arguments of helpers that do one of these.
func (b *builder) credentialUses(fn *ssa.Function) []Use {
	if us, ok := b.uses[fn]; ok {
		b.recursed = b.recursed || b.solving[fn]
		return us
	}
	b.uses[fn] = nil // in progress: recursion sees no uses
	us := b.computeUses(fn)
	b.uses[fn] = us
	return us
}

// computeUses computes credentialUses(fn), reading what is known of the
// functions it calls.
func (b *builder) computeUses(fn *ssa.Function) []Use {
	var us []Use
	for _, blk := range fn.Blocks {
		for _, instr := range blk.Instrs {
			switch in := instr.(type) {
			case *ssa.Return:
				if mw, ok := b.extractors[fn]; ok && len(in.Results) > 0 {
					us = append(us, Use{Value: in.Results[0], What: "returned as the token to " + mw, Pos: in.Pos()})
				}
			case *ssa.BinOp:
				if in.Op == token.EQL || in.Op == token.NEQ {
					us = append(us, b.comparison(fn, in.X, in.Y, in.Pos())...)
				}
			case *ssa.Lookup:
				if _, ok := in.X.Type().Underlying().(*types.Map); !ok {
					continue // indexing a string
				}
				if name, ok := b.events.StoreMap(fn, in.X); ok && !b.isStreamTable(in.X) {
					us = append(us, Use{Value: in.Index, What: "looked up in " + name, Pos: in.Pos()})
				}
			case ssa.CallInstruction:
				us = append(us, b.callUses(fn, in.Common())...)
			}
		}
	}
	return us
}

// solve computes the uses of one strongly connected component of the
// call graph. Mutually recursive functions are computed again, each
// round from the others' uses of the last, until none grows: what a
// function uses does not depend on which member was visited first.
func (b *builder) solve(scc []*ssa.Function) {
	b.solving = map[*ssa.Function]bool{}
	for _, fn := range scc {
		b.solving[fn] = true
	}
	defer func() { b.solving = nil }()
	authflow.Settle("credentials", scc, func() bool {
		b.recursed = false
		changed := false
		for _, fn := range scc {
			old, seen := b.uses[fn]
			if !seen {
				b.uses[fn] = nil
			}
			us := b.computeUses(fn)
			b.uses[fn] = us
			changed = changed || len(us) != len(old)
		}
		return b.recursed && changed
	})
}

// callUses returns the arguments of a call that uses them as credentials.
func (b *builder) callUses(fn *ssa.Function, call *ssa.CallCommon) []Use {
	if _, ok := call.Value.(*ssa.Builtin); ok {
		return nil
	}
	pos := call.Pos()
	recv, args := ssautil.SplitArgs(call)
	obj := ssautil.Callee(call)
	m := b.flow.Model
	if obj != nil {
		name := obj.FullName()
		if p := m.JWTParsers[name]; p != nil {
			if tok, ok := frameworks.Pick(args, p.Token); ok {
				return []Use{{Value: tok, What: "parsed as a JWT", Pos: pos}}
			}
		}
		if a := m.CredentialArgs[name]; a != nil {
			if cred, ok := frameworks.Pick(args, a.Arg); ok {
				return []Use{{Value: cred, What: "passed to " + calleeName(obj, recv), Pos: pos}}
			}
		}
		if m.SecretCompares[name] || b.flow.Names.IsCompareFunc(obj) {
			var us []Use
			for i, a := range args {
				if len(args) == 2 && b.checksDigest(a, args[1-i]) {
					continue
				}
				us = append(us, Use{Value: a, What: "compared with a stored secret by " + obj.Pkg().Name() + "." + obj.Name(), Pos: pos})
			}
			return us
		}
		if m.Equalities[name] && len(args) >= 2 {
			return b.comparison(fn, args[0], args[1], pos)
		}
		if m.MapReads[name] && recv != nil && len(args) > 0 {
			if store, ok := b.events.StoreMap(fn, recv); ok && !b.isStreamTable(recv) {
				return []Use{{Value: args[0], What: "looked up in " + store, Pos: pos}}
			}
		}
	}
	if ps, ok := b.helperParams(call); ok {
		return helperUses(call, ps, pos)
	}
	if obj != nil && b.isLookup(fn, obj, recv) {
		var us []Use
		params := obj.Signature().Params()
		for i, a := range args {
			if ssautil.IsStringish(a.Type()) && (i >= params.Len() || b.keyParam(params.At(i).Name())) {
				us = append(us, Use{Value: a, What: "passed to " + calleeName(obj, recv), Pos: pos})
			}
		}
		return us
	}
	return nil
}

// helperParams returns the parameters that the function a call invokes
// uses as credentials: a function of this package, or one of another
// package that exported them as a fact. It reports false when the
// callee is neither.
func (b *builder) helperParams(call *ssa.CallCommon) ([]ParamUse, bool) {
	callee := call.StaticCallee()
	if callee == nil {
		return nil, false
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee.Pkg == b.flow.Pkg && callee.Blocks != nil {
		return b.paramUses(callee), true
	}
	var fact paramsFact
	if obj, ok := callee.Object().(*types.Func); ok && b.pass.ImportObjectFact(obj, &fact) {
		return fact.Params, true
	}
	return nil, false
}

// paramUses returns the parameters, or parts of them, that fn uses as
// credentials, in the order of its uses.
func (b *builder) paramUses(fn *ssa.Function) []ParamUse {
	if ps, ok := b.params[fn]; ok {
		return ps
	}
	type part struct {
		index int
		path  string
	}
	done := map[part]bool{}
	var ps []ParamUse
	for _, u := range b.credentialUses(fn) {
		for _, l := range b.flow.PartTaint(fn, u.Value, u.Path) {
			if l.Kind != authflow.Param || done[part{l.Index, l.Path}] {
				continue
			}
			done[part{l.Index, l.Path}] = true
			ps = append(ps, ParamUse{Index: l.Index, Path: l.Path, What: u.What, Via: cmp.Or(u.Via, fn.Name())})
		}
	}
	if !b.solving[fn] {
		b.params[fn] = ps // final: fn's component is solved, callees first
	}
	return ps
}

// helperUses returns the arguments of call that its callee uses as
// credentials, as ps says.
func helperUses(call *ssa.CallCommon, ps []ParamUse, pos token.Pos) []Use {
	var us []Use
	for _, p := range ps {
		if p.Index < len(call.Args) {
			us = append(us, Use{Value: call.Args[p.Index], Path: p.Path, What: p.What, Via: p.Via, Pos: pos})
		}
	}
	return us
}

// comparison returns the operand of an equality test that is compared
// with a stored secret: a value whose name says it is a token or key.
func (b *builder) comparison(fn *ssa.Function, x, y ssa.Value, pos token.Pos) []Use {
	if !ssautil.IsStringish(x.Type()) {
		return nil
	}
	var us []Use
	if name, ok := b.storedSecret(fn, y, x); ok && !b.checksDigest(x, y) {
		us = append(us, Use{Value: x, What: "compared with " + name, Pos: pos})
	}
	if name, ok := b.storedSecret(fn, x, y); ok && !b.checksDigest(y, x) {
		us = append(us, Use{Value: y, What: "compared with " + name, Pos: pos})
	}
	return us
}

// storedSecret reports whether v, compared with other, holds a stored
// secret, and returns its name. A parameter counts only when other is
// client input read right here: in a helper comparing two parameters,
// nothing says which one the client supplied.
func (b *builder) storedSecret(fn *ssa.Function, v, other ssa.Value) (string, bool) {
	if ssautil.IsConst(v) || len(b.flow.DeepTaint(fn, v).Inputs()) > 0 {
		return "", false // a literal, or client input itself
	}
	if lk, ok := ssautil.Unconverted(v).(*ssa.Lookup); ok {
		if name, ok := b.events.StoreMap(fn, lk.X); ok {
			return "an entry of " + name, true
		}
	}
	name := ssautil.ValueName(v)
	if name == "" || frameworks.NotCredentialName.MatchString(name) {
		return "", false
	}
	if strings.Contains(strings.ToLower(name), "cookie") {
		return "", false // the request's own cookie: a double-submit (state, CSRF) check, not a stored secret
	}
	if _, ok := ssautil.Unconverted(v).(*ssa.Parameter); ok && len(b.flow.DeepTaint(fn, other).Inputs()) == 0 {
		return "", false
	}
	return name, b.flow.Names.IsCredentialName(name) || frameworks.StoredSecretName.MatchString(name)
}

// isLookup reports whether a call that authvet cannot see into looks up
// or verifies a session or token, judging by its name or its receiver's.
func (b *builder) isLookup(fn *ssa.Function, obj *types.Func, recv ssa.Value) bool {
	m := b.flow.Model
	name := obj.FullName()
	if obj.Pkg() == nil || m.Passthrough[obj.Pkg().Path()] || m.Sources[name] != nil || m.Accessors[name] != nil {
		return false // a builtin, a string helper, or a request read
	}
	if m.FrameworkOf(obj.Pkg().Path()) != nil {
		return false // a library whose credential uses are in the tables; its Get takes names and keys
	}
	if authflow.IsStdlib(obj.Pkg().Path()) {
		return false // (*http.Client).Get and the like fetch, they look nothing up
	}
	short := obj.Name()
	if frameworks.CredentialLookupName.MatchString(short) && !frameworks.NotCredentialName.MatchString(short) {
		return true
	}
	if recv == nil || !frameworks.StoreLookupName.MatchString(short) {
		return false
	}
	if _, ok := b.events.StoreMap(fn, recv); ok {
		return true
	}
	// Names without packages: the path's "auth" or "session" would match any type.
	return frameworks.StoreTypeName.MatchString(cmp.Or(ssautil.NamedTypeName(recv.Type()), ssautil.BareTypeName(recv.Type()))) ||
		frameworks.StoreTypeName.MatchString(ssautil.ValueName(recv))
}

// keyParam reports whether a lookup's parameter of this name takes the
// credential looked up: one named for a credential or a generic key,
// not one that names something else (GetAPIKeys(order string)).
func (b *builder) keyParam(name string) bool {
	switch strings.ToLower(name) {
	case "", "_", "key", "k", "id", "s", "v", "str", "value", "val", "t", "tok", "raw", "in", "input", "arg", "hash":
		return true
	}
	return b.flow.Names.IsCredentialName(name)
}

// calleeName names a called function for messages: sessions.Get.
func calleeName(obj *types.Func, recv ssa.Value) string {
	if recv != nil {
		if n := ssautil.ValueName(recv); n != "" {
			return n + "." + obj.Name()
		}
	}
	return obj.Name()
}
