// Package fields proves that tokenecho reads struct fields precisely
// through calls: a login handler that keeps the client's old session
// cookie in one field of a struct and a fresh token in another, and
// passes the struct it builds by value or by pointer to a helper that
// sets the fresh field, is not reported; a helper that sets the old
// field is. (A struct returned by a call is still one value whole.)
package fields

import (
	"crypto/rand"
	"net/http"
)

func checkPassword(user, pw string) bool { return user != "" && pw != "" }

type tokens struct {
	Old   string
	Fresh string
}

// setFresh sets the fresh token as the session cookie.
func setFresh(w http.ResponseWriter, t tokens) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: t.Fresh, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// setFreshPtr is setFresh through a pointer.
func setFreshPtr(w http.ResponseWriter, t *tokens) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: t.Fresh, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// setOld sets the client's old token back as the session cookie.
func setOld(w http.ResponseWriter, t tokens) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: t.Old, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// login verifies the password and returns the client's session cookie.
func login(r *http.Request) (string, bool) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return "", false
	}
	c, err := r.Cookie("sid")
	if err != nil {
		return "", false
	}
	return c.Value, true
}

func goodLoginByValue(w http.ResponseWriter, r *http.Request) {
	if old, ok := login(r); ok {
		setFresh(w, tokens{Old: old, Fresh: rand.Text()})
	}
}

func goodLoginByPointer(w http.ResponseWriter, r *http.Request) {
	if old, ok := login(r); ok {
		t := tokens{Old: old, Fresh: rand.Text()}
		setFreshPtr(w, &t)
	}
}

func badLoginOld(w http.ResponseWriter, r *http.Request) {
	if old, ok := login(r); ok {
		setOld(w, tokens{Old: old, Fresh: rand.Text()}) // want `login handler badLoginOld sends the client-supplied cookie "sid" back as cookie "sid"`
	}
}
