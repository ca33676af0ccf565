// Package echocontrib proves tokenquery on echo handlers that use
// echo-contrib/session: a session ID taken from the URL query is
// reported; the echo-contrib session, read from its cookie, and an
// ordinary query parameter are not.
package echocontrib

import (
	"net/http"

	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

func badSessionFromQuery(c echo.Context) error {
	return c.String(http.StatusOK, c.QueryParam("session_id")) // want `session ID "session_id" is read from the URL query`
}

func goodSession(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	user, _ := sess.Values["user"].(string)
	return c.String(http.StatusOK, user)
}

func goodLang(c echo.Context) error {
	return c.String(http.StatusOK, c.QueryParam("lang"))
}
