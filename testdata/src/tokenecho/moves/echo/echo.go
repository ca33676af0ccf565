// Package echo proves that tokenecho follows a client-supplied token on
// echo through a method expression, an interface implemented in the
// program and the context's Set and Get; a fresh token moved the same
// way is not reported.
package echo

import (
	"crypto/rand"
	"net/http"

	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"
)

var hashes = map[string][]byte{}

func verify(c echo.Context) bool {
	return bcrypt.CompareHashAndPassword(hashes[c.FormValue("user")], []byte(c.FormValue("password"))) == nil
}

// Issuer is implemented by cookieIssuer alone.
type Issuer interface {
	Issue(c echo.Context, tok string)
}

type cookieIssuer struct{}

func (cookieIssuer) Issue(c echo.Context, tok string) {
	c.SetCookie(&http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
}

type handler struct{ issuer Issuer }

func (h *handler) badLoginInterface(c echo.Context) error {
	if !verify(c) {
		return nil
	}
	h.issuer.Issue(c, c.Request().Header.Get("X-Session-Token")) // want `login handler handler.badLoginInterface sends the client-supplied header "X-Session-Token" back as cookie "session"`
	return nil
}

func (h *handler) badLoginMethodExpr(c echo.Context) error {
	if !verify(c) {
		return nil
	}
	issue := cookieIssuer.Issue
	issue(cookieIssuer{}, c, c.Request().Header.Get("X-Session-Token")) // want `sends the client-supplied header "X-Session-Token" back as cookie "session"`
	return nil
}

func (h *handler) goodLoginInterface(c echo.Context) error {
	if !verify(c) {
		return nil
	}
	h.issuer.Issue(c, rand.Text())
	return nil
}

func badLoginContextKey(c echo.Context) error {
	if !verify(c) {
		return nil
	}
	c.Set("token", c.Request().Header.Get("X-Session-Token"))
	tok, _ := c.Get("token").(string)
	c.SetCookie(&http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true}) // want `sends the client-supplied header "X-Session-Token" back as cookie "session"`
	return nil
}

func goodLoginContextKey(c echo.Context) error {
	if !verify(c) {
		return nil
	}
	c.Set("presented", c.Request().Header.Get("X-Session-Token"))
	c.Set("token", rand.Text())
	tok, _ := c.Get("token").(string)
	c.SetCookie(&http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true})
	return nil
}
