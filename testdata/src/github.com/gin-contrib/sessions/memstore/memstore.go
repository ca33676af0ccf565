// Package memstore is a minimal stub of github.com/gin-contrib/sessions/memstore for authvet's analysistest fixtures; signatures match github.com/gin-contrib/sessions@v1.0.4.
package memstore

import (
	"github.com/gin-contrib/sessions"
	gsessions "github.com/gorilla/sessions"
)

// Store is the memory store interface (embeds sessions.Store).
type Store interface {
	sessions.Store
}

// NewStore returns an in-memory Store.
func NewStore(keyPairs ...[]byte) Store {
	return &store{gsessions.NewCookieStore(keyPairs...)}
}

// store embeds *github.com/quasoft/memstore.MemStore in the real package;
// the stub uses gorilla's CookieStore, which has the same method set.
type store struct {
	*gsessions.CookieStore
}

func (c *store) Options(options sessions.Options) {
	c.CookieStore.Options = options.ToGorillaOptions()
}
