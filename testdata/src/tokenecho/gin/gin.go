// Package gin proves tokenecho on gin: login handlers, named, closures
// registered inline and methods, that send a client-supplied token back
// through c.SetCookie, c.Header or c.JSON, or adopt it as a session key,
// are reported; fresh tokens (crypto/rand, uuid, a signed JWT), echoed
// usernames, CSRF tokens, refresh endpoints, non-login handlers and a GET
// route are not.
package gin

import (
	"crypto/rand"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
	"golang.org/x/crypto/bcrypt"
)

type credentials struct {
	Username string `json:"username" binding:"required"`
	Email    string `json:"email"`
	Password string `json:"password" binding:"required"`
	Session  string `json:"session_id"`
}

var hashes = map[string][]byte{}

// sessions maps session IDs to users.
var sessions = map[string]string{}

func verify(c *gin.Context, req *credentials) bool {
	if err := c.ShouldBindJSON(req); err != nil {
		return false
	}
	return bcrypt.CompareHashAndPassword(hashes[req.Username], []byte(req.Password)) == nil
}

func routes(r *gin.Engine, s *service) {
	r.POST("/login", func(c *gin.Context) {
		var req credentials
		if !verify(c, &req) {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		tok, _ := c.Cookie("session")
		c.SetCookie("session", tok, 3600, "/", "", true, true) // want `login handler for "/login" sends the client-supplied cookie "session" back as cookie "session"; issue a fresh token instead \(CWE-384\)`
	})
	r.POST("/api/signin", gin.Logger(), s.signIn)
	r.POST("/auth/login", func(c *gin.Context) {
		// a magic-link login: the emailed token is proof, not a session
		c.JSON(http.StatusOK, gin.H{"token": c.Query("token")}) // want `login handler for "/auth/login" sends the client-supplied query "token" back as the JSON response`
	})
	r.GET("/session", func(c *gin.Context) {
		// reports the current session; not a login
		tok, _ := c.Cookie("session")
		c.JSON(http.StatusOK, gin.H{"session": tok})
	})
	r.Handle(http.MethodGet, "/token", func(c *gin.Context) {
		// GET through Handle: not a login either
		c.String(http.StatusOK, "%s", c.GetHeader("Authorization"))
	})
	r.POST("/theme", func(c *gin.Context) {
		// refreshes a preference cookie; not a login
		theme, _ := c.Cookie("theme")
		c.SetCookie("theme", theme, 86400, "/", "", true, false)
	})
	r.POST("/token/refresh", func(c *gin.Context) {
		// a refresh endpoint may return the refresh token it was given
		var body struct {
			RefreshToken string `json:"refresh_token"`
		}
		c.ShouldBindJSON(&body)
		c.JSON(http.StatusOK, gin.H{"access_token": uuid.NewString(), "refresh_token": body.RefreshToken})
	})
}

func badLoginJSONBody(c *gin.Context) {
	var req credentials
	if !verify(c, &req) {
		return
	}
	c.JSON(http.StatusOK, gin.H{"session_id": req.Session}) // want `login handler badLoginJSONBody sends the client-supplied body "session_id" back as the JSON response`
}

func badLoginHeader(c *gin.Context) {
	var req credentials
	if !verify(c, &req) {
		return
	}
	c.Header("Authorization", c.GetHeader("Authorization")) // want `sends the client-supplied header "Authorization" back as response header "Authorization"`
}

func badLoginAdopt(c *gin.Context) {
	var req credentials
	if !verify(c, &req) {
		return
	}
	sid := c.GetHeader("X-Session-ID")
	sessions[sid] = req.Username // want `sends the client-supplied header "X-Session-ID" back as the key of the new server-side session`
	c.Status(http.StatusNoContent)
}

// service holds the server's state; its methods are handlers.
type service struct {
	secret []byte
	tokens map[string]string
}

func (s *service) signIn(c *gin.Context) {
	var req credentials
	if !verify(c, &req) {
		return
	}
	tok := c.PostForm("remember_token")
	s.tokens[tok] = req.Username // want `login handler service.signIn sends the client-supplied (post )?form "remember_token" back as the key of the new server-side session`
}

// badNames is recognised as a login by its method name alone.
type badNames struct{}

func (badNames) SignIn(c *gin.Context) {
	c.SetCookie("sid", c.Query("sid"), 3600, "/", "", true, true) // want `login handler badNames.SignIn sends the client-supplied query "sid" back as cookie "sid"`
}

func goodLoginRandom(c *gin.Context) {
	var req credentials
	if !verify(c, &req) {
		return
	}
	tok := rand.Text()
	sessions[tok] = req.Username
	c.SetCookie("session", tok, 3600, "/", "", true, true)
}

func goodLoginUUID(c *gin.Context) {
	var req credentials
	if !verify(c, &req) {
		return
	}
	sid := uuid.New().String()
	sessions[sid] = req.Username
	c.JSON(http.StatusOK, gin.H{"session_id": sid})
}

func (s *service) goodLoginJWT(c *gin.Context) {
	var req credentials
	if !verify(c, &req) {
		return
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": req.Username}).SignedString(s.secret)
	if err != nil {
		return
	}
	c.Header("Authorization", "Bearer "+signed)
	c.JSON(http.StatusOK, gin.H{"token": signed})
}

func goodLoginEchoesUser(c *gin.Context) {
	var req credentials
	if !verify(c, &req) {
		return
	}
	c.JSON(http.StatusOK, gin.H{"username": req.Username, "email": req.Email, "token": rand.Text()})
}

func goodLoginCSRF(c *gin.Context) {
	var req credentials
	if !verify(c, &req) {
		return
	}
	c.Header("X-CSRF-Token", c.GetHeader("X-CSRF-Token"))
	c.SetCookie("session", rand.Text(), 3600, "/", "", true, true)
}

func goodLoginDeletesOld(c *gin.Context) {
	var req credentials
	if !verify(c, &req) {
		return
	}
	if old, err := c.Cookie("session"); err == nil {
		delete(sessions, old)
	}
	tok := rand.Text()
	sessions[tok] = req.Username
	c.SetCookie("session", tok, 3600, "/", "", true, true)
}

// goodNames' Profile handler echoes the session but is no login.
type goodNames struct{}

func (goodNames) Profile(c *gin.Context) {
	tok, _ := c.Cookie("session")
	c.SetCookie("session", tok, 3600, "/", "", true, true)
}
