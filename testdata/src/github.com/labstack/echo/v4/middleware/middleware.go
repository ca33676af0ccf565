// Package middleware is a minimal stub of github.com/labstack/echo/v4/middleware for authvet's analysistest fixtures; signatures match github.com/labstack/echo/v4@v4.16.0.
package middleware

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Skipper defines a function to skip middleware.
type Skipper func(c echo.Context) bool

// BeforeFunc defines a function which is executed just before the middleware.
type BeforeFunc func(c echo.Context)

// DefaultSkipper returns false which processes the middleware.
func DefaultSkipper(echo.Context) bool { return false }

// BasicAuthValidator defines a function to validate BasicAuth credentials.
type BasicAuthValidator func(string, string, echo.Context) (bool, error)

// BasicAuthConfig defines the config for BasicAuth middleware.
type BasicAuthConfig struct {
	Skipper   Skipper
	Validator BasicAuthValidator
	Realm     string
}

func BasicAuth(fn BasicAuthValidator) echo.MiddlewareFunc            { panic("stub") }
func BasicAuthWithConfig(config BasicAuthConfig) echo.MiddlewareFunc { panic("stub") }

// KeyAuthValidator defines a function to validate KeyAuth credentials.
type KeyAuthValidator func(auth string, c echo.Context) (bool, error)

// KeyAuthErrorHandler defines a function which is executed for an invalid key.
type KeyAuthErrorHandler func(err error, c echo.Context) error

// KeyAuthConfig defines the config for KeyAuth middleware.
type KeyAuthConfig struct {
	Skipper                Skipper
	KeyLookup              string
	AuthScheme             string
	Validator              KeyAuthValidator
	ErrorHandler           KeyAuthErrorHandler
	ContinueOnIgnoredError bool
}

func KeyAuth(fn KeyAuthValidator) echo.MiddlewareFunc            { panic("stub") }
func KeyAuthWithConfig(config KeyAuthConfig) echo.MiddlewareFunc { panic("stub") }

// CSRFErrorHandler is a function which is executed for creating CSRF error.
type CSRFErrorHandler func(err error, c echo.Context) error

// CSRFConfig defines the config for CSRF middleware.
type CSRFConfig struct {
	Skipper               Skipper
	TrustedOrigins        []string
	AllowSecFetchSiteFunc func(c echo.Context) (bool, error)
	TokenLength           uint8         `yaml:"token_length"`
	TokenLookup           string        `yaml:"token_lookup"`
	ContextKey            string        `yaml:"context_key"`
	CookieName            string        `yaml:"cookie_name"`
	CookieDomain          string        `yaml:"cookie_domain"`
	CookiePath            string        `yaml:"cookie_path"`
	CookieMaxAge          int           `yaml:"cookie_max_age"`
	CookieSecure          bool          `yaml:"cookie_secure"`
	CookieHTTPOnly        bool          `yaml:"cookie_http_only"`
	CookieSameSite        http.SameSite `yaml:"cookie_same_site"`
	ErrorHandler          CSRFErrorHandler
}

func CSRF() echo.MiddlewareFunc                            { panic("stub") }
func CSRFWithConfig(config CSRFConfig) echo.MiddlewareFunc { panic("stub") }
func Logger() echo.MiddlewareFunc                          { panic("stub") }
func Recover() echo.MiddlewareFunc                         { panic("stub") }
func CORS() echo.MiddlewareFunc                            { panic("stub") }

// ValuesExtractor defines a function for extracting values (keys/tokens) from the given context.
type ValuesExtractor func(c echo.Context) ([]string, error)
