// Package nethttp proves what the cookies pass records of net/http
// cookies: each protective attribute's state, the credential decision,
// deletions, helpers that build a cookie from their arguments, and
// configuration fields nothing sets.
package nethttp

import (
	"net/http"
	"os"
)

func literal(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token, HttpOnly: true, SameSite: http.SameSiteStrictMode}) // want `cookie "session" HttpOnly=on Secure=unset SameSite=strict missing=\[Secure\] credential`
}

func later(w http.ResponseWriter, token string) {
	c := &http.Cookie{Name: "theme", Value: token, SameSite: http.SameSiteDefaultMode} // SameSiteDefaultMode is no mode: "off"
	c.Secure = os.Getenv("INSECURE") == ""
	c.HttpOnly = false
	http.SetCookie(w, c) // want `cookie "theme" HttpOnly=off Secure=unknown SameSite=off missing=\[HttpOnly SameSite\] $`
}

func deleted(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "session", MaxAge: -1}) // want `cookie "session" HttpOnly=unset Secure=unset SameSite=unset missing=\[HttpOnly Secure SameSite\] credential deleted`
}

type config struct{ secure bool }

var cfg config

// neverSet reads Secure from a field that nothing in the package sets.
func neverSet(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "auth", Value: token, HttpOnly: true, Secure: cfg.secure, SameSite: http.SameSiteLaxMode}) // want `cookie "auth" HttpOnly=on Secure=off\(nethttp.config.secure\) SameSite=lax missing=\[Secure\] credential`
}

// setCookie builds the cookie from its arguments: its callers are
// judged with theirs.
func setCookie(w http.ResponseWriter, name, value string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, Secure: true}) // want `cookie "" HttpOnly=unset Secure=on SameSite=unset missing=\[HttpOnly SameSite\] $`
}

func viaHelper(w http.ResponseWriter, token string) {
	setCookie(w, "sid", token) // want `cookie "sid" HttpOnly=unset Secure=on SameSite=unset missing=\[HttpOnly SameSite\] credential helper`
}
