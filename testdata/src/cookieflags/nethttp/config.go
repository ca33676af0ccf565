// This file proves that a flag read from a configuration field that
// nothing in the package sets is not trusted, and that one set by an
// assignment is.

package nethttp

import (
	"crypto/rand"
	"net/http"
	"os"

	"cookieflags/helpers/cookies"
)

// cookieConfig's Secure is never set: every construction leaves it false.
type cookieConfig struct{ secure, httpOnly bool }

type app struct{ cookies cookieConfig }

func newApp() *app {
	a := &app{cookies: cookieConfig{httpOnly: true}}
	a.cookies.secure = false
	return a
}

func (a *app) badNeverSecure(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: a.cookies.httpOnly, Secure: a.cookies.secure, SameSite: http.SameSiteLaxMode}) // want `cookie "session" is set without Secure \(nethttp.cookieConfig.secure is never set to true\); it is sent over plain HTTP \(CWE-614\)`
}

// badNeverSecureThroughHelper passes the field to a helper in another
// package that takes Secure from its parameter.
func (a *app) badNeverSecureThroughHelper(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, cookies.NewCookie("session", rand.Text(), a.cookies.secure)) // want `cookie "session" built by cookies.NewCookie is set without Secure \(nethttp.cookieConfig.secure is never set to true\)`
}

// envConfig's Secure is set from the environment.
type envConfig struct{ secure bool }

func loadEnvConfig() envConfig {
	var c envConfig
	c.secure = os.Getenv("SECURE_COOKIES") == "1"
	return c
}

func goodSecureFromEnv(w http.ResponseWriter, r *http.Request, c envConfig) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: c.secure, SameSite: http.SameSiteLaxMode})
	http.SetCookie(w, cookies.NewCookie("session", rand.Text(), c.secure))
}
