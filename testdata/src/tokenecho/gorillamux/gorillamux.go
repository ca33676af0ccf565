// Package gorillamux proves tokenecho on gorilla/mux: login routes
// (restricted with Methods("POST") or not) whose handlers send a
// client-supplied token (a mux.Vars path variable, a form field) back in
// a cookie or the response body, or adopt it as a key of a package-level
// session map, are reported; a route restricted to GET with
// Methods("GET"), a fresh token and a non-login handler are not.
package gorillamux

import (
	"crypto/rand"
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
	"golang.org/x/crypto/bcrypt"
)

var (
	passwords = map[string][]byte{}
	sessions  = map[string]string{} // session ID -> user
)

func router() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/login/{sid}", badLoginVars).Methods("POST")
	r.HandleFunc("/login", badLoginForm)
	r.HandleFunc("/session", goodSessionInfo).Methods("GET", "HEAD")
	r.HandleFunc("/sessions/new", goodLoginFresh).Methods(http.MethodPost)
	r.HandleFunc("/settings", goodSettings).Methods("POST")
	return r
}

// badLoginVars is a login by its route alone: no password is checked.
func badLoginVars(w http.ResponseWriter, r *http.Request) {
	sid := mux.Vars(r)["sid"]
	sessions[sid] = r.FormValue("user") // want `login handler badLoginVars sends the client-supplied path "sid" back as the key of the new server-side session`
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid})
}

func badLoginForm(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if bcrypt.CompareHashAndPassword(passwords[user], []byte(r.FormValue("password"))) != nil {
		return
	}
	fmt.Fprintf(w, `{"session_token": %q}`, r.FormValue("session_token")) // want `login handler badLoginForm sends the client-supplied form "session_token" back as the response body`
}

// goodSessionInfo is registered for GET and HEAD only.
func goodSessionInfo(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	fmt.Fprintf(w, `{"session_token": %q}`, c.Value)
}

func goodLoginFresh(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if bcrypt.CompareHashAndPassword(passwords[user], []byte(r.FormValue("password"))) != nil {
		return
	}
	sid := rand.Text()
	sessions[sid] = user
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true})
	fmt.Fprintf(w, `{"user": %q}`, user)
}

// goodSettings re-sends the session cookie; it is no login.
func goodSettings(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: c.Value, MaxAge: 86400, HttpOnly: true})
}
