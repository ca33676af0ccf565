// Package app proves sessionrevoke across packages: its handlers call a
// session manager in another package, known through facts (store), and a
// token store and an auth service known by their names (kv, auth). Logins that add a session
// through either without revoking, and a logout that calls a helper
// which only expires the cookie, are reported; handlers that call the
// revoking helpers are not.
package app

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/crypto/bcrypt"

	"sessionrevoke/crosspkg/auth"
	"sessionrevoke/crosspkg/kv"
	"sessionrevoke/crosspkg/store"
)

var (
	mgr       = store.New()
	apiTokens = &kv.TokenStore{}
	hashes    = map[string][]byte{}
	authSvc   = &auth.Service{}
	users     = &auth.UserRepo{}
)

func checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(hashes[user], []byte(pw)) == nil
}

func badLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	mgr.Issue(w, user) // want `login handler badLogin stores a new session without revoking the user's existing sessions`
}

func goodLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	mgr.RevokeUser(user)
	mgr.Issue(w, user)
}

func badAPILogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	tok := rand.Text()
	apiTokens.Put(tok, user) // want `login handler badAPILogin stores a new session without revoking`
	w.Write([]byte(tok))
}

func goodAPILogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	apiTokens.DeleteByUser(user)
	tok := rand.Text()
	apiTokens.Put(tok, user)
	w.Write([]byte(tok))
}

func badLoginKV(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: kv.CreateSession(user)}) // want `login handler badLoginKV stores a new session without revoking`
}

func goodChangePassword(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new")), bcrypt.DefaultCost)
	hashes[user] = h
	kv.DeleteUserSessions(user)
}

func badLogout(w http.ResponseWriter, r *http.Request) {
	store.ClearCookie(w) // want `logout handler badLogout deletes cookie "sid" but leaves its server-side session valid`
}

func goodLogout(w http.ResponseWriter, r *http.Request) {
	mgr.End(w, r)
}

func goodLoginAuthService(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	authSvc.RevokeAll(user)
	mgr.Issue(w, user)
}

// badLoginDeletesUser deletes an account, which revokes no session.
func badLoginDeletesUser(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	users.Delete(r.FormValue("merged_account"))
	mgr.Issue(w, user) // want `login handler badLoginDeletesUser stores a new session without revoking`
}

func goodLogoutAuthService(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("sid"); err == nil {
		authSvc.Logout(c.Value)
	}
	store.ClearCookie(w)
}
