// Package echocontrib proves sessionrevoke in an echo app that keeps its
// browser sessions in echo-contrib/session's cookie store and its API
// tokens in a map of its own: a logout that expires the token cookie but
// leaves the token in the map is reported; one that deletes it is not,
// and expiring the cookie-store session (nothing server-side) is not.
package echocontrib

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

var apiTokens = map[string]string{} // token -> user

func badLogout(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "api_token", MaxAge: -1}) // want `logout handler badLogout deletes cookie "api_token" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
	return c.NoContent(http.StatusNoContent)
}

func goodLogoutToken(c echo.Context) error {
	if ck, err := c.Cookie("api_token"); err == nil {
		delete(apiTokens, ck.Value)
	}
	c.SetCookie(&http.Cookie{Name: "api_token", MaxAge: -1})
	return c.NoContent(http.StatusNoContent)
}

func goodLogoutSession(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Options = &sessions.Options{MaxAge: -1}
	return sess.Save(c.Request(), c.Response())
}

func routes(e *echo.Echo) {
	e.POST("/logout", badLogout)
	e.POST("/api/logout", goodLogoutToken)
	e.POST("/signout", goodLogoutSession)
}
