package sessionops

import (
	"go/types"
	"slices"

	"github.com/authvet/authvet/passes/authevents"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/handlers"
)

// Storage says where a package keeps its sessions, judged from the
// session operations of all its functions.
type Storage struct {
	Own bool // in a store of the program's own: a map, a sync.Map, a store type
	Lib bool // in a session library that keeps them on the server (scs, gin-contrib)
	// Logins says the package has login handlers, and LoginStores that
	// one of them writes the session it signs the user in with into a
	// store of the program's own.
	Logins, LoginStores bool
}

// ServerSide reports whether the package keeps sessions on the server,
// so that a session can outlive its cookie.
func (s Storage) ServerSide() bool { return s.Own || s.Lib }

// LoggedInServerSide reports whether a login of the package creates a
// server-side session: a session library keeps one, or a login writes
// one into the program's own store. A store only other code writes (one-
// time login tokens a bot hands out, OAuth states) is not where signed-in
// users are; with no login in the package, any own store counts.
func (s Storage) LoggedInServerSide() bool {
	return s.Lib || s.LoginStores || (s.Own && !s.Logins)
}

// storageOf finds where the package keeps its sessions. Calls into a
// session library count only when the package does not import one that
// keeps sessions in the cookie.
func storageOf(pkg *types.Package, flow *authflow.Result, evs *authevents.Result, hs *handlers.Result) Storage {
	cookieBacked := slices.ContainsFunc(pkg.Imports(), func(p *types.Package) bool {
		return slices.Contains(frameworks.CookieSessionPackages, p.Path())
	})
	var s Storage
	for _, fn := range flow.SrcFuncs {
		for _, e := range evs.Of(fn).Events {
			switch {
			case !isSessionOp(e.Kind):
			case e.Lib == "":
				s.Own = true
			case !cookieBacked:
				s.Lib = true
			}
		}
	}
	for _, h := range hs.Handlers {
		if !h.Is(handlers.Login) {
			continue
		}
		s.Logins = true
		sinks, ops := flow.Summary(h.Fn).Sinks, evs.Of(h.Fn)
		for _, e := range ops.Events {
			if e.Lib == "" && (e.Kind == authevents.SessionStore || e.Kind == authevents.SessionRenew) && storesSignIn(sinks, ops, e) {
				s.LoginStores = true
			}
		}
	}
	return s
}

// storesSignIn reports whether a login's store write e keeps the session
// the login signs the user in with. A login that sends a cookie holding
// a credential the server minted (a signed JWT) and also revokes entries
// of its own store redeems one-time tokens there (go-pkgz/auth's pending
// Telegram login requests, deleted when used): the entries are not the
// signed-in session, unless the cookie carries the entry's key.
func storesSignIn(sinks []authflow.SinkHit, ops *authevents.Summary, e authevents.Event) bool {
	minted := false
	for _, hit := range sinks {
		if hit.Output != frameworks.ToCookie || !hit.Taint.Minted() {
			continue
		}
		minted = true
		for _, l := range hit.Taint {
			if l.Kind == authflow.Fresh && slices.Contains(e.Key, l) {
				return true // the cookie carries the entry's key
			}
		}
	}
	return !minted || !slices.ContainsFunc(ops.Events, func(r authevents.Event) bool {
		return r.Kind == authevents.SessionRevoke && r.Lib == ""
	})
}

// isSessionOp reports whether k is an operation on server-side sessions.
func isSessionOp(k authevents.Kind) bool {
	return k == authevents.SessionStore || k == authevents.SessionRevoke || k == authevents.SessionRenew
}
