// Package apis imports every library authvet models, so that the demo
// module pins real versions of them: authvet's model test resolves each
// name in its framework tables against these real APIs.
package apis

import (
	_ "github.com/alexedwards/scs/v2"
	_ "github.com/gin-contrib/sessions"
	_ "github.com/gin-contrib/sessions/cookie"
	_ "github.com/gin-contrib/sessions/memstore"
	_ "github.com/gin-gonic/gin"
	_ "github.com/go-chi/chi/v5"
	_ "github.com/gofiber/fiber/v2"
	_ "github.com/gofiber/fiber/v2/middleware/keyauth"
	_ "github.com/gofiber/fiber/v2/middleware/session"
	_ "github.com/golang-jwt/jwt/v4"
	_ "github.com/golang-jwt/jwt/v5"
	_ "github.com/google/uuid"
	_ "github.com/gorilla/mux"
	_ "github.com/gorilla/securecookie"
	_ "github.com/gorilla/sessions"
	_ "github.com/labstack/echo/v4"
	_ "golang.org/x/crypto/argon2"
	_ "golang.org/x/crypto/bcrypt"
	_ "golang.org/x/crypto/pbkdf2"
	_ "golang.org/x/crypto/scrypt"
)
