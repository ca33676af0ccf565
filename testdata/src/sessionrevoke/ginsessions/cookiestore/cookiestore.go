// Package cookiestore proves that sessionrevoke leaves alone logouts of
// a package that keeps gin-contrib sessions in the cookie store: there
// is no server-side entry to delete, only the cookie.
package cookiestore

import (
	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
)

func setup(r *gin.Engine) {
	r.Use(sessions.Sessions("mysession", cookie.NewStore([]byte("secret"))))
	r.POST("/login", func(c *gin.Context) {
		s := sessions.Default(c)
		s.Set("user", c.PostForm("user"))
		s.Save()
	})
	r.POST("/logout", goodLogoutCookieStore)
}

func goodLogoutCookieStore(c *gin.Context) {
	c.SetCookie("mysession", "", -1, "/", "", true, true)
}
