// Package concurrent gives the concurrent-query test a package with
// handlers, helpers, cookies, decoded bodies and package variables, so
// that queries compute flows and memoize results lazily.
package concurrent

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
	"strings"
)

var sessions = map[string]string{}

type login struct {
	User  string `json:"user"`
	Token string `json:"token"`
}

func setCookie(w http.ResponseWriter, name, value string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, HttpOnly: true})
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func Login(w http.ResponseWriter, r *http.Request) {
	var req login
	json.NewDecoder(r.Body).Decode(&req)
	tok := req.Token
	if tok == "" {
		tok = rand.Text()
	}
	sessions[tok] = req.User
	setCookie(w, "session", tok)
	json.NewEncoder(w).Encode(map[string]string{"token": bearer(r)})
}

func Logout(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("session")
	delete(sessions, c.Value)
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1})
}

func init() {
	http.HandleFunc("/login", Login)
	http.HandleFunc("/logout", Logout)
}
