// Package beego proves tokenecho on beego v2: login handlers, functional
// (web.Post) or controller methods registered as method expressions
// (web.CtrlPost), that send a client-supplied cookie back (ctx.SetCookie,
// http.SetCookie on ctx.ResponseWriter) or adopt a form value as a
// session key are reported; a fresh session ID, a regenerated beego
// session, an echoed user name, a logout and a GET route are not.
package beego

import (
	"crypto/rand"
	"net/http"

	"github.com/beego/beego/v2/server/web"
	"github.com/beego/beego/v2/server/web/context"
	"golang.org/x/crypto/bcrypt"
)

var (
	hashes   = map[string][]byte{}
	sessions = map[string]string{} // API session ID -> user
)

func checkPassword(user, password string) bool {
	return bcrypt.CompareHashAndPassword(hashes[user], []byte(password)) == nil
}

func badLogin(ctx *context.Context) {
	if !checkPassword(ctx.Input.Query("user"), ctx.Input.Query("password")) {
		return
	}
	ctx.SetCookie("session", ctx.GetCookie("session"), 3600, "/", "", true, true) // want `login handler badLogin sends the client-supplied cookie "session" back as cookie "session"; issue a fresh token instead \(CWE-384\)`
}

// badLoginStdlib sets the cookie with net/http on beego's response.
func badLoginStdlib(ctx *context.Context) {
	if !checkPassword(ctx.Input.Query("user"), ctx.Input.Query("password")) {
		return
	}
	http.SetCookie(ctx.ResponseWriter, &http.Cookie{Name: "session", Value: ctx.Input.Cookie("session"), HttpOnly: true, Secure: true}) // want `login handler badLoginStdlib sends the client-supplied cookie "session" back as cookie "session"`
}

func goodLoginFresh(ctx *context.Context) {
	user := ctx.Input.Query("user")
	if !checkPassword(user, ctx.Input.Query("password")) {
		return
	}
	sid := rand.Text()
	sessions[sid] = user
	ctx.SetCookie("session", sid, 3600, "/", "", true, true)
}

// AuthController logs in through controller methods.
type AuthController struct {
	web.Controller
}

func (c *AuthController) BadLoginAdopt() {
	user := c.GetString("user")
	if !checkPassword(user, c.GetString("password")) {
		return
	}
	sessions[c.GetString("sid")] = user // want `login handler AuthController.BadLoginAdopt sends the client-supplied form "sid" back as the key of the new server-side session`
}

// GoodLoginSession regenerates beego's session ID before storing the
// user in the session.
func (c *AuthController) GoodLoginSession() {
	user := c.GetString("user")
	if !checkPassword(user, c.GetString("password")) {
		return
	}
	c.SessionRegenerateID()
	c.SetSession("uid", user)
	c.Data["json"] = map[string]string{"user": user}
	c.ServeJSON()
}

func (c *AuthController) GoodLogout() {
	c.DestroySession()
	c.Ctx.SetCookie("session", c.Ctx.GetCookie("session"), -1)
}

func routes() {
	web.Post("/login", badLogin)
	web.Post("/login/fresh", goodLoginFresh)
	web.Post("/login/stdlib", badLoginStdlib)
	web.CtrlPost("/login/adopt", (*AuthController).BadLoginAdopt)
	web.CtrlPost("/login/session", (*AuthController).GoodLoginSession)
	web.CtrlPost("/logout", (*AuthController).GoodLogout)
	// The session, for scripts: GET never logs in.
	web.Get("/session", func(ctx *context.Context) {
		ctx.WriteString(ctx.GetCookie("session"))
	})
}
