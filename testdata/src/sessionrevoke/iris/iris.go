// Package iris proves sessionrevoke on iris/sessions, whose sessions
// live on the server: a logout that only expires the session cookie is
// reported; one that destroys the session (through the manager or the
// session) or clears it is not, and neither is a login that only sets a
// value in the browser's session.
package iris

import (
	"net/http"

	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
	"golang.org/x/crypto/bcrypt"
)

var (
	hashes = map[string][]byte{}
	mgr    = sessions.New(sessions.Config{Cookie: "sid", CookieSecureTLS: true})
)

func goodLogin(ctx iris.Context) {
	user := ctx.PostValue("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(ctx.PostValue("password"))) != nil {
		return
	}
	sessions.Get(ctx).Set("uid", user)
}

func badLogout(ctx iris.Context) {
	ctx.SetCookie(&http.Cookie{Name: "sid", Path: "/", MaxAge: -1}) // want `logout handler badLogout deletes cookie "sid" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
}

func goodLogoutDestroy(ctx iris.Context) {
	mgr.Destroy(ctx)
}

func goodLogoutSessionDestroy(ctx iris.Context) {
	sessions.Get(ctx).Destroy()
	ctx.SetCookie(&http.Cookie{Name: "sid", Path: "/", MaxAge: -1})
}

func goodLogoutClear(ctx iris.Context) {
	mgr.Start(ctx).Clear()
	ctx.SetCookie(&http.Cookie{Name: "sid", Path: "/", MaxAge: -1})
}

func routes(app *iris.Application) {
	app.Use(mgr.Handler())
	app.Post("/login", goodLogin)
	app.Post("/logout", badLogout)
	app.Post("/signout", goodLogoutDestroy)
	app.Post("/logout/session", goodLogoutSessionDestroy)
	app.Post("/logout/clear", goodLogoutClear)
}
