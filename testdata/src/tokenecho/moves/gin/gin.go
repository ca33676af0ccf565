// Package gin proves that tokenecho follows a client-supplied token on
// gin through a method value, an interface implemented in the program, a
// goroutine fed by a channel and the context's Set and Get; the same
// moves carrying a fresh token, or a value under another key, are not
// reported.
package gin

import (
	"crypto/rand"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

var hashes = map[string][]byte{}

func verify(c *gin.Context) bool {
	return bcrypt.CompareHashAndPassword(hashes[c.PostForm("user")], []byte(c.PostForm("password"))) == nil
}

// Issuer is implemented by cookieIssuer alone.
type Issuer interface {
	Issue(c *gin.Context, tok string)
}

type cookieIssuer struct{}

func (cookieIssuer) Issue(c *gin.Context, tok string) {
	c.SetCookie("session", tok, 3600, "/", "", true, true)
}

type service struct {
	issuer Issuer
	cookie cookieIssuer
}

func (s *service) badLoginMethodValue(c *gin.Context) {
	if !verify(c) {
		return
	}
	issue := s.cookie.Issue
	issue(c, c.GetHeader("X-Session-Token")) // want `login handler service.badLoginMethodValue sends the client-supplied header "X-Session-Token" back as cookie "session"`
}

func (s *service) badLoginInterface(c *gin.Context) {
	if !verify(c) {
		return
	}
	s.issuer.Issue(c, c.GetHeader("X-Session-Token")) // want `login handler service.badLoginInterface sends the client-supplied header "X-Session-Token" back as cookie "session"`
}

func (s *service) goodLoginInterface(c *gin.Context) {
	if !verify(c) {
		return
	}
	s.issuer.Issue(c, rand.Text())
}

func badLoginContextKey(c *gin.Context) {
	if !verify(c) {
		return
	}
	c.Set("token", c.GetHeader("X-Session-Token"))
	c.SetCookie("session", c.GetString("token"), 3600, "/", "", true, true) // want `sends the client-supplied header "X-Session-Token" back as cookie "session"`
}

// goodLoginContextKey sets the cookie from the fresh value under
// another key.
func goodLoginContextKey(c *gin.Context) {
	if !verify(c) {
		return
	}
	c.Set("presented", c.GetHeader("X-Session-Token"))
	c.Set("token", rand.Text())
	c.SetCookie("session", c.GetString("token"), 3600, "/", "", true, true)
}

func badLoginChannel(c *gin.Context) {
	if !verify(c) {
		return
	}
	toks := make(chan string)
	go func() { toks <- c.GetHeader("X-Session-Token") }()
	c.SetCookie("session", <-toks, 3600, "/", "", true, true) // want `sends the client-supplied header "X-Session-Token" back as cookie "session"`
}

// goodLoginChannel passes the user name on the channel.
func goodLoginChannel(c *gin.Context) {
	if !verify(c) {
		return
	}
	users := make(chan string, 1)
	users <- c.PostForm("user")
	_ = <-users
	c.SetCookie("session", rand.Text(), 3600, "/", "", true, true)
}
