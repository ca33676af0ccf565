// Package ginsessions proves tokenecho on gin-contrib/sessions. The
// store issues the session cookie itself, so a login that puts client
// values, even a client token, into the session with Set and Save is no
// session fixation and is not reported; nor are a login returning the
// store's own session ID or the username, a fresh token, a GET route or
// a logout. A login is reported when it copies a client-supplied token
// into a credential cookie of its own (c.SetCookie), a credential header
// or the JSON response, or into the key of its own session map.
//
// With a server-side store (memstore, redis) rather than the cookie
// store used here, a login like goodLoginSet keeps the ID of the session
// loaded from the client's cookie, which is a fixation; it is a known
// false negative, as for gorilla/sessions (docs/tokenecho.md).
package ginsessions

import (
	"net/http"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	"github.com/google/uuid"
	"golang.org/x/crypto/bcrypt"
)

var hashes = map[string][]byte{}

// deviceSessions keeps mobile sessions by token, next to the cookie
// session.
var deviceSessions = map[string]string{}

func verify(c *gin.Context) (string, bool) {
	user := c.PostForm("user")
	return user, bcrypt.CompareHashAndPassword(hashes[user], []byte(c.PostForm("password"))) == nil
}

func setup(r *gin.Engine) {
	r.Use(sessions.Sessions("session", cookie.NewStore([]byte("secret"))))
	r.POST("/login", goodLoginSet)
	r.POST("/api/login", badLoginHeader)
	r.POST("/mobile/signin", func(c *gin.Context) {
		user, ok := verify(c)
		if !ok {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		tok := c.GetHeader("X-Device-Session")
		deviceSessions[tok] = user // want `login handler for "/mobile/signin" sends the client-supplied header "X-Device-Session" back as the key of the new server-side session`
		c.Status(http.StatusNoContent)
	})
	r.GET("/session", func(c *gin.Context) {
		s := sessions.Default(c)
		c.JSON(http.StatusOK, gin.H{"session_id": s.ID(), "token": s.Get("token")})
	})
	r.POST("/logout", func(c *gin.Context) {
		s := sessions.Default(c)
		s.Clear()
		s.Save()
		tok, _ := c.Cookie("session")
		c.SetCookie("session", tok, -1, "/", "", true, true)
	})
}

// goodLoginSet keeps the client's token as session data; the session
// and its cookie are the store's.
func goodLoginSet(c *gin.Context) {
	user, ok := verify(c)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s := sessions.Default(c)
	s.Set("user", user)
	s.Set("token", c.GetHeader("X-Session-Token"))
	s.Set("fcm_token", c.PostForm("fcm_token"))
	s.Save()
}

func badLoginHeader(c *gin.Context) {
	user, ok := verify(c)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s := sessions.Default(c)
	s.Set("user", user)
	s.Save()
	tok := c.GetHeader("Authorization")
	c.Header("Authorization", tok) // want `login handler badLoginHeader sends the client-supplied header "Authorization" back as response header "Authorization"`
	c.SetCookie("auth_token", tok, 3600, "/", "", true, true)
}

// goodLoginSessionID returns the ID the store generated, and the user.
func goodLoginSessionID(c *gin.Context) {
	user, ok := verify(c)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	s := sessions.Default(c)
	s.Set("user", user)
	s.Save()
	c.JSON(http.StatusOK, gin.H{"session_id": s.ID(), "user": user})
}

// goodLoginDeviceToken issues a fresh device session token.
func goodLoginDeviceToken(c *gin.Context) {
	user, ok := verify(c)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	tok := uuid.NewString()
	deviceSessions[tok] = user
	c.JSON(http.StatusOK, gin.H{"token": tok})
}
