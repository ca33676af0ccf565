// Package storeops proves that tokenecho classifies store operations by
// what they do to validity, not by the store's name: adopting the
// client's token as the key of a new session (a session value: the user)
// is reported, directly and through a store type; adding the client's
// old token to a denylist reached through an interface field, marking a
// token's last access with a time, and setting a claim on a token object
// are not.
package storeops

import (
	"crypto/rand"
	"net/http"
	"time"

	"golang.org/x/crypto/bcrypt"
)

var hashes = map[string][]byte{}

func checkPassword(user, pw string) bool {
	return bcrypt.CompareHashAndPassword(hashes[user], []byte(pw)) == nil
}

// TokenStore is implemented elsewhere (redis, SQL): authvet sees only
// its method names.
type TokenStore interface {
	Add(token string, expiry time.Time)
	Set(token, user string)
}

type server struct {
	sessions    TokenStore // live sessions: token -> user
	invalidated TokenStore // denylist of revoked tokens
	lastAccess  TokenStore
}

func (s *server) badLoginAdopts(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	c, err := r.Cookie("session")
	if err != nil {
		return
	}
	s.sessions.Set(c.Value, user) // want `login handler server.badLoginAdopts sends the client-supplied cookie "session" back as the key of the new server-side session`
}

// goodLoginDenylistsOld revokes the client's old token and issues a
// fresh one: the old token going into a store is a revocation.
func (s *server) goodLoginDenylistsOld(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	if c, err := r.Cookie("session"); err == nil {
		s.invalidated.Add(c.Value, time.Now().Add(time.Hour))
	}
	tok := rand.Text()
	s.sessions.Set(tok, user)
	http.SetCookie(w, &http.Cookie{Name: "session", Value: tok, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
}

// goodLoginTouches records when the client's token was last used: a
// mark, not a session.
func (s *server) goodLoginTouches(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	if c, err := r.Cookie("session"); err == nil {
		s.lastAccess.Add(c.Value, time.Now())
	}
}

// revoked is a denylist map of the program's own.
var revoked = map[string]bool{}

// goodLoginMarksMap marks the client's old token revoked in a map.
func goodLoginMarksMap(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	if c, err := r.Cookie("session"); err == nil {
		revoked[c.Value] = true
	}
}

// signedToken is a token object whose claims are set: no
// session store.
type signedToken struct{ claims map[string]string }

func (t *signedToken) Set(key, value string) { t.claims[key] = value }

func goodLoginSetsClaim(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if !checkPassword(user, r.FormValue("password")) {
		return
	}
	st := &signedToken{claims: map[string]string{}}
	st.Set(r.FormValue("token"), user)
}

func (s *server) routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /login", s.badLoginAdopts)
	mux.HandleFunc("POST /v2/login", s.goodLoginDenylistsOld)
	mux.HandleFunc("POST /v3/login", s.goodLoginTouches)
	mux.HandleFunc("POST /v4/login", goodLoginMarksMap)
	mux.HandleFunc("POST /v5/login", goodLoginSetsClaim)
}
