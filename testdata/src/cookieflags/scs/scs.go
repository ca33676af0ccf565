// Package scs proves cookieflags on scs session managers: scs.New sets
// HttpOnly and SameSite=Lax but not Secure, so a manager is reported
// unless Secure is set, here, in a helper, from configuration, or, for a
// manager in a package variable, anywhere in the package.
package scs

import (
	"net/http"
	"os"

	"github.com/alexedwards/scs/v2"
)

func badDefaults() http.Handler {
	m := scs.New() // want `session cookie of scs.SessionManager is set without Secure; it is sent over plain HTTP \(CWE-614\)`
	m.Cookie.Name = "app_session"
	return m.LoadAndSave(http.NotFoundHandler())
}

func badTurnedOff() {
	m := scs.New() // want `session cookie of scs.SessionManager is set without HttpOnly, Secure and SameSite; .* \(CWE-1004, CWE-614, CWE-1275\)`
	m.Cookie.HttpOnly = false
	m.Cookie.SameSite = http.SameSiteDefaultMode
	http.ListenAndServe(":8080", m.LoadAndSave(http.NotFoundHandler()))
}

// badReplaced replaces the cookie options, dropping scs's defaults: the
// replacement is reported, where the fix belongs.
func badReplaced() {
	m := scs.New()
	m.Cookie = scs.SessionCookie{Name: "s", Secure: true, Path: "/"} // want `session cookie of scs.SessionCookie is set without HttpOnly and SameSite`
	http.ListenAndServe(":8080", m.LoadAndSave(http.NotFoundHandler()))
}

var global = scs.New() // want `session cookie of scs.SessionManager is set without Secure`

func goodSecure() {
	m := scs.New()
	m.Cookie.Secure = true
	http.ListenAndServe(":8080", m.LoadAndSave(http.NotFoundHandler()))
}

func goodReplacedFull() {
	m := scs.New()
	m.Cookie = scs.SessionCookie{Name: "s", HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode}
	http.ListenAndServe(":8080", m.LoadAndSave(http.NotFoundHandler()))
}

func goodFromEnv() {
	m := scs.New()
	m.Cookie.Secure = os.Getenv("ENV") == "production"
	http.ListenAndServe(":8080", m.LoadAndSave(http.NotFoundHandler()))
}

func secureCookies(m *scs.SessionManager) {
	m.Cookie.Secure = true
	m.Cookie.SameSite = http.SameSiteStrictMode
}

func goodHelper() {
	m := scs.New()
	secureCookies(m)
	http.ListenAndServe(":8080", m.LoadAndSave(http.NotFoundHandler()))
}

// goodClosure keeps the manager in a variable its handlers capture.
func goodClosure() {
	m := scs.New()
	m.Cookie.Secure = true
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		m.Put(r.Context(), "k", "v")
	})
	http.ListenAndServe(":8080", m.LoadAndSave(mux))
}

// goodReturned leaves the configuration to the caller.
func goodReturned() *scs.SessionManager {
	return scs.New()
}

// sessionManager is configured in init, in another function.
var sessionManager *scs.SessionManager

func init() {
	sessionManager = scs.New()
}

func configure() {
	sessionManager.Cookie.Secure = true
}

var configured = scs.New()

func init() {
	configured.Cookie.Secure = true
}

// newManager builds a manager with the defaults its callers start from,
// as scs.New itself does. Whether the deployment has TLS is the caller's
// to know, so a default without Secure is left to it; HttpOnly and
// SameSite are not deployment choices.
func newManager() *scs.SessionManager {
	m := &scs.SessionManager{Cookie: scs.SessionCookie{Name: "session", HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: false}}
	return m
}

func newManagerScriptable() *scs.SessionManager {
	return &scs.SessionManager{Cookie: scs.SessionCookie{Name: "session", SameSite: http.SameSiteLaxMode}} // want `session cookie of scs.SessionCookie is set without HttpOnly; scripts can read it \(CWE-1004\)`
}

// badKeptManager builds a manager it keeps, so nobody else sets Secure.
func badKeptManager() {
	m := &scs.SessionManager{Cookie: scs.SessionCookie{Name: "session", HttpOnly: true, SameSite: http.SameSiteLaxMode}} // want `session cookie of scs.SessionCookie is set without Secure`
	http.ListenAndServe(":8080", m.LoadAndSave(http.NotFoundHandler()))
}
