// Package simplesessions is a minimal stub of github.com/zerodha/simplesessions/v3 for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/zerodha/simplesessions/v3@v3.0.0.
package simplesessions

import (
	"context"
	"net/http"
	"time"
)

// CookieOptions are the session cookie's attributes.
type CookieOptions struct {
	Name       string
	Domain     string
	Path       string
	IsSecure   bool
	IsHTTPOnly bool
	SameSite   http.SameSite
	Expires    time.Time
	MaxAge     time.Duration
}

// Options configures a Manager.
type Options struct {
	EnableAutoCreate bool
	SessionIDLength  int
	Cookie           CookieOptions
}

// Store keeps sessions on the server.
type Store interface {
	Create(id string) error
	Get(id, key string) (interface{}, error)
	Set(id, key string, value interface{}) error
	Destroy(id string) error
	Clear(id string) error
}

// Manager creates and loads sessions.
type Manager struct{}

func New(opts Options) *Manager { return &Manager{} }

func (m *Manager) UseStore(str Store) {}
func (m *Manager) SetCookieHooks(getCookie func(string, interface{}) (*http.Cookie, error), setCookie func(*http.Cookie, interface{}) error) {
}
func (m *Manager) NewSession(r, w interface{}) (*Session, error) { return &Session{}, nil }
func (m *Manager) Acquire(c context.Context, r, w interface{}) (*Session, error) {
	return &Session{}, nil
}

// Session is one session.
type Session struct{}

func (s *Session) ID() string                            { return "" }
func (s *Session) Get(key string) (interface{}, error)   { return nil, nil }
func (s *Session) Set(key string, val interface{}) error { return nil }
func (s *Session) Delete(key ...string) error            { return nil }
func (s *Session) Clear() error                          { return nil }
func (s *Session) Destroy() error                        { return nil }
