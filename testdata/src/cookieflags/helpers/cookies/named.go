// This file's helpers build their cookies from their parameters: their
// callers in another package are judged through facts. SetSessionValue
// names its own cookie, so it is reported here and its callers are not.

package cookies

import (
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// SetNamed builds its cookie from its parameters, leaving Secure off:
// each caller is judged with the name and value it gives.
func SetNamed(w http.ResponseWriter, name, value string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// SetVia passes its name and value on to another helper.
func SetVia(w http.ResponseWriter, name, value string) {
	SetNamed(w, name, value)
}

// SetToken is memos' setTokenCookie: the access and refresh tokens, and
// their deletion with an expiry in the past, go through it.
func SetToken(c echo.Context, name, token string, exp time.Time) {
	c.SetCookie(&http.Cookie{Name: name, Value: token, Expires: exp, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
}

// SetGin is a gin helper that sets no SameSite and no Secure.
func SetGin(c *gin.Context, name, value string) {
	c.SetCookie(name, value, 3600, "/", "", false, true)
}

// SetSessionValue names its cookie itself: it is judged here, once, and
// not again at each caller.
func SetSessionValue(w http.ResponseWriter, value string) {
	http.SetCookie(w, &http.Cookie{Name: "session", Value: value, HttpOnly: true, Secure: true}) // want `cookie "session" is set without SameSite`
}
