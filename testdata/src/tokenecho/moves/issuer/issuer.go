// Package issuer implements, for package nethttp, an interface that
// package declares: its summary reaches nethttp as a fact.
package issuer

import "net/http"

// Cookie sets the session cookie.
type Cookie struct{}

func (Cookie) Issue(w http.ResponseWriter, tok string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
}
