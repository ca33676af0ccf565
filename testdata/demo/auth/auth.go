// Package auth is the demo's user store: password checks and a
// server-side session table, used by the handlers in other packages.
package auth

import (
	"crypto/rand"
	"sync"

	"golang.org/x/crypto/bcrypt"
)

type User struct {
	ID   string
	Hash []byte
}

var users = map[string]*User{}

// CheckPassword verifies a user's password.
func CheckPassword(name, password string) (*User, bool) {
	u, ok := users[name]
	if !ok {
		return nil, false
	}
	return u, bcrypt.CompareHashAndPassword(u.Hash, []byte(password)) == nil
}

// Sessions maps session tokens to user IDs.
type Sessions struct {
	mu       sync.Mutex
	sessions map[string]string
}

// Create stores a session for userID under token.
func (s *Sessions) Create(token, userID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sessions[token] = userID
}

// RevokeUser ends every session of userID.
func (s *Sessions) RevokeUser(userID string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for tok, id := range s.sessions {
		if id == userID {
			delete(s.sessions, tok)
		}
	}
}

// NewToken returns a fresh session token.
func NewToken() string { return rand.Text() }

// SetPassword stores a new password hash for the user called name.
func SetPassword(name, password string) error {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return err
	}
	if u, ok := users[name]; ok {
		u.Hash = h
	}
	return nil
}
