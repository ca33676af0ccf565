// Package echo proves tokenecho on echo: login handlers (a method value,
// a closure, a route with a path parameter) that send a client-supplied
// token back through c.SetCookie, a response header or c.JSON, or adopt
// it as the key of a sync.Map session store, are reported; fresh tokens,
// echoed emails and request IDs, a sliding-expiry handler, a logout and
// a GET route are not.
package echo

import (
	"net/http"
	"sync"
	"time"

	"github.com/google/uuid"
	"github.com/labstack/echo/v4"
	"golang.org/x/crypto/bcrypt"
)

type loginForm struct {
	Email    string `json:"email" form:"email"`
	Password string `json:"password" form:"password"`
}

type handler struct {
	users    map[string][]byte
	sessions sync.Map // session ID -> email
}

func (h *handler) check(c echo.Context) (string, bool) {
	var f loginForm
	if err := c.Bind(&f); err != nil {
		return "", false
	}
	return f.Email, bcrypt.CompareHashAndPassword(h.users[f.Email], []byte(f.Password)) == nil
}

func register(e *echo.Echo, h *handler) {
	e.POST("/login", h.badLogin)
	e.POST("/signin", func(c echo.Context) error {
		if _, ok := h.check(c); !ok {
			return echo.ErrUnauthorized
		}
		c.Response().Header().Set("Authorization", c.Request().Header.Get("Authorization")) // want `login handler for "/signin" sends the client-supplied header "Authorization" back as response header "Authorization"`
		return c.NoContent(http.StatusNoContent)
	})
	e.POST("/login/link/:token", func(c echo.Context) error {
		// a one-time login link: its token must not become the session
		return c.JSON(http.StatusOK, map[string]string{"token": c.Param("token")}) // want `login handler for "/login/link/:token" sends the client-supplied path "token" back as the JSON response`
	})
	e.GET("/session", func(c echo.Context) error {
		// the current session, for scripts; GET never logs in
		ck, err := c.Cookie("session")
		if err != nil {
			return err
		}
		return c.JSON(http.StatusOK, map[string]string{"session": ck.Value})
	})
	e.PUT("/preferences", func(c echo.Context) error {
		// sliding expiry: re-sends the session cookie, but is no login
		ck, err := c.Cookie("session")
		if err != nil {
			return err
		}
		c.SetCookie(&http.Cookie{Name: "session", Value: ck.Value, MaxAge: 3600, HttpOnly: true, Secure: true})
		return nil
	})
	e.POST("/logout", func(c echo.Context) error {
		ck, _ := c.Cookie("session")
		h.sessions.Delete(ck.Value)
		c.SetCookie(&http.Cookie{Name: "session", Value: ck.Value, MaxAge: -1})
		return nil
	})
	e.POST("/login/fresh", h.goodLoginFresh)
}

func (h *handler) badLogin(c echo.Context) error {
	if _, ok := h.check(c); !ok {
		return echo.ErrUnauthorized
	}
	ck, err := c.Cookie("session")
	if err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{Name: "session", Value: ck.Value, HttpOnly: true, Secure: true}) // want `login handler handler.badLogin sends the client-supplied cookie "session" back as cookie "session"; issue a fresh token instead \(CWE-384\)`
	return nil
}

func (h *handler) badLoginAdopt(c echo.Context) error {
	email, ok := h.check(c)
	if !ok {
		return echo.ErrUnauthorized
	}
	sid := c.QueryParam("session_id")
	h.sessions.Store(sid, email) // want `login handler handler.badLoginAdopt sends the client-supplied query "session_id" back as the key of the new server-side session`
	return c.NoContent(http.StatusNoContent)
}

func (h *handler) goodLoginFresh(c echo.Context) error {
	email, ok := h.check(c)
	if !ok {
		return echo.ErrUnauthorized
	}
	sid := uuid.NewString()
	h.sessions.Store(sid, email)
	c.SetCookie(&http.Cookie{Name: "session", Value: sid, Expires: time.Now().Add(time.Hour), HttpOnly: true, Secure: true})
	return c.JSON(http.StatusOK, map[string]string{"email": email})
}

func (h *handler) goodLoginEchoesEmail(c echo.Context) error {
	var f loginForm
	if err := c.Bind(&f); err != nil {
		return err
	}
	if bcrypt.CompareHashAndPassword(h.users[f.Email], []byte(f.Password)) != nil {
		return echo.ErrUnauthorized
	}
	return c.JSON(http.StatusOK, map[string]string{"email": f.Email})
}

// goodLoginRequestID echoes a tracing header, which is no credential.
func (h *handler) goodLoginRequestID(c echo.Context) error {
	if _, ok := h.check(c); !ok {
		return echo.ErrUnauthorized
	}
	c.Response().Header().Set("X-Request-ID", c.Request().Header.Get("X-Request-ID"))
	return c.JSON(http.StatusOK, map[string]string{"session_id": uuid.NewString()})
}
