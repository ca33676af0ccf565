// This file proves that echo cookies returned by a helper in another
// package are judged with what the helper gives them, and that a cookie
// passed through a helper that sets some flags and returns it keeps the
// flags of its literal.

package echo

import (
	"crypto/rand"
	"net/http"

	"github.com/labstack/echo/v4"

	"cookieflags/helpers/cookies"
)

type proxy struct{ cookies cookies.Policy }

func badReturnedCookie(c echo.Context) error {
	c.SetCookie(cookies.NewSessionCookie("session", rand.Text())) // want `cookie "session" built by cookies.NewSessionCookie is set without HttpOnly, Secure and SameSite`
	return nil
}

func goodReturnedCookie(c echo.Context) error {
	c.SetCookie(cookies.NewHardenedCookie("session", rand.Text()))
	return nil
}

func (p *proxy) goodAppliedPolicy(c echo.Context) error {
	c.SetCookie(p.cookies.Apply(&http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true}))
	return nil
}

func (p *proxy) badAppliedPolicy(c echo.Context) error {
	c.SetCookie(p.cookies.Apply(&http.Cookie{Name: "session", Value: rand.Text()})) // want `cookie "session" is set without HttpOnly; scripts can read it \(CWE-1004\)`
	return nil
}
