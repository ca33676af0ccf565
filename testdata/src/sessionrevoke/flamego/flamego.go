// Package flamego proves sessionrevoke on flamego/session, whose
// sessions live in a server-side Store: a logout that only expires the
// session cookie is reported; one that destroys the session in the
// store or flushes it is not, and neither is a login that only sets a
// value in the browser's session.
package flamego

import (
	"net/http"

	"github.com/flamego/flamego"
	"github.com/flamego/session"
	"golang.org/x/crypto/bcrypt"
)

var hashes = map[string][]byte{}

func goodLogin(c flamego.Context, sess session.Session) {
	r := c.Request()
	user := r.PostFormValue("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(r.PostFormValue("password"))) != nil {
		return
	}
	sess.Set("uid", user)
}

func badLogout(c flamego.Context) {
	c.SetCookie(http.Cookie{Name: "flamego_session", Path: "/", MaxAge: -1}) // want `logout handler badLogout deletes cookie "flamego_session" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
	c.Redirect("/")
}

func goodLogoutDestroy(c flamego.Context, sess session.Session, store session.Store) {
	store.Destroy(c.Request().Context(), sess.ID())
	c.SetCookie(http.Cookie{Name: "flamego_session", Path: "/", MaxAge: -1})
}

func goodLogoutFlush(c flamego.Context, sess session.Session) {
	sess.Flush()
	c.Redirect("/")
}

func routes(f *flamego.Flame) {
	f.Use(session.Sessioner())
	f.Post("/login", goodLogin)
	f.Post("/logout", badLogout)
	f.Post("/signout", goodLogoutDestroy)
	f.Post("/logout/all", goodLogoutFlush)
}
