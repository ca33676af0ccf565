// Package jwtv4 proves sessionrevoke on gin with golang-jwt/jwt/v4
// tokens, whose refresh token IDs live in a store type of the program's
// own: tokenStore, with a map of refresh tokens and a map of revoked
// access tokens, behind methods. A login or refresh that issues a
// refresh token without retiring the old ones, and a logout that only
// deletes the cookie, are reported. A login that revokes the user's
// refresh tokens first, a refresh that rotates, a login that issues
// only a stateless access token, and logouts that delete the refresh
// token or deny the access token are not.
package jwtv4

import (
	"net/http"
	"sync"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v4"
	"github.com/google/uuid"
	"golang.org/x/crypto/bcrypt"
)

// tokenStore keeps refresh tokens and the denylist of access tokens.
type tokenStore struct {
	mu      sync.Mutex
	refresh map[string]string    // refresh token ID -> user
	revoked map[string]time.Time // access token ID -> expiry
}

// issue records a refresh token of user.
func (s *tokenStore) issue(id, user string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refresh[id] = user
}

// owner returns the user of a refresh token that is still valid.
func (s *tokenStore) owner(id string) (string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	user, ok := s.refresh[id]
	return user, ok
}

// rotate retires refresh token old and records next in its place.
func (s *tokenStore) rotate(old, next string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	user, ok := s.refresh[old]
	if !ok {
		return false
	}
	delete(s.refresh, old)
	s.refresh[next] = user
	return true
}

// forget retires one refresh token.
func (s *tokenStore) forget(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.refresh, id)
}

// forgetUser retires every refresh token of user.
func (s *tokenStore) forgetUser(user string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for id, u := range s.refresh {
		if u == user {
			delete(s.refresh, id)
		}
	}
}

// deny revokes an access token until it expires.
func (s *tokenStore) deny(id string, exp time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.revoked[id] = exp
}

type authHandler struct {
	key    []byte
	hashes map[string][]byte
	tokens *tokenStore
}

func (h *authHandler) register(r *gin.Engine) {
	r.POST("/login", h.multiLogin)
	r.POST("/v2/login", h.goodLogin)
	r.POST("/v3/login", h.goodLoginStateless)
	r.POST("/token/refresh", h.goodRefresh)
	r.POST("/v2/token/refresh", h.multiRefresh)
	r.POST("/logout", h.badLogout)
	r.POST("/v2/logout", h.goodLogout)
	r.POST("/v3/logout", h.goodLogoutDeny)
}

func (h *authHandler) checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(h.hashes[user], []byte(pw)) == nil
}

// sign returns a token for user with ID id, valid for d.
func (h *authHandler) sign(user, id string, d time.Duration) string {
	s, _ := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.StandardClaims{
		Subject:   user,
		Id:        id,
		ExpiresAt: time.Now().Add(d).Unix(),
	}).SignedString(h.key)
	return s
}

// claims returns the claims of the valid token in cookie name.
func (h *authHandler) claims(c *gin.Context, name string) (*jwt.StandardClaims, bool) {
	raw, err := c.Cookie(name)
	if err != nil {
		return nil, false
	}
	var claims jwt.StandardClaims
	t, err := jwt.ParseWithClaims(raw, &claims, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, jwt.ErrSignatureInvalid
		}
		return h.key, nil
	})
	return &claims, err == nil && t.Valid
}

func (h *authHandler) setTokens(c *gin.Context, user, refreshID string) {
	c.SetSameSite(http.SameSiteStrictMode)
	c.SetCookie("access_token", h.sign(user, uuid.NewString(), 15*time.Minute), 900, "/", "", true, true)
	c.SetCookie("refresh_token", h.sign(user, refreshID, 30*24*time.Hour), 30*24*3600, "/token", "", true, true)
}

func (h *authHandler) multiLogin(c *gin.Context) {
	user := c.PostForm("user")
	if !h.checkPassword(user, c.PostForm("password")) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	id := uuid.NewString()
	h.tokens.issue(id, user)
	h.setTokens(c, user, id)
}

func (h *authHandler) goodLogin(c *gin.Context) {
	user := c.PostForm("user")
	if !h.checkPassword(user, c.PostForm("password")) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	h.tokens.forgetUser(user)
	id := uuid.NewString()
	h.tokens.issue(id, user)
	h.setTokens(c, user, id)
}

// goodLoginStateless issues only an access token: nothing is stored.
func (h *authHandler) goodLoginStateless(c *gin.Context) {
	user := c.PostForm("user")
	if !h.checkPassword(user, c.PostForm("password")) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.JSON(http.StatusOK, gin.H{"access_token": h.sign(user, uuid.NewString(), 5*time.Minute)})
}

// goodRefresh rotates the refresh token: the old one is retired.
func (h *authHandler) goodRefresh(c *gin.Context) {
	claims, ok := h.claims(c, "refresh_token")
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	next := uuid.NewString()
	if !h.tokens.rotate(claims.Id, next) {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	h.setTokens(c, claims.Subject, next)
}

// multiRefresh checks the refresh token but leaves it valid next to the
// new one.
func (h *authHandler) multiRefresh(c *gin.Context) {
	claims, ok := h.claims(c, "refresh_token")
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	user, ok := h.tokens.owner(claims.Id)
	if !ok {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	next := uuid.NewString()
	h.tokens.issue(next, user)
	h.setTokens(c, user, next)
}

func (h *authHandler) badLogout(c *gin.Context) {
	c.SetCookie("refresh_token", "", -1, "/token", "", true, true) // want `logout handler authHandler.badLogout deletes cookie "refresh_token" but leaves its server-side session valid`
	c.Status(http.StatusNoContent)
}

func (h *authHandler) goodLogout(c *gin.Context) {
	if claims, ok := h.claims(c, "refresh_token"); ok {
		h.tokens.forget(claims.Id)
	}
	c.SetCookie("refresh_token", "", -1, "/token", "", true, true)
	c.Status(http.StatusNoContent)
}

// goodLogoutDeny denies the access token until it expires.
func (h *authHandler) goodLogoutDeny(c *gin.Context) {
	if claims, ok := h.claims(c, "access_token"); ok {
		h.tokens.deny(claims.Id, time.Unix(claims.ExpiresAt, 0))
	}
	c.SetCookie("access_token", "", -1, "/", "", true, true)
	c.Status(http.StatusNoContent)
}
