// Package adapters proves that handlers are found through generic
// adapters: a generic handler instantiated and registered through a
// generic wrapper, by a conversion or a closure calling it, carries the
// route it is registered on.
package adapters

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

var hashes = map[string][]byte{}

// Wrap adapts a handler by conversion.
func Wrap[T any](h func(http.ResponseWriter, *http.Request)) http.Handler {
	return http.HandlerFunc(h)
}

// Around adapts a handler by a closure that calls it.
func Around[T any](h func(http.ResponseWriter, *http.Request)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `handler roles=\[login\] paths=\[/signin\]`
		h(w, r)
	}
}

type user[T any] struct{ id T }

func login[T any](w http.ResponseWriter, r *http.Request) { // want `handler roles=\[login\] paths=\[/login\]`
	if bcrypt.CompareHashAndPassword(hashes[r.FormValue("user")], []byte(r.FormValue("password"))) != nil {
		http.Error(w, "denied", http.StatusUnauthorized)
	}
}

func signin[T any](w http.ResponseWriter, r *http.Request) { // want `handler roles=\[login\] paths=\[/signin\]`
	_ = user[T]{}
	if bcrypt.CompareHashAndPassword(hashes[r.FormValue("user")], []byte(r.FormValue("password"))) != nil {
		http.Error(w, "denied", http.StatusUnauthorized)
	}
}

func routes(mux *http.ServeMux) {
	mux.Handle("/login", Wrap[int](login[int]))
	mux.Handle("/signin", Around[string](signin[string]))
}
