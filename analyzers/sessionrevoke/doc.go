// Package sessionrevoke defines an Analyzer that reports handlers which
// leave server-side sessions valid when they should end them.
//
// # Analyzer sessionrevoke
//
// sessionrevoke: report logins, password changes and logouts that leave old sessions valid
//
// A session kept on the server (in a map or sync.Map held in a global or
// a struct field named for sessions or tokens, in a store type with
// Create, Set or Save methods, or in a store behind an interface that
// adds records of the kind it finds by the token a request presents:
// CreateClient beside GetClientByToken) lives until the program deletes
// it. Four handlers are reported (CWE-613, insufficient session
// expiration):
//
//   - a password change (a handler that hashes a new password, here or
//     in a helper, and is not a signup) that revokes nothing, in a
//     package that keeps such a store: a stolen session survives the
//     new password;
//   - a privilege change (a handler named like one that writes a role
//     field) that writes a new session entry and revokes nothing;
//   - a login that adds an entry while the session the request came
//     with stays valid next to it;
//   - a logout that deletes the session cookie (by expiring it, or with
//     fiber's ClearCookie) but not the server-side entry, in a package
//     that keeps one (its own store, or scs, gin-contrib/sessions or
//     fiber's session middleware): a copied cookie stays logged in.
//
// A login that keeps the user's other devices signed in is normal; with
// -single-session (a one-session-per-user policy) every login that
// revokes none of the user's sessions is reported.
//
// Deleting from the store (delete, sync.Map Delete, a Delete, Revoke or
// Destroy call on a session or token store, DeleteClientByID on a store
// that finds clients by token), adding a token to a denylist, scs Destroy, RenewToken, Remove or Clear, gin-contrib
// Clear or Delete, and fiber session Destroy, Reset or Regenerate count
// as revoking. At logout, and at login for the request's own session, so
// does a call named for ending one session, token or API key (an
// interface's DeleteAPIKeyByID) given an id derived from the request.
//
//	func changePassword(w http.ResponseWriter, r *http.Request) {
//		setPassword(user, r.FormValue("new")) // reported
//	}
//
// Revoke the user's existing sessions, e.g. with a
// DeleteUserSessions(user) call, or suppress the finding with
// //authvet:ignore sessionrevoke <reason>.
package sessionrevoke
