// Package auth holds the session helpers that package app calls: they
// are followed through authflow's facts, so that a token read, sent or
// stored here is traced from and to app's handlers. Nothing is reported
// here: none of these is a handler.
package auth

import (
	"crypto/rand"
	"net/http"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

// SessionFrom returns the session ID the client sent.
func SessionFrom(r *http.Request) string {
	c, err := r.Cookie("sid")
	if err != nil {
		return ""
	}
	return c.Value
}

// BearerToken returns the bearer token of the request.
func BearerToken(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// Issue sends tok to the client as the session cookie.
func Issue(w http.ResponseWriter, tok string) {
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: tok, HttpOnly: true, Secure: true})
}

// NewToken returns a fresh session token.
func NewToken() string {
	return rand.Text()
}

// CheckPassword verifies a password against its bcrypt hash.
func CheckPassword(hash []byte, password string) bool {
	return bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil
}

// Store keeps sessions by ID.
type Store struct {
	sessions map[string]string
}

// Create adds a session for user under id.
func (s *Store) Create(id, user string) {
	s.sessions[id] = user
}

// End removes the session id.
func (s *Store) End(id string) {
	delete(s.sessions, id)
}
