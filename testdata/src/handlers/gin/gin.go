// Package gin proves handler discovery on gin: variadic handler lists,
// inline closures, GET routes that never log in.
package gin

import "github.com/gin-gonic/gin"

// auth runs for POST /login (a login) and GET /token (not one).
func auth(c *gin.Context) {} // want `handler roles=\[login\] paths=\[/login /token\]`

func routes(r *gin.Engine) {
	r.POST("/login", auth, func(c *gin.Context) {}) // want `handler roles=\[login\] paths=\[/login\]`
	r.GET("/token", auth)
	r.GET("/login", func(c *gin.Context) {}) // want `handler roles=\[\] paths=\[/login\]`
}
