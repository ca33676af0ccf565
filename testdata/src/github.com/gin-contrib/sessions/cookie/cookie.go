// Package cookie is a minimal stub of github.com/gin-contrib/sessions/cookie for authvet's analysistest fixtures; signatures match github.com/gin-contrib/sessions@v1.0.4.
package cookie

import (
	"github.com/gin-contrib/sessions"
	gsessions "github.com/gorilla/sessions"
)

// Store is the cookie store interface (embeds sessions.Store).
type Store interface {
	sessions.Store
}

// NewStore returns a cookie-based Store.
// Keys are defined in pairs to allow key rotation, but the common case is to set a single
// authentication key and optionally an encryption key.
func NewStore(keyPairs ...[]byte) Store {
	return &store{gsessions.NewCookieStore(keyPairs...)}
}

type store struct {
	*gsessions.CookieStore
}

func (c *store) Options(options sessions.Options) {
	c.CookieStore.Options = options.ToGorillaOptions()
}
