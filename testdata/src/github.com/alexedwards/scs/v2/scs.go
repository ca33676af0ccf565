// Package scs is a minimal stub of github.com/alexedwards/scs/v2 for authvet's analysistest fixtures; signatures match github.com/alexedwards/scs/v2@v2.9.0.
package scs

import (
	"context"
	"net/http"
	"time"

	"github.com/alexedwards/scs/v2/memstore"
)

// Deprecated: Session is a backwards-compatible alias for SessionManager.
type Session = SessionManager

// SessionManager holds the configuration settings for your sessions.
type SessionManager struct {
	IdleTimeout time.Duration
	Lifetime    time.Duration
	Store       Store
	Cookie      SessionCookie
	Codec       Codec
	ErrorFunc   func(http.ResponseWriter, *http.Request, error)

	HashTokenInStore bool

	contextKey contextKey
}

// SessionCookie contains the configuration settings for session cookies.
type SessionCookie struct {
	Name        string
	Domain      string
	HttpOnly    bool
	Path        string
	SameSite    http.SameSite
	Secure      bool
	Partitioned bool
	Persist     bool
}

type contextKey string

// New returns a new session manager with the default options.
func New() *SessionManager {
	return &SessionManager{
		Lifetime: 24 * time.Hour,
		Store:    memstore.New(),
		Codec:    GobCodec{},
		Cookie: SessionCookie{
			Name:     "session",
			HttpOnly: true,
			Path:     "/",
			SameSite: http.SameSiteLaxMode,
			Secure:   false,
			Persist:  true,
		},
	}
}

// Deprecated: NewSession is a backwards-compatible alias for New.
func NewSession() *SessionManager { return New() }

func (s *SessionManager) LoadAndSave(next http.Handler) http.Handler { return next }
func (s *SessionManager) WriteSessionCookie(ctx context.Context, w http.ResponseWriter, token string, expiry time.Time) {
}

// Status represents the state of the session data during a request cycle.
type Status int

const (
	Unmodified Status = iota
	Modified
	Destroyed
)

func (s *SessionManager) Load(ctx context.Context, token string) (context.Context, error) {
	return ctx, nil
}
func (s *SessionManager) Commit(ctx context.Context) (string, time.Time, error) {
	return "", time.Time{}, nil
}
func (s *SessionManager) Destroy(ctx context.Context) error                    { return nil }
func (s *SessionManager) Put(ctx context.Context, key string, val interface{}) {}
func (s *SessionManager) Get(ctx context.Context, key string) interface{}      { return nil }
func (s *SessionManager) Pop(ctx context.Context, key string) interface{}      { return nil }
func (s *SessionManager) Remove(ctx context.Context, key string)               {}
func (s *SessionManager) Clear(ctx context.Context) error                      { return nil }
func (s *SessionManager) Exists(ctx context.Context, key string) bool          { return false }
func (s *SessionManager) Keys(ctx context.Context) []string                    { return nil }
func (s *SessionManager) RenewToken(ctx context.Context) error                 { return nil }
func (s *SessionManager) MergeSession(ctx context.Context, token string) error { return nil }
func (s *SessionManager) Status(ctx context.Context) Status                    { return Unmodified }
func (s *SessionManager) GetString(ctx context.Context, key string) string     { return "" }
func (s *SessionManager) GetBool(ctx context.Context, key string) bool         { return false }
func (s *SessionManager) GetInt(ctx context.Context, key string) int           { return 0 }
func (s *SessionManager) GetInt64(ctx context.Context, key string) int64       { return 0 }
func (s *SessionManager) GetInt32(ctx context.Context, key string) int32       { return 0 }
func (s *SessionManager) GetFloat(ctx context.Context, key string) float64     { return 0 }
func (s *SessionManager) GetBytes(ctx context.Context, key string) []byte      { return nil }
func (s *SessionManager) GetTime(ctx context.Context, key string) time.Time    { return time.Time{} }
func (s *SessionManager) PopString(ctx context.Context, key string) string     { return "" }
func (s *SessionManager) PopBool(ctx context.Context, key string) bool         { return false }
func (s *SessionManager) PopInt(ctx context.Context, key string) int           { return 0 }
func (s *SessionManager) PopFloat(ctx context.Context, key string) float64     { return 0 }
func (s *SessionManager) PopBytes(ctx context.Context, key string) []byte      { return nil }
func (s *SessionManager) PopTime(ctx context.Context, key string) time.Time    { return time.Time{} }
func (s *SessionManager) RememberMe(ctx context.Context, val bool)             {}
func (s *SessionManager) Iterate(ctx context.Context, fn func(context.Context) error) error {
	return nil
}
func (s *SessionManager) Deadline(ctx context.Context) time.Time            { return time.Time{} }
func (s *SessionManager) SetDeadline(ctx context.Context, expire time.Time) {}
func (s *SessionManager) Token(ctx context.Context) string                  { return "" }

// Store is the interface for session stores.
type Store interface {
	Delete(token string) (err error)
	Find(token string) (b []byte, found bool, err error)
	Commit(token string, b []byte, expiry time.Time) (err error)
}

// IterableStore is the interface for session stores which support iteration.
type IterableStore interface {
	All() (map[string][]byte, error)
}

// CtxStore is an interface for session stores which take a context.Context parameter.
type CtxStore interface {
	Store
	DeleteCtx(ctx context.Context, token string) (err error)
	FindCtx(ctx context.Context, token string) (b []byte, found bool, err error)
	CommitCtx(ctx context.Context, token string, b []byte, expiry time.Time) (err error)
}

// IterableCtxStore is the interface for session stores which support iteration and which take a context.Context parameter.
type IterableCtxStore interface {
	AllCtx(ctx context.Context) (map[string][]byte, error)
}

// Codec is the interface for encoding/decoding session data to and from a byte slice.
type Codec interface {
	Encode(deadline time.Time, values map[string]interface{}) ([]byte, error)
	Decode([]byte) (deadline time.Time, values map[string]interface{}, err error)
}

// GobCodec is used for encoding/decoding session data with encoding/gob.
type GobCodec struct{}

func (GobCodec) Encode(deadline time.Time, values map[string]interface{}) ([]byte, error) {
	return nil, nil
}
func (GobCodec) Decode(b []byte) (time.Time, map[string]interface{}, error) {
	return time.Time{}, nil, nil
}
