// Package beego proves sessionrevoke on beego v2 controllers, whose
// sessions live in the server-side GlobalSessions manager: a logout that
// only expires the session cookie is reported; one that destroys the
// session or gives the browser a new one is not, and neither is a login
// that only sets a value in the browser's session.
package beego

import (
	"net/http"

	"github.com/beego/beego/v2/server/web"
	"golang.org/x/crypto/bcrypt"
)

var hashes = map[string][]byte{}

// AuthController handles logins and logouts.
type AuthController struct {
	web.Controller
}

func (c *AuthController) GoodLogin() {
	user := c.GetString("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(c.GetString("password"))) != nil {
		return
	}
	c.SessionRegenerateID()
	c.SetSession("uid", user)
}

func (c *AuthController) BadLogout() {
	http.SetCookie(c.Ctx.ResponseWriter, &http.Cookie{Name: "beegosessionID", Path: "/", MaxAge: -1}) // want `logout handler AuthController.BadLogout deletes cookie "beegosessionID" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
	c.Redirect("/", http.StatusFound)
}

func (c *AuthController) GoodLogout() {
	c.DestroySession()
	c.Redirect("/", http.StatusFound)
}

// GoodLogoutRegenerate gives the browser a new, empty session: the old
// ID no longer names a session.
func (c *AuthController) GoodLogoutRegenerate() {
	c.DelSession("uid")
	c.SessionRegenerateID()
	http.SetCookie(c.Ctx.ResponseWriter, &http.Cookie{Name: "remember_me", Path: "/", MaxAge: -1})
}

func routes() {
	web.CtrlPost("/login", (*AuthController).GoodLogin)
	web.CtrlPost("/logout", (*AuthController).BadLogout)
	web.CtrlPost("/signout", (*AuthController).GoodLogout)
	web.CtrlPost("/logout/regenerate", (*AuthController).GoodLogoutRegenerate)
}
