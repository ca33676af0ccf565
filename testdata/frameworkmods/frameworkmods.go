// Package frameworkmods imports the session and web libraries that are
// modelled by authvet but not used by the demo, so that this small module
// pins real versions of them: authvet's model test resolves each name in
// its framework tables against these real APIs. It is kept apart from the
// demo so that `make demo` does not download them.
package frameworkmods

import (
	_ "github.com/appleboy/gin-jwt/v2"
	_ "github.com/beego/beego/v2/server/web"
	_ "github.com/beego/beego/v2/server/web/context"
	_ "github.com/beego/beego/v2/server/web/session"
	_ "github.com/dgrijalva/jwt-go"
	_ "github.com/flamego/flamego"
	_ "github.com/flamego/session"
	_ "github.com/go-chi/jwtauth/v5"
	_ "github.com/go-macaron/session"
	_ "github.com/go-oauth2/oauth2/v4/server"
	_ "github.com/golang-jwt/jwt"
	_ "github.com/julienschmidt/httprouter"
	_ "github.com/kataras/iris/v12"
	_ "github.com/kataras/iris/v12/sessions"
	_ "github.com/labstack/echo-contrib/session"
	_ "github.com/labstack/echo-jwt/v4"
	_ "github.com/labstack/echo/v4/middleware"
	_ "github.com/zerodha/simplesessions/v3"
	_ "gopkg.in/macaron.v1"
)
