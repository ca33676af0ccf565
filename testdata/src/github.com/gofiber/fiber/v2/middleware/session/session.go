// Package session is a minimal stub of github.com/gofiber/fiber/v2/middleware/session for authvet's analysistest fixtures; signatures match github.com/gofiber/fiber/v2@v2.52.15.
package session

import (
	"time"

	"github.com/gofiber/fiber/v2"
)

// Config defines the config for middleware.
type Config struct {
	Expiration        time.Duration
	Storage           fiber.Storage
	KeyLookup         string
	CookieDomain      string
	CookiePath        string
	CookieSecure      bool
	CookieHTTPOnly    bool
	CookieSameSite    string
	CookieSessionOnly bool
	KeyGenerator      func() string
	CookieName        string
	source            Source
	sessionName       string
}

// Source is where the session id is looked up.
type Source string

const (
	SourceCookie   Source = "cookie"
	SourceHeader   Source = "header"
	SourceURLQuery Source = "query"
)

// ConfigDefault is the default config.
var ConfigDefault = Config{
	Expiration: 24 * time.Hour,
	KeyLookup:  "cookie:session_id",
}

// Store embeds Config.
type Store struct {
	Config
}

// New creates a new session store with the provided configuration.
func New(config ...Config) *Store {
	if len(config) > 0 {
		return &Store{Config: config[0]}
	}
	return &Store{Config: ConfigDefault}
}

func (*Store) RegisterType(i interface{})           {}
func (s *Store) Get(c *fiber.Ctx) (*Session, error) { return &Session{}, nil }
func (s *Store) Reset() error                       { return nil }
func (s *Store) Delete(id string) error             { return nil }

// Session is a fiber session.
type Session struct {
	id    string
	fresh bool
	exp   time.Duration
}

func (s *Session) Fresh() bool                     { return s.fresh }
func (s *Session) ID() string                      { return s.id }
func (s *Session) Get(key string) interface{}      { return nil }
func (s *Session) Set(key string, val interface{}) {}
func (s *Session) Delete(key string)               {}
func (s *Session) Destroy() error                  { return nil }
func (s *Session) Regenerate() error               { return nil }
func (s *Session) Reset() error                    { return nil }
func (s *Session) Save() error                     { return nil }
func (s *Session) Keys() []string                  { return nil }
func (s *Session) SetExpiry(exp time.Duration)     { s.exp = exp }
