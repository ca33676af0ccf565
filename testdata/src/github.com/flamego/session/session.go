// Package session is a minimal stub of github.com/flamego/session for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/flamego/session@v1.5.0.
package session

import (
	"context"
	"net/http"

	"github.com/flamego/flamego"
)

// Session is the session of a request.
type Session interface {
	ID() string
	Get(key interface{}) interface{}
	Set(key, val interface{})
	Delete(key interface{})
	Flush()
}

// Store keeps sessions on the server.
type Store interface {
	Exist(ctx context.Context, sid string) bool
	Read(ctx context.Context, sid string) (Session, error)
	Destroy(ctx context.Context, sid string) error
	Touch(ctx context.Context, sid string) error
	Save(ctx context.Context, session Session) error
	GC(ctx context.Context) error
}

// CookieOptions are the session cookie's attributes.
type CookieOptions struct {
	Name     string
	Path     string
	Domain   string
	MaxAge   int
	Secure   bool
	HTTPOnly bool
	SameSite http.SameSite
}

// Options configures the session middleware.
type Options struct {
	Cookie   CookieOptions
	IDLength int
}

func Sessioner(opts ...Options) flamego.Handler { return nil }
