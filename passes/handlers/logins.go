package handlers

import (
	"go/types"
	"slices"

	"github.com/authvet/authvet/passes/frameworks"
)

// Logins are the user's login handlers, for code that names and routes
// them its own way: -handlers.login-paths=/signin-form and
// -handlers.login-names=EnterPortal. A handler named here is a login
// whatever it does; the conventions still decide for the others.
type Logins struct {
	// Paths are route paths of logins; a path registered under a group
	// (/auth/signin-form) counts by its end.
	Paths frameworks.Names
	// Names are logins by function name or types.Func.FullName.
	Names frameworks.Names
}

// logins holds the user's logins, set by the flags below.
var logins = Logins{
	Paths: frameworks.Names{Kind: frameworks.RoutePath},
	Names: frameworks.Names{Kind: frameworks.FuncName},
}

func init() {
	Analyzer.Flags.Var(&logins.Paths, "login-paths", "comma-separated route paths of handlers that log in (/signin-form)")
	Analyzer.Flags.Var(&logins.Names, "login-names", "comma-separated functions or methods that handle a login (Name or (*pkg/path.Type).Name)")
}

// has reports whether the user names h a login, by a route it takes
// writes at or by its function's name.
func (l *Logins) has(h *Handler) bool {
	if slices.ContainsFunc(h.writePaths, l.Paths.HasSuffix) {
		return true
	}
	if l.Names.Has(baseName(h.Fn)) {
		return true
	}
	obj, ok := h.Fn.Object().(*types.Func)
	return ok && l.Names.Has(obj.FullName())
}
