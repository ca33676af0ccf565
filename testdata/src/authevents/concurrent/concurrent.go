// Package concurrent is queried from several goroutines at once: its
// own stores, and calls of another package's helpers.
package concurrent

import (
	"net/http"
	"sync"

	"authevents/store"
)

var sessions sync.Map

type tokenStore struct{ tokens map[string]string }

func login(r *http.Request, u *store.User) {
	if store.SignIn(r) {
		tok := r.FormValue("token")
		sessions.Store(tok, u)
		store.Save(tok, "u")
	}
}

func (s *tokenStore) logout(r *http.Request) {
	delete(s.tokens, r.Header.Get("X-Session"))
	sessions.Delete(r.Header.Get("X-Session"))
	store.Chain([]string{"a", "b"})
}
