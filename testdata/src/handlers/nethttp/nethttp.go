// Package nethttp proves handler discovery on net/http: by signature, by
// registration (functions, closures, method values, http.HandlerFunc
// conversions), and the roles given by password checks, names and paths.
package nethttp

import (
	"net/http"

	"golang.org/x/crypto/bcrypt"
)

type server struct{ hash []byte }

func (s *server) signIn(w http.ResponseWriter, r *http.Request) { // want `handler roles=\[login\] paths=\[/api/auth\]`
	bcrypt.CompareHashAndPassword(s.hash, []byte(r.FormValue("password")))
}

func Logout(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[logout\] paths=\[\]`

func changePassword(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[password\] paths=\[/account/password\]`

func sessionInfo(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[\] paths=\[/session\]`

func createSession(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[login\] paths=\[/session\]`

func oauthCallback(w http.ResponseWriter, r *http.Request) {} // want `handler roles=\[oauth\] paths=\[/auth/google/callback\]`

// notAHandler has another signature and is never registered.
func notAHandler(r *http.Request) {}

func routes(s *server) {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/auth", s.signIn)
	mux.Handle("/account/password", http.HandlerFunc(changePassword))
	mux.HandleFunc("GET /session", sessionInfo)
	mux.HandleFunc("POST /session", createSession)
	mux.HandleFunc("/auth/google/callback", oauthCallback)
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {}) // want `handler roles=\[\] paths=\[/health\]`
}
