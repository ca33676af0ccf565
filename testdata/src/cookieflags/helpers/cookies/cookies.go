// Package cookies holds cookie helpers used from another package, so
// that cookieflags must follow them through facts.
package cookies

import "net/http"

// Set sets c as it is.
func Set(w http.ResponseWriter, c *http.Cookie) {
	http.SetCookie(w, c)
}

// SetHardened locks c down, then sets it.
func SetHardened(w http.ResponseWriter, c *http.Cookie) {
	c.HttpOnly = true
	c.Secure = true
	c.SameSite = http.SameSiteLaxMode
	Set(w, c)
}
