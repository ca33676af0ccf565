// Package authevents defines an Analyzer that finds the session and
// credential operations of each function of a package.
//
// # Analyzer authevents
//
// authevents: find the session and credential operations each function performs
//
// authevents reads authflow's dataflow and records, for every function
// of the package, the operations it performs itself or through the
// functions it calls: a password verified, a password hashed to be
// stored, a session entry stored, sessions revoked or renewed, a role
// field written, and the keys new server-side sessions are stored under.
// Modelled library calls are known from the framework tables; the
// program's own stores (a map or sync.Map kept in a global or in a
// field, a store type of its own) are judged by what they hold and by
// the names of their types and fields; calls whose bodies authvet cannot
// see, by their names (the frameworks' naming conventions, and the
// user's -authflow.revoke-methods and -authflow.store-methods).
//
// An interface call of the program's own interface makes an operation
// that clears a finding (a revocation, a renewal) only if every
// implementation makes it. The summaries are computed callees first over
// the call graph components authflow gives, mutually recursive functions
// to a fixed point, and those of exported functions are facts, so that a
// helper of another package is judged where it is called. Its result is
// complete and immutable when its run returns. It reports nothing.
package authevents
