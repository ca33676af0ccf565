package authflow

import (
	"go/token"
	"go/types"
	"maps"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// collect adds what instr contributes to the summary: returned origins,
// values sent to the client and session operations.
func (f *flow) collect(instr ssa.Instruction, sum *Summary) {
	switch in := instr.(type) {
	case *ssa.Return:
		for i, r := range in.Results {
			if i < len(sum.Results) {
				sum.Results[i], _ = sum.Results[i].union(f.taint[r])
			}
		}
	case *ssa.MapUpdate:
		if name, ok := f.denylist(in.Map); ok {
			sum.Events = append(sum.Events, Event{Kind: SessionRevoke, Name: name, Pos: in.Pos()})
			break // adding a token to a denylist revokes it
		}
		if name, ok := f.storeMap(in.Map); ok {
			f.storeEntry(sum, in, name, in.Key, []ssa.Value{in.Value}, in.Pos())
		}
	case *ssa.Store:
		if fa, ok := in.Addr.(*ssa.FieldAddr); ok {
			if field := ssautil.FieldName(fa.X.Type(), fa.Field); frameworks.RoleFieldName.MatchString(field) {
				sum.Events = append(sum.Events, Event{Kind: RoleWrite, Name: field, Pos: in.Pos()})
			}
		}
	case ssa.CallInstruction:
		f.collectCall(in, sum)
	}
}

// collectCall records sinks and session events of one call.
func (f *flow) collectCall(call ssa.CallInstruction, sum *Summary) {
	c := direct(f.r.Pkg.Prog, call.Common())
	pos := c.Pos()
	if b, ok := c.Value.(*ssa.Builtin); ok {
		if b.Name() == "delete" && len(c.Args) > 0 {
			if name, ok := f.storeMap(c.Args[0]); ok {
				sum.Events = append(sum.Events, Event{Kind: SessionRevoke, Name: name, Pos: pos})
			}
		}
		return
	}
	f.collectCallbacks(c, sum)
	recv, args := ssautil.SplitArgs(c)
	m := f.r.Model
	if obj := ssautil.Callee(c); obj != nil {
		name := obj.FullName()
		for _, s := range m.Sinks[name] {
			if hit, ok := f.sinkHit(s, recv, args, pos); ok {
				sum.Sinks = append(sum.Sinks, hit)
			}
		}
		if kind, ok := f.classify(obj, recv, c); ok {
			switch lib := f.r.libOf(obj); {
			case kind == PasswordHash:
				sum.Events = append(sum.Events, Event{Kind: kind, Name: obj.Name(), Key: f.stringArgs(args), NewRecord: hashIntoNewRecord(call), Lib: lib, Pos: pos})
			case kind == CredentialCheck:
				e := Event{Kind: kind, Name: obj.Name(), Lib: lib, Pos: pos}
				if recv != nil || len(args) > 1 {
					// it verifies a value against another, not a password
					// policy or a format alone
					e.Key = f.stringArgs(args)
				}
				sum.Events = append(sum.Events, e)
			case kind != SessionStore:
				sum.Events = append(sum.Events, Event{Kind: kind, Name: obj.Name(), Lib: lib, Pos: pos})
			case lib != "":
				key := f.storeKey(args)
				sum.Events = append(sum.Events, Event{Kind: kind, Name: obj.Name(), Key: key, Lib: lib, Pos: pos})
				sum.Sinks = append(sum.Sinks, SinkHit{Output: frameworks.ToSessionKey, Name: obj.Name(), Taint: key, Pos: pos, Adopted: f.adoptedAt(call, f.storeKeyArg(args), pos)})
			default:
				if key := f.storeKeyArg(args); key != nil {
					f.storeEntry(sum, call, obj.Name(), key, slices.DeleteFunc(slices.Clone(args), func(a ssa.Value) bool { return a == key }), pos)
				} else {
					sum.Events = append(sum.Events, Event{Kind: kind, Name: obj.Name(), Pos: pos})
				}
			}
		}
	}
	if impls := f.r.implementations(c); impls != nil {
		f.collectImpls(call, c, impls, sum)
		return
	}
	if callee := f.calleeSummary(c); callee != nil {
		f.collectCallee(call, c, callee, sum)
	}
}

// collectImpls adds what the implementations an interface call may
// reach do: any sink one of them reaches, any event one of them makes,
// but an event that clears a finding only if all of them make it.
func (f *flow) collectImpls(call ssa.CallInstruction, c *ssa.CallCommon, impls []*ssa.Function, sum *Summary) {
	var events []Event
	has := map[EventKind]int{}
	for _, impl := range impls {
		ic := implCall(c, impl)
		callee := f.calleeSummary(ic)
		if callee == nil {
			continue
		}
		one := &Summary{}
		f.collectCallee(call, ic, callee, one)
		countKinds(has, one.Events)
		events = append(events, one.Events...)
		sum.Sinks = append(sum.Sinks, one.Sinks...)
	}
	sum.Events = append(sum.Events, keepMust(events, has, len(impls))...)
}

// collectCallee adds the sinks and events of callee, the
// summary of the function c calls, mapped onto c's arguments.
func (f *flow) collectCallee(call ssa.CallInstruction, c *ssa.CallCommon, callee *Summary, sum *Summary) {
	pos := c.Pos()
	act := f.actuals(c)
	for _, h := range callee.Sinks {
		if h.Output == frameworks.ToSessionKey && !h.Adopted.IsValid() {
			h.Adopted = f.adoptedAt(call, paramArg(h.Taint, c), pos)
		}
		h.Taint, h.Pos = h.Taint.subst(act, pos), pos
		sum.Sinks = append(sum.Sinks, h)
	}
	for _, e := range callee.Events {
		e.Key, e.Pos = e.Key.subst(act, pos), pos
		if e.Kind == PasswordHash && !e.NewRecord {
			e.NewRecord = hashIntoNewRecord(call)
		}
		sum.Events = append(sum.Events, e)
	}
}

// sinkHit returns what a call matching sink s sends to the client.
func (f *flow) sinkHit(s *frameworks.Sink, recv ssa.Value, args []ssa.Value, pos token.Pos) (SinkHit, bool) {
	if s.Writer != 0 && !f.isResponse(ssautil.Arg(args, s.Writer)) {
		return SinkHit{}, false
	}
	if len(s.Recv) > 0 && !f.fromResponseCall(recv, s.Recv) {
		return SinkHit{}, false
	}
	arg := ssautil.Arg(args, s.Arg)
	if arg == nil {
		return SinkHit{}, false
	}
	var t Taint
	if s.Field != "" {
		t = f.fieldTaint(arg, s.Field)
	} else {
		t = f.deepTaint(arg)
	}
	return SinkHit{Output: s.Output, Name: ssautil.ArgString(args, s.NameArg), Taint: t, Pos: pos}, true
}

// isResponse reports whether v is an HTTP response writer.
func (f *flow) isResponse(v ssa.Value) bool {
	if v == nil {
		return false
	}
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeInterface:
			v = x.X
			continue
		}
		return f.r.Model.IsResponse(v.Type())
	}
}

// fromResponseCall reports whether v is the result of one of the calls
// named, made on or with an HTTP response.
func (f *flow) fromResponseCall(v ssa.Value, calls []string) bool {
	call, obj := ssautil.CallOf(v)
	if obj == nil {
		return false
	}
	for _, name := range calls {
		if obj.FullName() != name {
			continue
		}
		recv, args := ssautil.SplitArgs(call.Common())
		if recv != nil {
			return true // a method of the response itself
		}
		return len(args) > 0 && f.isResponse(args[0])
	}
	return false
}

// classify recognizes session and credential operations: modelled
// calls, keyed map (sync.Map) stores, and, by name, calls whose bodies authvet cannot
// see (interface methods, packages outside the analysis).
func (f *flow) classify(obj *types.Func, recv ssa.Value, c *ssa.CallCommon) (EventKind, bool) {
	m := f.r.Model
	name := obj.FullName()
	switch {
	case m.CredentialCheck[name]:
		return CredentialCheck, true
	case m.PasswordHashers[name]:
		return PasswordHash, true
	case m.Renewers[name]:
		return SessionRenew, true
	case m.Revokers[name]:
		return SessionRevoke, true
	case m.Stores[name]:
		return SessionStore, true
	}
	if kind, ok := f.r.Names.userKind(obj); ok {
		return kind, true
	}
	if obj.Pkg() == nil {
		return 0, false
	}
	var keyedMap bool // a method of a keyed map (sync.Map)
	if r := obj.Signature().Recv(); r != nil && recv != nil {
		keyedMap = m.KeyedMaps[ssautil.QualifiedTypeName(r.Type())] != nil
	}
	if recv != nil && f.r.libOf(obj) == "" && !keyedMap && f.r.match(frameworks.StoreVerbName, obj.Name()) {
		if _, ok := f.denylist(recv); ok {
			return SessionRevoke, true // denied.Add(token, expiry) revokes the token
		}
	}
	if keyedMap {
		if _, ok := f.denylist(recv); ok {
			if m.MapPuts[name] {
				return SessionRevoke, true // adding a token to a denylist revokes it
			}
			return 0, false
		}
		if _, ok := f.storeMap(recv); !ok {
			return 0, false
		}
		switch {
		case m.MapPuts[name]:
			return SessionStore, true
		case m.MapRemoves[name]:
			return SessionRevoke, true
		}
		return 0, false
	}
	if isStdlib(obj.Pkg().Path()) || f.r.Model.Index.Sources[name] != nil {
		return 0, false
	}
	short := obj.Name()
	if f.r.match(frameworks.CredentialCheckName, short) {
		return CredentialCheck, true
	}
	if sum := f.calleeSummary(c); sum != nil {
		// Analyzed: its body says what it does, not its name; but a body
		// that ends sessions through a database (DELETE FROM sessions)
		// shows nothing, and a revocation by name only ever hides a
		// finding.
		if !sum.Has(SessionRevoke) && f.r.revokeName(short) && f.aboutSessions(obj, recv) {
			return SessionRevoke, true
		}
		return 0, false
	}
	switch {
	case f.r.match(frameworks.PasswordSetName, short):
		return PasswordHash, true
	case f.r.match(frameworks.PrivilegeChangeName, short):
		return RoleWrite, true
	case f.r.match(frameworks.SessionRenewName, short):
		return SessionRenew, true
	case f.r.revokeName(short) && f.aboutSessions(obj, recv):
		return SessionRevoke, true
	case f.r.match(frameworks.SessionStoreName, short):
		return SessionStore, true
	case recv != nil && f.r.libOf(obj) == "" && addsCredential(obj, recv.Type()):
		return SessionStore, true // CreateClient on a store that has GetClientByToken
	case f.r.match(frameworks.StoreVerbName, short) && recv != nil && f.r.libOf(obj) == "" && holdsSessions(recv.Type()):
		return SessionStore, true // sessions.Set(id, user) on the program's own store type
	}
	return 0, false
}

// holdsSessions reports whether t, or what it points to, is a named type
// whose name says it holds sessions or tokens (SessionStore, TokenRepo);
// the package path is not considered, so auth.UserRepo does not qualify.
func holdsSessions(t types.Type) bool {
	t = ssautil.Deref(t)
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	name := n.Obj().Name()
	return frameworks.SessionHolderName.MatchString(name) && !frameworks.NotStoreName.MatchString(name)
}

// revokeName matches calls named for ending sessions or entries.
func (r *Result) revokeName(name string) bool {
	return r.match(frameworks.SessionRevokeName, name) || r.match(frameworks.RevokeEffectName, name)
}

// match reports whether re matches s. classify asks the conventions'
// case-insensitive regexps, slow to run, about the same few names at
// every call of every pass of the solve, so run keeps the answers.
func (r *Result) match(re *regexp.Regexp, s string) bool {
	return remember(r, r.matches, matchKey{re, s}, func() bool { return re.MatchString(s) })
}

// matchKey identifies a question to match.
type matchKey struct {
	re *regexp.Regexp
	s  string
}

// aboutSessions reports whether a call named like a revocation acts on
// sessions or tokens: by a name that says so (DeleteSession, RevokeAll,
// Logout), by its receiver's type name (SessionStore, AuthStore) or
// shape (a credential store), or by the receiver's package
// (sessions.Store). A package merely named auth
// does not make auth.UserRepo.Delete a revocation.
func (f *flow) aboutSessions(obj *types.Func, recv ssa.Value) bool {
	if frameworks.StoreTypeName.MatchString(obj.Name()) || frameworks.RevokeVerbName.MatchString(obj.Name()) {
		return true
	}
	if recv == nil {
		return false
	}
	t := ssautil.Deref(recv.Type())
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	if frameworks.StoreTypeName.MatchString(n.Obj().Name()) || endsCredential(obj, recv.Type()) {
		return true
	}
	return n.Obj().Pkg() != nil && frameworks.SessionHolderName.MatchString(n.Obj().Pkg().Name())
}

// storeMap reports whether m is a long-lived map or sync.Map that holds
// sessions or tokens, judging by the name of the global or field it is
// kept in, or by its type; it returns that name. Denylists of revoked
// tokens and maps named for something else (counters, one-time tokens of
// other flows) are not session stores.
func (f *flow) storeMap(m ssa.Value) (string, bool) {
	name, holder, ok := f.longLived(m)
	switch {
	case !ok || frameworks.NotStoreName.MatchString(name) || frameworks.DenylistName.MatchString(name):
		return "", false
	case holder, frameworks.StoreTypeName.MatchString(name),
		// a map holds sessions by its element types (map[string]*Session),
		// not by where they are declared
		frameworks.StoreTypeName.MatchString(ssautil.BareTypeName(m.Type())):
		return name, true
	}
	return "", false
}

// denylist reports whether m is a long-lived map or sync.Map of revoked
// tokens, judging by its name; it returns that name.
func (f *flow) denylist(m ssa.Value) (string, bool) {
	name, _, ok := f.longLived(m)
	if !ok || !frameworks.DenylistName.MatchString(name) {
		return "", false
	}
	return name, true
}

// longLived returns the name of the global or field that holds the map
// m, and whether it is a field of a session store type; ok is false for
// local maps and maps handed in by the caller.
func (f *flow) longLived(m ssa.Value) (name string, holder, ok bool) {
	root, path := f.addr(m)
	switch r := root.(type) {
	case *ssa.Global:
		if f.r.tables[r] {
			return "", false, false // a constant table
		}
		name = r.Name() + path
	case *ssa.Parameter, *ssa.FreeVar:
		if path == "" {
			return "", false, false // a map handed in by the caller
		}
		name = path
		holder = holdsSessions(r.Type())
	default:
		ld, ok := root.(*ssa.UnOp)
		if !ok {
			return "", false, false // a local map
		}
		fa, ok := ld.X.(*ssa.FieldAddr)
		if !ok {
			return "", false, false
		}
		_, name = f.addr(fa)
	}
	return strings.TrimLeft(name, "*."), holder, true
}

// storeKey returns the origins of the key of a new session entry.
func (f *flow) storeKey(args []ssa.Value) Taint {
	if k := f.storeKeyArg(args); k != nil {
		return f.deepTaint(k)
	}
	return nil
}

// stringArgs returns the origins of the string and byte-slice
// arguments: the password a hashing call hashes.
func (f *flow) stringArgs(args []ssa.Value) Taint {
	var t Taint
	for _, a := range args {
		v := a
		if mi, ok := a.(*ssa.MakeInterface); ok {
			v = mi.X
		}
		if ssautil.IsStringish(v.Type()) {
			t, _ = t.union(f.deepTaint(a))
		}
	}
	return t
}

// storeKeyArg returns the key argument of a store call: the first string
// argument, also when passed as an interface (sync.Map's Store(key,
// value any)).
func (f *flow) storeKeyArg(args []ssa.Value) ssa.Value {
	for _, a := range args {
		v := a
		if mi, ok := a.(*ssa.MakeInterface); ok {
			v = mi.X
		}
		if b, ok := v.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return a
		}
	}
	return nil
}

// storeEntry records an entry written to the program's own store of
// sessions or tokens, named name, under key with values. What the entry
// does depends on what it holds: a session (a user, a session struct)
// makes a new session; only marks (a time, a flag, an empty struct) make
// a denylist or last-seen table, where the request's own token marked is
// a revocation and anything else nothing of note.
func (f *flow) storeEntry(sum *Summary, at ssa.Instruction, name string, key ssa.Value, values []ssa.Value, pos token.Pos) {
	kt := f.deepTaint(key)
	if len(values) > 0 && !slices.ContainsFunc(values, func(v ssa.Value) bool { return !f.isMark(v) }) {
		if len(kt.Inputs()) > 0 {
			sum.Events = append(sum.Events, Event{Kind: SessionRevoke, Name: name, Pos: pos})
		}
		return
	}
	sum.Events = append(sum.Events, Event{Kind: SessionStore, Name: name, Key: kt, Pos: pos})
	sum.Sinks = append(sum.Sinks, SinkHit{Output: frameworks.ToSessionKey, Name: name, Taint: kt, Pos: pos, Adopted: f.adoptedAt(at, key, pos)})
}

// isMark reports whether v is a value a denylist or last-seen table
// keeps per token, rather than a session: a time or duration (also as
// Unix seconds), a boolean or an empty struct.
func (f *flow) isMark(v ssa.Value) bool {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	marks := func(pkg *types.Package) bool { return pkg != nil && f.r.Model.MarkPackages[pkg.Path()] }
	if _, obj := ssautil.CallOf(v); obj != nil && marks(obj.Pkg()) {
		return true // time.Now(), t.Add(ttl).Unix()
	}
	t := types.Unalias(v.Type())
	if n, ok := t.(*types.Named); ok && marks(n.Obj().Pkg()) {
		return true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&types.IsBoolean != 0
	case *types.Struct:
		return u.NumFields() == 0
	}
	return false
}

// collectWrites records, for the summary, fields written through
// parameters and into returned values.
func (f *flow) collectWrites(sum *Summary) {
	for i, p := range f.fn.Params {
		sum.Writes = f.writesUnder(sum.Writes, p, "", i)
	}
	for i, fv := range f.fn.FreeVars {
		sum.FreeWrites = f.writesUnder(sum.FreeWrites, fv, "", i)
	}
	for _, b := range f.fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		for i, r := range ret.Results {
			root, base := f.addr(r)
			sum.Writes = f.writesUnder(sum.Writes, root, base, -1-i)
		}
	}
}

// writesUnder adds to writes a Write for each store below root and
// base; for a parameter, a store through it as a whole (*p = v, decoding
// into p) counts too.
func (f *flow) writesUnder(writes []Write, root ssa.Value, base string, param int) []Write {
	for _, path := range slices.Sorted(maps.Keys(f.mem[root])) {
		stored := f.mem[root][path]
		rest, ok := strings.CutPrefix(path, base)
		if !ok || rest == "" && param < 0 {
			continue // a returned value itself is its result's taint, not a write
		}
		for _, s := range stored {
			w := Write{Param: param, Path: rest, Taint: s.Taint}
			if s.Value != nil {
				w.Taint, _ = w.Taint.union(f.deepTaint(s.Value))
			}
			if s.Const != nil {
				w.Const = s.Const.ExactString()
			}
			writes = append(writes, w)
		}
	}
	return writes
}

// IsStdlib reports whether path is a standard library package.
func IsStdlib(path string) bool { return isStdlib(path) }

//go:generate go run gen_stdroots.go

// isStdlib reports whether path is a standard library package, by its
// first element (a dotless path is not enough: GOPATH-style test
// packages have none either).
func isStdlib(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return stdRoots[first]
}

// paramIndex returns the index of the parameter v is, or -1.
func (f *flow) paramIndex(v ssa.Value) int {
	if v == nil {
		return -1
	}
	root, path := f.addr(v)
	if p, ok := root.(*ssa.Parameter); ok && path == "" {
		for i, q := range f.fn.Params {
			if q == p {
				return i
			}
		}
	}
	return -1
}
