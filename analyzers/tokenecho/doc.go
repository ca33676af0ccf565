// Package tokenecho defines an Analyzer that reports login handlers
// which hand the client back a token the client supplied.
//
// # Analyzer tokenecho
//
// tokenecho: report login handlers that reuse a client-supplied session token
//
// A login handler must issue a new session credential. If it takes a
// token or session ID from the request (a cookie, a header, a query,
// form or path parameter, or a field of the decoded body) and returns it
// as the session credential (in a Set-Cookie, a credential header such
// as Authorization, the response body or JSON), or adopts it as the key
// of the new server-side session (a map or sync.Map keyed by it, a store
// call, scs's Load of the client's token), an attacker who planted that
// token in the victim's browser is logged in as the victim once the
// victim logs in: session fixation (CWE-384).
//
// A handler is a login when it verifies a password (bcrypt, argon2,
// scrypt, pbkdf2 or a CheckPassword-like call, here or in a helper,
// also in another package), is named like Login or SignIn, or is
// registered for a non-GET route under a login, signin, session or token
// path. Values are followed through assignments, string operations,
// struct fields, JSON decoding, helpers, methods, closures and across
// packages. A freshly generated token (crypto/rand, uuid, a signed JWT)
// is safe, and so is what a handler sends after renewing its session
// (scs's RenewToken). Usernames, CSRF tokens and the refresh token a
// refresh endpoint was given are not reported.
//
//	func login(w http.ResponseWriter, r *http.Request) {
//		c, _ := r.Cookie("sid")
//		... verify password ...
//		http.SetCookie(w, &http.Cookie{Name: "sid", Value: c.Value}) // reported
//	}
//
// Issue a fresh token instead, e.g. from crypto/rand.Text(), and end the
// old session if there was one.
//
// Session-manager code that looks a client-supplied id up in its store
// and, when the store has none, creates a new session under that same id
// (rather than a fresh one) is reported too, wherever it is: it fixes the
// session of every application that uses it.
package tokenecho
