// Package nethttp proves cookieflags on net/http: credential cookies set
// without HttpOnly, Secure or SameSite are reported once, listing what is
// missing; flags set later, in helpers or from configuration, deletions,
// SameSite=None with Secure and non-credential cookies are not.
package nethttp

import (
	"crypto/rand"
	"net/http"
	"time"
)

type config struct {
	Secure bool `env:"SECURE_COOKIES"`
}

var cfg config

func badNoFlags(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text()}) // want `cookie "session" is set without HttpOnly, Secure and SameSite; scripts can read it, it is sent over plain HTTP and it is sent with cross-site requests \(CWE-1004, CWE-614, CWE-1275\)`
}

func badNoHTTPOnly(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "x", Secure: true, SameSite: http.SameSiteStrictMode}) // want `cookie "sid" is set without HttpOnly; scripts can read it \(CWE-1004\)`
}

func badHTTPOnlyFalse(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "auth_token", Value: "x", HttpOnly: false, Secure: true, SameSite: http.SameSiteLaxMode} // want `cookie "auth_token" is set without HttpOnly; scripts can read it \(CWE-1004\)`
	http.SetCookie(w, c)
}

func badNoSecure(w http.ResponseWriter, r *http.Request) {
	c := http.Cookie{ // want `cookie "jwt" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
		Name:     "jwt",
		Value:    "x",
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	}
	http.SetCookie(w, &c)
}

func badNoneWithoutSecure(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "remember_me", Value: "x", HttpOnly: true, SameSite: http.SameSiteNoneMode}) // want `cookie "remember_me" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func badDefaultSameSite(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session_id", Value: "x", HttpOnly: true, Secure: true, SameSite: http.SameSiteDefaultMode}) // want `cookie "session_id" is set without SameSite; it is sent with cross-site requests \(CWE-1275\)`
}

// badFreshValue names its cookie innocently, but the value is a secret.
func badFreshValue(w http.ResponseWriter, r *http.Request) {
	v := rand.Text()
	http.SetCookie(w, &http.Cookie{Name: "uid", Value: v, Secure: true, SameSite: http.SameSiteLaxMode}) // want `cookie "uid" is set without HttpOnly; scripts can read it \(CWE-1004\)`
}

// badHelperCookie is reported in the helper that sets the cookie.
func setSession(w http.ResponseWriter, token string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: token, HttpOnly: true}) // want `cookie "session" is set without Secure and SameSite`
}

func badHelperCookie(w http.ResponseWriter, r *http.Request) {
	setSession(w, rand.Text())
}

// newCookie builds the cookie its callers set without Secure and
// SameSite: it is reported here, where the fix belongs.
func newCookie(value string) *http.Cookie {
	return &http.Cookie{Name: "access_token", Value: value, HttpOnly: true} // want `cookie "access_token" is set without Secure and SameSite`
}

func badBuiltByHelper(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, newCookie(rand.Text()))
}

func goodAllFlags(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func goodSetAfter(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "session", Value: rand.Text()}
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteStrictMode
	http.SetCookie(w, c)
}

func harden(c *http.Cookie) {
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteLaxMode
}

func goodHelperFlags(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "sid", Value: rand.Text()}
	harden(c)
	http.SetCookie(w, c)
}

func goodConfigFlags(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "x", HttpOnly: true, Secure: cfg.Secure, SameSite: http.SameSiteLaxMode})
}

func goodNoneWithSecure(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "x", HttpOnly: true, Secure: true, SameSite: http.SameSiteNoneMode})
}

func goodDeleteMaxAge(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", MaxAge: -1})
}

func goodDeleteExpires(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: "", Expires: time.Unix(0, 0)})
}

func goodTheme(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: r.FormValue("theme")})
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: "en"})
}

// goodCSRF sends a CSRF token that the page's scripts must read.
func goodCSRF(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "csrf_token", Value: rand.Text(), Secure: true})
	http.SetCookie(w, &http.Cookie{Name: "XSRF-TOKEN", Value: rand.Text()})
}

// goodIgnored is suppressed with a reason.
func goodIgnored(w http.ResponseWriter, r *http.Request) {
	//authvet:ignore cookieflags the dev server runs on plain HTTP
	http.SetCookie(w, &http.Cookie{Name: "token", Value: "x", HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// badFreshValueNamedName holds a fresh secret under a name ending in
// "name": the value, not the name, makes it a credential.
func badFreshValueNamedName(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "session-name", Value: rand.Text(), HttpOnly: true}) // want `cookie "session-name" is set without Secure and SameSite`
}

// goodClearedCookie sets the session cookie with no value, expired by a
// clock the analysis cannot read: it carries nothing to protect.
func goodClearedCookie(w http.ResponseWriter, r *http.Request, now func() time.Time) {
	http.SetCookie(w, &http.Cookie{Name: "session", Expires: now().Add(-time.Hour)})
}
