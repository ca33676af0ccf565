// This file proves that a helper that builds a cookie from its name and
// value parameters (net/http, echo, gin; here, in another package and
// through a second helper) is judged at each call, with the caller's
// arguments and the helper's flags: a credential name or a fresh secret
// is reported at the call, while a preference cookie, a username, a
// helper that sets every flag and a deletion are not. The helper itself
// is reported only when its own name makes the cookie a credential.

package helpers

import (
	"crypto/rand"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
	"github.com/labstack/echo/v4"

	"cookieflags/helpers/cookies"
)

// setNamed leaves Secure and SameSite off; callers decide what it holds.
func setNamed(w http.ResponseWriter, name, value string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, HttpOnly: true})
}

// setLocked sets every flag.
func setLocked(w http.ResponseWriter, name, value string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
}

// clearNamed deletes the cookie it is given the name of.
func clearNamed(w http.ResponseWriter, name string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: "", MaxAge: -1})
}

// setSecureFrom takes Secure from its caller.
func setSecureFrom(w http.ResponseWriter, name, value string, secure bool) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, HttpOnly: true, Secure: secure, SameSite: http.SameSiteLaxMode})
}

var (
	cookieName    = "app"
	secureCookies bool
)

func badNamedSession(w http.ResponseWriter, r *http.Request) {
	setNamed(w, "session", rand.Text()) // want `cookie "session" is set without Secure and SameSite; it is sent over plain HTTP and it is sent with cross-site requests \(CWE-614, CWE-1275\)`
}

func badNamedByVariable(w http.ResponseWriter, r *http.Request) {
	setNamed(w, cookieName, uuid.NewString()) // want `cookie named by cookieName is set without Secure and SameSite`
}

func goodNamedTheme(w http.ResponseWriter, r *http.Request) {
	setNamed(w, "theme", "dark")
}

// goodNamedCSRF's token is fresh, but meant for scripts.
func goodNamedCSRF(w http.ResponseWriter, r *http.Request) {
	setNamed(w, "csrf_token", rand.Text())
}

func goodNamedUsername(w http.ResponseWriter, r *http.Request) {
	setNamed(w, "username", r.FormValue("username"))
}

func goodLockedHelper(w http.ResponseWriter, r *http.Request) {
	setLocked(w, "session", rand.Text())
}

func goodClearHelper(w http.ResponseWriter, r *http.Request) {
	clearNamed(w, "session")
}

func badSecureArgumentFalse(w http.ResponseWriter, r *http.Request) {
	setSecureFrom(w, "session", rand.Text(), false) // want `cookie "session" is set without Secure`
}

func goodSecureArgumentTrue(w http.ResponseWriter, r *http.Request) {
	setSecureFrom(w, "session", rand.Text(), true)
}

func goodSecureArgumentFromConfig(w http.ResponseWriter, r *http.Request) {
	setSecureFrom(w, "session", rand.Text(), secureCookies)
}

func badOtherPackageNamed(w http.ResponseWriter, r *http.Request) {
	cookies.SetNamed(w, "sid", rand.Text()) // want `cookie "sid" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func badOtherPackageVia(w http.ResponseWriter, r *http.Request) {
	cookies.SetVia(w, "auth", uuid.NewString()) // want `cookie "auth" is set without Secure`
}

func goodOtherPackageTheme(w http.ResponseWriter, r *http.Request) {
	cookies.SetVia(w, "lang", "en")
}

// goodOtherPackageSelfNamed's helper names the cookie itself and is
// reported there, not here.
func goodOtherPackageSelfNamed(w http.ResponseWriter, r *http.Request) {
	cookies.SetSessionValue(w, rand.Text())
}

type server struct{ cookieName string }

// setTokenCookie is memos' helper, as a method: Secure is missing.
func (s *server) setTokenCookie(c echo.Context, name, token string, exp time.Time) {
	c.SetCookie(&http.Cookie{Name: name, Value: token, Expires: exp, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
}

// setTokens names both cookies itself, so the calls here are reported
// and its callers are not.
func (s *server) setTokens(c echo.Context, access, refresh string) {
	exp := time.Now().Add(time.Hour)
	s.setTokenCookie(c, "access_token", access, exp)   // want `cookie "access_token" is set without Secure`
	s.setTokenCookie(c, "refresh_token", refresh, exp) // want `cookie "refresh_token" is set without Secure`
}

func (s *server) goodEchoTokensCaller(c echo.Context) error {
	s.setTokens(c, rand.Text(), rand.Text())
	return nil
}

func (s *server) badEchoNamedByField(c echo.Context) error {
	s.setTokenCookie(c, s.cookieName, uuid.NewString(), time.Now().Add(time.Hour)) // want `cookie named by s.cookieName is set without Secure`
	return nil
}

func (s *server) goodEchoDeletion(c echo.Context) error {
	s.setTokenCookie(c, "access_token", "", time.Unix(0, 0))
	return nil
}

func badEchoOtherPackage(c echo.Context) error {
	cookies.SetToken(c, "refresh_token", rand.Text(), time.Now().Add(24*time.Hour)) // want `cookie "refresh_token" is set without Secure`
	return nil
}

func goodEchoOtherPackageDeletion(c echo.Context) error {
	cookies.SetToken(c, "refresh_token", "", time.Unix(0, 0))
	return nil
}

func goodEchoOtherPackageTheme(c echo.Context) error {
	cookies.SetToken(c, "theme", "dark", time.Now().Add(24*time.Hour))
	return nil
}

// setGin sets SameSite and HttpOnly, but not Secure.
func setGin(c *gin.Context, name, value string) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie(name, value, 3600, "/", "", false, true)
}

// setGinSecure sets Secure and HttpOnly; SameSite is left to callers.
func setGinSecure(c *gin.Context, name, value string) {
	c.SetCookie(name, value, 3600, "/", "", true, true)
}

func badGinHelper(c *gin.Context) {
	setGin(c, "token", rand.Text()) // want `cookie "token" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func goodGinTheme(c *gin.Context) {
	setGin(c, "lang", "en")
}

func badGinNoSameSite(c *gin.Context) {
	setGinSecure(c, "session", rand.Text()) // want `cookie "session" is set without SameSite`
}

func goodGinCallerSameSite(c *gin.Context) {
	c.SetSameSite(http.SameSiteStrictMode)
	setGinSecure(c, "session", rand.Text())
}

func badGinOtherPackage(c *gin.Context) {
	cookies.SetGin(c, "jwt", rand.Text()) // want `cookie "jwt" is set without Secure and SameSite`
}

func goodGinOtherPackageTheme(c *gin.Context) {
	cookies.SetGin(c, "theme", "dark")
}
