// Package onetime proves that sessionrevoke does not report the logouts
// of a program whose session is a JWT it signs, though its login keeps a
// map of pending one-time login requests (go-pkgz/auth's Telegram
// flow): the login writes that map under a random request token it
// sends in the body, redeems and deletes the entry, then signs the user
// in with a JWT cookie. Nothing signed-in lives in the map, so a logout
// that clears the JWT cookie, in net/http or gin, leaves no entry
// valid. Package onetimebad is the look-alike that is reported.
package onetime

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
	mu      sync.Mutex
	pending map[string]string // one-time request token -> confirmed user
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
}

// goodLogout clears the JWT cookie: there is no server-side session.
func (h *handler) goodLogout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: "jwt", Value: "", MaxAge: -1, HttpOnly: true, Secure: true})
}

// goodGinLogout is the same logout in gin.
func goodGinLogout(c *gin.Context) {
	c.SetCookie("jwt", "", -1, "/", "", true, true)
}

func routes(h *handler, r *gin.Engine) {
	http.HandleFunc("/login", h.login)
	http.HandleFunc("/logout", h.goodLogout)
	r.POST("/gin/logout", goodGinLogout)
}
