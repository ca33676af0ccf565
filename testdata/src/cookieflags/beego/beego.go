// Package beego proves cookieflags in beego v2 handlers that set
// net/http cookies on the response: a session cookie without its flags
// is reported; one with all flags and a deleted one are not, nor is a
// beego ctx.SetCookie that passes Secure and HttpOnly positionally.
package beego

import (
	"crypto/rand"
	"net/http"

	"github.com/beego/beego/v2/server/web/context"
)

func badLogin(ctx *context.Context) {
	http.SetCookie(ctx.ResponseWriter, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, SameSite: http.SameSiteLaxMode}) // want `cookie "session" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func goodLogin(ctx *context.Context) {
	http.SetCookie(ctx.ResponseWriter, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// goodSetCookie passes maxAge, path, domain, secure, httpOnly and
// sameSite.
func goodSetCookie(ctx *context.Context) {
	ctx.SetCookie("session", rand.Text(), 3600, "/", "", true, true, "Lax")
}

func goodLogout(ctx *context.Context) {
	http.SetCookie(ctx.ResponseWriter, &http.Cookie{Name: "session", MaxAge: -1})
}
