// Package app proves that tokenecho follows helpers in another package
// (package auth) through facts: a login that reads the client's token
// with one auth helper and sends it back or stores it with another is
// reported, here, at the call; a login that takes its token from
// auth.NewToken, or reads the old one only to end its session, and a
// non-login handler or GET route re-sending the client's token, are
// not.
package app

import (
	"encoding/json"
	"net/http"

	"tokenecho/crosspkg/auth"
)

type server struct {
	store  *auth.Store
	hashes map[string][]byte
}

func (s *server) ok(r *http.Request) (string, bool) {
	user := r.PostFormValue("user")
	return user, auth.CheckPassword(s.hashes[user], r.PostFormValue("password"))
}

func (s *server) mux() *http.ServeMux {
	m := http.NewServeMux()
	m.HandleFunc("POST /login", s.badLoginCookie)
	m.HandleFunc("POST /api/session", func(w http.ResponseWriter, r *http.Request) {
		s.store.Create(auth.BearerToken(r), r.PostFormValue("user")) // want `login handler for "/api/session" sends the client-supplied header "Authorization" back as the key of the new server-side session`
	})
	m.HandleFunc("GET /api/session", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Authorization", "Bearer "+auth.BearerToken(r))
	})
	m.HandleFunc("POST /login/fresh", s.goodLoginRotates)
	m.HandleFunc("POST /profile", s.goodProfile)
	return m
}

func (s *server) badLoginCookie(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.ok(r); !ok {
		return
	}
	auth.Issue(w, auth.SessionFrom(r)) // want `login handler server.badLoginCookie sends the client-supplied cookie "sid" back as cookie "sid"`
}

func (s *server) badLoginBearer(w http.ResponseWriter, r *http.Request) {
	user, ok := s.ok(r)
	if !ok {
		return
	}
	tok := auth.BearerToken(r)
	s.store.Create(tok, user) // want `sends the client-supplied header "Authorization" back as the key of the new server-side session`
}

func (s *server) goodLoginRotates(w http.ResponseWriter, r *http.Request) {
	user, ok := s.ok(r)
	if !ok {
		return
	}
	if old := auth.SessionFrom(r); old != "" {
		s.store.End(old)
	}
	tok := auth.NewToken()
	s.store.Create(tok, user)
	auth.Issue(w, tok)
}

func (s *server) goodLoginJSON(w http.ResponseWriter, r *http.Request) {
	user, ok := s.ok(r)
	if !ok {
		return
	}
	tok := auth.NewToken()
	s.store.Create(tok, user)
	json.NewEncoder(w).Encode(map[string]string{"user": user, "token": tok})
}

// goodProfile re-sends the session cookie (a sliding expiry); it is no
// login.
func (s *server) goodProfile(w http.ResponseWriter, r *http.Request) {
	auth.Issue(w, auth.SessionFrom(r))
}
