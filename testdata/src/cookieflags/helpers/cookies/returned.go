// This file's functions return cookies for their callers to set, in
// another package: what each gives the cookie crosses in its summary,
// and the callers are judged with their arguments.

package cookies

import "net/http"

// NewSessionCookie builds a cookie from its parameters without Secure,
// HttpOnly or SameSite.
func NewSessionCookie(name, value string) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, Path: "/"}
}

// NewHardenedCookie builds a cookie from its parameters with every flag.
func NewHardenedCookie(name, value string) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode}
}

// NewCookie leaves Secure to its caller.
func NewCookie(name, value string, secure bool) *http.Cookie {
	return &http.Cookie{Name: name, Value: value, HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode}
}

// Policy is coder's cookie configuration: Apply sets Secure and
// SameSite from it on the cookie it is given, and returns that cookie.
type Policy struct {
	Secure   bool
	SameSite http.SameSite
}

func (p Policy) Apply(c *http.Cookie) *http.Cookie {
	c.Secure = p.Secure
	c.SameSite = p.SameSite
	return c
}

// Harden sets HttpOnly and passes the cookie through Apply.
func (p Policy) Harden(c *http.Cookie) *http.Cookie {
	c.HttpOnly = true
	return p.Apply(c)
}
