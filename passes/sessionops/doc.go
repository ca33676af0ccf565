// Package sessionops defines an Analyzer that describes what a package
// does with server-side sessions.
//
// # Analyzer sessionops
//
// sessionops: describe where a package keeps its sessions and what each handler does to them
//
// sessionops reads authevents' per-function operations and the handlers
// found by the handlers pass. It records where the package keeps its
// sessions (a store of the program's own, a session library that keeps
// them on the server, or only the cookie), whether its logins write
// the signed-in session into its own store, and, for each handler, the
// session operations that checks judge: the first entry it adds to the
// program's own store, whether it revokes or renews sessions, where it
// sets a password, the session cookie the request came with and the
// session cookie it deletes. Its result is complete and immutable when
// its run returns. It reports nothing.
package sessionops
