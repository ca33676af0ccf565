// Package macaron proves sessionrevoke on go-macaron/session, whose
// sessions live in a server-side provider: a logout that only expires
// the session cookie is reported; one that destroys the session or
// flushes it is not, and neither is a login that only sets a value in
// the browser's session (the library has no per-user index to revoke).
package macaron

import (
	"net/http"

	"github.com/go-macaron/session"
	"golang.org/x/crypto/bcrypt"
	"gopkg.in/macaron.v1"
)

var hashes = map[string][]byte{}

func goodLogin(ctx *macaron.Context, sess session.Store) {
	user := ctx.Req.PostFormValue("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(ctx.Req.PostFormValue("password"))) != nil {
		return
	}
	sess.Set("uid", user)
}

func badLogout(ctx *macaron.Context) {
	http.SetCookie(ctx.Resp, &http.Cookie{Name: "MacaronSession", Path: "/", MaxAge: -1}) // want `logout handler badLogout deletes cookie "MacaronSession" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
	ctx.Redirect("/")
}

func goodLogoutDestroy(ctx *macaron.Context, sess session.Store) {
	sess.Destory(ctx)
	ctx.Redirect("/")
}

func goodLogoutFlush(ctx *macaron.Context, sess session.Store) {
	sess.Flush()
	http.SetCookie(ctx.Resp, &http.Cookie{Name: "MacaronSession", Path: "/", MaxAge: -1})
}

func routes(m *macaron.Macaron) {
	m.Use(session.Sessioner(session.Options{CookieName: "MacaronSession", Secure: true}))
	m.Post("/login", goodLogin)
	m.Post("/logout", badLogout)
	m.Post("/signout", goodLogoutDestroy)
	m.Post("/logout/all", goodLogoutFlush)
}
