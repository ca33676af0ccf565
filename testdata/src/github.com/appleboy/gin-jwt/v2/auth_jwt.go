// Package jwt is a minimal stub of github.com/appleboy/gin-jwt/v2 for authvet's analysistest fixtures; signatures match github.com/appleboy/gin-jwt/v2@v2.10.3.
package jwt

import "github.com/gin-gonic/gin"

// GinJWTMiddleware provides a JSON-Web-Token authentication implementation.
type GinJWTMiddleware struct {
	Realm         string
	Key           []byte
	TokenLookup   string
	TokenHeadName string
}

// New checks the GinJWTMiddleware and returns it.
func New(m *GinJWTMiddleware) (*GinJWTMiddleware, error) { return m, nil }

// MiddlewareFunc makes GinJWTMiddleware implement the Middleware interface.
func (mw *GinJWTMiddleware) MiddlewareFunc() gin.HandlerFunc { panic("stub") }
