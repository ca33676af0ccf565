// Package sessionrevoke defines an Analyzer that reports handlers which
// leave server-side sessions valid when they should end them.
//
// # Analyzer sessionrevoke
//
// sessionrevoke: report logins, password changes and logouts that leave old sessions valid
//
// A session kept on the server (in a map or sync.Map held in a global or
// a struct field named for sessions or tokens, or in a store type with
// Create, Set or Save methods) lives until the program deletes it. Four
// handlers are reported (CWE-613, insufficient session expiration):
//
//   - a login that adds an entry to such a store and revokes none of the
//     user's earlier entries, here or in a helper;
//   - a password change that revokes nothing, in a package that keeps
//     such a store: a stolen session survives the new password;
//   - a privilege change that writes a new session entry and revokes
//     nothing: the old entries keep the old privileges;
//   - a logout that deletes the session cookie but not the server-side
//     entry, in a package that keeps one (its own store, or scs or
//     gin-contrib/sessions): a copied cookie stays logged in.
//
// Deleting from the store (delete, sync.Map Delete, a Delete, Revoke or
// Destroy call on a session or token store), adding a token to a
// denylist, scs Destroy, RenewToken, Remove or Clear, and gin-contrib
// Clear or Delete count as revoking. Sessions a library keeps per browser
// (scs, gorilla, gin-contrib) are not expected to be revoked at login;
// stateless tokens (a JWT with no denylist) have nothing to revoke.
//
//	func login(w http.ResponseWriter, r *http.Request) {
//		... verify password ...
//		sessions[tok] = user // reported
//	}
//
// Revoke the user's existing sessions first, e.g. with a
// DeleteUserSessions(user) call, or suppress the finding with
// //authvet:ignore sessionrevoke <reason> where concurrent sessions are
// intended.
package sessionrevoke
