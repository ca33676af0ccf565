// Package gin proves sessionrevoke on gin handlers, methods and closures
// registered with a router, backed by the program's own session store
// type: its map field holds sessions because the type is named for
// them. Logins without revocation and logouts that only delete the
// cookie are reported; revoking logins and logouts, and a rate-limit
// counter updated at login, are not.
package gin

import (
	"crypto/rand"
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"
	"golang.org/x/crypto/bcrypt"
)

// SessionStore keeps sessions in memory.
type SessionStore struct {
	mu sync.Mutex
	m  map[string]string // token -> user
}

// Create adds a session for user and returns its token.
func (s *SessionStore) Create(user string) string {
	tok := rand.Text()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[tok] = user
	return tok
}

// Delete ends one session.
func (s *SessionStore) Delete(tok string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.m, tok)
}

// DeleteAllFor ends every session of user.
func (s *SessionStore) DeleteAllFor(user string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for tok, u := range s.m {
		if u == user {
			delete(s.m, tok)
		}
	}
}

type server struct {
	sessions *SessionStore
	attempts map[string]int // client IP -> failed logins
	hashes   map[string][]byte
}

func (s *server) routes(r *gin.Engine) {
	r.POST("/login", s.multiLogin)
	r.POST("/v2/login", s.goodLoginRevokes)
	r.POST("/v3/login", s.goodLoginRateLimited)
	r.POST("/logout", s.badLogout)
	r.POST("/v2/logout", s.goodLogout)
	r.POST("/signin", func(c *gin.Context) {
		user := c.PostForm("user")
		if bcrypt.CompareHashAndPassword(s.hashes[user], []byte(c.PostForm("password"))) != nil {
			return
		}
		c.SetCookie("sid", s.sessions.Create(user), 3600, "/", "", true, true)
	})
}

func (s *server) multiLogin(c *gin.Context) {
	var req struct{ User, Password string }
	if err := c.ShouldBindJSON(&req); err != nil {
		return
	}
	if bcrypt.CompareHashAndPassword(s.hashes[req.User], []byte(req.Password)) != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	tok := s.sessions.Create(req.User)
	c.SetCookie("sid", tok, 3600, "/", "", true, true)
}

// goodLoginRehash stores a new hash of the password it has verified
// when the stored one uses a weaker cost: a login, not a password change.
func (s *server) goodLoginRehash(c *gin.Context) {
	var req struct{ User, Password string }
	if err := c.ShouldBindJSON(&req); err != nil {
		return
	}
	if bcrypt.CompareHashAndPassword(s.hashes[req.User], []byte(req.Password)) != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	if cost, _ := bcrypt.Cost(s.hashes[req.User]); cost < bcrypt.DefaultCost {
		s.hashes[req.User], _ = bcrypt.GenerateFromPassword([]byte(req.Password), bcrypt.DefaultCost)
	}
	tok := s.sessions.Create(req.User)
	c.SetCookie("sid", tok, 3600, "/", "", true, true)
}

func (s *server) goodLoginRevokes(c *gin.Context) {
	user := c.PostForm("user")
	if bcrypt.CompareHashAndPassword(s.hashes[user], []byte(c.PostForm("password"))) != nil {
		return
	}
	s.sessions.DeleteAllFor(user)
	c.SetCookie("sid", s.sessions.Create(user), 3600, "/", "", true, true)
}

// goodLoginRateLimited counts failures in a map named for attempts: a
// counter, not a session store. The session is a signed cookie.
func (s *server) goodLoginRateLimited(c *gin.Context) {
	user := c.PostForm("user")
	if bcrypt.CompareHashAndPassword(s.hashes[user], []byte(c.PostForm("password"))) != nil {
		s.attempts[c.ClientIP()]++
		return
	}
	c.SetCookie("user", user, 3600, "/", "", true, true)
}

func (s *server) badLogout(c *gin.Context) {
	c.SetCookie("sid", "", -1, "/", "", true, true) // want `logout handler server.badLogout deletes cookie "sid" but leaves its server-side session valid; delete the session from the store \(CWE-613\)`
	c.Status(http.StatusNoContent)
}

func (s *server) goodLogout(c *gin.Context) {
	if sid, err := c.Cookie("sid"); err == nil {
		s.sessions.Delete(sid)
	}
	c.SetCookie("sid", "", -1, "/", "", true, true)
}
