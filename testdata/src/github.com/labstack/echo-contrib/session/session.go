// Package session is a minimal stub of github.com/labstack/echo-contrib/session for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/labstack/echo-contrib@v0.50.1.
package session

import (
	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"
)

// Get returns the named session of the request.
func Get(name string, c echo.Context) (*sessions.Session, error) {
	return sessions.NewSession(nil, name), nil
}

// Middleware gives handlers the sessions of store.
func Middleware(store sessions.Store) echo.MiddlewareFunc { return nil }
