// Package nethttp proves sessionrevoke on net/http with a package-level
// session map: password and privilege changes that leave the user's old
// sessions valid, a login that leaves the session the request came with
// valid next to the new one, and logouts that only delete the cookie are
// reported; logins that keep the user's other devices signed in (the
// default policy), logins that revoke first (directly, with delete or in
// a helper), counters and caches updated at login, impersonation by an
// admin, "forgot password" handlers, handlers that create an account
// (the hash goes into a record they allocate) and logouts that delete the
// entry are not.
package nethttp

import (
	"crypto/rand"
	"net/http"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"
)

var (
	mu       sync.Mutex
	sessions = map[string]string{} // session token -> user
	hashes   = map[string][]byte{} // user -> password hash

	loginAttempts = map[string]int{}       // client address -> failed logins
	lastLogin     = map[string]time.Time{} // user -> time of last login
	profileCache  = map[string]string{}    // user -> display name
	oauthStates   = map[string]string{}    // OAuth state -> PKCE verifier
	resetTokens   = map[string]string{}    // password reset token -> user
	accounts      = map[string]*account{}
)

type account struct{ Role string }

func routes() {
	http.HandleFunc("/oauth/login", goodOAuthLoginStart)
}

func checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(hashes[user], []byte(pw)) == nil
}

// revokeUserSessions deletes every session of user.
func revokeUserSessions(user string) {
	mu.Lock()
	defer mu.Unlock()
	for tok, u := range sessions {
		if u == user {
			delete(sessions, tok)
		}
	}
}

// issue adds a session for user and sets its cookie.
func issue(w http.ResponseWriter, user string) {
	tok := rand.Text()
	mu.Lock()
	sessions[tok] = user
	mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
}

func multiLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	tok := rand.Text()
	sessions[tok] = user
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true})
}

func multiLoginHelper(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	issue(w, user)
}

func goodLoginRevokesFirst(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	revokeUserSessions(user)
	issue(w, user)
}

// badLoginKeepsOld replaces the request's session with a new one but
// leaves the old entry valid in the store.
func badLoginKeepsOld(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	old, _ := r.Cookie("session")
	_ = old.Value
	issue(w, user) // want `login handler badLoginKeepsOld stores a new session but leaves the one the request came with \(cookie "session"\) valid; delete it from the store \(CWE-613\)`
}

// goodRoleLabelUpdate is named like a privilege change and stores a
// session, but writes no role: a display label.
func goodSetUserRoleLabel(w http.ResponseWriter, r *http.Request) {
	issue(w, r.FormValue("user"))
}

func goodLoginDeletesOld(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	if old, err := r.Cookie("session"); err == nil {
		delete(sessions, old.Value)
	}
	issue(w, user)
}

// goodLoginCounters updates a rate-limit counter and a cache; neither
// is a session store, and it issues a stateless cookie.
func goodLoginCounters(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		loginAttempts[r.RemoteAddr]++
		return
	}
	profileCache[user] = "name of " + user
	lastLogin[user] = time.Now()
	http.SetCookie(w, &http.Cookie{Name: "prefs", Value: "dark"})
}

// goodOAuthLoginStart is a login by its route; the state it keeps for
// the OAuth redirect is no session.
func goodOAuthLoginStart(w http.ResponseWriter, r *http.Request) {
	state := rand.Text()
	oauthStates[state] = rand.Text()
	http.Redirect(w, r, "https://idp.example/authorize?state="+state, http.StatusFound)
}

// goodRequestPasswordReset is named like a password change but only
// mails a reset link: no password is set yet.
func goodRequestPasswordReset(w http.ResponseWriter, r *http.Request) {
	tok := rand.Text()
	resetTokens[tok] = r.FormValue("user")
}

func badResetPassword(w http.ResponseWriter, r *http.Request) { // want `password change handler badResetPassword does not revoke`
	user, ok := resetTokens[r.FormValue("token")]
	if !ok {
		return
	}
	delete(resetTokens, r.FormValue("token"))
	setPassword(user, r.FormValue("new_password"))
}

func goodResetPassword(w http.ResponseWriter, r *http.Request) {
	user, ok := resetTokens[r.FormValue("token")]
	if !ok {
		return
	}
	delete(resetTokens, r.FormValue("token"))
	setPassword(user, r.FormValue("new_password"))
	revokeUserSessions(user)
}

// setPassword stores a new password hash for user.
func setPassword(user, pw string) {
	h, _ := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	hashes[user] = h
}

// goodImpersonate lets an admin act as another user; it is not a login,
// and the admin's own session must survive it.
func goodImpersonate(w http.ResponseWriter, r *http.Request) {
	tok := rand.Text()
	sessions[tok] = r.FormValue("target")
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok})
}

func badChangePassword(w http.ResponseWriter, r *http.Request) { // want `password change handler badChangePassword does not revoke the user's existing sessions; a stolen session stays valid after the password is changed \(CWE-613\)`
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("old")) {
		return
	}
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	hashes[user] = h
}

// goodLoginUpgradesHash hashes again the password it has just verified,
// to move the stored hash to a stronger cost: a login, not a change.
func goodLoginUpgradesHash(w http.ResponseWriter, r *http.Request) {
	user, pw := r.FormValue("user"), r.FormValue("password")
	if !checkPassword(user, pw) {
		return
	}
	if cost, _ := bcrypt.Cost(hashes[user]); cost < bcrypt.DefaultCost {
		setPassword(user, pw)
	}
	issue(w, user)
}

// badChangePasswordNotReused checks the old password, and the new one
// against the old hash so that it is not reused, then sets the new one.
func badChangePasswordNotReused(w http.ResponseWriter, r *http.Request) { // want `password change handler badChangePasswordNotReused does not revoke`
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("current_password")) || checkPassword(user, r.FormValue("new_password")) {
		return
	}
	setPassword(user, r.FormValue("new_password"))
}

// checkPasswordPolicy checks the new password's strength, against
// nothing stored.
func checkPasswordPolicy(pw string) bool { return len(pw) >= 12 }

func badAdminSetsPassword(w http.ResponseWriter, r *http.Request) { // want `password change handler badAdminSetsPassword does not revoke`
	pw := r.FormValue("password")
	if !checkPasswordPolicy(pw) {
		return
	}
	setPassword(r.FormValue("user"), pw)
}

func badChangePasswordReissue(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	hashes[user] = h
	issue(w, user) // want `password change handler badChangePasswordReissue does not revoke`
}

func goodChangePassword(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	hashes[user] = h
	revokeUserSessions(user)
	issue(w, user)
}

func badSetUserRole(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	accounts[user].Role = "admin"
	issue(w, user+":admin") // want `privilege change handler badSetUserRole stores a new session without revoking the user's existing sessions; they keep the old privileges \(CWE-613\)`
}

// goodSetUserRoleInDB changes a role kept in the database, read on each
// request: no session carries it.
func goodSetUserRoleInDB(w http.ResponseWriter, r *http.Request) {
	profileCache[r.FormValue("user")] = r.FormValue("role")
}

func badLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1}) // want `logout handler badLogout deletes cookie "session" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
}

func goodLogout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("session"); err == nil {
		mu.Lock()
		delete(sessions, c.Value)
		mu.Unlock()
	}
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1})
}

// goodLogoutPrefs deletes a cookie that carries no session.
func goodLogoutPrefs(w http.ResponseWriter, r *http.Request) {
	revokeUserSessions(r.FormValue("user"))
	http.SetCookie(w, &http.Cookie{Name: "prefs", MaxAge: -1})
}

func goodLogoutIgnored(w http.ResponseWriter, r *http.Request) {
	//authvet:ignore sessionrevoke sessions expire after five minutes
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}
