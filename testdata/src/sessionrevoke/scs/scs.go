// Package scs proves sessionrevoke on alexedwards/scs, whose sessions
// live server-side, one per browser. Logins and password changes that
// only use scs are not reported: scs keeps no per-user index of
// sessions to revoke, and renewing the token is a session-fixation
// matter. A logout that destroys, renews or clears the session is fine;
// one that only expires the cookie by hand is reported.
package scs

import (
	"net/http"

	"github.com/alexedwards/scs/v2"
	"golang.org/x/crypto/bcrypt"
)

var (
	sm     = scs.New()
	hashes = map[string][]byte{}
)

func checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(hashes[user], []byte(pw)) == nil
}

func goodLoginRenew(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	if err := sm.RenewToken(r.Context()); err != nil {
		return
	}
	sm.Put(r.Context(), "user", user)
}

// goodLoginPutOnly leaves renewal to a fixation check: scs replaces
// the browser's own session, and has no other sessions of the user.
func goodLoginPutOnly(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	sm.Put(r.Context(), "user", user)
}

func goodChangePassword(w http.ResponseWriter, r *http.Request) {
	user := sm.GetString(r.Context(), "user")
	h, _ := bcrypt.GenerateFromPassword([]byte(r.FormValue("new_password")), bcrypt.DefaultCost)
	hashes[user] = h
	sm.RenewToken(r.Context())
}

func goodLogoutDestroy(w http.ResponseWriter, r *http.Request) {
	sm.Destroy(r.Context())
}

func goodLogoutRenewRemove(w http.ResponseWriter, r *http.Request) {
	sm.RenewToken(r.Context())
	sm.Remove(r.Context(), "user")
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}

func goodLogoutClear(w http.ResponseWriter, r *http.Request) {
	sm.Clear(r.Context())
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}

func badLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1}) // want `logout handler badLogout deletes cookie "session" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func routes(mux *http.ServeMux) http.Handler {
	mux.HandleFunc("/logout", badLogout)
	return sm.LoadAndSave(mux)
}
