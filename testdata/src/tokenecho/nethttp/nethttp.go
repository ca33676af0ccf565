// Package nethttp proves tokenecho on net/http: login handlers that send
// a client-supplied token back are reported; fresh tokens, non-login
// handlers and non-credential inputs are not.
package nethttp

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
	"strings"
)

func checkPassword(user, pw string) bool { return user != "" && pw != "" }

func badLoginCookie(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	c, err := r.Cookie("sid")
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: c.Value, HttpOnly: true}) // want `login handler badLoginCookie sends the client-supplied cookie "sid" back as the cookie; issue a fresh token instead \(CWE-384\)`
}

type loginRequest struct {
	User     string `json:"user"`
	Password string `json:"password"`
	Token    string `json:"session_token"`
}

func badLoginJSON(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		return
	}
	if !checkPassword(req.User, req.Password) {
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"token": strings.TrimSpace(req.Token)}) // want `sends the client-supplied body "session_token" back as the JSON response`
}

// sessionFromHeader is a helper that reads the credential.
func sessionFromHeader(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func setSession(w http.ResponseWriter, tok string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok})
}

func badLoginHelpers(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	setSession(w, sessionFromHeader(r)) // want `sends the client-supplied header "Authorization" back as the cookie`
}

func goodLoginFresh(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	setSession(w, rand.Text())
}

// goodNotLogin refreshes a preference; it verifies no password.
func goodNotLogin(w http.ResponseWriter, r *http.Request) {
	c, _ := r.Cookie("sid")
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: c.Value})
}

func goodLoginEchoesUser(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	json.NewDecoder(r.Body).Decode(&req)
	if !checkPassword(req.User, req.Password) {
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"user": req.User, "token": rand.Text()})
}
