// Package sessionlib proves tokenecho on session-library code: a
// manager that, given a session cookie whose id the store does not know,
// creates a new session under that client-chosen id is reported where
// the session is created (iris' sessions did this); managers that check
// the id exists, mint a fresh id on a miss, or save a loaded session
// back under its own id are not.
package sessionlib

import (
	"crypto/rand"
	"net/http"
	"sync"
)

type Session struct {
	ID     string
	Values map[string]any
}

type provider struct {
	mu       sync.RWMutex
	sessions map[string]*Session
}

func (p *provider) init(sid string) *Session {
	s := &Session{ID: sid, Values: map[string]any{}}
	p.mu.Lock()
	p.sessions[sid] = s
	p.mu.Unlock()
	return s
}

// read returns the session of sid, and creates one under sid when none
// exists: the fixation.
func (p *provider) read(sid string) *Session {
	p.mu.RLock()
	s, found := p.sessions[sid]
	p.mu.RUnlock()
	if found {
		return s
	}
	return p.init(sid) // want `a new session is stored under the client-supplied cookie value when the store has none; a client can choose the session id a victim will use, so generate a fresh one \(CWE-384\)`
}

// readOrNew mints a fresh id on a miss.
func (p *provider) readOrNew(sid string) *Session {
	if s, found := p.sessions[sid]; found {
		return s
	}
	return p.init(rand.Text())
}

func (p *provider) get(sid string) (*Session, bool) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	s, ok := p.sessions[sid]
	return s, ok
}

// save writes a loaded session back under its own id.
func (p *provider) save(s *Session) {
	p.mu.Lock()
	p.sessions[s.ID] = s
	p.mu.Unlock()
}

type Manager struct {
	p      *provider
	cookie string
}

func (m *Manager) fresh(w http.ResponseWriter) *Session {
	sid := rand.Text()
	http.SetCookie(w, &http.Cookie{Name: m.cookie, Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	return m.p.init(sid)
}

// Start adopts the cookie's id through read.
func (m *Manager) Start(w http.ResponseWriter, r *http.Request) *Session {
	if c, err := r.Cookie(m.cookie); err == nil && c.Value != "" {
		return m.p.read(c.Value)
	}
	return m.fresh(w)
}

// StartChecked uses the cookie's session only if it exists.
func (m *Manager) StartChecked(w http.ResponseWriter, r *http.Request) *Session {
	if c, err := r.Cookie(m.cookie); err == nil {
		if s, ok := m.p.get(c.Value); ok {
			return s
		}
	}
	return m.fresh(w)
}

// StartFresh reads through readOrNew, which never adopts.
func (m *Manager) StartFresh(w http.ResponseWriter, r *http.Request) *Session {
	if c, err := r.Cookie(m.cookie); err == nil {
		return m.p.readOrNew(c.Value)
	}
	return m.fresh(w)
}

// Save stores the request's session under its id after a successful
// load.
func (m *Manager) Save(r *http.Request) {
	c, err := r.Cookie(m.cookie)
	if err != nil {
		return
	}
	if s, ok := m.p.get(c.Value); ok {
		m.p.save(s)
	}
}

// Handler loads the session for a page; the adoption is reported once,
// in read, not again here.
func (m *Manager) Handler(w http.ResponseWriter, r *http.Request) {
	s := m.Start(w, r)
	_ = s.Values["user"]
}

var sessionStore sync.Map

// loadOrCreate does the same with a sync.Map.
func loadOrCreate(r *http.Request) any {
	sid := r.Header.Get("X-Session-ID")
	if s, ok := sessionStore.Load(sid); ok {
		return s
	}
	s := &Session{ID: sid}
	sessionStore.Store(sid, s) // want `a new session is stored under the client-supplied header "X-Session-ID" when the store has none`
	return s
}
