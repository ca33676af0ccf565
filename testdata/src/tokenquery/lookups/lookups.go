// Package lookups proves tokenquery on the lookup strings of
// authentication middleware: echo-jwt's TokenLookup, echo's key-auth
// KeyLookup, gin-jwt's TokenLookup (which trims spaces), and fiber's
// key-auth and session KeyLookup. An entry with
// the query source is reported, whatever its name, in a literal or an
// assignment; the fix drops it when a header or cookie entry remains.
// Header and cookie lookups, the defaults, and echo's CSRF TokenLookup
// (a CSRF token is no credential) are not reported.
package lookups

import (
	ginjwt "github.com/appleboy/gin-jwt/v2"
	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/keyauth"
	"github.com/gofiber/fiber/v2/middleware/session"
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

var key = []byte("secret")

const wsLookup = "header:Authorization:Bearer ,query:t"

func validKey(k string, c echo.Context) (bool, error) { return k == "k", nil }

func badEcho(e *echo.Echo) {
	e.Use(echojwt.WithConfig(echojwt.Config{
		SigningKey:  key,
		TokenLookup: "header:Authorization:Bearer ,query:token", // want `JWT "token" is read from the URL query by echojwt.Config.TokenLookup`
	}))
	e.Use(echojwt.WithConfig(echojwt.Config{SigningKey: key, TokenLookup: "query:x"})) // want `JWT "x" is read from the URL query by echojwt.Config.TokenLookup`
	e.Use(echojwt.WithConfig(echojwt.Config{SigningKey: key, TokenLookup: wsLookup}))  // want `JWT "t" is read from the URL query by echojwt.Config.TokenLookup`
	e.Use(middleware.KeyAuthWithConfig(middleware.KeyAuthConfig{
		KeyLookup: `query:api_key,cookie:api_key`, // want `API key "api_key" is read from the URL query by middleware.KeyAuthConfig.KeyLookup`
		Validator: validKey,
	}))
	// No fix: nothing but an empty entry would remain.
	e.Use(echojwt.WithConfig(echojwt.Config{SigningKey: key, TokenLookup: "query:x2,"})) // want `JWT "x2" is read from the URL query by echojwt.Config.TokenLookup`
	cfg := echojwt.Config{SigningKey: key}
	cfg.TokenLookup = "cookie:jwt,query:jwt" // want `JWT "jwt" is read from the URL query by echojwt.Config.TokenLookup`
	e.Use(echojwt.WithConfig(cfg))
}

func goodEcho(e *echo.Echo) {
	e.Use(echojwt.JWT(key))
	e.Use(echojwt.WithConfig(echojwt.Config{SigningKey: key, TokenLookup: "header:Authorization:Bearer ,cookie:jwt"}))
	e.Use(middleware.KeyAuthWithConfig(middleware.KeyAuthConfig{KeyLookup: "header:X-API-Key", Validator: validKey}))
	// " query:token" is no query entry: echo matches the source exactly.
	e.Use(echojwt.WithConfig(echojwt.Config{SigningKey: key, TokenLookup: "header:Authorization, query:token"}))
	e.Use(middleware.CSRFWithConfig(middleware.CSRFConfig{TokenLookup: "query:csrf"}))
}

func validFiberKey(c *fiber.Ctx, k string) (bool, error) { return k == "k", nil }

func badFiber(app *fiber.App) {
	app.Use(keyauth.New(keyauth.Config{KeyLookup: "query:key", Validator: validFiberKey})) // want `API key "key" is read from the URL query by keyauth.Config.KeyLookup`
	_ = session.New(session.Config{KeyLookup: "query:sid"})                                // want `session ID "sid" is read from the URL query by session.Config.KeyLookup`
}

func goodFiber(app *fiber.App) {
	app.Use(keyauth.New(keyauth.Config{Validator: validFiberKey}))
	app.Use(keyauth.New(keyauth.Config{KeyLookup: "header:X-API-Key", Validator: validFiberKey}))
	_ = session.New(session.Config{KeyLookup: "cookie:__Host-session"})
}

func badGin(r *gin.Engine) {
	mw, _ := ginjwt.New(&ginjwt.GinJWTMiddleware{
		Realm:       "api",
		TokenLookup: "header: Authorization, query: token, cookie: jwt", // want `JWT "token" is read from the URL query by jwt.GinJWTMiddleware.TokenLookup`
	})
	r.Use(mw.MiddlewareFunc())
}

func goodGin(r *gin.Engine) {
	mw, _ := ginjwt.New(&ginjwt.GinJWTMiddleware{Realm: "api", TokenLookup: "header: Authorization, cookie: jwt"})
	r.Use(mw.MiddlewareFunc())
}
