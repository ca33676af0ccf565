// Package echocontrib proves tokenecho on echo handlers that use
// echo-contrib/session (gorilla sessions): a login that sends the
// client's cookie back as its own session cookie is reported; a login
// that stores the user in the echo-contrib session, an echoed user
// name and a logout that expires the session are not.
package echocontrib

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"
)

var hashes = map[string][]byte{}

func checkPassword(c echo.Context) (string, bool) {
	user := c.FormValue("user")
	return user, bcrypt.CompareHashAndPassword(hashes[user], []byte(c.FormValue("password"))) == nil
}

func badLogin(c echo.Context) error {
	if _, ok := checkPassword(c); !ok {
		return echo.ErrUnauthorized
	}
	ck, err := c.Cookie("session")
	if err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{Name: "session", Value: ck.Value, HttpOnly: true, Secure: true}) // want `login handler badLogin sends the client-supplied cookie "session" back as cookie "session"; issue a fresh token instead \(CWE-384\)`
	return nil
}

func goodLoginSession(c echo.Context) error {
	user, ok := checkPassword(c)
	if !ok {
		return echo.ErrUnauthorized
	}
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Values["user"] = user
	if err := sess.Save(c.Request(), c.Response()); err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]string{"user": user})
}

func goodLogout(c echo.Context) error {
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Options = &sessions.Options{MaxAge: -1}
	return sess.Save(c.Request(), c.Response())
}

func routes(e *echo.Echo, store sessions.Store) {
	e.Use(session.Middleware(store))
	e.POST("/login", badLogin)
	e.POST("/login/session", goodLoginSession)
	e.POST("/logout", goodLogout)
}
