// This file proves that a flag read from a configuration field that
// nothing in the package sets is not trusted, and that one set from a
// command-line flag is.

package echo

import (
	"crypto/rand"
	"flag"
	"net/http"

	"github.com/labstack/echo/v4"
)

type cookieOptions struct{ secure bool }

type handler struct{ opts cookieOptions }

func newHandler() *handler { return &handler{} }

func (h *handler) badNeverSecure(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: h.opts.secure, SameSite: http.SameSiteLaxMode}) // want `cookie "session" is set without Secure \(echo.cookieOptions.secure is never set to true\)`
	return nil
}

type flagOptions struct{ secure bool }

var flags flagOptions

func init() { flag.BoolVar(&flags.secure, "secure-cookies", true, "send cookies over HTTPS only") }

func goodSecureFromFlag(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: flags.secure, SameSite: http.SameSiteLaxMode})
	return nil
}
