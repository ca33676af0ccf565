// Package webctx proves that tokenecho follows the cookies a login sets
// through a web context it reads back from the request's context: a CSRF
// protector that keeps the client's valid CSRF token in a field of its
// receiver, but overwrites that field with a fresh token just before it
// sends it in a Set-Cookie header, sends the fresh token and is not
// reported; a session cookie sent the same way with the client's old
// session id is.
package webctx

import (
	"context"
	"crypto/rand"
	"net/http"
)

func checkPassword(user, pw string) bool { return user != "" && pw != "" }

// Context is the web context of one request.
type Context struct {
	Req  *http.Request
	Resp http.ResponseWriter
	Csrf CSRF
	Data map[string]any
}

type ctxKey struct{}

// GetWebContext returns the web context kept in ctx.
func GetWebContext(ctx context.Context) *Context {
	c, _ := ctx.Value(ctxKey{}).(*Context)
	return c
}

// GetSiteCookie returns the value of the named cookie.
func (ctx *Context) GetSiteCookie(name string) string {
	c, err := ctx.Req.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
}

type CSRF interface {
	PrepareForSessionUser(ctx *Context)
}

type csrfOptions struct {
	Cookie string
}

type csrfProtector struct {
	opt   csrfOptions
	token string
}

func newCookie(opt *csrfOptions, value string) *http.Cookie {
	return &http.Cookie{Name: opt.Cookie, Value: value, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
}

// PrepareForSessionUser keeps the client's CSRF token while it is
// valid, and sends a fresh one otherwise.
func (c *csrfProtector) PrepareForSessionUser(ctx *Context) {
	cookieToken := ctx.GetSiteCookie(c.opt.Cookie)
	needsNew := true
	if cookieToken != "" {
		c.token = cookieToken
		needsNew = false
	}
	if needsNew {
		c.token = rand.Text()
		ctx.Resp.Header().Add("Set-Cookie", newCookie(&c.opt, c.token).String())
	}
	ctx.Data["CsrfToken"] = c.token
}

func goodLoginRenewsCSRF(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: rand.Text(), HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	if ctx := GetWebContext(r.Context()); ctx != nil {
		ctx.Csrf.PrepareForSessionUser(ctx)
	}
}

// SetSessionCookie sends the session cookie with a Set-Cookie header.
func (ctx *Context) SetSessionCookie(value string) {
	ctx.Resp.Header().Add("Set-Cookie", (&http.Cookie{Name: "sid", Value: value, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}).String())
}

func badLoginKeepsSession(w http.ResponseWriter, r *http.Request) {
	if !checkPassword(r.FormValue("user"), r.FormValue("password")) {
		return
	}
	if ctx := GetWebContext(r.Context()); ctx != nil {
		ctx.SetSessionCookie(ctx.GetSiteCookie("sid")) // want `login handler badLoginKeepsSession sends the client-supplied cookie "sid" back as response header "Set-Cookie"`
	}
}
