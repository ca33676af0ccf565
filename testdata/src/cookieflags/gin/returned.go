// This file proves that cookies returned by a helper in another package
// and set with gin's SetCookieData are judged with what the helper gives
// them, and that a cookie passed through a helper that sets some flags
// and returns it keeps the flags of its literal.

package gin

import (
	"crypto/rand"
	"net/http"

	"github.com/gin-gonic/gin"

	"cookieflags/helpers/cookies"
)

type proxy struct{ cookies cookies.Policy }

func badReturnedCookie(c *gin.Context) {
	c.SetCookieData(cookies.NewCookie("token", rand.Text(), false)) // want `cookie "token" built by cookies.NewCookie is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func goodReturnedCookie(c *gin.Context, secure bool) {
	c.SetCookieData(cookies.NewCookie("token", rand.Text(), secure))
}

func (p *proxy) goodAppliedPolicy(c *gin.Context) {
	c.SetCookieData(p.cookies.Apply(&http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true}))
}

func (p *proxy) badAppliedPolicy(c *gin.Context) {
	c.SetCookieData(p.cookies.Apply(&http.Cookie{Name: "session", Value: rand.Text()})) // want `cookie "session" is set without HttpOnly; scripts can read it \(CWE-1004\)`
}
