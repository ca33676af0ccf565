// Package macaron proves cookieflags in go-macaron handlers that set
// net/http cookies on ctx.Resp: a session cookie without its flags is
// reported; one with all flags and a deleted one are not, nor is a
// macaron ctx.SetCookie that passes Secure and HttpOnly positionally.
package macaron

import (
	"crypto/rand"
	"net/http"

	"gopkg.in/macaron.v1"
)

func badLogin(ctx *macaron.Context) {
	http.SetCookie(ctx.Resp, &http.Cookie{Name: "session", Value: rand.Text()}) // want `cookie "session" is set without HttpOnly, Secure and SameSite`
}

func goodLogin(ctx *macaron.Context) {
	http.SetCookie(ctx.Resp, &http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
}

// goodSetCookie passes maxAge, path, domain, secure and httpOnly.
func goodSetCookie(ctx *macaron.Context) {
	ctx.SetCookie("session", rand.Text(), 3600, "/", "", true, true)
}

func goodLogout(ctx *macaron.Context) {
	http.SetCookie(ctx.Resp, &http.Cookie{Name: "session", MaxAge: -1})
}

func routes(m *macaron.Macaron) {
	m.Post("/login", badLogin)
	m.Post("/login2", goodLogin)
	m.Post("/login3", goodSetCookie)
	m.Post("/logout", goodLogout)
}
