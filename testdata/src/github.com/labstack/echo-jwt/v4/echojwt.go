// Package echojwt is a minimal stub of github.com/labstack/echo-jwt/v4 for authvet's analysistest fixtures; signatures match github.com/labstack/echo-jwt/v4@v4.4.0.
package echojwt

import (
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

// Config defines the config for JWT middleware.
type Config struct {
	Skipper          middleware.Skipper
	SigningKey       interface{}
	SigningMethod    string
	ContextKey       string
	TokenLookup      string
	TokenLookupFuncs []middleware.ValuesExtractor
}

// JWT returns a JSON Web Token (JWT) auth middleware.
func JWT(signingKey interface{}) echo.MiddlewareFunc { panic("stub") }

// WithConfig returns a JSON Web Token (JWT) auth middleware or panics if configuration is invalid.
func WithConfig(config Config) echo.MiddlewareFunc { panic("stub") }
