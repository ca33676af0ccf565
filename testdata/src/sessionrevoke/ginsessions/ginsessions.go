// Package ginsessions proves sessionrevoke on gin-contrib/sessions with
// a server-side (memstore) store. Logins that set and save the session
// are not reported: the library keeps one session per browser. Logouts
// that Clear or Delete and Save, or save with MaxAge < 0, end the entry;
// one that only expires the cookie by hand leaves it valid.
package ginsessions

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/memstore"
	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

var hashes = map[string][]byte{}

func setup(r *gin.Engine) {
	r.Use(sessions.Sessions("mysession", memstore.NewStore([]byte("secret"))))
	r.POST("/login", goodLogin)
	r.POST("/logout", badLogout)
	r.POST("/v2/logout", goodLogoutClear)
	r.POST("/v3/logout", goodLogoutDelete)
	r.POST("/v4/logout", goodLogoutMaxAge)
}

func goodLogin(c *gin.Context) {
	user := c.PostForm("user")
	if bcrypt.CompareHashAndPassword(hashes[user], []byte(c.PostForm("password"))) != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s := sessions.Default(c)
	s.Set("user", user)
	s.Save()
}

func badLogout(c *gin.Context) {
	c.SetCookie("mysession", "", -1, "/", "", true, true) // want `logout handler badLogout deletes cookie "mysession" but leaves its server-side session valid`
}

func goodLogoutClear(c *gin.Context) {
	s := sessions.Default(c)
	s.Clear()
	s.Save()
	c.SetCookie("mysession", "", -1, "/", "", true, true)
}

func goodLogoutDelete(c *gin.Context) {
	s := sessions.Default(c)
	s.Delete("user")
	s.Save()
}

// goodLogoutMaxAge saves with MaxAge < 0, which server-side stores
// implement by deleting the entry.
func goodLogoutMaxAge(c *gin.Context) {
	s := sessions.Default(c)
	s.Options(sessions.Options{MaxAge: -1})
	s.Save()
}
