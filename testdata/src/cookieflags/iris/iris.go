// Package iris proves cookieflags on iris v12's ctx.SetCookie and
// ctx.UpsertCookie, which send the http.Cookie they are given: a session
// cookie missing flags is reported; one with all flags, a deleted one
// and a preference cookie are not.
package iris

import (
	"crypto/rand"
	"net/http"

	"github.com/kataras/iris/v12"
)

func badLogin(ctx iris.Context) {
	ctx.SetCookie(&http.Cookie{Name: "session", Value: rand.Text()}) // want `cookie "session" is set without HttpOnly, Secure and SameSite`
}

func badUpsert(ctx iris.Context) {
	ctx.UpsertCookie(&http.Cookie{Name: "refresh_token", Value: rand.Text(), HttpOnly: true, SameSite: http.SameSiteStrictMode}) // want `cookie "refresh_token" is set without Secure; it is sent over plain HTTP \(CWE-614\)`
}

func goodLogin(ctx iris.Context) {
	ctx.SetCookie(&http.Cookie{Name: "session", Value: rand.Text(), HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

func goodLogout(ctx iris.Context) {
	ctx.SetCookie(&http.Cookie{Name: "session", MaxAge: -1})
}

func goodTheme(ctx iris.Context) {
	ctx.SetCookie(&http.Cookie{Name: "theme", Value: ctx.URLParam("theme")})
}

func routes(app *iris.Application) {
	app.Post("/login", badLogin)
	app.Post("/refresh", badUpsert)
	app.Post("/login2", goodLogin)
	app.Post("/logout", goodLogout)
	app.Put("/theme", goodTheme)
}
