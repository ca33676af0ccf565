// Package simplesessions proves sessionrevoke on zerodha/simplesessions,
// whose sessions live in a server-side Store: a logout that only expires
// the session cookie is reported; one that destroys or clears the
// session is not, and neither is a login that starts a new session.
package simplesessions

import (
	"net/http"

	"github.com/zerodha/simplesessions/v3"
	"golang.org/x/crypto/bcrypt"
)

var (
	hashes = map[string][]byte{}
	mgr    = simplesessions.New(simplesessions.Options{Cookie: simplesessions.CookieOptions{Name: "session", IsSecure: true, IsHTTPOnly: true}})
)

func goodLogin(w http.ResponseWriter, r *http.Request) {
	user := r.PostFormValue("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(r.PostFormValue("password"))) != nil {
		return
	}
	sess, err := mgr.NewSession(r, w)
	if err != nil {
		return
	}
	sess.Set("user", user)
}

func badLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Path: "/", MaxAge: -1}) // want `logout handler badLogout deletes cookie "session" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
}

func goodLogoutDestroy(w http.ResponseWriter, r *http.Request) {
	sess, err := mgr.Acquire(r.Context(), r, w)
	if err != nil {
		return
	}
	sess.Destroy()
}

func goodLogoutClear(w http.ResponseWriter, r *http.Request) {
	sess, err := mgr.Acquire(r.Context(), r, w)
	if err != nil {
		return
	}
	sess.Clear()
	http.SetCookie(w, &http.Cookie{Name: "session", Path: "/", MaxAge: -1})
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", goodLogin)
	mux.HandleFunc("POST /logout", badLogout)
	mux.HandleFunc("POST /signout", goodLogoutDestroy)
	mux.HandleFunc("POST /logout/all", goodLogoutClear)
}
