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
	// RandomFuncs are -authflow.random-funcs: calls whose result is a
	// freshly generated secret, as crypto/rand.Text's is (a token
	// generator of a library the tables do not describe, a KMS client).
	RandomFuncs frameworks.Names
	// CompareFuncs are -authflow.compare-funcs: calls that compare their
	// arguments with a stored secret, as subtle.ConstantTimeCompare
	// does.
	CompareFuncs frameworks.Names
}

// named reports whether ns holds obj, by its name or its full name.
func named(ns *frameworks.Names, obj *types.Func) bool {
	return ns.Has(obj.Name()) || ns.Has(obj.FullName())
}

// IsRandomFunc reports whether the user names obj a generator of fresh
// secrets.
func (n *Names) IsRandomFunc(obj *types.Func) bool { return named(&n.RandomFuncs, obj) }

// IsCompareFunc reports whether the user names obj a comparison with a
// stored secret.
func (n *Names) IsCompareFunc(obj *types.Func) bool { return named(&n.CompareFuncs, obj) }

// IsCredentialName reports whether name holds a bearer credential: the
// user names it so, or it follows frameworks.IsCredentialName.
func (n *Names) IsCredentialName(name string) bool {
	return n.Credentials.Has(name) || frameworks.IsCredentialName(name)
}

// IsRevokeMethod reports whether the user names obj a revocation of
// sessions.
func (n *Names) IsRevokeMethod(obj *types.Func) bool { return named(&n.RevokeMethods, obj) }

// IsStoreMethod reports whether the user names obj a store of a session.
func (n *Names) IsStoreMethod(obj *types.Func) bool { return named(&n.StoreMethods, obj) }
