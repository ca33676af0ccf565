package sessionrevoke

import (
	_ "embed"
	"fmt"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/authvet/authvet/analyzers/internal/diag"
	"github.com/authvet/authvet/analyzers/internal/docutil"
	"github.com/authvet/authvet/passes/handlers"
	"github.com/authvet/authvet/passes/sessionops"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "sessionrevoke",
	Doc:      docutil.MustExtractDoc(doc, "sessionrevoke"),
	URL:      docutil.URL("sessionrevoke"),
	Requires: []*analysis.Analyzer{handlers.Analyzer, sessionops.Analyzer},
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
	ops := pass.ResultOf[sessionops.Analyzer].(*sessionops.Result)
	hs := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	for _, h := range ops.Handlers {
		for _, check := range []func(*sessionops.Ops, sessionops.Storage) (analysis.Diagnostic, bool){
			checkPasswordChange, checkPrivilegeChange, checkLogin, checkLogout,
		} {
			if d, ok := check(h, ops.Storage); ok && !hs.CallsHandler(h.Handler, d.Pos) {
				diag.Report(pass, d)
			}
		}
	}
	return nil, nil
}

// checkPasswordChange reports a handler that sets a password and
// revokes no session, in a package that keeps sessions on the server: a
// stolen session survives the new password. It is reported where the
// handler stores a new session, if it does, or at the handler.
func checkPasswordChange(ops *sessionops.Ops, kept sessionops.Storage) (analysis.Diagnostic, bool) {
	h := ops.Handler
	if !h.Is(handlers.PasswordChange) || ops.Revokes {
		return analysis.Diagnostic{}, false
	}
	store := ops.Store
	if store == nil && !kept.Own {
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
	if set := ops.PasswordSet; set != nil && set.Pos != pos {
		d.Related = []analysis.RelatedInformation{{Pos: set.Pos, Message: "the new password is set here"}}
	}
	return d, pos.IsValid()
}

// checkPrivilegeChange reports a privilege change that writes a new
// session entry, so that privileges are kept in sessions, and revokes
// none: the old entries keep the old privileges.
func checkPrivilegeChange(ops *sessionops.Ops, _ sessionops.Storage) (analysis.Diagnostic, bool) {
	h := ops.Handler
	if !h.Is(handlers.PrivilegeChange) || ops.Revokes {
		return analysis.Diagnostic{}, false
	}
	store := ops.Store
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
func checkLogin(ops *sessionops.Ops, _ sessionops.Storage) (analysis.Diagnostic, bool) {
	h := ops.Handler
	if !h.Is(handlers.Login) || ops.Revokes {
		return analysis.Diagnostic{}, false
	}
	store := ops.Store
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
	old := ops.Incoming
	if !ops.HasIncoming || slices.Contains(store.Key, old) {
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

// checkLogout reports a logout handler that deletes the session cookie
// but ends no server-side session: whoever copied the cookie stays
// logged in. Packages whose sessions live only in the cookie or in a
// stateless token have nothing server-side to end and are not reported,
// nor are those whose logins write no session to their own store.
func checkLogout(ops *sessionops.Ops, kept sessionops.Storage) (analysis.Diagnostic, bool) {
	h := ops.Handler
	if !h.Is(handlers.Logout) || !kept.LoggedInServerSide() {
		return analysis.Diagnostic{}, false
	}
	if ops.Revokes || ops.Renews || h.RevokesOwn {
		return analysis.Diagnostic{}, false // the entry is deleted, destroyed or replaced
	}
	del := ops.DeletedCookie
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
