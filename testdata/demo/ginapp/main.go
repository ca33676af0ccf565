// Command ginapp is a gin service with a fixation bug and a session
// cookie set without its security flags.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

var hashes = map[string][]byte{}

func main() {
	r := gin.Default()
	r.POST("/login", func(c *gin.Context) {
		var req struct {
			User     string `json:"user"`
			Password string `json:"password"`
			Session  string `json:"session_token"`
		}
		if err := c.ShouldBindJSON(&req); err != nil {
			c.AbortWithStatus(http.StatusBadRequest)
			return
		}
		if bcrypt.CompareHashAndPassword(hashes[req.User], []byte(req.Password)) != nil {
			c.AbortWithStatus(http.StatusForbidden)
			return
		}
		c.SetCookie("session", req.Session, 3600, "/", "", false, false)
		c.JSON(http.StatusOK, gin.H{"user": req.User})
	})
	r.GET("/search", func(c *gin.Context) {
		c.JSON(http.StatusOK, gin.H{"q": c.Query("q"), "page": c.Query("page")})
	})
	r.Run()
}
