// Package echo proves cookieflags on echo, whose Context.SetCookie takes
// a net/http cookie: missing flags are reported at the literal; flags
// set after construction, in helpers or from configuration, deletions
// and non-credential cookies are not.
package echo

import (
	"crypto/rand"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/labstack/echo/v4"
)

type settings struct {
	SecureCookies bool `json:"secure_cookies"`
}

func badNoFlags(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session", Value: uuid.NewString()}) // want `cookie "session" is set without HttpOnly, Secure and SameSite`
	return nil
}

func badNoSecure(c echo.Context) error {
	ck := new(http.Cookie)
	ck.Name = "refresh_token"
	ck.Value = rand.Text()
	ck.HttpOnly = true
	ck.SameSite = http.SameSiteStrictMode
	c.SetCookie(ck) // want `cookie "refresh_token" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
	return nil
}

// badVisitor names its cookie innocently, but the value is a secret.
func badVisitor(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "visitor", Value: uuid.New().String(), HttpOnly: true, Secure: true}) // want `cookie "visitor" is set without SameSite; it is sent with cross-site requests \(CWE-1275\)`
	return nil
}

func goodSetAfter(c echo.Context) error {
	ck := &http.Cookie{Name: "session", Value: rand.Text()}
	ck.HttpOnly = true
	ck.Secure = true
	ck.SameSite = http.SameSiteLaxMode
	c.SetCookie(ck)
	return nil
}

func goodFromSettings(c echo.Context, s settings) error {
	c.SetCookie(&http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: s.SecureCookies, SameSite: http.SameSiteLaxMode})
	return nil
}

func goodLogout(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session", Expires: time.Unix(0, 0)})
	c.SetCookie(&http.Cookie{Name: "remember_me", MaxAge: -1})
	return nil
}

func goodPreferences(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "theme", Value: c.QueryParam("theme")})
	c.SetCookie(&http.Cookie{Name: "lang", Value: "de"})
	return nil
}

func goodCSRF(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "_csrf", Value: rand.Text(), Secure: true, SameSite: http.SameSiteStrictMode})
	return nil
}
