package authevents

import (
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/ssautil"
)

// classify recognizes session and credential operations: modelled
// calls, keyed map (sync.Map) stores, and, by name, calls whose bodies
// authvet cannot see (interface methods, packages outside the analysis).
// calls are the calls the call of obj stands for, as Calls gives them.
func (s scope) classify(obj *types.Func, recv ssa.Value, calls []*ssa.CallCommon) (Kind, bool) {
	m := s.flow.Model
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
	case s.flow.Names.IsRevokeMethod(obj):
		return SessionRevoke, true
	case s.flow.Names.IsStoreMethod(obj):
		return SessionStore, true
	}
	if obj.Pkg() == nil {
		return 0, false
	}
	lib := m.LibOf(obj)
	var keyedMap bool // a method of a keyed map (sync.Map)
	if r := obj.Signature().Recv(); r != nil && recv != nil {
		keyedMap = m.KeyedMaps[ssautil.QualifiedTypeName(r.Type())] != nil
	}
	if recv != nil && lib == "" && !keyedMap && s.match(frameworks.StoreVerbName, obj.Name()) {
		if _, ok := s.denylist(recv); ok {
			return SessionRevoke, true // denied.Add(token, expiry) revokes the token
		}
	}
	if keyedMap {
		return s.keyedMapOp(name, recv)
	}
	if authflow.IsStdlib(obj.Pkg().Path()) || m.Index.Sources[name] != nil {
		return 0, false
	}
	short := obj.Name()
	if s.match(frameworks.CredentialCheckName, short) {
		return CredentialCheck, true
	}
	if revokes, known := s.calleesRevoke(calls); known {
		// Analyzed: its body says what it does, not its name; but a body
		// that ends sessions through a database (DELETE FROM sessions)
		// shows nothing, and a revocation by name only ever hides a
		// finding.
		if !revokes && s.revokeName(short) && s.aboutSessions(obj, recv) {
			return SessionRevoke, true
		}
		return 0, false
	}
	switch {
	case s.match(frameworks.PasswordSetName, short):
		return PasswordHash, true
	case s.match(frameworks.PrivilegeChangeName, short):
		return RoleWrite, true
	case s.match(frameworks.SessionRenewName, short):
		return SessionRenew, true
	case s.revokeName(short) && s.aboutSessions(obj, recv):
		return SessionRevoke, true
	case s.match(frameworks.SessionStoreName, short):
		return SessionStore, true
	case recv != nil && lib == "" && addsCredential(obj, recv.Type()):
		return SessionStore, true // CreateClient on a store that has GetClientByToken
	case s.match(frameworks.StoreVerbName, short) && recv != nil && lib == "" && holdsSessions(recv.Type()):
		return SessionStore, true // sessions.Set(id, user) on the program's own store type
	}
	return 0, false
}

// keyedMapOp classifies the call of the keyed map method name on recv:
// a put into a denylist revokes a token, a put into a session store
// stores a session, a removal from one revokes it.
func (s scope) keyedMapOp(name string, recv ssa.Value) (Kind, bool) {
	m := s.flow.Model
	if _, ok := s.denylist(recv); ok {
		if m.MapPuts[name] {
			return SessionRevoke, true // adding a token to a denylist revokes it
		}
		return 0, false
	}
	if _, ok := s.storeMap(recv); !ok {
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

// calleesRevoke reports whether authvet knows the body of one of the
// functions a call may reach, calls, and whether every one of them
// revokes sessions. The
// engine knows the functions of the package and the exported ones it
// summarized in others; this pass, those whose summaries it exported.
func (s scope) calleesRevoke(calls []*ssa.CallCommon) (revokes, known bool) {
	n := 0
	for _, ic := range calls {
		sum := s.own.Callee(ic)
		if sum != nil || s.flow.Summarized(ic) {
			known = true
		}
		if sum.Has(SessionRevoke) {
			n++
		}
	}
	return known && n == len(calls), known
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
func (s scope) revokeName(name string) bool {
	return s.match(frameworks.SessionRevokeName, name) || s.match(frameworks.RevokeEffectName, name)
}

// aboutSessions reports whether a call named like a revocation acts on
// sessions or tokens: by a name that says so (DeleteSession, RevokeAll,
// Logout), by its receiver's type name (SessionStore, AuthStore) or
// shape (a credential store), or by the receiver's package
// (sessions.Store). A package merely named auth
// does not make auth.UserRepo.Delete a revocation.
func (s scope) aboutSessions(obj *types.Func, recv ssa.Value) bool {
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
