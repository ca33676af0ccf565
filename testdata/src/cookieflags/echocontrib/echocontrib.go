// Package echocontrib proves cookieflags on the gorilla stores that
// echo-contrib/session middleware serves: a store left with gorilla's
// defaults (no HttpOnly) and one whose Options are replaced by a struct
// with HttpOnly only (dropping the defaults' Secure and SameSite) are
// reported, at the replacing literal, and so is a session whose options
// one handler overrides before saving it; stores configured with every flag, as a whole or field by
// field on top of the defaults, are not.
package echocontrib

import (
	"net/http"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo-contrib/session"
	"github.com/labstack/echo/v4"
)

var key = []byte("0123456789abcdef0123456789abcdef")

func badDefaults(e *echo.Echo) {
	store := sessions.NewCookieStore(key) // want `session cookie of sessions.CookieStore is set without HttpOnly; scripts can read it \(CWE-1004\)`
	e.Use(session.Middleware(store))
}

func badReplacedOptions(e *echo.Echo) {
	store := sessions.NewCookieStore(key)
	store.Options = &sessions.Options{Path: "/", HttpOnly: true} // want `session cookie of sessions.Options is set without Secure and SameSite`
	e.Use(session.Middleware(store))
}

// badSessionOverride serves a secure store, but one handler overrides
// its session's options before saving, dropping Secure: the shape of a
// real CVE.
func badSessionOverride(c echo.Context) error {
	store := sessions.NewCookieStore(key)
	store.Options.HttpOnly = true
	store.Options.SameSite = http.SameSiteStrictMode
	sess, err := session.Get("session", c)
	if err != nil {
		return err
	}
	sess.Options = &sessions.Options{Path: "/", MaxAge: 86400 * 7, HttpOnly: true} // want `session cookie of sessions.Options is set without Secure and SameSite`
	return sess.Save(c.Request(), c.Response())
}

// goodOptionsField adds HttpOnly and SameSite to gorilla's defaults,
// which already have Secure.
func goodOptionsField(e *echo.Echo) {
	store := sessions.NewCookieStore(key)
	store.Options.HttpOnly = true
	store.Options.SameSite = http.SameSiteStrictMode
	e.Use(session.Middleware(store))
}

func goodFilesystemStore(e *echo.Echo) {
	store := sessions.NewFilesystemStore("", key)
	store.Options = &sessions.Options{Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	e.Use(session.Middleware(store))
}

func goodOptions(e *echo.Echo) {
	store := sessions.NewCookieStore(key)
	store.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
	e.Use(session.Middleware(store))
}
