package authflow

import (
	"go/types"

	"github.com/authvet/authvet/passes/frameworks"
)

// Names are the user's additions to the naming conventions that decide
// what a value or a call is, for code that names its things its own way
// (a cookie "auth_blob", a store method RevokeTenant). A name here
// decides alone; the conventions still apply to every other name.
type Names struct {
	// Credentials are -authflow.credential-names: request inputs,
	// variables and fields that hold a session token or credential.
	Credentials frameworks.Names
	// RevokeMethods are -authflow.revoke-methods: calls that revoke
	// sessions, whatever their bodies show.
	RevokeMethods frameworks.Names
	// StoreMethods are -authflow.store-methods: calls that store a
	// server-side session.
	StoreMethods frameworks.Names
}

// IsCredentialName reports whether name holds a bearer credential: the
// user names it so, or it follows frameworks.IsCredentialName.
func (n *Names) IsCredentialName(name string) bool {
	return n.Credentials.Has(name) || frameworks.IsCredentialName(name)
}

// userKind returns the session operation the user's names make a call to
// obj, by its name or its full name.
func (n *Names) userKind(obj *types.Func) (EventKind, bool) {
	named := func(ns *frameworks.Names) bool { return ns.Has(obj.Name()) || ns.Has(obj.FullName()) }
	switch {
	case named(&n.RevokeMethods):
		return SessionRevoke, true
	case named(&n.StoreMethods):
		return SessionStore, true
	}
	return 0, false
}
