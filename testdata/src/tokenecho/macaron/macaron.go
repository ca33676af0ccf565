// Package macaron proves tokenecho on go-macaron: login handlers, found
// by route registration (macaron injects their arguments), that send a
// client-supplied cookie back through ctx.SetCookie or http.SetCookie on
// ctx.Resp, or adopt a query parameter as a session key, are reported; a fresh or regenerated
// session, an echoed user name, a logout and a GET route are not.
package macaron

import (
	"crypto/rand"
	"net/http"

	"github.com/go-macaron/session"
	"golang.org/x/crypto/bcrypt"
	"gopkg.in/macaron.v1"
)

var (
	hashes   = map[string][]byte{}
	sessions = map[string]string{} // API session ID -> user
)

func checkPassword(ctx *macaron.Context) (string, bool) {
	user := ctx.Req.PostFormValue("user")
	return user, bcrypt.CompareHashAndPassword(hashes[user], []byte(ctx.Req.PostFormValue("password"))) == nil
}

func badLogin(ctx *macaron.Context) {
	if _, ok := checkPassword(ctx); !ok {
		return
	}
	ctx.SetCookie("session", ctx.GetCookie("session"), 0, "/", "", true, true) // want `login handler badLogin sends the client-supplied cookie "session" back as cookie "session"; issue a fresh token instead \(CWE-384\)`
}

func badLoginAdopt(ctx *macaron.Context) {
	user, ok := checkPassword(ctx)
	if !ok {
		return
	}
	sessions[ctx.Query("sid")] = user // want `login handler badLoginAdopt sends the client-supplied query "sid" back as the key of the new server-side session`
}

// badLoginStdlib sets the cookie with net/http on macaron's response.
func badLoginStdlib(ctx *macaron.Context) {
	if _, ok := checkPassword(ctx); !ok {
		return
	}
	http.SetCookie(ctx.Resp, &http.Cookie{Name: "session", Value: ctx.GetCookie("session"), HttpOnly: true, Secure: true}) // want `login handler badLoginStdlib sends the client-supplied cookie "session" back as cookie "session"`
}

func goodLoginFresh(ctx *macaron.Context) {
	user, ok := checkPassword(ctx)
	if !ok {
		return
	}
	sid := rand.Text()
	sessions[sid] = user
	ctx.SetCookie("session", sid, 0, "/", "", true, true)
}

// goodLoginRegenerate uses go-macaron/session, which gives the browser
// a new session ID before the user is stored in it.
func goodLoginRegenerate(ctx *macaron.Context, sess session.Store) {
	user, ok := checkPassword(ctx)
	if !ok {
		return
	}
	if _, err := sess.RegenerateId(ctx); err != nil {
		return
	}
	sess.Set("uid", user)
	ctx.JSON(200, map[string]string{"user": user})
}

func goodLogout(ctx *macaron.Context, sess session.Store) {
	sess.Destory(ctx)
	ctx.SetCookie("session", ctx.GetCookie("session"), -1)
}

func routes(m *macaron.Macaron) {
	m.Post("/login", badLogin)
	m.Post("/login/adopt", badLoginAdopt)
	m.Post("/login/stdlib", badLoginStdlib)
	m.Post("/login/fresh", goodLoginFresh)
	m.Post("/login/session", goodLoginRegenerate)
	m.Post("/logout", goodLogout)
	// The session, for scripts: GET never logs in.
	m.Get("/session", func(ctx *macaron.Context) {
		ctx.JSON(200, map[string]string{"session": ctx.GetCookie("session")})
	})
}
