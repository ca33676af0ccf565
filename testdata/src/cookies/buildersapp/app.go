// Package buildersapp proves that the cookies of another package's
// helpers are judged where they are called, with the caller's arguments,
// through the facts the helpers export.
package buildersapp

import (
	"net/http"

	"cookies/builders"
)

func login(w http.ResponseWriter, tok string) {
	builders.SetCookie(w, "session", tok) // want `cookie "session" HttpOnly=on Secure=off SameSite=unset missing=\[Secure SameSite\] credential helper`
}

func given(w http.ResponseWriter, tok string) {
	builders.Send(w, &http.Cookie{Name: "sid", Value: tok, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}) // want `cookie "sid" HttpOnly=on Secure=on SameSite=lax missing=\[\] credential`
}

func built(w http.ResponseWriter, tok string) {
	c := builders.NewCookie("session", tok)
	c.Secure = true
	http.SetCookie(w, c) // want `cookie "session" HttpOnly=on Secure=on SameSite=unset missing=\[SameSite\] credential builder`
}
