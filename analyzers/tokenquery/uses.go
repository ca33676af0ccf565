package tokenquery

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/handlers"
	"github.com/authvet/authvet/passes/ssautil"
)

// flows reports query input that fn uses as a credential, in its own
// code or through the helpers it calls.
func (c *checker) flows(fn *ssa.Function) {
	if c.setsPassword(fn) {
		return // a reset's link token or second factor, redeemed once to set a new password
	}
	for _, u := range c.credentialUses(fn) {
		for _, l := range c.flow.PartTaint(fn, u.v, u.path).Inputs() {
			if diag.File(c.pass, l.Pos) == nil {
				continue
			}
			if q, ok := c.queryVars[l.Name]; ok && l.Input == frameworks.Path {
				// mux.Vars(r)["t"], filled from the query by Queries("t", "{t}")
				c.usedAsCredential(q.pos, fmt.Sprintf("query parameter %q, route variable %q,", q.name, l.Name), l.Name, u)
				continue
			}
			if !queryCapable(l.Input) || notCredential(l.Name) {
				continue
			}
			pos, ok := c.site[labelKey{l.Pos, l.Input, l.Name}]
			if !ok {
				if c.flow.Names.IsCredentialName(l.Name) && !c.binds[l.Pos] {
					continue // read by another package's helper, and reported there
				}
				pos = l.Pos
			}
			if !c.bound[pos] { // else reported as a credential name already
				c.usedAsCredential(pos, describe(l), l.Name, u)
			}
		}
	}
}

// setsPassword reports whether fn hashes a password to store it: a
// password reset or change. The values it verifies besides (an e-mailed
// link's token, a second factor's scratch code) are redeemed once to set
// the password; they authenticate no later request.
func (c *checker) setsPassword(fn *ssa.Function) bool {
	return c.flow.Summary(fn).Has(authflow.PasswordHash)
}

// usedAsCredential reports the query input read at pos, described by
// what, used as a credential by u, unless it is reported already.
func (c *checker) usedAsCredential(pos token.Pos, what, name string, u use) {
	if !c.claim(readKey{pos, name}) {
		return
	}
	start, end := c.span(pos)
	d := analysis.Diagnostic{
		Pos:      start,
		End:      end,
		Category: categoryFlow,
		Message:  fmt.Sprintf("%s is used as a credential (%s); %s", what, u, remedy),
	}
	if u.pos.IsValid() && u.pos != pos {
		d.Related = []analysis.RelatedInformation{{Pos: u.pos, Message: "used as a credential here"}}
	}
	c.findings = append(c.findings, d)
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
			case *ssa.Return:
				if mw, ok := c.extractors[fn]; ok && len(in.Results) > 0 {
					us = append(us, use{v: in.Results[0], what: "returned as the token to " + mw, pos: in.Pos()})
				}
			case *ssa.BinOp:
				if in.Op == token.EQL || in.Op == token.NEQ {
					us = append(us, c.comparison(fn, in.X, in.Y, in.Pos())...)
				}
			case *ssa.Lookup:
				if _, ok := in.X.Type().Underlying().(*types.Map); !ok {
					continue // indexing a string
				}
				if name, ok := c.flow.StoreMap(fn, in.X); ok && !c.isStreamTable(in.X) {
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
	recv, args := ssautil.SplitArgs(call)
	obj := ssautil.Callee(call)
	if obj != nil {
		name := obj.FullName()
		if p := c.flow.Model.JWTParsers[name]; p != nil {
			if tok, ok := frameworks.Pick(args, p.Token); ok {
				return []use{{v: tok, what: "parsed as a JWT", pos: pos}}
			}
		}
		if a := c.flow.Model.CredentialArgs[name]; a != nil {
			if cred, ok := frameworks.Pick(args, a.Arg); ok {
				return []use{{v: cred, what: "passed to " + calleeName(obj, recv), pos: pos}}
			}
		}
		if c.flow.Model.SecretCompares[name] {
			var us []use
			for i, a := range args {
				if len(args) == 2 && c.checksDigest(a, args[1-i]) {
					continue
				}
				us = append(us, use{v: a, what: "compared with a stored secret by " + obj.Pkg().Name() + "." + obj.Name(), pos: pos})
			}
			return us
		}
		if c.flow.Model.Equalities[name] && len(args) >= 2 {
			return c.comparison(fn, args[0], args[1], pos)
		}
		if c.flow.Model.MapReads[name] && recv != nil && len(args) > 0 {
			if store, ok := c.flow.StoreMap(fn, recv); ok && !c.isStreamTable(recv) {
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
		params := obj.Signature().Params()
		for i, a := range args {
			if ssautil.IsStringish(a.Type()) && (i >= params.Len() || c.keyParam(params.At(i).Name())) {
				us = append(us, use{v: a, what: "passed to " + calleeName(obj, recv), pos: pos})
			}
		}
		return us
	}
	return nil
}

// keyParam reports whether a lookup's parameter of this name takes the
// credential looked up: one named for a credential or a generic key,
// not one that names something else (GetAPIKeys(order string)).
func (c *checker) keyParam(name string) bool {
	switch strings.ToLower(name) {
	case "", "_", "key", "k", "id", "s", "v", "str", "value", "val", "t", "tok", "raw", "in", "input", "arg", "hash":
		return true
	}
	return c.flow.Names.IsCredentialName(name)
}

// helperUses returns the arguments of a call to callee, a function of
// this package, that callee uses as credentials.
func (c *checker) helperUses(callee *ssa.Function, call *ssa.CallCommon, pos token.Pos) []use {
	var us []use
	type part struct {
		index int
		path  string
	}
	done := map[part]bool{}
	for _, u := range c.credentialUses(callee) {
		for _, l := range c.flow.PartTaint(callee, u.v, u.path) {
			if l.Kind != authflow.Param || done[part{l.Index, l.Path}] || l.Index >= len(call.Args) {
				continue
			}
			done[part{l.Index, l.Path}] = true
			via := u.via
			if via == "" {
				via = callee.Name()
			}
			us = append(us, use{v: call.Args[l.Index], path: l.Path, what: u.what, via: via, pos: pos})
		}
	}
	return us
}

// comparison returns the operand of an equality test that is compared
// with a stored secret: a value whose name says it is a token or key.
func (c *checker) comparison(fn *ssa.Function, x, y ssa.Value, pos token.Pos) []use {
	if !ssautil.IsStringish(x.Type()) {
		return nil
	}
	var us []use
	if name, ok := c.storedSecret(fn, y, x); ok && !c.checksDigest(x, y) {
		us = append(us, use{v: x, what: "compared with " + name, pos: pos})
	}
	if name, ok := c.storedSecret(fn, x, y); ok && !c.checksDigest(y, x) {
		us = append(us, use{v: y, what: "compared with " + name, pos: pos})
	}
	return us
}

// checksDigest reports whether comparing the client's value with other
// checks a signature or digest rather than a credential: other is a hash
// or MAC the server computes (a signed URL's HMAC over its path and
// expiry, the sha256 of an upload) and the client's value is compared as
// sent, not hashed itself as a secret compared in constant time is.
func (c *checker) checksDigest(client, other ssa.Value) bool {
	return c.digest(other, map[ssa.Value]bool{}) && !c.digest(client, map[ssa.Value]bool{})
}

// digest reports whether v is a hash or MAC computed here: the result of
// a Digests call or of a DigestName method authvet cannot see into,
// encoded (hex, base64), prefixed ("sha256:"+...), sliced, or returned
// by a function of this package.
func (c *checker) digest(v ssa.Value, visited map[ssa.Value]bool) bool {
	v = ssautil.Unconverted(v)
	if visited[v] {
		return false
	}
	visited[v] = true
	switch v := v.(type) {
	case *ssa.Slice:
		return c.digest(v.X, visited) // sum[:]
	case *ssa.Alloc:
		for _, ref := range *v.Referrers() {
			if st, ok := ref.(*ssa.Store); ok && st.Addr == v && c.digest(st.Val, visited) {
				return true // sum := sha256.Sum256(b); sum[:]
			}
		}
	case *ssa.Phi:
		return slices.ContainsFunc(v.Edges, func(e ssa.Value) bool { return c.digest(e, visited) })
	case *ssa.Extract:
		return c.digest(v.Tuple, visited)
	case *ssa.BinOp:
		return v.Op == token.ADD && (c.digest(v.X, visited) || c.digest(v.Y, visited))
	case *ssa.Call:
		return c.digestCall(v.Common(), visited)
	}
	return false
}

// digestCall reports whether a call returns a digest: see digest.
func (c *checker) digestCall(call *ssa.CallCommon, visited map[ssa.Value]bool) bool {
	obj := ssautil.Callee(call)
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	if c.flow.Model.Digests[obj.FullName()] {
		return true
	}
	if c.flow.Model.Passthrough[obj.Pkg().Path()] {
		_, args := ssautil.SplitArgs(call)
		return slices.ContainsFunc(args, func(a ssa.Value) bool { return c.digest(a, visited) })
	}
	callee := call.StaticCallee()
	if callee != nil && callee.Origin() != nil {
		callee = callee.Origin()
	}
	if callee == nil || callee.Pkg != c.flow.Pkg || callee.Blocks == nil {
		return frameworks.DigestName.MatchString(obj.Name()) // a hashing writer of another package
	}
	for _, b := range callee.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok &&
			slices.ContainsFunc(ret.Results, func(r ssa.Value) bool { return c.digest(r, visited) }) {
			return true
		}
	}
	return false
}

// storedSecret reports whether v, compared with other, holds a stored
// secret, and returns its name. A parameter counts only when other is
// client input read right here: in a helper comparing two parameters,
// nothing says which one the client supplied.
func (c *checker) storedSecret(fn *ssa.Function, v, other ssa.Value) (string, bool) {
	if isConst(v) || len(c.flow.DeepTaint(fn, v).Inputs()) > 0 {
		return "", false // a literal, or client input itself
	}
	if lk, ok := ssautil.Unconverted(v).(*ssa.Lookup); ok {
		if name, ok := c.flow.StoreMap(fn, lk.X); ok {
			return "an entry of " + name, true
		}
	}
	name := valueName(v, map[ssa.Value]bool{})
	if name == "" || frameworks.NotCredentialName.MatchString(name) {
		return "", false
	}
	if strings.Contains(strings.ToLower(name), "cookie") {
		return "", false // the request's own cookie: a double-submit (state, CSRF) check, not a stored secret
	}
	if _, ok := ssautil.Unconverted(v).(*ssa.Parameter); ok && len(c.flow.DeepTaint(fn, other).Inputs()) == 0 {
		return "", false
	}
	return name, c.flow.Names.IsCredentialName(name) || frameworks.StoredSecretName.MatchString(name)
}

// isLookup reports whether a call that authvet cannot see into looks up
// or verifies a session or token, judging by its name or its receiver's.
func (c *checker) isLookup(fn *ssa.Function, obj *types.Func, recv ssa.Value) bool {
	m := c.flow.Model
	name := obj.FullName()
	if obj.Pkg() == nil || m.Passthrough[obj.Pkg().Path()] || m.Sources[name] != nil || m.Accessors[name] != nil {
		return false // a builtin, a string helper, or a request read
	}
	if c.flow.Model.FrameworkOf(obj.Pkg().Path()) != nil {
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
	if _, ok := c.flow.StoreMap(fn, recv); ok {
		return true
	}
	// Names without packages: the path's "auth" or "session" would match any type.
	return frameworks.StoreTypeName.MatchString(cmp.Or(ssautil.NamedTypeName(recv.Type()), ssautil.BareTypeName(recv.Type()))) ||
		frameworks.StoreTypeName.MatchString(valueName(recv, map[ssa.Value]bool{}))
}

// findExtractors notes the functions of the package handed to middleware
// as token extractors: what they return is the credential.
func (c *checker) findExtractors() {
	for _, fn := range c.flow.SrcFuncs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					c.noteExtractors(call.Common())
				}
			}
		}
	}
}

// noteExtractors notes the extractors a call hands to middleware.
func (c *checker) noteExtractors(call *ssa.CallCommon) {
	obj := ssautil.Callee(call)
	if obj == nil {
		return
	}
	_, args := ssautil.SplitArgs(call)
	if e := c.flow.Model.TokenExtractors[obj.FullName()]; e != nil {
		if arg, ok := frameworks.Pick(args, e.Arg); ok {
			for _, f := range handlers.FuncsOf(arg) {
				c.extractors[f] = obj.Pkg().Name() + "." + obj.Name()
			}
		}
	}
}
