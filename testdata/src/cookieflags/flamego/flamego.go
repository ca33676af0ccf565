// Package flamego proves cookieflags on flamego's Context.SetCookie,
// which sends the http.Cookie it is given, by value: a session cookie
// missing flags is reported, in a literal or built in a variable; one
// with all flags, a deleted one and a preference cookie are not.
package flamego

import (
	"crypto/rand"
	"net/http"

	"github.com/flamego/flamego"
)

func badLogin(c flamego.Context) {
	c.SetCookie(http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true}) // want `cookie "session" is set without Secure and SameSite`
}

func badLoginVar(c flamego.Context) {
	ck := http.Cookie{Name: "auth_token", Value: rand.Text(), Secure: true, SameSite: http.SameSiteLaxMode}
	c.SetCookie(ck) // want `cookie "auth_token" is set without HttpOnly; scripts can read it \(CWE-1004\)`
}

func goodLogin(c flamego.Context) {
	c.SetCookie(http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func goodLogout(c flamego.Context) {
	c.SetCookie(http.Cookie{Name: "session", MaxAge: -1})
}

func goodTheme(c flamego.Context) {
	c.SetCookie(http.Cookie{Name: "theme", Value: c.Query("theme")})
}

func routes(f *flamego.Flame) {
	f.Post("/login", badLogin)
	f.Post("/login2", badLoginVar)
	f.Post("/login3", goodLogin)
	f.Post("/logout", goodLogout)
	f.Put("/theme", goodTheme)
}
