// Package simplesessions proves tokenecho in net/http handlers that use
// zerodha/simplesessions: a login that sends the client's session cookie
// back is reported; a login that starts a new session (NewSession issues
// a fresh ID) before storing the user, and a logout, are not.
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

func checkPassword(r *http.Request) (string, bool) {
	user := r.PostFormValue("user")
	return user, bcrypt.CompareHashAndPassword(hashes[user], []byte(r.PostFormValue("password"))) == nil
}

func badLogin(w http.ResponseWriter, r *http.Request) {
	if _, ok := checkPassword(r); !ok {
		return
	}
	ck, err := r.Cookie("session")
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "session", Value: ck.Value, HttpOnly: true, Secure: true}) // want `login handler badLogin sends the client-supplied cookie "session" back as cookie "session"; issue a fresh token instead \(CWE-384\)`
}

func goodLogin(w http.ResponseWriter, r *http.Request) {
	user, ok := checkPassword(r)
	if !ok {
		return
	}
	sess, err := mgr.NewSession(r, w)
	if err != nil {
		return
	}
	sess.Set("user", user)
}

func goodLogout(w http.ResponseWriter, r *http.Request) {
	sess, err := mgr.Acquire(r.Context(), r, w)
	if err != nil {
		return
	}
	sess.Destroy()
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", badLogin)
	mux.HandleFunc("POST /signin", goodLogin)
	mux.HandleFunc("POST /logout", goodLogout)
}
