// Package onetimebad is package onetime's look-alike that keeps signed-in
// sessions on the server: its login also stores the session under a
// fresh id that it sends as the "sid" cookie, next to the JWT, so a
// logout that only clears the cookies, in net/http or gin, leaves that
// entry valid and is reported.
package onetimebad

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

var key = []byte("secret")

type handler struct {
	mu       sync.Mutex
	pending  map[string]string // one-time request token -> confirmed user
	sessions map[string]string // session id -> user
}

func newToken() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// login hands out a request token, or redeems a confirmed one for a
// signed JWT cookie.
func (h *handler) login(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("token")
	if tok == "" {
		tok = newToken()
		h.mu.Lock()
		h.pending[tok] = ""
		h.mu.Unlock()
		_, _ = w.Write([]byte(`{"token":"` + tok + `"}`))
		return
	}
	h.mu.Lock()
	user, ok := h.pending[tok]
	delete(h.pending, tok)
	h.mu.Unlock()
	if !ok || user == "" {
		http.Error(w, "not confirmed", http.StatusForbidden)
		return
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": user, "jti": tok}).SignedString(key)
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "jwt", Value: signed, HttpOnly: true, Secure: true})
	sid := newToken()
	h.mu.Lock()
	h.sessions[sid] = user
	h.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true})
}

// badLogout clears the cookies and leaves the session entry valid.
func (h *handler) badLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", MaxAge: -1, HttpOnly: true, Secure: true}) // want `logout handler handler.badLogout deletes cookie "sid" but leaves its server-side session valid`
}

// badGinLogout is the same logout in gin.
func badGinLogout(c *gin.Context) {
	c.SetCookie("sid", "", -1, "/", "", true, true) // want `logout handler badGinLogout deletes cookie "sid" but leaves its server-side session valid`
}

func routes(h *handler, r *gin.Engine) {
	http.HandleFunc("/login", h.login)
	http.HandleFunc("/logout", h.badLogout)
	r.POST("/gin/logout", badGinLogout)
}
