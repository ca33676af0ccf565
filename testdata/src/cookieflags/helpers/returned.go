// This file proves that a cookie returned by a function, in this
// package or another, is judged where it is set with what the function
// gives it; and that a cookie passed through a function that sets some
// flags and returns it keeps the flags its literal has.

package helpers

import (
	"crypto/rand"
	"net/http"

	"cookieflags/helpers/cookies"
)

type proxy struct{ cookies cookies.Policy }

func badReturnedOtherPackage(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, cookies.NewSessionCookie("session", rand.Text())) // want `cookie "session" built by cookies.NewSessionCookie is set without HttpOnly, Secure and SameSite`
}

func badReturnedFlagFromCaller(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, cookies.NewCookie("sid", rand.Text(), false)) // want `cookie "sid" built by cookies.NewCookie is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func goodReturnedFlagFromCaller(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, cookies.NewCookie("sid", rand.Text(), true))
}

func goodReturnedHardened(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, cookies.NewHardenedCookie("session", rand.Text()))
}

func goodReturnedThenHardened(w http.ResponseWriter, r *http.Request) {
	c := cookies.NewSessionCookie("session", rand.Text())
	c.HttpOnly, c.Secure, c.SameSite = true, true, http.SameSiteLaxMode
	http.SetCookie(w, c)
}

func goodReturnedPreference(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, cookies.NewSessionCookie("theme", "dark"))
}

// goodAppliedPolicy is coder's workspaceapps proxy: HttpOnly is in the
// literal, Secure and SameSite come from the configuration.
func (s *proxy) goodAppliedPolicy(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, s.cookies.Apply(&http.Cookie{Name: "session_token", Value: rand.Text(), Path: "/", HttpOnly: true}))
}

func (s *proxy) goodHardenedPolicy(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, s.cookies.Harden(&http.Cookie{Name: "session_token", Value: rand.Text()}))
}

func (s *proxy) badAppliedPolicy(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, s.cookies.Apply(&http.Cookie{Name: "session_token", Value: rand.Text(), Path: "/"})) // want `cookie "session_token" is set without HttpOnly; scripts can read it \(CWE-1004\)`
}

// newLocalCookie builds its cookie without Secure: the fix belongs here,
// so it is reported here, once, for every caller.
func newLocalCookie(name, value string) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, HttpOnly: true, SameSite: http.SameSiteLaxMode} // want `cookie "auth" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func badReturnedLocal(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, newLocalCookie("auth", rand.Text()))
}

func badReturnedLocalAgain(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, newLocalCookie("auth", rand.Text()))
}
