// Package kv keeps API tokens. It does not use net/http, so authvet does
// not analyze it: its callers judge its functions by their names
// (CreateSession, DeleteUserSessions) and their receiver's type
// (TokenStore.Put, TokenStore.DeleteByUser).
package kv

import (
	"crypto/rand"
	"sync"
)

// TokenStore maps API tokens to users.
type TokenStore struct {
	mu sync.Mutex
	m  map[string]string
}

// Put adds a token for user.
func (s *TokenStore) Put(tok, user string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[tok] = user
}

// DeleteByUser removes every token of user.
func (s *TokenStore) DeleteByUser(user string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for tok, u := range s.m {
		if u == user {
			delete(s.m, tok)
		}
	}
}

var sessions sync.Map

// CreateSession starts a session for user and returns its ID.
func CreateSession(user string) string {
	id := rand.Text()
	sessions.Store(id, user)
	return id
}

// DeleteUserSessions ends every session of user.
func DeleteUserSessions(user string) {
	sessions.Range(func(k, v any) bool {
		if v == user {
			sessions.Delete(k)
		}
		return true
	})
}
