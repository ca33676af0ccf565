// Package storeops proves that sessionrevoke recognizes revocations by
// what they are called on and what they do, through interfaces whose
// implementations it cannot see: DeleteUser, RevokeTenant, Flush on a
// session or token store, SessionsDeleteByUserID on a database, and the
// request's own token put on a denylist. A password change that makes
// none is reported; a "forgot password" handler, a signup and a
// password change that revokes are not.
package storeops

import (
	"crypto/rand"
	"net/http"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// SessionStore and Queries are implemented in other modules.
type SessionStore interface {
	Set(token, user string)
	DeleteUser(user string)
	RevokeTenant(tenant string)
	Flush()
}

type Queries interface {
	SessionsDeleteByUserID(id string) error
	UpdatePasswordHash(id string, hash []byte) error
}

type Denylist interface {
	Add(token string, until time.Time)
}

type server struct {
	sessions SessionStore
	db       Queries
	revoked  Denylist
}

func (s *server) login(w http.ResponseWriter, r *http.Request) {
	tok := rand.Text()
	s.sessions.Set(tok, r.FormValue("user"))
}

func (s *server) setPassword(user, pw string) {
	h, _ := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.DefaultCost)
	s.db.UpdatePasswordHash(user, h)
}

func (s *server) badChangePassword(w http.ResponseWriter, r *http.Request) { // want `password change handler server.badChangePassword does not revoke the user's existing sessions`
	s.setPassword(r.FormValue("user"), r.FormValue("new_password"))
}

func (s *server) goodChangePasswordDeleteUser(w http.ResponseWriter, r *http.Request) {
	s.setPassword(r.FormValue("user"), r.FormValue("new_password"))
	s.sessions.DeleteUser(r.FormValue("user"))
}

func (s *server) goodChangePasswordTenant(w http.ResponseWriter, r *http.Request) {
	s.setPassword(r.FormValue("user"), r.FormValue("new_password"))
	s.sessions.RevokeTenant(r.FormValue("tenant"))
}

func (s *server) goodChangePasswordFlush(w http.ResponseWriter, r *http.Request) {
	s.setPassword(r.FormValue("user"), r.FormValue("new_password"))
	s.sessions.Flush()
}

func (s *server) goodChangePasswordQueries(w http.ResponseWriter, r *http.Request) {
	s.setPassword(r.FormValue("user"), r.FormValue("new_password"))
	s.db.SessionsDeleteByUserID(r.FormValue("user"))
}

// goodChangePasswordDenylist puts the request's own token on the
// denylist: the session it came with ends.
func (s *server) goodChangePasswordDenylist(w http.ResponseWriter, r *http.Request) {
	s.setPassword(r.FormValue("user"), r.FormValue("new_password"))
	if c, err := r.Cookie("session"); err == nil {
		s.revoked.Add(c.Value, time.Now().Add(24*time.Hour))
	}
}

// processResetPassword only mails a reset link.
func (s *server) processResetPassword(w http.ResponseWriter, r *http.Request) {
	_ = r.FormValue("email")
}

// register hashes the password of a new account.
func (s *server) register(w http.ResponseWriter, r *http.Request) {
	s.setPassword(r.FormValue("user"), r.FormValue("password"))
}
