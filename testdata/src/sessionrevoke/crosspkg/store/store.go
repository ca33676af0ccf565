// Package store is a session manager in its own package. It uses
// net/http, so authvet analyzes it and exports summaries of its
// functions as facts: callers in other packages see that Issue adds a
// session, RevokeUser and End revoke, and ClearCookie only expires the
// cookie. It has no handlers of its own and nothing to report.
package store

import (
	"crypto/rand"
	"net/http"
	"sync"
)

// Manager keeps sessions in memory.
type Manager struct {
	mu       sync.Mutex
	sessions map[string]string // token -> user
}

// New returns an empty Manager.
func New() *Manager { return &Manager{sessions: map[string]string{}} }

// Issue starts a session for user and sets its cookie.
func (m *Manager) Issue(w http.ResponseWriter, user string) {
	tok := rand.Text()
	m.mu.Lock()
	m.sessions[tok] = user
	m.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: tok, HttpOnly: true, Secure: true})
}

// RevokeUser ends every session of user.
func (m *Manager) RevokeUser(user string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for tok, u := range m.sessions {
		if u == user {
			delete(m.sessions, tok)
		}
	}
}

// End ends the request's session and expires its cookie.
func (m *Manager) End(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("sid"); err == nil {
		m.mu.Lock()
		delete(m.sessions, c.Value)
		m.mu.Unlock()
	}
	ClearCookie(w)
}

// ClearCookie expires the session cookie; the session stays in the store.
func ClearCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: "sid", MaxAge: -1})
}
