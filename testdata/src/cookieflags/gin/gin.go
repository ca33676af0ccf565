// Package gin proves cookieflags on gin: SetCookie's secure and httpOnly
// arguments are checked, SameSite comes from SetSameSite on the same
// context, and SetCookieData's cookie is checked like net/http's.
// Configuration values, deletions and non-credential cookies are not
// reported.
package gin

import (
	"crypto/rand"
	"net/http"

	"github.com/gin-gonic/gin"
)

var secureCookies bool

func badNoFlags(c *gin.Context) {
	c.SetCookie("session", rand.Text(), 3600, "/", "", false, false) // want `cookie "session" is set without HttpOnly, Secure and SameSite; .* \(CWE-1004, CWE-614, CWE-1275\)`
}

// badNoSameSite sets both flags but never calls SetSameSite.
func badNoSameSite(c *gin.Context) {
	c.SetCookie("token", rand.Text(), 3600, "/", "", true, true) // want `cookie "token" is set without SameSite; it is sent with cross-site requests \(CWE-1275\)`
}

func badNotHTTPOnly(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("sid", rand.Text(), 3600, "/", "", true, false) // want `cookie "sid" is set without HttpOnly; scripts can read it \(CWE-1004\)`
}

// badFreshValue names its cookie by a variable; the value is a secret.
func badFreshValue(c *gin.Context, name string) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie(name, rand.Text(), 3600, "/", "", false, true) // want `cookie named by name is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func badCookieData(c *gin.Context) {
	c.SetCookieData(&http.Cookie{Name: "auth", Value: rand.Text(), Secure: true, SameSite: http.SameSiteLaxMode}) // want `cookie "auth" is set without HttpOnly`
}

func goodAllFlags(c *gin.Context) {
	c.SetSameSite(http.SameSiteLaxMode)
	c.SetCookie("session", rand.Text(), 3600, "/", "", true, true)
}

func goodConfigSecure(c *gin.Context) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("session", rand.Text(), 3600, "/", "", secureCookies, true)
}

func goodNoneWithSecure(c *gin.Context) {
	c.SetSameSite(http.SameSiteNoneMode)
	c.SetCookie("session", rand.Text(), 3600, "/", "", true, true)
}

func goodDelete(c *gin.Context) {
	c.SetCookie("session", "", -1, "/", "", false, false)
}

func goodPreferences(c *gin.Context) {
	c.SetCookie("theme", c.Query("theme"), 3600, "/", "", false, false)
	c.SetCookie("lang", "en", 3600, "/", "", false, false)
}

func goodCSRF(c *gin.Context) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("csrf_token", rand.Text(), 3600, "/", "", true, false)
}

func goodCookieDataHelper(c *gin.Context) {
	ck := &http.Cookie{Name: "session", Value: rand.Text()}
	harden(ck)
	c.SetCookieData(ck)
}

func harden(ck *http.Cookie) {
	ck.HttpOnly, ck.Secure, ck.SameSite = true, true, http.SameSiteStrictMode
}
