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
	"github.com/authvet/authvet/passes/guard"
	"github.com/authvet/authvet/passes/handlers"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "sessionrevoke",
	Doc:      docutil.MustExtractDoc(doc, "sessionrevoke"),
	URL:      docutil.URL("sessionrevoke"),
	Requires: []*analysis.Analyzer{authflow.Analyzer, handlers.Analyzer},
	Run:      guard.Run(run),
}

// Categories of sessionrevoke findings; anchors in docs/sessionrevoke.md.
const (
	categoryLogin           = "no-revoke-on-login"
	categoryPasswordChange  = "no-revoke-on-password-change"
	categoryPrivilegeChange = "no-revoke-on-privilege-change"
	categoryLogout          = "logout-keeps-session"
)

func run(pass *analysis.Pass) (any, error) {
	flow := pass.ResultOf[authflow.Analyzer].(*authflow.Result)
	if flow.Pkg == nil {
		return nil, nil // the package uses no web, session or token framework
	}
	hs := pass.ResultOf[handlers.Analyzer].(*handlers.Result)
	kept := sessionStorage(pass, flow)
	for _, h := range hs.Handlers {
		sum := flow.Summary(h.Fn)
		if d, ok := checkCredentialChange(h, sum, kept); ok {
			diag.Report(pass, d)
		}
		if d, ok := checkLogout(h, sum, kept); ok {
			diag.Report(pass, d)
		}
	}
	return nil, nil
}

// storage says where a package keeps its sessions, judged from the
// session operations of all its functions.
type storage struct {
	own bool // in a store of the program's own: a map, a sync.Map, a store type
	lib bool // in a session library that keeps them on the server (scs, gin-contrib)
}

// serverSide reports whether the package keeps sessions on the server,
// so that a session can outlive its cookie.
func (s storage) serverSide() bool { return s.own || s.lib }

// sessionStorage finds where the package keeps its sessions. Calls into
// a session library count only when the package does not import one
// that keeps sessions in the cookie.
func sessionStorage(pass *analysis.Pass, flow *authflow.Result) storage {
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
	return s
}

// isSessionOp reports whether k is an operation on server-side sessions.
func isSessionOp(k authflow.EventKind) bool {
	return k == authflow.SessionStore || k == authflow.SessionRevoke || k == authflow.SessionRenew
}

// checkCredentialChange reports a login, password change or privilege
// change handler that leaves the user's earlier sessions valid:
//
//   - a login or privilege change that adds an entry to the program's
//     own session store and revokes nothing;
//   - a password change (a handler named or routed like one that hashes
//     or sets a password) that revokes nothing, whether or not it adds
//     an entry, in a package that keeps its own sessions.
//
// Entries a session library keeps per browser (scs, gorilla,
// gin-contrib) are left to that library: it has no per-user index of
// sessions to revoke.
func checkCredentialChange(h *handlers.Handler, sum *authflow.Summary, kept storage) (analysis.Diagnostic, bool) {
	if sum.Has(authflow.SessionRevoke) {
		return analysis.Diagnostic{}, false // some earlier session is ended, here or in a helper
	}
	store := firstOwnStore(sum)
	pos := h.Fn.Pos()
	if store != nil {
		pos = store.Pos
	}
	var category, msg string
	switch {
	case h.Is(handlers.PasswordChange) && setsPassword(h.Fn):
		if store == nil && !kept.own {
			return analysis.Diagnostic{}, false // no server-side session of the program's to revoke
		}
		category = categoryPasswordChange
		msg = "password change handler %s does not revoke the user's existing sessions; a stolen session stays valid after the password is changed (CWE-613)"
	case h.Is(handlers.PrivilegeChange):
		if store == nil {
			return analysis.Diagnostic{}, false // privileges are not kept in a session it writes
		}
		category = categoryPrivilegeChange
		msg = "privilege change handler %s stores a new session without revoking the user's existing sessions; they keep the old privileges (CWE-613)"
	case h.Is(handlers.Login):
		if store == nil {
			return analysis.Diagnostic{}, false
		}
		category = categoryLogin
		msg = "login handler %s stores a new session without revoking the user's existing sessions; revoke them or they stay valid after a password change (CWE-613)"
	default:
		return analysis.Diagnostic{}, false
	}
	if !pos.IsValid() {
		return analysis.Diagnostic{}, false
	}
	return analysis.Diagnostic{Pos: pos, Category: category, Message: fmt.Sprintf(msg, h.Name())}, true
}

// setsPassword reports whether fn, or a function of its package that
// it calls, hashes a password or calls a function named for setting
// one (SetPassword, UpdatePassword): a "forgot password" handler that
// only mails a reset link changes nothing yet.
func setsPassword(fn *ssa.Function) bool {
	seen := map[*ssa.Function]bool{fn: true}
	work := []*ssa.Function{fn}
	for len(work) > 0 {
		fn := work[len(work)-1]
		work = work[:len(work)-1]
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				if obj := authflow.CalleeFunc(call.Common()); obj != nil &&
					(slices.Contains(frameworks.PasswordHashers, obj.FullName()) || frameworks.PasswordChangeName.MatchString(obj.Name())) {
					return true
				}
				callee := call.Common().StaticCallee()
				if callee != nil && callee.Pkg == fn.Pkg && callee.Blocks != nil && !seen[callee] {
					seen[callee] = true
					work = append(work, callee)
				}
			}
		}
	}
	return false
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
// stateless token have nothing server-side to end and are not reported.
func checkLogout(h *handlers.Handler, sum *authflow.Summary, kept storage) (analysis.Diagnostic, bool) {
	if !h.Is(handlers.Logout) || !kept.serverSide() {
		return analysis.Diagnostic{}, false
	}
	if sum.Has(authflow.SessionRevoke) || sum.Has(authflow.SessionRenew) {
		return analysis.Diagnostic{}, false // the entry is deleted, destroyed or replaced
	}
	del := deletedSessionCookie(sum)
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
func deletedSessionCookie(sum *authflow.Summary) *authflow.Event {
	for i, e := range sum.Events {
		if e.Kind != authflow.CookieSet || !e.Deleted || !e.Pos.IsValid() {
			continue
		}
		if e.Name == "" || frameworks.IsCredentialName(e.Name) {
			return &sum.Events[i]
		}
	}
	return nil
}
