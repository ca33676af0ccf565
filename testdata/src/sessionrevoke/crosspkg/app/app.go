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

func multiLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	mgr.Issue(w, user)
}

func goodLogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	mgr.RevokeUser(user)
	mgr.Issue(w, user)
}

func multiAPILogin(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	tok := rand.Text()
	apiTokens.Put(tok, user)
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

func multiLoginKV(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: kv.CreateSession(user)})
}

func goodChangePassword(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
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

// multiLoginDeletesUser deletes an account, which revokes no session.
func multiLoginDeletesUser(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	users.Delete(r.FormValue("merged_account"))
	mgr.Issue(w, user)
}

func goodLogoutAuthService(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("sid"); err == nil {
		authSvc.Logout(c.Value)
	}
	store.ClearCookie(w)
}
