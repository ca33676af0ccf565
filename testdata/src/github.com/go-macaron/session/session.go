// Package session is a minimal stub of github.com/go-macaron/session for authvet's analysistest fixtures; only the signatures fixtures use, as in github.com/go-macaron/session@v1.0.3.
package session

import "gopkg.in/macaron.v1"

// RawStore operates the data of one session.
type RawStore interface {
	Set(interface{}, interface{}) error
	Get(interface{}) interface{}
	Delete(interface{}) error
	ID() string
	Release() error
	Flush() error
}

// Store is the session of a request, with the manager's operations.
type Store interface {
	RawStore
	Read(string) (RawStore, error)
	Destory(*macaron.Context) error
	RegenerateId(*macaron.Context) (RawStore, error)
	Count() int
	GC()
}

// Options configures the session middleware.
type Options struct {
	Provider       string
	ProviderConfig string
	CookieName     string
	CookiePath     string
	Secure         bool
	CookieLifeTime int
	CookieSameSite bool
	Domain         string
}

func Sessioner(options ...Options) macaron.Handler { return nil }
