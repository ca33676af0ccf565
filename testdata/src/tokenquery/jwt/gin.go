// This file proves the same on gin with golang-jwt v4.

package jwt

import (
	"net/http"

	"github.com/gin-gonic/gin"
	jwtv4 "github.com/golang-jwt/jwt/v4"
)

func keyFuncV4(t *jwtv4.Token) (interface{}, error) { return hmacKey, nil }

func badGinParse(c *gin.Context) {
	if _, err := jwtv4.Parse(c.Query("w"), keyFuncV4); err != nil { // want `query parameter "w" is used as a credential \(parsed as a JWT\)`
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

func goodGinHeader(c *gin.Context) {
	if _, err := jwtv4.Parse(c.GetHeader("X-Token"), keyFuncV4); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

func goodGinPostForm(c *gin.Context) {
	if _, err := jwtv4.Parse(c.PostForm("w"), keyFuncV4); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}
