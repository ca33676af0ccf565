package sessionrevoke

import (
	_ "embed"
	"fmt"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/authflow"
	"github.com/authvet/authvet/passes/frameworks"
	"github.com/authvet/authvet/passes/handlers"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "sessionrevoke",
	Doc:      docutil.MustExtractDoc(doc, "sessionrevoke"),
	URL:      docutil.URL("sessionrevoke"),
	Requires: []*analysis.Analyzer{authflow.Analyzer, handlers.Analyzer},
	Run:      diag.Guard(run),
}

// Categories of sessionrevoke findings; anchors in docs/sessionrevoke.md.
const (
	categoryLogin           = "no-revoke-on-login"
	categoryPasswordChange  = "no-revoke-on-password-change"
	categoryPrivilegeChange = "no-revoke-on-privilege-change"
	categoryLogout          = "logout-keeps-session"
)

// singleSession, set by -sessionrevoke.single-session, reports every
// login that adds a session without revoking the user's others: for
// programs whose policy is one session per user.
var singleSession bool

func init() {
	Analyzer.Flags.BoolVar(&singleSession, "single-session", false,
		"report logins that keep the user's other sessions (a one-session-per-user policy)")
}

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	if flow.Pkg == nil {
		return nil, nil // library code, or nothing to analyze
	}
	hs := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	kept := sessionStorage(pass, flow, hs)
	for _, h := range hs.Handlers {
		sum := flow.Summary(h.Fn)
		for _, d := range []func(*handlers.Handler, *authflow.Summary, storage, *authflow.Result) (analysis.Diagnostic, bool){
			checkPasswordChange, checkPrivilegeChange, checkLogin, checkLogout,
		} {
			if d, ok := d(h, sum, kept, flow); ok && !hs.CallsHandler(h, d.Pos) {
				diag.Report(pass, d)
			}
		}
	}
	return nil, nil
}

// storage says where a package keeps its sessions, judged from the
// session operations of all its functions.
type storage struct {
	own bool // in a store of the program's own: a map, a sync.Map, a store type
	lib bool // in a session library that keeps them on the server (scs, gin-contrib)
	// logins says the package has login handlers, and loginStores that
	// one of them writes a session into a store of the program's own.
	logins, loginStores bool
}

// serverSide reports whether the package keeps sessions on the server,
// so that a session can outlive its cookie.
func (s storage) serverSide() bool { return s.own || s.lib }

// loggedInServerSide reports whether a login of the package creates a
// server-side session: a session library keeps one, or a login writes
// one into the program's own store. A store only other code writes (one-
// time login tokens a bot hands out, OAuth states) is not where signed-in
// users are; with no login in the package, any own store counts.
func (s storage) loggedInServerSide() bool {
	return s.lib || s.loginStores || (s.own && !s.logins)
}

// sessionStorage finds where the package keeps its sessions. Calls into
// a session library count only when the package does not import one
// that keeps sessions in the cookie.
func sessionStorage(pass *analysis.Pass, flow *authflow.Result, hs *handlers.Result) storage {
	cookieBacked := slices.ContainsFunc(pass.Pkg.Imports(), func(p *types.Package) bool {
		return slices.Contains(frameworks.CookieSessionPackages, p.Path())
	})
	var s storage
	for _, fn := range flow.SrcFuncs {
		for _, e := range flow.Summary(fn).Events {
			switch {
			case !isSessionOp(e.Kind):
			case e.Lib == "":
				s.own = true
			case !cookieBacked:
				s.lib = true
			}
		}
	}
	for _, h := range hs.Handlers {
		if !h.Is(handlers.Login) {
			continue
		}
		s.logins = true
		sum := flow.Summary(h.Fn)
		for _, e := range sum.Events {
			if e.Lib == "" && (e.Kind == authflow.SessionStore || e.Kind == authflow.SessionRenew) && storesSignIn(sum, e) {
				s.loginStores = true
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
func storesSignIn(sum *authflow.Summary, e authflow.Event) bool {
	minted := false
	for _, hit := range sum.Sinks {
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
	return !minted || !slices.ContainsFunc(sum.Events, func(r authflow.Event) bool {
		return r.Kind == authflow.SessionRevoke && r.Lib == ""
	})
}

// isSessionOp reports whether k is an operation on server-side sessions.
func isSessionOp(k authflow.EventKind) bool {
	return k == authflow.SessionStore || k == authflow.SessionRevoke || k == authflow.SessionRenew
}

// checkPasswordChange reports a handler that sets a password and
// revokes no session, in a package that keeps sessions on the server: a
// stolen session survives the new password. It is reported where the
// handler stores a new session, if it does, or at the handler.
func checkPasswordChange(h *handlers.Handler, sum *authflow.Summary, kept storage, _ *authflow.Result) (analysis.Diagnostic, bool) {
	if !h.Is(handlers.PasswordChange) || sum.Has(authflow.SessionRevoke) {
		return analysis.Diagnostic{}, false
	}
	store := firstOwnStore(sum)
	if store == nil && !kept.own {
		return analysis.Diagnostic{}, false // no server-side session of the program's to revoke
	}
	pos := h.Fn.Pos()
	if store != nil {
		pos = store.Pos
	}
	d := analysis.Diagnostic{
		Pos:      pos,
		Category: categoryPasswordChange,
		Message: fmt.Sprintf("password change handler %s does not revoke the user's existing sessions; a stolen session stays valid after the password is changed (CWE-613)",
			h.Name()),
	}
	if set := firstValid(sum, authflow.PasswordHash); set != nil && set.Pos != pos {
		d.Related = []analysis.RelatedInformation{{Pos: set.Pos, Message: "the new password is set here"}}
	}
	return d, pos.IsValid()
}

// checkPrivilegeChange reports a privilege change that writes a new
// session entry, so that privileges are kept in sessions, and revokes
// none: the old entries keep the old privileges.
func checkPrivilegeChange(h *handlers.Handler, sum *authflow.Summary, _ storage, _ *authflow.Result) (analysis.Diagnostic, bool) {
	if !h.Is(handlers.PrivilegeChange) || sum.Has(authflow.SessionRevoke) {
		return analysis.Diagnostic{}, false
	}
	store := firstOwnStore(sum)
	if store == nil {
		return analysis.Diagnostic{}, false // privileges are not kept in a session it writes
	}
	return analysis.Diagnostic{
		Pos:      store.Pos,
		Category: categoryPrivilegeChange,
		Message: fmt.Sprintf("privilege change handler %s stores a new session without revoking the user's existing sessions; they keep the old privileges (CWE-613)",
			h.Name()),
	}, true
}

// checkLogin reports a login that adds an entry to the program's own
// session store and leaves the session the request came with valid next
// to it. With -single-session, any login that revokes none of the
// user's other sessions is reported. Other devices staying signed in is
// otherwise normal.
func checkLogin(h *handlers.Handler, sum *authflow.Summary, _ storage, flow *authflow.Result) (analysis.Diagnostic, bool) {
	if !h.Is(handlers.Login) || sum.Has(authflow.SessionRevoke) {
		return analysis.Diagnostic{}, false
	}
	store := firstOwnStore(sum)
	if store == nil {
		return analysis.Diagnostic{}, false
	}
	if singleSession {
		return analysis.Diagnostic{
			Pos:      store.Pos,
			Category: categoryLogin,
			Message: fmt.Sprintf("login handler %s stores a new session without revoking the user's existing sessions; revoke them for a one-session-per-user policy (CWE-613)",
				h.Name()),
		}, true
	}
	if h.RevokesOwn {
		return analysis.Diagnostic{}, false // the request's own session is ended
	}
	old, ok := incomingSession(h.Fn, flow)
	if !ok || slices.Contains(store.Key, old) {
		return analysis.Diagnostic{}, false // none, or it becomes the new session: fixation, for tokenecho
	}
	return analysis.Diagnostic{
		Pos:      store.Pos,
		Category: categoryLogin,
		Message: fmt.Sprintf("login handler %s stores a new session but leaves the one the request came with (cookie %q) valid; delete it from the store (CWE-613)",
			h.Name(), old.Name),
		Related: []analysis.RelatedInformation{{Pos: old.Pos, Message: "the request's session read here"}},
	}, true
}

// incomingSession returns where fn reads the session cookie the request
// came with, if it does.
func incomingSession(fn *ssa.Function, flow *authflow.Result) (authflow.Label, bool) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			v, ok := instr.(ssa.Value)
			if !ok {
				continue
			}
			for _, l := range flow.Taint(fn, v).Inputs() {
				if l.Input == frameworks.Cookie && l.Pos.IsValid() && flow.Names.IsCredentialName(l.Name) {
					return l, true
				}
			}
		}
	}
	return authflow.Label{}, false
}

// firstValid returns the first event of kind k with a position here.
func firstValid(sum *authflow.Summary, k authflow.EventKind) *authflow.Event {
	for i, e := range sum.Events {
		if e.Kind == k && e.Pos.IsValid() {
			return &sum.Events[i]
		}
	}
	return nil
}

// firstOwnStore returns the first entry the handler adds to a session
// store of the program's own, or nil.
func firstOwnStore(sum *authflow.Summary) *authflow.Event {
	var first *authflow.Event
	for i, e := range sum.Events {
		if e.Kind != authflow.SessionStore || e.Lib != "" || !e.Pos.IsValid() {
			continue
		}
		if first == nil || e.Pos < first.Pos {
			first = &sum.Events[i]
		}
	}
	return first
}

// checkLogout reports a logout handler that deletes the session cookie
// but ends no server-side session: whoever copied the cookie stays
// logged in. Packages whose sessions live only in the cookie or in a
// stateless token have nothing server-side to end and are not reported,
// nor are those whose logins write no session to their own store.
func checkLogout(h *handlers.Handler, sum *authflow.Summary, kept storage, flow *authflow.Result) (analysis.Diagnostic, bool) {
	if !h.Is(handlers.Logout) || !kept.loggedInServerSide() {
		return analysis.Diagnostic{}, false
	}
	if sum.Has(authflow.SessionRevoke) || sum.Has(authflow.SessionRenew) || h.RevokesOwn {
		return analysis.Diagnostic{}, false // the entry is deleted, destroyed or replaced
	}
	del := deletedSessionCookie(sum, &flow.Names)
	if del == nil {
		return analysis.Diagnostic{}, false
	}
	cookie := "the session cookie"
	if del.Name != "" {
		cookie = fmt.Sprintf("cookie %q", del.Name)
	}
	return analysis.Diagnostic{
		Pos:      del.Pos,
		Category: categoryLogout,
		Message: fmt.Sprintf("logout handler %s deletes %s but leaves its server-side session valid; delete the session from the store (CWE-613)",
			h.Name(), cookie),
	}, true
}

// deletedSessionCookie returns the first cookie the handler expires that
// may carry the session: one with a credential-like name, or one whose
// name is not constant.
func deletedSessionCookie(sum *authflow.Summary, names *authflow.Names) *authflow.Event {
	for i, e := range sum.Events {
		if e.Kind != authflow.CookieSet || !e.Deleted || !e.Pos.IsValid() {
			continue
		}
		if e.Name == "" || names.IsCredentialName(e.Name) {
			return &sum.Events[i]
		}
	}
	return nil
}
