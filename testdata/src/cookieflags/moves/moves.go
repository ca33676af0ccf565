// Package moves proves that cookieflags judges a cookie helper reached
// through a method value, a method expression or an interface
// implemented in the program (net/http, gin, echo) at the call, as when
// it is called directly: a helper that leaves a flag off is reported, a
// method value of a helper that sets every flag, and an interface whose
// only implementation sets every flag, are not.
package moves

import (
	"crypto/rand"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
)

// plain leaves Secure and SameSite off.
type plain struct{}

func (plain) Set(w http.ResponseWriter, name, value string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, HttpOnly: true})
}

// locked sets every flag.
type locked struct{}

func (locked) Set(w http.ResponseWriter, name, value string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
}

type server struct {
	plain  plain
	locked locked
}

func (s *server) badMethodValue(w http.ResponseWriter, r *http.Request) {
	set := s.plain.Set
	set(w, "session", rand.Text()) // want `cookie "session" is set without Secure and SameSite`
}

func (s *server) badMethodExpr(w http.ResponseWriter, r *http.Request) {
	set := plain.Set
	set(plain{}, w, "session", rand.Text()) // want `cookie "session" is set without Secure and SameSite`
}

func (s *server) goodMethodValue(w http.ResponseWriter, r *http.Request) {
	set := s.locked.Set
	set(w, "session", rand.Text())
}

// ginSetter leaves HttpOnly off.
type ginSetter struct{}

func (ginSetter) Put(c *gin.Context, name, tok string) {
	c.SetCookie(name, tok, 3600, "/", "", true, false)
}

// GinPutter is implemented by ginSetter alone.
type GinPutter interface {
	Put(c *gin.Context, name, tok string)
}

func badGinInterface(p GinPutter, c *gin.Context) {
	p.Put(c, "session", rand.Text()) // want `cookie "session" is set without HttpOnly`
}

func badGinMethodValue(c *gin.Context) {
	put := ginSetter{}.Put
	put(c, "session", rand.Text()) // want `cookie "session" is set without HttpOnly`
}

// echoSetter sets every flag.
type echoSetter struct{}

func (echoSetter) Give(c echo.Context, tok string) {
	c.SetCookie(&http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// EchoGiver is implemented by echoSetter alone.
type EchoGiver interface {
	Give(c echo.Context, tok string)
}

func goodEchoInterface(g EchoGiver, c echo.Context) {
	g.Give(c, rand.Text())
}
